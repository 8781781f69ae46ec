// The reporter's participle after a credit, set beside the report and not part of it (an editor's read).
import { FINITE_AUXILIARIES } from './lexicon.ts';
import { hasParticipleShape } from './participle.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * "…, the board's senior member said Wednesday, escalating his troubles": the reporter's participle after the
 * credit, not the report going on ("…, he said, replacing her would be far harder": a gerund with a verb).
 */
export function narrationAt(tokens: Token[], at: number): boolean {
  if (!hasParticipleShape(lowerOf(tokens[at]))) return false;
  for (let k = at + 1; k < tokens.length && k <= at + 4; k++)
    if (FINITE_AUXILIARIES.has(lowerOf(tokens[k]))) return false;
  return true;
}
