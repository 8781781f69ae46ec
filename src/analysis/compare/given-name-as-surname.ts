// A person called by a name that is no one's surname but someone's given name with an "s": "Rep. Amos Hale
// spoke. Amoss was hurt too." where every source names Amos Hale. A reader is told of a person who is not in
// the story. Read only where the proof is in the text: the bare name stands alone as a sentence's subject,
// no source uses it as anyone's surname or given name, and the person's surname is in the same or the
// sentence before, so the source was speaking of that person.
import type { Disagreement, SourceVersion } from '../../types.ts';
import type { SourceText } from './name-variants.ts';

/**
 * "Amos Hale", "Amos T. Hale": a given name, perhaps an initial, and a surname. Tried at every capitalised
 * word (the match is a lookahead), so "Representative Amos Hale" yields "Amos Hale" too.
 */
const FULL_NAME =
  /(?=(?<![\p{L}.])((\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?(\p{Lu}\p{Ll}[\p{Ll}’'-]*\p{Ll}))(?![\p{L}]))/gu;
/** A capitalised word standing alone at a sentence's start, then a lower-case word: a subject. */
const BARE_SUBJECT = /(?:^|[.!?]["”]?\s+)(\p{Lu}\p{Ll}+s)\s+(?=\p{Ll})/gmu;

interface Person {
  given: string;
  surname: string;
  /** The first mention per source, as written with any title before it. */
  mentions: Map<string, string>;
}

export function findGivenNamesAsSurnames(sources: SourceText[]): Disagreement[] {
  const people = new Map<string, Person>();
  const givens = new Set<string>();
  const surnames = new Set<string>();
  for (const source of sources) {
    for (const m of source.text.matchAll(FULL_NAME)) {
      const [written, given, surname] = [m[1] as string, m[2] as string, m[3] as string];
      givens.add(given);
      surnames.add(surname);
      const key = `${given} ${surname}`;
      const person = people.get(key) ?? { given, surname, mentions: new Map() };
      if (!person.mentions.has(source.sheet.id)) person.mentions.set(source.sheet.id, written);
      people.set(key, person);
    }
  }
  const out: Disagreement[] = [];
  for (const source of sources) {
    for (const m of source.text.matchAll(BARE_SUBJECT)) {
      const word = m[1] as string;
      if (givens.has(word) || surnames.has(word)) continue;
      // A name another source writes too is a name of the story, not a slip.
      if (sources.some((other) => other !== source && new RegExp(`\\b${word}\\b`).test(other.text))) continue;
      const at = (m.index ?? 0) + m[0].indexOf(word);
      const near = source.text.slice(sentenceBefore(source.text, at), at);
      const person = [...people.values()].find(
        (p) => p.given === word.slice(0, -1) && new RegExp(`\\b${p.surname}\\b`).test(near),
      );
      if (!person) continue;
      const others: SourceVersion[] = [...person.mentions]
        .filter(([id]) => id !== source.sheet.id)
        .map(([id, text]) => ({ source: id, text, ref: null }));
      if (others.length === 0) continue;
      out.push({
        topic: `Name of ${person.given} ${person.surname}`,
        kind: 'name',
        severity: 'medium',
        note: `${source.sheet.id} writes “${word}”, a name no source gives anyone, just after naming ${person.surname}; the others name ${person.given} ${person.surname}.`,
        versions: [{ source: source.sheet.id, text: clauseFrom(source.text, at), ref: null }, ...others],
        foundBy: 'rule',
      });
    }
  }
  return out;
}

/** Where the sentence before the one at `at` starts (within its paragraph). */
function sentenceBefore(text: string, at: number): number {
  const paragraph = text.lastIndexOf('\n', at) + 1;
  const ends = [...text.slice(paragraph, at).matchAll(/[.!?]["”]?\s+/g)];
  const previous = ends.at(-2);
  return previous ? paragraph + (previous.index ?? 0) + previous[0].length : paragraph;
}

/** The clause that opens with the name: what a reader is shown. */
function clauseFrom(text: string, at: number): string {
  const rest = text.slice(at);
  const end = rest.search(/[,.;:!?—]|\s(?:when|after|because)\s/);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}
