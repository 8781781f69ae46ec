// A role held over years that have ended: "Vicente Ruiz, Peru's president from 2001 to 2006," is Peru's former
// president. The role reader stops at "from", and "Peru's president" alone told a newsroom he still was one
// (an editor's read).
import { lowerOf, type Token } from './tokens.ts';

const YEAR = /^(?:1[89]|20)\d\d$/;
const RANGE_ENDS = new Set(['to', 'until', 'till', 'through', 'and']);

/** `role` with "former" put in when tokens[from..to] also give a span of years that has ended. */
export function withPastTenure(role: string, tokens: Token[], from: number, to: number): string {
  if (/\b(?:former|ex|then|onetime|one-time|erstwhile|late)\b/i.test(role) || !endedSpan(tokens, from, to))
    return role;
  // "the former …", "Peru's former president", "former president".
  const lead = /^(?:(?:the|a|an)\s+|\S+['’]s\s+)/i.exec(role)?.[0] ?? '';
  return `${lead}former ${role.slice(lead.length)}`;
}

/** "from 2001 to 2006", "between 2001 and 2006", "from 2001 until 2006". */
function endedSpan(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 3 <= to; k++) {
    const opens = lowerOf(tokens[k]);
    if ((opens === 'from' || opens === 'between') && YEAR.test(tokens[k + 1]?.text ?? '')) {
      return RANGE_ENDS.has(lowerOf(tokens[k + 2])) && YEAR.test(tokens[k + 3]?.text ?? '');
    }
  }
  return false;
}
