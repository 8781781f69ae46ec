// "GOP Rep Varga Announces Bill …" as the headline, then "Rep. Ilse Varga" in the story: the titled surname,
// read before the full name, became a person of its own, and "“…,” Varga said" went to it (shown "Varga", and
// apart from Ilse Varga's other words). A surname whose title ends as one full name's does is that person;
// with no title, or two namesakes of that title, it stays apart ("President Obama" beside "Michelle Obama").
import type { Entity, Mention } from './entities.ts';
import { fold } from './tokens.ts';

export function joinTitledSurnames(entities: Entity[], mentions: Mention[]): void {
  for (let e = entities.length - 1; e >= 0; e--) {
    const single = entities[e] as Entity;
    if (single.kind !== 'person' || single.role === null || single.name.includes(' ')) continue;
    const surname = fold(single.name);
    const title = lastTitleWord(single.role);
    const full = entities.filter(
      (other) =>
        other.kind === 'person' &&
        other.name.includes(' ') &&
        fold(other.name.slice(other.name.lastIndexOf(' ') + 1)) === surname &&
        other.role !== null &&
        lastTitleWord(other.role) === title,
    );
    if (full.length !== 1) continue;
    const person = full[0] as Entity;
    for (const mention of mentions) if (mention.entity === single) mention.entity = person;
    entities.splice(e, 1);
  }
}

/** "GOP Rep" → "rep", "Rep." → "rep": the title's head word, without its dot. */
function lastTitleWord(role: string): string {
  return fold(role.slice(role.lastIndexOf(' ') + 1)).replace(/\.$/, '');
}
