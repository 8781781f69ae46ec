// The quotes of a sheet. Readers see the source's own characters, never the engine's rendering of them;
// quotes that could not be found in the source are never shown (the footer counts them).
// With several sources, the same words quoted by several of them are shown once, naming each source.
import type { FactSheet, Quote, SourceSheet } from '../../types.ts';
import { safeLine } from './escape.ts';
import { ITEM_CHARS } from './limits.ts';
import type { Unit } from './message-packer.ts';
import { sourceTag } from './sheet-head.ts';

/** A key under which two wordings count as the same words: case, spacing and punctuation aside. */
export function sameWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Shown {
  quote: Quote;
  sources: SourceSheet[];
  altered: boolean;
}

export function quoteUnits(sheet: FactSheet): Unit[] {
  const shown = new Map<string, Shown>();
  const perSource = sheet.sources.map((source) =>
    source.quotes.filter((quote) => quote.match !== 'not_found').map((quote) => ({ quote, source })),
  );
  for (const { quote, source } of roundRobin(perSource)) {
    const key = `${quote.kind}:${sameWords(quote.sourceText ?? quote.text)}`;
    const seen = shown.get(key);
    if (seen) {
      if (!seen.sources.includes(source)) seen.sources.push(source);
      seen.altered ||= quote.match === 'altered';
    } else {
      shown.set(key, { quote, sources: [source], altered: quote.match === 'altered' });
    }
  }
  const multi = sheet.sources.length > 1;
  return [...shown.values()].map((entry) => quoteUnit(entry, multi));
}

function quoteUnit(entry: Shown, multi: boolean): Unit {
  const { quote } = entry;
  const words = safeLine(quote.sourceText ?? quote.text, ITEM_CHARS.quote);
  const role = quote.role ? `, ${safeLine(quote.role, 80)}` : '';
  const where = multi ? ` · ${entry.sources.map((source) => sourceTag(source, source.id)).join(', ')}` : '';
  const mark = entry.altered
    ? ':warning: _altered: shown as the source has it; the extracted wording differed_'
    : ':white_check_mark: _verbatim_';
  const speaker = `*${safeLine(quote.speaker, 80)}*${role}`;
  if (quote.kind === 'indirect')
    return { kind: 'line', text: `• ${speaker} (paraphrased): ${words}${where} ${mark}` };
  return { kind: 'line', text: `> “${words}”\n— ${speaker}${where} ${mark}` };
}

/** One from each source in turn, so the first quotes shown are not all from S1. */
function roundRobin<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let index = 0; lists.some((list) => index < list.length); index += 1) {
    for (const list of lists) if (index < list.length) out.push(list[index] as T);
  }
  return out;
}
