// "Lawyers for both Tomas Reyes and Ada Reyes", "lawyers for both Marcus Delane Jr. and Priya Delane": the
// people named in a list joined by "and" before a speaker phrase's last name.
import { mentionAt, type Registry } from './entities.ts';
import { AND_BUT, TITLE_WORDS } from './lexicon.ts';
import { isNameEndDot } from './name-dots.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * Where a list of people ending at tokens[from] starts: `from` if none. A name's "Jr." keeps its dot: read as
 * the list's end, the dot left "Priya Delane" alone as the speaker of what she and others said. The first
 * name's title belongs to the list: "Aides to Gov. Ada Roe and Gov. Tom Vale said" is the aides'.
 */
export function namesJoinedBefore(tokens: Token[], from: number, lo: number, registry: Registry): number {
  let start = from;
  while (start - 2 >= lo && AND_BUT.has(lowerOf(tokens[start - 1]))) {
    const last = isNameEndDot(tokens, start - 2) ? start - 3 : start - 2;
    const person = last >= lo ? mentionAt(registry, (tokens[last] as Token).start) : undefined;
    if (person?.entity.kind !== 'person') break;
    start = tokens.findIndex((t) => t.start === person.start);
    if (start < lo) return from;
  }
  if (start === from) return from;
  const title = tokens[start - 1]?.text === '.' ? start - 2 : start - 1;
  return title >= lo && TITLE_WORDS.has(lowerOf(tokens[title])) ? title : start;
}

/** Words that open a group the person named before "and" belongs to: "and other backers", "and two aides". */
const WITH_OTHERS = new Set('other others several some fellow two three four five many'.split(' '));

/**
 * "Mayor Tova Brinn and other backers said": the group speaks with the person who leads it, named first. Where
 * that phrase starts, or `from` when the phrase at `from` opens on no such word.
 */
export function leaderOfGroup(tokens: Token[], from: number, lo: number, registry: Registry): number {
  if (!WITH_OTHERS.has(lowerOf(tokens[from])) || lowerOf(tokens[from - 1]) !== 'and') return from;
  return namesJoinedBefore(tokens, from, lo, registry);
}
