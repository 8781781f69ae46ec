// The registry's entity list with its look-ups kept beside it: by folded name, by surname, and the first words
// of bodies' names. Scanning the whole list for every capitalised run grew with the square of the article
// (every run of a 1 MB article against thousands of entities); the maps answer exactly what the scans did.
import type { Entity, EntityKind } from './entities.ts';
import { lastWord } from './surname.ts';
import { fold } from './tokens.ts';

export interface EntityIndex {
  /** In the order first named: the registry's entity list. */
  list: Entity[];
  /** Folded name → its entity: each folded name has exactly one, since only findOrAdd adds entities. */
  byKey: Map<string, Entity>;
  /** Folded surname → entities named in more than one word, in list order. */
  bySurname: Map<string, Entity[]>;
  /** bodyFirstWords's answer, dropped whenever a body is added or becomes a person. */
  bodyWords: Set<string> | undefined;
}

export function createEntityIndex(): EntityIndex {
  return { list: [], byKey: new Map(), bySurname: new Map(), bodyWords: undefined };
}

/** The entity folded the same as `name`, made a person on evidence of one; else a new entity. */
export function findOrAdd(index: EntityIndex, kind: EntityKind, name: string): Entity {
  const key = fold(name);
  const existing = index.byKey.get(key);
  if (existing) {
    if (name !== existing.name && isMoreCareful(name, existing.name)) existing.name = name;
    // Evidence that it is a person, found at any mention, wins.
    if (kind === 'person') {
      if (existing.kind === 'body') index.bodyWords = undefined;
      existing.kind = 'person';
    }
    return existing;
  }
  const entity: Entity = { kind, name, role: null, gender: null };
  index.list.push(entity);
  index.byKey.set(key, entity);
  if (kind === 'body') index.bodyWords = undefined;
  if (name.includes(' ')) {
    const surname = fold(lastWord(name));
    const namesakes = index.bySurname.get(surname);
    if (namesakes) namesakes.push(entity);
    else index.bySurname.set(surname, [entity]);
  }
  return entity;
}

/**
 * Of two spellings that fold alike, the one prose would print: "François Hollande" over a headline's "Francois
 * Hollande" (accents kept), "Bank of Norland" over "Bank Of Norland" (fewer words capitalised).
 */
function isMoreCareful(name: string, than: string): boolean {
  const accents = accentedLetters(name) - accentedLetters(than);
  return accents !== 0 ? accents > 0 : capitalisedWords(name) < capitalisedWords(than);
}

function accentedLetters(name: string): number {
  let count = 0;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 127) count++;
  return count;
}

function capitalisedWords(name: string): number {
  let count = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if ((i === 0 || name.charCodeAt(i - 1) === 32) && code >= 65 && code <= 90) count++;
  }
  return count;
}

/** Entities named in more than one word whose surname folds to `surname`, in list order. */
export function namedWithSurname(index: EntityIndex, surname: string): Entity[] {
  return index.bySurname.get(surname) ?? [];
}

/** Whether a body's folded name starts with the folded word and a space: "Brennock" of "Brennock Polymers". */
export function startsBodyName(index: EntityIndex, folded: string): boolean {
  // A word that folds to several (a compatibility ligature) cannot use the first-word set: scan as before.
  if (folded.includes(' '))
    return index.list.some((e) => e.kind === 'body' && fold(e.name).startsWith(`${folded} `));
  return bodyFirstWords(index).has(folded);
}

/**
 * The first word (folded) of every body named in more than one word: "brennock" for "Brennock Polymers".
 * Kept until a body is added or becomes a person, the only changes that alter it.
 */
function bodyFirstWords(index: EntityIndex): Set<string> {
  if (index.bodyWords) return index.bodyWords;
  const words = new Set<string>();
  // forEach, not for…of: no [key, value] pair made for each of the article's entities.
  index.byKey.forEach((entity, key) => {
    if (entity.kind !== 'body') return;
    const space = key.indexOf(' ');
    if (space >= 0) words.add(key.slice(0, space));
  });
  index.bodyWords = words;
  return words;
}
