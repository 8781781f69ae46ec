// The messages between the pool and its workers: plain data, since they cross a thread boundary.
import type { ErrorCode } from '../errors.ts';
import type { ExtractedArticle } from '../ingest/web/extract-article.ts';
import type { Article, RawAnalysis } from '../types.ts';

export type CpuTask = { kind: 'extract'; html: string; url: string } | { kind: 'offline'; article: Article };

export type CpuResult = ExtractedArticle | RawAnalysis;

export type CpuReply =
  | { id: number; ok: true; value: CpuResult }
  | { id: number; ok: false; code: ErrorCode | null; message: string };
