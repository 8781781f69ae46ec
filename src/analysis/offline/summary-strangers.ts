// "Marsh said he had seen no sign of it …" in a summary whose other sentences never named Ivo Marsh: the reader
// of two or three sentences does not know who that is, however fully the article named him elsewhere (an
// editor's read). A sentence whose subject is a surname alone joins the summary only after one naming the
// person in full, unless the person is one the story is about.
import type { Entity, Registry } from './entities.ts';
import type { Sentence } from './sentences.ts';
import { lastIndexBefore } from './span-search.ts';
import { lastWord } from './surname.ts';

/**
 * Whether the sentence whose head starts at `at` opens on a person by surname (perhaps titled: "Mr. Marsh")
 * whom `placed` says the reader cannot place: no sentence already chosen names them in full, and the story is
 * not about them (storyPeople).
 */
export function namesStranger(
  registry: Registry,
  text: string,
  at: number,
  placed: (person: Entity) => boolean,
): boolean {
  // The subject only, where the claim rests on who it is: "…, Vasko said" at the end is a credit.
  const mentions = registry.mentions;
  const m = mentions[lastIndexBefore(mentions, at, (x) => x.start) + 1];
  if (m?.entity.kind !== 'person' || !/^(?:(?:Mr|Mrs|Ms|Dr)\.\s)?$/.test(text.slice(at, m.start)))
    return false;
  const full = m.entity.name;
  // Not a given name shared with a surname ("Ada and Tomas Brenner"), nor a name in full.
  if (!full.includes(' ') || m.end - m.start >= full.length) return false;
  if (!text.slice(m.start, m.end).endsWith(lastWord(full))) return false;
  return !placed(m.entity);
}

/** Whether the sentence names the person in full. */
export function namesInFull(registry: Registry, sentence: Sentence, person: Entity): boolean {
  const mentions = registry.mentions;
  for (let i = lastIndexBefore(mentions, sentence.start, (m) => m.start) + 1; i < mentions.length; i++) {
    const m = mentions[i] as Registry['mentions'][number];
    if (m.start >= sentence.end) break;
    if (m.entity === person && m.end - m.start >= person.name.length) return true;
  }
  return false;
}

/**
 * The two people the story names most: who it is about ("Clinton", "Sanders" in a campaign story), known to its
 * reader by surname from the headline on.
 */
export function storyPeople(registry: Registry): Set<Entity> {
  const counts = new Map<Entity, number>();
  for (const m of registry.mentions)
    if (m.entity.kind === 'person') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return new Set(ranked.slice(0, 2).map(([person]) => person));
}
