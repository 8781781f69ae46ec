// The quotes of a sheet. Readers see the source's own characters, never the engine's rendering of them;
// quotes that could not be found in the source are never shown (the footer counts them).
// With several sources, the same words quoted by several of them are shown once, but each source keeps its
// own speaker: a merged line must never hide that two sources give the words to different people.
// Only direct quotes earn the verbatim mark: reported speech is the outlet's wording, not the speaker's, and
// is listed apart from the quotes (editors read a mixed list as the speaker's own words, mark or no mark).
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

interface Member {
  quote: Quote;
  source: SourceSheet;
}

/** The sheet's direct quotes, or its reported speech: one line (or quote block) per set of same words. */
export function quoteUnits(sheet: FactSheet, kind: Quote['kind']): Unit[] {
  const shown = new Map<string, Member[]>();
  const perSource = sheet.sources.map((source) =>
    source.quotes
      .filter((quote) => quote.match !== 'not_found' && quote.kind === kind)
      .map((quote) => ({ quote, source })),
  );
  for (const member of roundRobin(perSource)) {
    // The negation shown before a partial quote is part of what it says: "…would not “back down”" is never merged
    // with another source's "back down".
    const key = `${member.quote.kind}:${member.quote.leadIn ?? ''}:${sameWords(member.quote.sourceText ?? member.quote.text)}`;
    const seen = shown.get(key);
    if (!seen) shown.set(key, [member]);
    else if (!seen.some((other) => other.source === member.source)) seen.push(member);
  }
  const multi = sheet.sources.length > 1;
  // Words of substance first: a one- or two-word fragment ("toxic", "clarify") is verbatim too, but in the main
  // message's few lines it crowds out what was said; it goes after, to the thread when the quotes run long.
  const groups = [...shown.values()];
  const ordered = [...groups.filter((m) => !isFragment(m)), ...groups.filter(isFragment)];
  return ordered.map((members) => quoteUnit(members, multi));
}

function isFragment(members: Member[]): boolean {
  const { quote } = members[0] as Member;
  return sameWords(quote.sourceText ?? quote.text).split(' ').length < 3;
}

function quoteUnit(members: Member[], multi: boolean): Unit {
  const { quote } = members[0] as Member;
  const words = safeLine(quote.sourceText ?? quote.text, ITEM_CHARS.quote);
  const altered = members.some((member) => member.quote.match === 'altered');
  const who = speakers(members, multi);
  // A negation or a denial before a partial quote or a report is shown with it: "…will not “back down”",
  // "…denied that he sent it", never the words alone; so is a condition, whole ("…if the party loses by more
  // than it did in 2008, …"): cut short, it would govern nothing.
  const lead = quote.leadIn ? `…${safeLine(quote.leadIn, ITEM_CHARS.leadIn)} ` : '';
  if (quote.kind === 'indirect') {
    const mark = altered ? ' :warning: _the extracted wording differed_' : '';
    return { kind: 'line', text: `• ${who}: ${lead}${words}${mark}` };
  }
  const mark = altered
    ? ':warning: _altered: shown as the source has it; the extracted wording differed_'
    : ':white_check_mark: _verbatim_';
  return { kind: 'line', text: `> ${lead}“${words}”\n— ${who} ${mark}` };
}

/**
 * "*Ana Ruiz*, mayor · S1 X, S2 Y" when every source names the same speaker; otherwise one part per speaker,
 * "*Ana Ruiz* (S1 X); *Leo Park* (S2 Y)", so an attribution difference is visible on the line itself.
 */
function speakers(members: Member[], multi: boolean): string {
  const bySpeaker = new Map<string, { quote: Quote; sources: SourceSheet[] }>();
  for (const { quote, source } of members) {
    const key = `${sameWords(quote.speaker)}|${sameWords(quote.role ?? '')}`;
    const group = bySpeaker.get(key);
    if (group) group.sources.push(source);
    else bySpeaker.set(key, { quote, sources: [source] });
  }
  const tags = (sources: SourceSheet[]) => sources.map((source) => sourceTag(source, source.id)).join(', ');
  const parts = [...bySpeaker.values()].map(({ quote, sources }) => {
    const role = quote.role ? `, ${safeLine(quote.role, 80)}` : '';
    return { name: `*${safeLine(quote.speaker, 80)}*${role}`, sources };
  });
  if (parts.length === 1) {
    const only = parts[0] as (typeof parts)[number];
    return multi ? `${only.name} · ${tags(only.sources)}` : only.name;
  }
  return parts.map((part) => `${part.name} (${tags(part.sources)})`).join('; ');
}

/** One from each source in turn, so the first quotes shown are not all from S1. */
function roundRobin<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let index = 0; lists.some((list) => index < list.length); index += 1) {
    for (const list of lists) if (index < list.length) out.push(list[index] as T);
  }
  return out;
}
