// "Auditors blamed the mayor for cutting a line from the flood report stating that the canal had “…”": a
// participle right after a document's noun quotes the document, not the sentence's subject who cut, cited or
// answered it (an editor's read: the subject had been credited with the report's words). A document is shown
// as no quote's speaker, so such a quote goes unshown rather than under the wrong name.
import { CUE_VERBS } from './lexicon.ts';
import type { Found } from './quote-tokens.ts';
import { type PhraseContext, parseBackward } from './speaker-phrase.ts';
import { isTensedWord, TENSED_HELPERS } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * Documents whose words are their own, not a statement, a letter or a post the subject issued ("X issued a
 * statement saying “…”" quotes X).
 */
const DOCUMENTS = new Set(
  'report memo memorandum indictment complaint filing lawsuit ruling order study cable draft audit review points'.split(
    ' ',
  ),
);
/** Participles a document speaks with. */
const DOCUMENT_PARTICIPLES = new Set(
  'stating saying warning noting calling describing claiming suggesting reading declaring'.split(' '),
);

/** Verbs by which the subject wrote the document: "wrote a study showing “…”" quotes the subject. */
const AUTHORING = new Set('wrote writes writing authored authoring led leading drafted drafting'.split(' '));

const OWNERS = new Set(['his', 'her', 'their', 'our', 'my', 'own']);

/** Participles by which a document shows a thing, no verb of saying: "a study proving “…”". */
const SHOWING = new Set('proving showing finding concluding'.split(' '));

/** Verbs by which the subject issues a document of its own: "releasing a report claiming “…”" quotes the subject. */
const ISSUING = new Set(
  'released releasing issued issuing published publishing unveiled unveiling'.split(' '),
);

/** The document that speaks through the participle at `at`, in the words before the quote at `markAt`. */
export function documentParticiple(
  region: Token[],
  at: number,
  lo: number,
  markAt: number,
  ctx: PhraseContext,
): Found | null {
  const cue = lowerOf(region[at]);
  if (!DOCUMENT_PARTICIPLES.has(cue) || !DOCUMENTS.has(lowerOf(region[at - 1]))) return null;
  // "pushed back on a report claiming …, but acknowledged “…”": another verb of saying leads to the quote.
  for (let k = at + 1; k < markAt; k++) if (CUE_VERBS.has(lowerOf(region[k]))) return null;
  for (let k = at - 2; k >= Math.max(lo, at - 5); k--) if (ISSUING.has(lowerOf(region[k]))) return null;
  const ref = parseBackward(region, at - 1, lo, ctx);
  return ref?.kind === 'phrase' ? { ref, role: null, cue } : null;
}

/**
 * "Ramos answered him by tweeting a link to a study proving “…”": the quote at `markAt` is what the document
 * tokens[i] shows, not what the sentence's subject said; a document the subject issued aside ("released a
 * study showing “…”" stays the subject's).
 */
export function documentShows(tokens: Token[], i: number, markAt: number): boolean {
  const shows = lowerOf(tokens[i + 1]);
  if (!DOCUMENTS.has(lowerOf(tokens[i])) || !(SHOWING.has(shows) || DOCUMENT_PARTICIPLES.has(shows)))
    return false;
  // "said a report showing “steady growth” was “a fantasy”": the quote and its document are the subject's words.
  const next = tokens[markAt + 1];
  if (isTensedWord(next) || TENSED_HELPERS.has(lowerOf(next))) return false;
  // The quote right after the participle, or after its "that": in "called the report showing job losses “fake
  // news”" the quote is the caller's verdict on the report. "the audit finding “…”" is a noun, not a participle.
  const thatAfter = markAt === i + 3 && lowerOf(tokens[i + 2]) === 'that';
  if (!thatAfter && (markAt !== i + 2 || shows === 'finding')) return false;
  // "issued a study showing", "wrote a study showing", "her (own) ruling concluding that": the subject's own.
  if (OWNERS.has(lowerOf(tokens[i - 1]))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const word = lowerOf(tokens[k]);
    if (ISSUING.has(word) || AUTHORING.has(word)) return false;
  }
  return true;
}
