// The "change" an editor is shown for a quote worded differently. The word diff is right about which words
// differ, but two things made a cut read as a rewording:
//   - the words one source left out where it prints an ellipsis were struck through, and the ellipsis itself
//     (no word) was not shown: “We owe the crews … running” against the full sentence read as words deleted.
//     Such words are now an "elided" run, shown as the source's ellipsis;
//   - the diff pairs the first equal word it meets, so a quote that drops a leading sentence ("We heard every
//     crew. We have the money…" against "We have the money…") came out as "We ~~heard every crew. We~~ have":
//     a deletion inside the quote. A run that can slide, over words equal to its own, to the quote's edge is
//     moved there, and shown as the cut it is: "… We have" (one source quoting more, at an edge, is no change).
import type { DiffToken } from '../../types.ts';
import { type Token, tokenize } from '../ground/tokens.ts';
import { type DiffStep, diffSteps, mergeSteps } from '../ground/word-diff.ts';

/** "…", "...", ". . .": the mark of words left out. */
const ELLIPSIS = /…|\.\s?\.\s?\./u;

export function shownDiff(from: string, to: string): DiffToken[] {
  const steps = diffSteps(tokenize(from), tokenize(to));
  slideRunsToEdges(steps);
  const out: DiffToken[] = [];
  let start = 0;
  while (start < steps.length) {
    const op = (steps[start] as DiffStep).op;
    let end = start + 1;
    while (end < steps.length && (steps[end] as DiffStep).op === op) end++;
    const run = steps.slice(start, end);
    const merged = mergeSteps(run);
    if (
      op !== 'same' &&
      (quotesMoreAtEdge(steps, start, end) || cutMarkedAt(steps, start, end, op === 'removed' ? to : from))
    )
      out.push({ op: 'elided', text: (merged[0] as DiffToken).text });
    else out.push(...merged);
    start = end;
  }
  return out;
}

/**
 * Moves a one-sided run (words only one wording has) to the quote's start or end when the equal words beside it
 * let it: each slide swaps the run's last word with the equal word before it (or its first with the one after).
 */
function slideRunsToEdges(steps: DiffStep[]): void {
  let start = 0;
  while (start < steps.length) {
    const op = (steps[start] as DiffStep).op;
    let end = start + 1;
    while (end < steps.length && (steps[end] as DiffStep).op === op) end++;
    if (op !== 'same' && start > 0 && end < steps.length) {
      const slid = trySlide(steps, start, end, -1) || trySlide(steps, start, end, 1);
      if (slid) start = 0;
    }
    start = end;
  }
}

/** Slides the run [start, end) by whole words in `direction` until it touches an edge; false if it cannot. */
function trySlide(steps: DiffStep[], start: number, end: number, direction: -1 | 1): boolean {
  const sideOf = (step: DiffStep): Token => (step.op === 'added' ? step.to : step.from);
  let s = start;
  let e = end;
  const moves: [number, number][] = [];
  while (direction < 0 ? s > 0 : e < steps.length) {
    const beside = steps[direction < 0 ? s - 1 : e] as DiffStep;
    const far = steps[direction < 0 ? e - 1 : s] as DiffStep;
    if (beside.op !== 'same' || sideOf(far).key !== beside.to.key) return false;
    moves.push(direction < 0 ? [s - 1, e - 1] : [e, s]);
    s += direction;
    e += direction;
  }
  for (const [sameAt, runAt] of moves) swap(steps, sameAt, runAt);
  return true;
}

/** The equal word at `sameAt` and the run's word at `runAt` trade places: the run's word is now the pair. */
function swap(steps: DiffStep[], sameAt: number, runAt: number): void {
  const same = steps[sameAt] as Extract<DiffStep, { op: 'same' }>;
  const run = steps[runAt] as Exclude<DiffStep, { op: 'same' }>;
  if (run.op === 'removed') {
    steps[runAt] = { op: 'same', from: run.from, to: same.to };
    steps[sameAt] = { op: 'removed', from: same.from };
  } else {
    steps[runAt] = { op: 'same', from: same.from, to: run.to };
    steps[sameAt] = { op: 'added', to: same.to };
  }
}

/**
 * A one-sided run at the quote's start or end, the shared words beside it: one source quoting more of the
 * speech, not a change to it. Shown as the other's cut: struck through, "~~We heard every crew.~~ We have…"
 * read as words one source left out of the speaker's mouth, where it may have printed them in a quote of their
 * own before its credit.
 */
function quotesMoreAtEdge(steps: DiffStep[], start: number, end: number): boolean {
  if (start === 0) return (steps[end] as DiffStep | undefined)?.op === 'same';
  return end === steps.length && (steps[start - 1] as DiffStep).op === 'same';
}

/** The other wording prints an ellipsis where the run's words would be. */
function cutMarkedAt(steps: DiffStep[], start: number, end: number, other: string): boolean {
  // The other wording's words on either side of the run (an added run reads the first wording's).
  const removed = (steps[start] as DiffStep).op === 'removed';
  const before = nearest(steps, start - 1, -1, removed);
  const after = nearest(steps, end, 1, removed);
  const from = before ? before.end - trailingMarks(before.raw) : 0;
  const to = after ? after.start + leadingMarks(after.raw) : other.length;
  return ELLIPSIS.test(other.slice(from, to));
}

/** The nearest word of the other wording from index `at` on, in `direction`. */
function nearest(steps: DiffStep[], at: number, direction: -1 | 1, otherIsTo: boolean): Token | undefined {
  for (let k = at; k >= 0 && k < steps.length; k += direction) {
    const step = steps[k] as DiffStep;
    if (step.op === 'same') return otherIsTo ? step.to : step.from;
    if (otherIsTo && step.op === 'added') return step.to;
    if (!otherIsTo && step.op === 'removed') return step.from;
  }
  return undefined;
}

function trailingMarks(raw: string): number {
  return raw.length - raw.replace(/[^\p{L}\p{N}]+$/u, '').length;
}

function leadingMarks(raw: string): number {
  return raw.length - raw.replace(/^[^\p{L}\p{N}]+/u, '').length;
}
