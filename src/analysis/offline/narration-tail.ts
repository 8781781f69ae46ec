// The reporter's participle after a credit, set beside the report and not part of it (an editor's read).
import { hasParticipleShape } from './participle.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Finite verbs that make an -ing word a gerund subject: "replacing her would be hard". */
const FINITE = new Set(
  'would will could can may might must should is was are were has had does did'.split(' '),
);

/**
 * "…, the board's senior member said Wednesday, escalating his troubles": the reporter's participle after the
 * credit, not the report going on ("…, he said, replacing her would be far harder": a gerund with a verb).
 */
export function narrationAt(tokens: Token[], at: number): boolean {
  if (!hasParticipleShape(lowerOf(tokens[at]))) return false;
  for (let k = at + 1; k < tokens.length && k <= at + 4; k++)
    if (FINITE.has(lowerOf(tokens[k]))) return false;
  return true;
}
