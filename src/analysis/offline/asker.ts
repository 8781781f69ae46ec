// "Hallam asked Reyes whether the plant would close. “Not this year,” he said.": the answer is the one asked.
// A person who asks another person in the sentence a pronoun looks back to is rarely the one it stands for.
import type { Mention } from './entities.ts';

/** "asked", "then asked", "pressed", "later questioned" between the asker and the one asked. */
const ASKS =
  /^\s+(?:then\s+|also\s+|later\s+|again\s+)?(?:asked|pressed|questioned)\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?/;

/** Whether `mention` asks another person named right after the verb ("Hallam asked Reyes"). */
export function asksAnother(text: string, mention: Mention, people: readonly Mention[]): boolean {
  const asks = ASKS.exec(text.slice(mention.end, mention.end + 40));
  if (!asks) return false;
  const asked = mention.end + asks[0].length;
  return people.some((other) => other.entity !== mention.entity && other.start === asked);
}
