// "An aide called the mayor to urge a veto, and Otto Hallam, head of the ferry guild, sent her a letter saying
// “…”": a participle's subject is that of its own clause, the person opening the clause after ", and" (or the
// one after "with" whose participle it is joined to), not the subject the sentence opens with.
import { type Mention, mentionAt, type Registry } from './entities.ts';
import { lowerOf, type Token } from './tokens.ts';

/** The person right after the last ", and" between `start` and the participle at `at`, if one opens that clause. */
export function coordinatedSubject(
  region: Token[],
  start: number,
  at: number,
  registry: Registry,
): Mention | null {
  const absolute = withParticiple(region, at, registry);
  if (absolute) return absolute;
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

/**
 * "Farmers were quick to react, with Lena Hart posting that … and asking, “…”": a participle joined by "and"
 * to the one after "with <person>" is that person's too, not the sentence subject's.
 */
function withParticiple(region: Token[], at: number, registry: Registry): Mention | null {
  if (lowerOf(region[at - 1]) !== 'and') return null;
  // Read back past the quote of the first participle ("posting a “disaster” and asking"), to the sentence's start.
  for (let k = at - 2; k >= 0; k--) {
    if (lowerOf(region[k]) !== 'with') continue;
    const mention = region[k + 1] ? mentionAt(registry, (region[k + 1] as Token).start) : undefined;
    if (mention?.entity.kind !== 'person') return null;
    const after = region.findIndex((t) => t.start >= mention.end);
    return lowerOf(region[after]).endsWith('ing') ? mention : null;
  }
  return null;
}

/**
 * "Unions backed her early, with the Harbour Workers Guild calling her “…”": a body named right after "with"
 * does what the participle after it says, as a person there does; the sentence's subject does not.
 */
export function afterWith(region: Token[], mention: Mention): boolean {
  const first = region.findIndex((t) => t.start === mention.start);
  const before = lowerOf(region[first - 1]) === 'the' ? first - 2 : first - 1;
  return first > 0 && lowerOf(region[before]) === 'with';
}
