// compromise's lexicon (about 25,000 words and names with their tags), read once, on first use. The offline rules look
// words up in it rather than running compromise's tagger, which costs about a millisecond a call and would
// make the engine several times slower on long articles.
import { createRequire } from 'node:module';

export interface WordLexicon {
  /** Given names with their gender when compromise knows it. */
  given: Map<string, 'm' | 'f' | null>;
  /** Cities, countries and regions, single words and multi-word names ("tel aviv", "united states"). */
  places: Set<string>;
  /** Countries and regions only ("ohio", "saskatchewan", "israel"): no city, whose name is often a surname too. */
  regions: Set<string>;
  /** Finite verb forms and infinitives. */
  verbs: Set<string>;
  /** Simple past forms: "spoke", "said". */
  past: Set<string>;
  /** Tensed verb forms only, no bare infinitive: "announced", "says", "is". */
  tensed: Set<string>;
  /** Words compromise reads as a noun or a verb by context: "watch", "hope", "face". */
  nounOrVerb: Set<string>;
  /** Nouns for people by what they do: "businessman", "narrator", "strategists". */
  actors: Set<string>;
  /** Words that are never a noun (verbs, adjectives, adverbs…) and no one's name: "Trying", "Then". */
  notNouns: Set<string>;
  /** Single words the lexicon holds as anything but a surname: "house", "virginia", "calls". */
  listed: Set<string>;
  /** Single words the lexicon holds as a company's or body's name: "facebook". */
  organizations: Set<string>;
  /** Single words the lexicon holds as surnames: "sanders", "rubio". */
  surnames: Set<string>;
}

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'Auxiliary']);
const TENSED_TAGS = new Set(['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region']);
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor', 'Demonym']);
const NAME_TAGS = new Set([
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Organization',
  'ProperNoun',
  'Acronym',
]);
let loaded: WordLexicon | undefined;

export function wordLexicon(): WordLexicon {
  if (loaded) return loaded;
  const lexicon: WordLexicon = {
    given: new Map(),
    places: new Set(),
    verbs: new Set(),
    past: new Set(),
    tensed: new Set(),
    nounOrVerb: new Set(),
    actors: new Set(),
    notNouns: new Set(),
    listed: new Set(),
    organizations: new Set(),
    regions: new Set(),
    surnames: new Set(),
  };
  // Loaded on first use, from compromise's single-file build: a process that never asks (the LLM path, a
  // comparison with no name to check) never pays for it, and one file loads faster than its 400 modules.
  const nlp = createRequire(import.meta.url)('compromise') as { model(): unknown };
  const model = nlp.model() as {
    one: { lexicon: Record<string, string | string[]> };
    two: { switches: Record<string, string> };
  };
  const words = model.one.lexicon;
  for (const [word, kinds] of Object.entries(model.two.switches))
    if (kinds === 'Noun|Verb') lexicon.nounOrVerb.add(word);
  for (const [word, tag] of Object.entries(words)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.includes('MaleName')) lexicon.given.set(word, 'm');
    else if (tags.includes('FemaleName')) lexicon.given.set(word, 'f');
    else if (tags.includes('FirstName')) lexicon.given.set(word, null);
    if (tags.some((t) => PLACE_TAGS.has(t))) lexicon.places.add(word);
    if (tags.includes('Region') || tags.includes('Country')) lexicon.regions.add(word);
    if (word.includes(' ')) continue;
    if (tags.some((t) => VERB_TAGS.has(t))) lexicon.verbs.add(word);
    if (tags.includes('PastTense')) lexicon.past.add(word);
    if (tags.some((t) => TENSED_TAGS.has(t))) lexicon.tensed.add(word);
    if (tags.includes('Actor')) lexicon.actors.add(word);
    if (!tags.some((t) => NAME_TAGS.has(t) || NOUN_TAGS.has(t))) lexicon.notNouns.add(word);
    if (!tags.includes('LastName')) lexicon.listed.add(word);
    else lexicon.surnames.add(word);
    if (tags.includes('Organization')) lexicon.organizations.add(word);
  }
  loaded = lexicon;
  return lexicon;
}
