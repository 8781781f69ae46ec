// "Reyes had initially said he would veto the plan but gave way as …", "She says she will vote for him but has
// withheld her endorsement": after "but", a past verb with no subject of its own is what the speaker did next, told
// by the reporter. Only where the report itself marks the contrast: its verb of saying set in an earlier time
// ("initially said"), or the report in the present while the deed is past. "The vote was fair but needed …"
// (a past report) and "should not be cut but propped up" (one verb's two participles) go on as the speaker's.
import { isEdForm, isPastForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Whether the "but" at `but` opens the speaker's later deed; `from` is the word after the verb of saying. */
export function laterDeedAfterBut(tokens: Token[], from: number, but: number): boolean {
  const next = tokens[but + 1];
  const deed = lowerOf(next) === 'has' || lowerOf(next) === 'have' || isPastForm(next);
  if (!deed || lowerOf(tokens[but - 1]) === 'all') return false;
  // "be cut but propped up": a passive's participle joined to another.
  if (isEdForm(tokens[but - 1]) && BE.has(lowerOf(tokens[but - 2]))) return false;
  if (saidEarlier(tokens, from)) return true;
  const report = tokens.slice(from, but).map(lowerOf);
  return report.some((word) => PRESENT.has(word)) && !report.some((word) => PAST.has(word));
}

/** "initially said", "had first said", "originally told": the verb of saying just before `from`, set earlier. */
function saidEarlier(tokens: Token[], from: number): boolean {
  for (let k = from - 2; k >= 0 && k >= from - 3; k--) if (EARLIER.has(lowerOf(tokens[k]))) return true;
  return false;
}

const EARLIER = new Set(['initially', 'originally', 'first', 'previously', 'once', 'earlier']);
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const PRESENT = new Set(['is', 'are', 'am', 'has', 'have', 'will', 'can', 'does', 'do']);
const PAST = new Set(['was', 'were', 'had', 'did', 'would', 'could']);
