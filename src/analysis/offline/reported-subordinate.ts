// "Brandt said that when Reyes railed against the board, “he spoke for us all.”": the cue verb nearest the
// quote sits in a subordinate clause of what Brandt said, and the quote after its comma is the main clause of
// her words. That verb credits nothing; the one before "that" does. Nor does a verb inside a subordinate clause
// opening the sentence, before the main clause that a participle belongs to (openingSubordinateEnd).
import { CUE_VERBS } from './lexicon.ts';
import { isVerbForm } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

export const SUBORDINATORS = new Set(
  'when whenever if after before while because although though since until once'.split(' '),
);

/** Whether the cue at `at` opens no credit: it stands in "said that when …," right before the quote. */
function inReportedSubordinate(region: Token[], at: number, markAt: number, lo: number): boolean {
  if (region[markAt - 1]?.text !== ',') return false;
  for (let k = at + 1; k < markAt - 1; k++) if (CUE_VERBS.has(lowerOf(region[k]))) return false;
  for (let k = at - 1; k > lo && at - k <= 8; k--) {
    const word = lowerOf(region[k]);
    if (word === ',' || CUE_VERBS.has(word)) return false;
    if (SUBORDINATORS.has(word)) {
      const before = lowerOf(region[k - 1]);
      return before === 'that' || CUE_VERBS.has(before);
    }
  }
  return false;
}

/**
 * Whether the cue at `at` sits in a relative clause set off by commas that closes before the quote: in "Reyes
 * said that union leaders, who had called him out for skipping a rally, could “take a long walk”" the leaders
 * called him out; the words are Reyes's. A "whom" clause counts only when `whom` asks (before a quote itself;
 * before a participle, "fired Lind, whom Reyes had praised, saying …" may well be Reyes's).
 */
export function inRelativeAside(
  region: Token[],
  at: number,
  markAt: number,
  lo: number,
  whom = false,
): boolean {
  let opens = -1;
  for (let k = at - 1; k > lo; k--) {
    const word = lowerOf(region[k]);
    if (word === ',') return false;
    if ((word === 'who' || word === 'which' || (whom && word === 'whom')) && region[k - 1]?.text === ',') {
      opens = k;
      break;
    }
  }
  if (opens < 0) return false;
  // Closed before the main clause goes on to the quote: not the comma that introduces it (", who joked, “…”"),
  // unless the clause opens with "whom" and its verb has words of its own after it: in "said Ana Ruiz, whom the
  // mayor has called a liar, “…”" the mayor introduces nothing; in "Pell, whom the minister called, “…”" and
  // "Trump, whom he called a “demagogue”" the quote is the clause's.
  const closing = lowerOf(region[opens]) === 'whom' && objectAfter(region, at, markAt) ? markAt : markAt - 1;
  for (let k = at + 1; k < closing; k++)
    if (region[k]?.text === ',' && (k === markAt - 1 || isWord(region[k + 1]))) return true;
  return false;
}

/**
 * An object of two words or more between the verb at `at` and the comma before the mark ("called a liar,"); not
 * "described as," nor a time or a place ("told on Monday,", "warned in a letter,"), after which the words are
 * the clause's.
 */
function objectAfter(region: Token[], at: number, markAt: number): boolean {
  if (region[markAt - 1]?.text !== ',' || markAt - 1 - at <= 2) return false;
  return !NOT_OBJECTS.has(lowerOf(region[at + 1]));
}
const NOT_OBJECTS = new Set('as on in at during by with through after before from via over'.split(' '));

/** Whether the cue at `at` sits in a reported subordinate clause or a relative aside ("whom" too) before a quote. */
export function inAsideBeforeQuote(region: Token[], at: number, markAt: number, lo: number): boolean {
  return inReportedSubordinate(region, at, markAt, lo) || inRelativeAside(region, at, markAt, lo, true);
}

/**
 * Where an opening subordinate clause ("Although …,", "And when …,") ends when a main clause follows it before
 * `at`: past its comma; otherwise `lo`.
 */
export function openingSubordinateEnd(region: Token[], lo: number, at: number): number {
  let k = region.findIndex((t, i) => i >= lo && isWord(t));
  if (k < 0) return lo;
  if (k >= 0 && (lowerOf(region[k]) === 'and' || lowerOf(region[k]) === 'but')) k++;
  if (!SUBORDINATORS.has(lowerOf(region[k]))) return lo;
  const comma = region.findIndex((t, i) => i > k && i < at && t.text === ',');
  // The main clause must stand between it and the participle: "When Dale said …, noting …" is all Dale's.
  for (let i = comma + 1; comma > 0 && i < at; i++) if (isVerbForm(region[i])) return comma + 1;
  return lo;
}
