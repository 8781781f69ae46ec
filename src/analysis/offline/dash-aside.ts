// A report made inside a dash aside ends where the aside closes: in "Her support for the levy in Korvin —
// Brandt said she would back the toll plan — is a likely flashpoint" Brandt said only "she would back the
// toll plan"; the rest is the reporter's sentence going on. The dashes are read in the text, not the tokens,
// because typed dashes ("--", " - ", " -Brandt") leave no token.
import { beforeDashGloss } from './gloss-apposition.ts';
import { leadingDatelineLength } from './lead-dateline.ts';
import type { TextModel } from './sentences.ts';
import type { Token } from './tokens.ts';

/** A dash mark, or a typed one: two hyphens, a hyphen between spaces, a hyphen after a space before a letter. */
const DASH = /[\u2013\u2014]|--| -(?= |\p{L})/gu;
/**
 * A site that glues its opening dash to the next word glues the closing one too, to both words ("by the
 * council-is a flashpoint"): a hyphen before a tensed verb joins no compound, so it closes the aside.
 */
const GLUED_CLOSE = /-(?=(?:is|was|are|were|has|have|had|will|would)\b)/gu;

export interface ClauseEnd {
  /** The clause's last token. */
  to: number;
  /** Where the clause ends inside that token ("council" of "council-is"), when it ends inside one. */
  cut?: number;
}

/**
 * The clause tokens[from..to], cut before the dash that closes the aside the verb of saying at tokens[at]
 * stands in; unchanged when the verb stands in no aside or the aside does not close in the clause.
 */
export function asideClauseEnd(
  text: string,
  tokens: Token[],
  at: number,
  from: number,
  to: number,
): ClauseEnd {
  // "… ― a right that only a vote could change": the outlet's gloss after a dash is no part of the report.
  to = beforeDashGloss(text, tokens, from, to);
  const first = tokens[0];
  const cue = tokens[at];
  const start = tokens[from];
  const end = tokens[to];
  if (!first || !cue || !start || !end || at === 0) return { to };
  // An odd count of dashes before the verb: the last one opened an aside that is still open. A dateline's
  // dash ("RANGOON, Burma - Her allies predicted …") opens none.
  // Most sentences hold no dash before their verb: they are answered without the patterns.
  if (!hasDash(text, first.start, cue.start)) return { to };
  const before = text.slice(first.start, cue.start);
  const opened = dashesIn(before.slice(leadingDatelineLength(before)));
  if (opened.length % 2 === 0) return { to };
  const glued = /^ -\p{L}/u.test(opened.at(-1) ?? '');
  const clause = text.slice(start.start, end.end);
  const found = firstClose(clause, glued);
  if (found < 0) return { to };
  const close = start.start + found;
  let k = to;
  while (k > from && (tokens[k] as Token).start >= close) k--;
  return (tokens[k] as Token).end > close ? { to: k, cut: close } : { to: k };
}

function dashesIn(span: string): string[] {
  return [...span.matchAll(DASH)].map((m) => span.slice(m.index, m.index + 3));
}

/** Whether text[from, to) holds a hyphen, an en dash or an em dash: what every DASH match starts with. */
function hasDash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2d || code === 0x2013 || code === 0x2014) return true;
  }
  return false;
}

function firstClose(clause: string, glued: boolean): number {
  const dash = new RegExp(DASH.source, 'gu').exec(clause)?.index ?? -1;
  const joined = glued ? (new RegExp(GLUED_CLOSE.source, 'gu').exec(clause)?.index ?? -1) : -1;
  if (dash < 0) return joined;
  return joined < 0 ? dash : Math.min(dash, joined);
}

/**
 * Whether an offset of a model's sentence stands inside a dash aside: an odd count of the sentence's dashes
 * before it (a leading dateline's opens none) and one more after it. "Perhaps because the fight helped him — as
 * it did Senator Reyes — Mr. Ortega went on": Reyes is named aside. Each sentence's dashes are found once.
 */
export function dashAsides(model: TextModel): (sentence: number, at: number) => boolean {
  const bySentence = new Map<number, number[]>();
  return (index, at) => {
    let dashes = bySentence.get(index);
    if (dashes === undefined) {
      const sentence = model.sentences[index];
      dashes = sentence ? dashesOf(model.text, sentence.start, sentence.end) : NO_DASHES;
      bySentence.set(index, dashes);
    }
    let before = 0;
    while (before < dashes.length && (dashes[before] as number) < at) before++;
    return before % 2 === 1 && before < dashes.length;
  };
}

function dashesOf(text: string, from: number, to: number): number[] {
  if (!hasDash(text, from, to)) return NO_DASHES;
  const sentence = text.slice(from, to);
  const skip = leadingDatelineLength(sentence);
  return [...sentence.slice(skip).matchAll(DASH)].map((match) => from + skip + match.index);
}

const NO_DASHES: number[] = [];
