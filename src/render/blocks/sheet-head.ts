// The top and bottom of a fact sheet message: header, the line naming the sources, failures, summary, footer.
import type { KnownBlock } from '@slack/types';
import type { FactSheet, SourceSheet } from '../../types.ts';
import { siteOf, sourceName } from '../source-name.ts';
import { context, header, section } from './block-kit.ts';
import { escapeMrkdwn, mrkdwnLink, oneLine, safeLine, truncate } from './escape.ts';
import { ITEM_CHARS } from './limits.ts';

/** "*S2* · BBC News", escaped. */
export function sourceTag(source: SourceSheet | undefined, id: string): string {
  return source ? `*${id}* · ${safeLine(sourceName(source), 60)}` : `*${escapeMrkdwn(id)}*`;
}

export function renderHead(sheet: FactSheet): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const count = sheet.sources.length;
  blocks.push(header(count > 1 ? `Fact sheet · ${count} sources compared` : 'Fact sheet'));
  if (count > 0) blocks.push(context([sheet.sources.map(sourceLine).join('\n')]));
  if (sheet.failed.length > 0) {
    const lines = sheet.failed.map(
      // The reason usually names the link already; the label is repeated only when it does not.
      (failed) =>
        failed.reason.includes(failed.label)
          ? `:warning: *${escapeMrkdwn(failed.id)}* ${safeLine(failed.reason, 240)}`
          : `:warning: *${escapeMrkdwn(failed.id)}* ${safeLine(failed.label, 80)}: ${safeLine(failed.reason, 240)}`,
    );
    blocks.push(section(`*Could not read ${plural(sheet.failed.length, 'source')}*\n${lines.join('\n')}`));
  }
  const summary = renderSummary(sheet.sources);
  if (summary) blocks.push(section(summary));
  return blocks;
}

function sourceLine(source: SourceSheet): string {
  const name = sourceName(source);
  const outlet = safeLine(name, 60);
  // A linked title when there is one; a pasted text without a headline is named by what the user gave.
  const title = source.title ?? (source.url ? siteOf(source.url) : null);
  const named = title
    ? `${outlet}: ${mrkdwnLink(source.url, truncate(oneLine(title), ITEM_CHARS.title))}`
    : !source.label.endsWith(name)
      ? `${outlet} · _${safeLine(source.label, 60)}_`
      : outlet;
  const parts = [`*${source.id}* ${named}`];
  if (source.byline) parts.push(safeLine(source.byline, 80));
  if (source.publishedAt) parts.push(safeLine(source.publishedAt.slice(0, 10), 10));
  return parts.join(' · ');
}

function renderSummary(sources: SourceSheet[]): string | null {
  const withSummary = sources.filter((source) => source.summary.trim() !== '');
  if (withSummary.length === 0) return null;
  if (sources.length === 1)
    return `*Summary*\n${safeLine(withSummary[0]?.summary ?? '', ITEM_CHARS.summary)}`;
  const lines = withSummary.map(
    (source) => `*${source.id}* ${safeLine(source.summary, ITEM_CHARS.summaryPerSource)}`,
  );
  return `*Summary*\n${lines.join('\n')}`;
}

/** Extraction notes, cut articles, left-out quotes, then the engine and what it cost. */
export function renderFooter(sheet: FactSheet): KnownBlock[] {
  const notes: string[] = [];
  for (const source of sheet.sources) {
    if (source.extractionNote)
      notes.push(`*${source.id}* ${safeLine(source.extractionNote, ITEM_CHARS.note)}`);
    if (source.truncated)
      notes.push(
        `*${source.id}* was long: only the first ${source.words.toLocaleString('en-US')} words were read.`,
      );
  }
  if (sheet.comparison?.note) notes.push(safeLine(sheet.comparison.note, ITEM_CHARS.note));
  const missing = sheet.sources.reduce(
    (sum, source) => sum + source.quotes.filter((quote) => quote.match === 'not_found').length,
    0,
  );
  if (missing > 0) {
    notes.push(
      `${missing === 1 ? '1 quote' : `${missing} quotes`} could not be found in ${sheet.sources.length === 1 ? 'the source' : 'their sources'} and ${missing === 1 ? 'was' : 'were'} left out.`,
    );
  }
  const elements = notes.length > 0 ? [notes.join('\n'), engineLine(sheet)] : [engineLine(sheet)];
  return [context(elements)];
}

function engineLine(sheet: FactSheet): string {
  const usage = sheet.usage;
  if (sheet.engine === 'offline') {
    const cached = usage.cached > 0 ? ` · ${usage.cached} cached` : '';
    return `copydesk · offline engine (rules, no LLM) · ${escapeMrkdwn(sheet.promptVersion)}${cached}`;
  }
  const parts = [`copydesk · ${escapeMrkdwn(sheet.model ?? 'LLM')}`, escapeMrkdwn(sheet.promptVersion)];
  if (usage.llmCalls > 0) {
    parts.push(
      plural(usage.llmCalls, 'LLM call'),
      `${compact(usage.inputTokens)} in / ${compact(usage.outputTokens)} out tokens`,
    );
  }
  if (usage.cached > 0) parts.push(usage.llmCalls > 0 ? `${usage.cached} cached` : 'all from cache');
  return parts.join(' · ');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function compact(value: number): string {
  return value >= 10_000 ? `${Math.round(value / 1000)}k` : value.toLocaleString('en-US');
}
