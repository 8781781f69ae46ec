// A key fact is a statement a reporter could keep on its own: a sentence (or, for a long one, its main clause)
// of the article, in the source's own words. Built extractively on purpose: stitching a figure to the words
// after it gave fragments ("12 Russian", "2 discussed"); a sentence of the story has a subject and a verb.
// A candidate is refused when it cannot stand alone: it leans on a pronoun from outside it ("He raised…"),
// it is mostly quotation (the speaker's words, not the story's facts), it is a question, page furniture
// ("UPDATE 2:52 p.m.", "A version of this article appears in print…"), or too long to read at a glance.

import { countWords, hasSpaceToCollapse } from '../../util/word-count.ts';
import { trimClauseEnd } from './clause-end.ts';
import type { Registry } from './entities.ts';
import type { TextModel } from './sentences.ts';
import { hasFiniteVerb } from './speaker-check.ts';
import { leansOnPronoun, leansOnThey, readsBadly, sentenceLead } from './standalone.ts';

export interface Claim {
  /** What the reader is shown: the evidence, with a leading "But"/"And" dropped and a full stop. */
  statement: string;
  /** An exact slice of the article text, starting and ending at word boundaries. */
  evidence: string;
  sentence: number;
  /** The statement as the key facts compare it (facts.ts), made on first ask. */
  key?: string | undefined;
}

const MIN_WORDS = 6;
const MAX_WORDS = 35;
/**
 * Where a long sentence may be cut, leaving its main clause: before a relative or subordinate clause, a dash
 * aside or a semicolon. Never at a bare comma, which as often ends an apposition as a clause.
 */
const CUT =
  /;\s|\s[—―–]\s|\s--\s|,\s(?=(?:which|whose|while|but|after|although|though|because|since|even as|even though|according to|including|amid|despite|where|when)\b)/gi;
// Not at ", and", ", with" or ", who": they as often join two adjectives ("controversial, and religiously
// laden, remarks"), an aside ("every buyer, with limited exceptions, to undergo") or an apposition ("the
// aide, Mara Voss, 31, who has…") as they end a clause.

export function standaloneClaim(
  model: TextModel,
  registry: Registry,
  sentenceIndex: number,
  anchorStart: number,
  anchorEnd: number,
): Claim | null {
  const sentence = model.sentences[sentenceIndex];
  if (!sentence) return null;
  // Every figure, date and person of a sentence asks about the same sentence: what does not depend on the
  // anchor is read once per sentence, and the claim once per sentence and end.
  const memo = memoFor(model, registry);
  let gate = memo.gates.get(sentenceIndex);
  if (!gate) {
    gate = sentenceGate(model, sentence);
    memo.gates.set(sentenceIndex, gate);
  }
  if (anchorStart < gate.start || !gate.open) return null;
  const end = gate.short ? sentence.end : cutAfter(model.text, gate.start, sentence.end, anchorEnd);
  if (end === null) return null;
  const key = `${sentenceIndex}:${end}`;
  let claim = memo.claims.get(key);
  if (claim === undefined) {
    claim = claimTo(model, registry, sentenceIndex, gate.start, end);
    memo.claims.set(key, claim);
  }
  return claim;
}

/** What a sentence allows whatever its anchor: where its claim starts, and whether it can hold one. */
interface Gate {
  start: number;
  /** Opens well, is no opinion or lead-in, and is not mostly quotation. */
  open: boolean;
  /** No longer than MAX_WORDS from its start: the whole sentence is the claim. */
  short: boolean;
}

interface ClaimMemo {
  registry: Registry;
  gates: Map<number, Gate>;
  claims: Map<string, Claim | null>;
}

const MEMOS = new WeakMap<TextModel, ClaimMemo>();

function memoFor(model: TextModel, registry: Registry): ClaimMemo {
  let memo = MEMOS.get(model);
  if (!memo || memo.registry !== registry) {
    memo = { registry, gates: new Map(), claims: new Map() };
    MEMOS.set(model, memo);
  }
  return memo;
}

function sentenceGate(model: TextModel, sentence: TextModel['sentences'][number]): Gate {
  const raw = model.text.slice(sentence.start, sentence.end);
  const start = sentence.start + sentenceLead(sentence, raw);
  const head = model.text.slice(start, sentence.end);
  const quoted = sentence.quotes.reduce((sum, q) => sum + (q.end - q.start), 0);
  const open = !readsBadly(model, head) && !(quoted / Math.max(1, sentence.end - sentence.start) > 0.3);
  return { start, open, short: countWords(head) <= MAX_WORDS };
}

function claimTo(
  model: TextModel,
  registry: Registry,
  sentenceIndex: number,
  start: number,
  end: number,
): Claim | null {
  const evidence = trimClauseEnd(model.text.slice(start, end));
  const words = countWords(evidence);
  if (words < MIN_WORDS || words > MAX_WORDS || !balancedQuotes(evidence)) return null;
  // A statement has a verb: "Gov. Ada Brenner and Mayor Tomas Reyes banning travel to Dunmore" is a caption.
  if (!hasFiniteVerb(evidence, true)) return null;
  if (leansOnPronoun(registry, sentenceIndex, start, evidence) || leansOnThey(evidence)) return null;
  return { statement: asStatement(evidence), evidence, sentence: sentenceIndex, key: undefined };
}

/** A long sentence's first clause break after the anchor; null when none fits. */
function cutAfter(text: string, start: number, end: number, anchorEnd: number): number | null {
  const tail = text.slice(anchorEnd, end);
  for (const cut of tail.matchAll(CUT)) {
    const at = anchorEnd + cut.index;
    if (joinsWords(text, at, end)) continue;
    const words = countWords(text.slice(start, at));
    if (words > MAX_WORDS) return null;
    if (words >= MIN_WORDS) return at;
  }
  return null;
}

/**
 * "a senior, but unpaid, harbour post": a "but" with no verb before the next comma joins two words, and
 * cutting there would leave "…if offered a senior."
 */
function joinsWords(text: string, at: number, end: number): boolean {
  const rest = /^,\s+but\s+([^,;.]*)/i.exec(text.slice(at, end));
  return rest !== null && !hasFiniteVerb(rest[1] as string, true);
}

function balancedQuotes(text: string): boolean {
  // Counted in one pass over the character codes, where three splits built three arrays of pieces per claim.
  let opens = 0;
  let closes = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x201c) opens++;
    else if (code === 0x201d) closes++;
    else if (code === 34) straight++;
  }
  return opens === closes && straight % 2 === 0;
}

function asStatement(evidence: string): string {
  // Most evidence has single spaces only: the collapse is made only when it changes something.
  const text = (hasSpaceToCollapse(evidence) ? evidence.replace(/\s+/g, ' ') : evidence).trim();
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return endsWithStop(capitalised) ? capitalised : `${capitalised}.`;
}

/** `/[.!]["”’')]*$/`, read from the end: a full stop or "!" before any closing quotes and brackets. */
function endsWithStop(text: string): boolean {
  let k = text.length;
  while (k > 0 && STOP_CLOSERS.includes(text[k - 1] as string)) k--;
  return k > 0 && (text[k - 1] === '.' || text[k - 1] === '!');
}

const STOP_CLOSERS = `"”’')`;
