// "Auditors blamed the mayor for cutting a line from the flood report stating that the canal had “…”": a
// participle right after a document's noun quotes the document, not the sentence's subject who cut, cited or
// answered it (an editor's read: the subject had been credited with the report's words). A document is shown
// as no quote's speaker, so such a quote goes unshown rather than under the wrong name.
import { CUE_VERBS } from './lexicon.ts';
import type { Found } from './quote-tokens.ts';
import { type PhraseContext, parseBackward } from './speaker-phrase.ts';
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
 * region[i] shows, not what the sentence's subject said; a document the subject issued aside ("released a
 * study showing “…”" stays the subject's).
 */
export function documentShows(region: Token[], i: number, markAt: number): boolean {
  const shows = lowerOf(region[i + 1]);
  if (!DOCUMENTS.has(lowerOf(region[i])) || !(SHOWING.has(shows) || DOCUMENT_PARTICIPLES.has(shows)))
    return false;
  if (markAt > i + 4) return false; // "a study showing that …" and a word or two more, the quote right after
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (ISSUING.has(lowerOf(region[k]))) return false;
  return true;
}
