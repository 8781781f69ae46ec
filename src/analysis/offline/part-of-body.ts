// "the Kessel chapter of Harbour Watch", "the youth wing of the Ostland Party": what a chapter, branch or wing
// belongs to is a body, whatever the apposition after it says ("…, a leader in the Save the Pier movement" read
// it as a person with that title; a body keeps no such title).
import { lowerOf, type Token } from './tokens.ts';

const PARTS = new Set([
  'chapter',
  'chapters',
  'branch',
  'branches',
  'wing',
  'affiliate',
  'affiliates',
  'arm',
]);

/** Whether the name at sentence token `at` follows "chapter of", "branch of the", and the like. */
export function afterPartOfBody(sentenceTokens: Token[], at: number): boolean {
  const of = lowerOf(sentenceTokens[at - 1]) === 'the' ? at - 2 : at - 1;
  return lowerOf(sentenceTokens[of]) === 'of' && PARTS.has(lowerOf(sentenceTokens[of - 1]));
}
