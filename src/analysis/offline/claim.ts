// A key fact is a statement a reporter could keep on its own: a sentence (or, for a long one, its main clause)
// of the article, in the source's own words. Built extractively on purpose: stitching a figure to the words
// after it gave fragments ("12 Russian", "2 discussed"); a sentence of the story has a subject and a verb.
// A candidate is refused when it cannot stand alone: it leans on a pronoun from outside it ("He raised…"),
// it is mostly quotation (the speaker's words, not the story's facts), it is in the writer's own voice ("I",
// "me"), it is a question, page furniture ("UPDATE 2:52 p.m.", "A version of this article appears in
// print…"), or too long to read at a glance.

import { clauseEndIn, countWordsIn, type EvidenceScan, scanEvidence } from './claim-text.ts';
import type { Registry } from './entities.ts';
import { exceptedNext } from './excepted-next.ts';
import { readsOf } from './model-reads.ts';
import type { SentenceReads } from './sentence-reads.ts';
import type { Sentence, TextModel } from './sentences.ts';
import { hasFiniteVerb } from './speaker-check.ts';
import { opensOnNamedBefore } from './standalone.ts';
import { strandsSubject } from './stranded-cut.ts';
import { speaksAsWriter } from './writer-voice.ts';

export interface Claim {
  /** What the reader is shown: the evidence, with a leading "But"/"And" dropped and a full stop. */
  statement: string;
  /** An exact slice of the article text, starting and ending at word boundaries. */
  evidence: string;
  sentence: number;
  /** EvidenceScan.asciiWordChars of the evidence: claims that differ in it need no key to tell them apart. */
  asciiWordChars: number;
  /** The statement as the key facts compare it (facts.ts), made on first ask. */
  key?: string | undefined;
}

const MIN_WORDS = 6;
const MAX_WORDS = 35;
/**
 * Where a long sentence may be cut, leaving its main clause: before a relative or subordinate clause, a dash
 * aside or a semicolon. Never before "according to": a key fact keeps the source it rests on. Never at a bare
 * comma, which as often ends an apposition as a clause, nor before "but" with no subject of its own: "Korvin
 * barred the levy for ferries — but kept it for trucks", "Reyes was headed to the vote, but turned back" cut
 * there say the opposite of the sentence. "…, but the board …" may be cut.
 */
const SUBJECT_NEXT = String.raw`(?:the|a|an|he|she|they|it|we|I|one|some|both|many|most|his|her|their|its|our|this|that|these|those|no|all|several|each|every|another|other|others|neither|either|few|none|\p{Lu})`;
const CUT = new RegExp(
  String.raw`;\s|\s(?:[—―–]|--)\s(?!but\b(?!\s+${SUBJECT_NEXT}\b))|,\s(?=(?:which|whose|while|although|though|because|since|even as|even though|including|amid|despite|where|when|after|but\s+${SUBJECT_NEXT})\b)`,
  'giu',
);
// Not at ", and", ", with" or ", who": they as often join two adjectives ("controversial, and religiously
// laden, remarks"), an aside ("every buyer, with limited exceptions, to undergo") or an apposition ("the
// aide, Mara Voss, 31, who has…") as they end a clause.

/** What a sentence allows whatever its anchor: where its claim starts, and whether it can hold one. */
export interface Gate {
  start: number;
  /** Opens well, is no opinion or lead-in, and is not mostly quotation. */
  open: boolean;
  /** No longer than MAX_WORDS from its start: the whole sentence is the claim. */
  short: boolean;
  /** The scan of the whole head (from `start`), for an open sentence. */
  scan: EvidenceScan | null;
}

/**
 * The claims of one article's sentences. Every figure, date and person of a sentence asks about the same
 * sentence: what does not depend on the anchor (the gate) is read once per sentence, and the claim once per
 * sentence and end.
 */
export class ClaimReader {
  private readonly gates: (Gate | undefined)[];
  /** By the claim's end, an offset into the article inside one sentence: it names the sentence too. */
  private readonly claims = new Map<number, Claim | null>();
  private readonly model: TextModel;
  private readonly registry: Registry;
  private readonly reads: SentenceReads;

  constructor(model: TextModel, registry: Registry) {
    this.model = model;
    this.registry = registry;
    this.reads = readsOf(model);
    this.gates = new Array<Gate | undefined>(model.sentences.length).fill(undefined);
  }

  gate(index: number): Gate {
    let gate = this.gates[index];
    if (gate === undefined) {
      gate = sentenceGate(this.model, this.reads, index);
      this.gates[index] = gate;
    }
    return gate;
  }

  /**
   * The claim sentence `index` makes for an anchor that passed its gate (starts inside the claim, in an open
   * sentence); `anchorEnd` is read only for a long sentence, cut after it. Null when none stands alone.
   */
  claim(index: number, gate: Gate, anchorEnd: number): Claim | null {
    const sentenceEnd = (this.model.sentences[index] as Sentence).end;
    const end = gate.short ? sentenceEnd : cutAfter(this.model.text, gate.start, sentenceEnd, anchorEnd);
    if (end === null) return null;
    let claim = this.claims.get(end);
    if (claim === undefined) {
      claim = claimTo(this.model, this.reads, this.registry, index, gate, end);
      this.claims.set(end, claim);
    }
    return claim;
  }
}

function sentenceGate(model: TextModel, reads: SentenceReads, index: number): Gate {
  const sentence = model.sentences[index] as Sentence;
  let quoted = 0;
  for (const quote of sentence.quotes) quoted += quote.end - quote.start;
  const open =
    !model.paragraphs[sentence.paragraph]?.headline &&
    !(quoted / Math.max(1, sentence.end - sentence.start) > 0.3) &&
    !reads.readsBadly(index, reads.head(index)) &&
    !opensOnNamedBefore(reads.head(index)) &&
    !reads.echoes(index) &&
    !speaksAsWriter(model, sentence) &&
    !exceptedNext(model, index);
  const start = reads.start(index);
  // Only an open sentence is read further; the scan of its head is the claim's when the claim is the head.
  const scan = open ? scanEvidence(model.text, start, sentence.end) : null;
  return { start, open, short: scan !== null && scan.words <= MAX_WORDS, scan };
}

function claimTo(
  model: TextModel,
  reads: SentenceReads,
  registry: Registry,
  sentenceIndex: number,
  gate: Gate,
  end: number,
): Claim | null {
  const start = gate.start;
  const evidenceEnd = clauseEndIn(model.text, start, end);
  const whole = evidenceEnd === (model.sentences[sentenceIndex] as Sentence).end;
  const scan = whole && gate.scan !== null ? gate.scan : scanEvidence(model.text, start, evidenceEnd);
  if (scan.words < MIN_WORDS || scan.words > MAX_WORDS || !scan.balanced) return null;
  // The whole head when the claim is the whole sentence: the same string the summary asks about, so the
  // answers sentence-reads.ts keeps for it are found.
  const evidence = whole ? reads.head(sentenceIndex) : model.text.slice(start, evidenceEnd);
  // Asked before the verb: the summary asks it of the same heads, and it costs less.
  if (reads.leans(registry, sentenceIndex, start, evidence)) return null;
  // A statement has a verb: "Gov. Ada Brenner and Mayor Tomas Reyes banning travel to Dunmore" is a caption.
  if (!hasFiniteVerb(evidence, true)) return null;
  return {
    statement: asStatement(evidence, scan.collapse),
    evidence,
    sentence: sentenceIndex,
    asciiWordChars: scan.asciiWordChars,
    key: undefined,
  };
}

/** A long sentence's first clause break after the anchor; null when none fits. */
function cutAfter(text: string, start: number, end: number, anchorEnd: number): number | null {
  const tail = text.slice(anchorEnd, end);
  for (const cut of tail.matchAll(CUT)) {
    const at = anchorEnd + cut.index;
    // Inside a bracket the cut would leave it open: "… 46 percent of the ballots (a wide lead".
    if (
      joinsWords(text, at, end) ||
      insideBracket(text, start, at) ||
      strandsSubject(text, start, at, DASH.test(cut[0]))
    )
      continue;
    if (splitsSubject(text, start, at, at + cut[0].length, end, cut[0])) return null;
    // "… met three other candidates: acting Director Otto Hallam; …": a cut inside a list after a colon leaves
    // its first item standing for the list. The claim ends before the colon, or is none.
    const colon = listColon(text, start, at);
    if (colon >= 0) {
      if (colon < anchorEnd) return null;
      const upTo = countWordsIn(text, start, colon);
      return upTo >= MIN_WORDS && upTo <= MAX_WORDS ? colon : null;
    }
    // "… has four main parts — making ferries cheaper; …": a count before a dash is what the dash spells
    // out, and cut there the claim promises a list it does not give (an editor's read).
    if (COUNT_BEFORE.test(text.slice(Math.max(start, at - 40), at)) && DASH.test(cut[0])) return null;
    // "… though a few — including Mayor X, who …; Mayor Y …; and Mayor Z — pressed …": a semicolon inside an
    // open dash aside cuts a list item off, and the sentence's verb with it (an editor's read).
    if (cut[0].startsWith(';') && insideDashAside(text, start, at)) return null;
    const words = countWordsIn(text, start, at);
    if (words > MAX_WORDS) return null;
    if (words >= MIN_WORDS) return at;
  }
  return null;
}
function insideBracket(text: string, start: number, at: number): boolean {
  let open = 0;
  for (let k = start; k < at; k++) {
    const code = text.charCodeAt(k);
    if (code === 40) open++;
    else if (code === 41 && open > 0) open--;
  }
  return open > 0;
}

/** Whether an odd number of spaced dashes stands between `start` and `at`: an aside opened and not closed. */
function insideDashAside(text: string, start: number, at: number): boolean {
  let dashes = 0;
  for (const _ of text.slice(start, at).matchAll(SPACED_DASH)) dashes++;
  return dashes % 2 === 1;
}
const SPACED_DASH = /\s(?:[—―–]|--)\s/g;

const COUNT_BEFORE =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+s$/iu;

/**
 * Where a colon opens a list that runs on past `at`, or -1: a colon and a space, outside quote marks (not a
 * title's "Collapse: How …"), then words without a verb of their own up to the cut, not opening on a
 * subordinator or a preposition ("The result: after the debate, Cruz must …" goes on as a clause).
 */
function listColon(text: string, start: number, at: number): number {
  // Read back from the cut to the claim's start only: lastIndexOf would go on to the article's start.
  let colon = -1;
  for (let k = at - 2; k >= start; k--) {
    if (text.charCodeAt(k) === 58 && text.charCodeAt(k + 1) === 32) {
      colon = k;
      break;
    }
  }
  if (colon < 0) return -1;
  const before = text.slice(start, colon);
  if ((before.match(/[“”"]/g)?.length ?? 0) % 2 === 1) return -1;
  const items = text.slice(colon + 2, at);
  if (CLAUSE_OPENING.test(items) || hasFiniteVerb(items, true)) return -1;
  return colon;
}

const CLAUSE_OPENING =
  /^(?:after|before|when|while|since|so|in|on|at|for|as|if|because|some|most|many|all)\b/i;

/**
 * "a senior, but unpaid, harbour post": a "but" with no verb before the next comma joins two words, and
 * cutting there would leave "…if offered a senior."
 */
function joinsWords(text: string, at: number, end: number): boolean {
  const rest = /^,\s+but\s+([^,;.]*)/i.exec(text.slice(at, end));
  return rest !== null && !hasFiniteVerb(rest[1] as string, true);
}

function asStatement(evidence: string, collapse: boolean): string {
  // Most evidence has single spaces only: the collapse is made only when it changes something.
  const text = (collapse ? evidence.replace(/\s+/g, ' ') : evidence).trim();
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

/**
 * A dash aside between a subject and its verb: "Two of Brandt's former aides — Ada Brenner and Tomas Reyes —
 * praised her". Cut at either dash, the claim would have no verb: the dash that closes the aside is followed by
 * one, in lower case, where a trailing aside is followed by nothing or by a new clause.
 */
function splitsSubject(
  text: string,
  start: number,
  at: number,
  from: number,
  end: number,
  cut: string,
): boolean {
  if (!DASH.test(cut)) return false;
  // This dash closes an aside opened before it (an odd count of dashes before it), and a verb follows.
  const before = text.slice(start, at).match(DASHES)?.length ?? 0;
  if (before % 2 === 1) return verbNext(text.slice(from, end));
  // This dash opens one whose closing dash is followed by a verb.
  const closing = /\s(?:[—―–]|--)\s+/u.exec(text.slice(from, end));
  return closing !== null && verbNext(text.slice(from + closing.index + closing[0].length, end));
}
const DASH = /[—―–]|--/;
const DASHES = /\s(?:[—―–]|--)\s/g;

/** Whether the text opens with a lower-case word that can be a verb: not a joining word or an article. */
function verbNext(text: string): boolean {
  const word = /^\s*(\p{Ll}+)/u.exec(text)?.[1];
  return word !== undefined && !NOT_A_VERB.has(word);
}
const NOT_A_VERB = new Set(
  'and but or nor so yet which who whom whose that to in on at by for with from as of the a an'.split(' '),
);
