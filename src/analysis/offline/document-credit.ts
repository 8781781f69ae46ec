// "“…,” the statement released by the Brenner campaign said" and "“…,” the letter addressed to Chairman Vasko
// reads": a credit after a quote whose document is followed by a participle's phrase. Read as a noun phrase, the
// participle became its head ("the letter addressed"), no verb of saying was found, and the quote fell to
// whoever the sentence before had named: the subject of a lawyer's letter was shown saying the lawyer's words.
import { isCarrierHead } from './credit-before.ts';
import { AUTHORING } from './document-from.ts';
import { CUE_VERBS } from './lexicon.ts';
import { DETERMINERS } from './noun-phrase.ts';
import { type Found, QUOTE_MARK } from './quote-tokens.ts';
import { speakerLike } from './speaker-like.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/** How far the participle's phrase may run before its verb of saying. */
const MAX_PHRASE = 12;

/**
 * The credit tokens[i..to) make when they are a document, a participle and its phrase, and a verb of saying that
 * ends the sentence: the author after "by" when the participle names one, else the document itself.
 */
export function documentCredit(tokens: Token[], i: number, to: number, ctx: PhraseContext): Found | null {
  if (!DETERMINERS.has(lowerOf(tokens[i]))) return null;
  let doc = i + 1;
  while (doc < i + 3 && doc < to && !isCarrierHead(lowerOf(tokens[doc]))) doc++;
  // Both in lower case as written: "The Harbour Post's Ed Vasko explained" names no document.
  const noun = tokens[doc]?.text ?? '';
  const participle = tokens[doc + 1]?.text ?? '';
  if (!/^\p{Ll}+$/u.test(noun) || !isCarrierHead(noun)) return null;
  if (!/^\p{Ll}{3,}ed$/u.test(participle) || CUE_VERBS.has(participle)) return null;
  const cue = cueEnding(tokens, doc + 2, to);
  if (cue < 0) return null;
  const verb = lowerOf(tokens[cue]);
  if (AUTHORING.has(participle) && lowerOf(tokens[doc + 2]) === 'by') {
    const author = parseForward(tokens.slice(0, cue), doc + 3, ctx);
    if (author && speakerLike(author.ref)) return { ref: author.ref, role: author.role, cue: verb };
  }
  const first = tokens[i] as Token;
  const text = ctx.text.slice(first.start, (tokens[doc] as Token).end);
  return {
    ref: { kind: 'phrase', text, head: lowerOf(tokens[doc]), at: first.start },
    role: null,
    cue: verb,
  };
}

/** The verb of saying that ends the sentence or its clause within MAX_PHRASE tokens of `from`, or -1. */
function cueEnding(tokens: Token[], from: number, to: number): number {
  for (let c = from; c < to && c - from <= MAX_PHRASE; c++) {
    const text = (tokens[c] as Token).text;
    if (text === QUOTE_MARK || text === ';' || text === ',') return -1;
    if (CUE_VERBS.has(lowerOf(tokens[c])) && (c + 1 >= to || /^[.!?,]$/.test(tokens[c + 1]?.text ?? '.')))
      return c;
  }
  return -1;
}
