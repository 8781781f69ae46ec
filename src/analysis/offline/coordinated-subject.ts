// "An aide called the mayor to urge a veto, and Otto Hallam, head of the ferry guild, sent her a letter saying
// “…”": a participle's subject is that of its own clause, the person opening the clause after ", and", not the
// subject the sentence opens with.
import { type Mention, mentionAt, type Registry } from './entities.ts';
import { lowerOf, type Token } from './tokens.ts';

/** The person right after the last ", and" between `start` and the participle at `at`, if one opens that clause. */
export function coordinatedSubject(
  region: Token[],
  start: number,
  at: number,
  registry: Registry,
): Mention | null {
  for (let k = at - 1; k > start + 1; k--) {
    if (lowerOf(region[k]) !== 'and' || region[k - 1]?.text !== ',') continue;
    // "…, and W. Douglas Parker": past an initial the name begins.
    const initial = /^\p{Lu}$/u.test(region[k + 1]?.text ?? '') && region[k + 2]?.text === '.';
    const next = region[initial ? k + 3 : k + 1];
    const mention = next ? mentionAt(registry, next.start) : undefined;
    return mention?.entity.kind === 'person' ? mention : null;
  }
  return null;
}
