// The fact sheet as Markdown for the terminal and for pasting into a doc: disagreements first, then each source.
import { droppedQuoteCount, shownFacts, shownQuotes } from '../analysis/ground/ground-analysis.ts';
import type { Comparison, DiffToken, FactSheet, Quote, SourceSheet } from '../types.ts';
import { sourceName, sourceTag } from './source-name.ts';
import { styleDifferences, substantive } from './substantive.ts';
import { variantSpeakers } from './version-speakers.ts';

const FACTS_PER_SOURCE = 8;

export function renderMarkdown(sheet: FactSheet): string {
  const names = new Map(sheet.sources.map((source) => [source.id, sourceTag(source)]));
  const lines: string[] = [];
  lines.push(`# ${heading(sheet)}`, '');
  lines.push(...sourceList(sheet), '');
  if (sheet.comparison) lines.push(...comparison(sheet.comparison, names, sheet.sources));
  for (const source of sheet.sources) lines.push(...sourceSection(source, sheet.sources.length > 1));
  lines.push('---', footer(sheet));
  return `${lines.join('\n')}\n`;
}

/**
 * One source's headline names its sheet. Several sources are not titled by one outlet's headline, which may carry
 * its slant ("… Did Something SICK"): the sheet says what it compares, as Slack's header does, and the list
 * below gives every headline.
 */
function heading(sheet: FactSheet): string {
  const count = sheet.sources.length;
  if (count > 1) return `Fact sheet: ${count} sources compared`;
  const title = sheet.sources[0]?.title;
  if (title) return `Fact sheet: ${inline(title)}`;
  return count === 0 ? 'Fact sheet: no readable source' : 'Fact sheet: 1 source';
}

function sourceList(sheet: FactSheet): string[] {
  const lines = sheet.sources.map((source) => {
    const title = source.title ? ` — ${inline(source.title)}` : '';
    const link = source.url ? ` <${source.url}>` : '';
    const note = source.extractionNote ? ` _(${inline(source.extractionNote)})_` : '';
    return `- **${source.id}** ${inline(sourceName(source))}${title}${link} · ${source.words} words${note}`;
  });
  for (const failed of sheet.failed)
    lines.push(`- **${failed.id}** ${inline(failed.label)} — not read: ${failed.reason}`);
  return lines;
}

function comparison(
  result: Comparison,
  names: Map<string, string>,
  sources: readonly SourceSheet[],
): string[] {
  const lines: string[] = [];
  const tag = (id: string) => names.get(id) ?? id;
  if (result.note) lines.push(`_${inline(result.note)}_`, '');
  const disagreements = substantive(result.disagreements);
  if (disagreements.length > 0) {
    lines.push('## Where the sources disagree', '');
    for (const item of disagreements) {
      lines.push(
        `- **${inline(item.topic)}** · ${item.kind.replace('_', ' ')} · ${item.severity} — ${inline(item.note)}`,
      );
      for (const version of item.versions)
        lines.push(`  - ${tag(version.source)}: “${inline(version.text)}”`);
    }
    lines.push('');
  }
  if (result.quoteVariants.length > 0) {
    lines.push('## Quotes worded differently', '');
    for (const variant of result.quoteVariants) {
      const groups = variantSpeakers(variant, sources);
      // One name for every version only when every source names the same person.
      const speakerOf = new Map(groups.flatMap((g) => g.sources.map((id) => [id, g.speaker] as const)));
      if (groups.length === 1) lines.push(`- **${inline(groups[0]?.speaker ?? variant.speaker)}**`);
      // Sources crediting it differently, as the Slack sheet shows them: each name with its sources. Not "attributed
      // differently": one side is a description or a document ("the letter" a lawmaker read out), and two
      // different names for the same words are a flag of their own ("Who said …").
      else
        lines.push(
          `- ${groups.map((g) => `**${inline(g.speaker)}** (${g.sources.map(tag).join(', ')})`).join(' · ')}`,
        );
      for (const version of variant.versions) {
        const who =
          groups.length === 1 ? '' : ` (${inline(speakerOf.get(version.source) ?? variant.speaker)})`;
        lines.push(`  - ${tag(version.source)}${who}: “${inline(version.text)}”`);
      }
      lines.push(`  - change: ${diffLine(variant.diff)}`);
    }
    lines.push('');
  }
  if (result.consensus.length > 0) {
    lines.push('## Where they agree', '');
    for (const item of result.consensus)
      lines.push(`- ${inline(item.statement)} (${item.sources.join(', ')})`);
    lines.push('');
  }
  if (result.singleSource.length > 0) {
    lines.push('## Reported by one source only', '');
    for (const item of result.singleSource) lines.push(`- ${inline(item.statement)} (${tag(item.source)})`);
    lines.push('');
  }
  if (lines.length === 0) lines.push('_No disagreements found between the sources._', '');
  // Last and apart: the same names written two ways is house style, not a disagreement.
  const style = styleDifferences(result.disagreements);
  if (style.length > 0) {
    lines.push('## Written differently (house style)', '');
    for (const item of style) lines.push(`- ${inline(item.note)}`);
    lines.push('');
  }
  return lines;
}

function sourceSection(source: SourceSheet, several: boolean): string[] {
  const heading = several ? `## ${sourceTag(source)}` : '## Summary';
  const byline = [source.byline, source.publishedAt].filter(Boolean).join(' · ');
  const lines = [heading, ''];
  if (several && source.title)
    lines.push(`_${inline(source.title)}_${byline ? ` · ${inline(byline)}` : ''}`, '');
  else if (byline) lines.push(`_${inline(byline)}_`, '');
  // Under a source's own heading the summary is labelled, as its key facts and quotes are.
  if (several) lines.push('**Summary**', '');
  lines.push(
    source.summary ? inline(source.summary) : '_No summary: the text did not read as a news article._',
    '',
  );
  const shown = shownFacts(source);
  const facts = shown.slice(0, FACTS_PER_SOURCE);
  if (facts.length > 0) {
    lines.push('**Key facts**', '');
    for (const fact of facts) lines.push(`- ${inline(fact.statement)}`);
    if (shown.length > facts.length) lines.push(`- _and ${shown.length - facts.length} more_`);
    lines.push('');
  }
  const quotes = shownQuotes(source);
  // Reported speech apart from the quotes: in one list it read as the speaker's own words.
  const direct = quotes.filter((quote) => quote.kind === 'direct');
  const reported = quotes.filter((quote) => quote.kind === 'indirect');
  for (const [title, list] of [
    ['**Quotes**', direct],
    ["**Reported speech** _(the outlet's paraphrase, not the speaker's words)_", reported],
  ] as const) {
    if (list.length === 0) continue;
    lines.push(title, '');
    for (const quote of list) lines.push(quoteLine(quote));
    lines.push('');
  }
  const dropped = droppedQuoteCount(source);
  if (dropped > 0) {
    lines.push(
      `_${dropped} quote${dropped === 1 ? '' : 's'} could not be found in the text and ${dropped === 1 ? 'was' : 'were'} left out._`,
      '',
    );
  }
  return lines;
}

/** Only the source's own characters are shown as a quote; an altered one also shows what the model claimed. */
function quoteLine(quote: Quote): string {
  const who = quote.role ? `${inline(quote.speaker)} (${inline(quote.role)})` : inline(quote.speaker);
  const words = inline(quote.sourceText ?? '');
  // A negation or a denial before a partial quote or a report is shown with it: "…will not “back down”",
  // "…denied that he sent it", never the words alone.
  const lead = quote.leadIn ? `…${inline(quote.leadIn)} ` : '';
  const said = quote.kind === 'direct' ? `${lead}“${words}”` : `${lead}${words}`;
  if (quote.match === 'altered')
    return `- ${who}: ${said} — ⚠ the model's version differed: “${inline(quote.text)}”`;
  return `- ${who}: ${said}`;
}

/** Removed words struck through, added words in bold; words a source left out at its ellipsis are its "…". */
function diffLine(diff: DiffToken[]): string {
  return diff.map(diffPart).join(' ');
}

function diffPart(token: DiffToken): string {
  if (token.op === 'same') return token.text;
  if (token.op === 'elided') return '…';
  return token.op === 'removed' ? `~~${token.text}~~` : `**${token.text}**`;
}

function footer(sheet: FactSheet): string {
  const engine =
    sheet.engine === 'llm'
      ? `${sheet.model} · prompts ${sheet.promptVersion}`
      : `offline engine (${sheet.promptVersion}, no LLM)`;
  const { usage } = sheet;
  const calls = `${usage.llmCalls} LLM call${usage.llmCalls === 1 ? '' : 's'}`;
  const tokens = usage.llmCalls > 0 ? ` · ${usage.inputTokens} tokens in, ${usage.outputTokens} out` : '';
  const cached = usage.cached > 0 ? ` · ${usage.cached} from cache` : '';
  return `_${engine} · ${calls}${tokens}${cached}_`;
}

/** One line of Markdown: newlines folded so a stray paragraph break cannot break the list. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
