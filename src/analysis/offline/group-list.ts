// "And aides to Gov. Ada Brenner of Lestria, a former judge, and Gov. Tomas Reyes of Tarsa, who served in the
// council, said …": the people listed after "aides to" are whose aides speak, the last of them no more than the
// first. Read back from the verb, the chunk "and Gov. Tomas Reyes of Tarsa" looks like the verb's own subject
// (as in "Reyes has named no one, and two deputies … have suggested"), so the sheet gave one governor his
// aides' words (an editor's read). Only a group opening a list with no verb before the "and" is taken, and it
// is shown with the people it names: "aides to Ada Brenner and Tomas Reyes".
import { type Mention, mentionAt, type Registry } from './entities.ts';
import { AND_BUT, TITLE_WORDS } from './lexicon.ts';
import { PP_HEADS } from './phrase-head.ts';
import { isGroupPlural } from './speaker-like.ts';
import { isVerbForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** How far into its clause the group may stand: "And two senior aides to …". */
const GROUP_REACH = 4;

/**
 * The group opening a list of names, as the sheet shows it ("aides to Ada Brenner and Tomas Reyes"), when the
 * chunk "and …" at `and` (ending at `end`) closes that list; null otherwise. `lo` is where the clause starts.
 * The group opens the clause, a person follows its preposition ("Residents of Tarsa, Ada Roe, and …" is a
 * list of speakers), and no verb stands before the "and" ("Supporters of Roe marched, and Vale said …").
 */
export function groupOpeningList(
  text: string,
  tokens: Token[],
  span: { lo: number; and: number; end: number },
  registry: Registry,
): { text: string; head: string; at: number } | null {
  const from = AND_BUT.has(lowerOf(tokens[span.lo])) ? span.lo + 1 : span.lo;
  for (let k = from; k < Math.min(span.and - 1, from + GROUP_REACH); k++) {
    if (tokens[k]?.text === ',') return null;
    if (!isGroupPlural(lowerOf(tokens[k])) || !PP_HEADS.has(lowerOf(tokens[k + 1]))) continue;
    for (let v = from; v < span.and; v++) if (isVerbForm(tokens[v])) return null;
    let named = k + 2;
    while (TITLE_WORDS.has(lowerOf(tokens[named])) || tokens[named]?.text === '.') named++;
    if (mentionAt(registry, tokens[named]?.start ?? -1)?.entity.kind !== 'person') return null;
    const people = peopleIn(tokens, named, span.end, registry);
    const group = text.slice((tokens[from] as Token).start, (tokens[k + 1] as Token).end);
    const shown = `${group} ${people.map((m) => m.entity.name).join(' and ')}`;
    return people.length < 2
      ? null
      : { text: shown, head: lowerOf(tokens[k]), at: (tokens[from] as Token).start };
  }
  return null;
}

/** The people named between two tokens, each once, in the order named. */
function peopleIn(tokens: Token[], from: number, to: number, registry: Registry): Mention[] {
  const people: Mention[] = [];
  for (let k = from; k <= to; k++) {
    const mention = mentionAt(registry, (tokens[k] as Token).start);
    if (mention?.entity.kind === 'person' && !people.some((m) => m.entity === mention.entity))
      people.push(mention);
  }
  return people;
}
