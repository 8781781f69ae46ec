// The structured-output schemas. OpenAI strict mode needs every field present: optional means `.nullable()`.
// Shallow on purpose: some compatible servers allow only a few levels of nesting.
import { z } from 'zod';
import { DISAGREEMENT_KINDS, FACT_KINDS, SEVERITIES } from '../../types.ts';

export const ExtractionSchema = z.object({
  headline: z.string().nullable(),
  outlet: z.string().nullable(),
  summary: z.string(),
  facts: z.array(
    z.object({
      statement: z.string(),
      kind: z.enum(FACT_KINDS),
      value: z.string().nullable(),
      evidence: z.string(),
    }),
  ),
  quotes: z.array(
    z.object({
      speaker: z.string(),
      role: z.string().nullable(),
      text: z.string(),
      kind: z.enum(['direct', 'indirect']),
      cue: z.string().nullable(),
    }),
  ),
});

export const JudgementSchema = z.object({
  disagreements: z.array(
    z.object({
      topic: z.string(),
      kind: z.enum(DISAGREEMENT_KINDS),
      severity: z.enum(SEVERITIES),
      note: z.string(),
      refs: z.array(z.string()),
    }),
  ),
  consensus: z.array(z.object({ statement: z.string(), refs: z.array(z.string()) })),
  singleSource: z.array(z.object({ statement: z.string(), ref: z.string() })),
});
