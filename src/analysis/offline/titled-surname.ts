// "GOP Rep Varga Announces Bill …" as the headline, then "Rep. Ilse Varga" in the story: the titled surname,
// read before the full name, became a person of its own, and "“…,” Varga said" went to it (shown "Varga", and
// apart from Ilse Varga's other words). A surname whose title ends as one full name's does is that person;
// with no title, or two namesakes of that title, it stays apart ("President Obama" beside "Michelle Obama").
import type { Entity, Mention } from './entities.ts';
import { fold } from './tokens.ts';

export function joinTitledSurnames(entities: Entity[], mentions: Mention[]): void {
  // The full names by folded surname and title word, read once: filtering every entity for each titled surname
  // grew with the square of a long paste's people. Joining removes one-word names only, so the index holds.
  const fullNames = new Map<string, Entity[]>();
  for (const other of entities) {
    if (other.kind !== 'person' || other.role === null || !other.name.includes(' ')) continue;
    const key = keyOf(fold(other.name.slice(other.name.lastIndexOf(' ') + 1)), lastTitleWord(other.role));
    const named = fullNames.get(key);
    if (named) named.push(other);
    else fullNames.set(key, [other]);
  }
  const joined = new Map<Entity, Entity>();
  for (const single of entities) {
    if (single.kind !== 'person' || single.role === null || single.name.includes(' ')) continue;
    const full = fullNames.get(keyOf(fold(single.name), lastTitleWord(single.role)));
    if (full?.length === 1) joined.set(single, full[0] as Entity);
  }
  if (joined.size === 0) return;
  for (const mention of mentions) {
    const person = joined.get(mention.entity);
    if (person) mention.entity = person;
  }
  let kept = 0;
  for (const entity of entities) if (!joined.has(entity)) entities[kept++] = entity;
  entities.length = kept;
}

function keyOf(surname: string, title: string): string {
  return `${surname} ${title}`;
}

/** "GOP Rep" → "rep", "Rep." → "rep": the title's head word, without its dot. */
function lastTitleWord(role: string): string {
  return fold(role.slice(role.lastIndexOf(' ') + 1)).replace(/\.$/, '');
}
