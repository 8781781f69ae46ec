// What speaker resolution reads of one article, built once per article: the registry's people by sentence, each
// sentence's main clause, dash asides and pronoun credits, and the trail of speakers credited so far.

import { dashAsides } from './dash-aside.ts';
import type { Entity, Mention, Registry } from './entities.ts';
import { type MainClause, mainClauseOf } from './main-clause.ts';
import { pronounCreditsOf } from './pronoun-credit.ts';
import { insideQuote, sentenceIndexAt, type TextModel } from './sentences.ts';
import type { Token } from './tokens.ts';

const NO_MENTIONS: readonly Mention[] = [];

/**
 * Where a speaker was last credited with a quote, so "she" can chain back through earlier "she said" and "it
 * added" back to "the ministry said". No entity for a speaker named by a phrase alone ("a spokesman"): it
 * still stands between "it" and a body quoted before.
 */
export interface SpeakerTrail {
  entity: Entity | null;
  /** Speakers credited together ("Ada Brenner and Tomas Reyes"): whom a later "they" may go on with. */
  group?: string;
  at: number;
  sentence: number;
}

export interface ResolveContext {
  registry: Registry;
  /** Sentence index for an offset. */
  sentenceOf: (offset: number) => number;
  trail: SpeakerTrail[];
  /** People named in each sentence, built once so a pronoun looks only at the sentences it may reach. */
  peopleBySentence: Map<number, Mention[]>;
  /** Where each sentence's main clause starts: after "Hours after X left the court," it is the next word. */
  mainClauseAt: (sentence: number) => MainClause;
  /** Whether an offset of a sentence stands inside a dash aside: a name there is named aside (dash-aside.ts). */
  asideAt: (sentence: number, at: number) => boolean;
  /** Each sentence's first word. */
  firstWordOf: (sentence: number) => Token | undefined;
  /** Each sentence's first "he said" (for "m") or "she said" (for "f") outside quotes: the pronoun's token. */
  pronounCreditIn: (sentence: number, gender: 'm' | 'f') => Token | undefined;
  text: string;
  /** Whether an offset falls inside a quote, its words or marks (the text model's quotes). */
  insideQuote: (offset: number) => boolean;
  /** isSpeakerName's answers for this article: a speaker is judged once, not for each of their quotes. */
  speakerNames: Map<string, boolean>;
  /** The trail by sentence, as far as it has been read (see trailIn). */
  trailIndex: { seen: number; bySentence: Map<number, SpeakerTrail[]> };
  /** The article's body mentions that pass each of bodiesPassing's tests, by the test's name. */
  bodyLists: Map<string, Mention[]>;
  /** Built on first need (bodiesNamedWith): body mentions by each body noun their name holds. */
  bodiesByNoun?: Map<string, Mention[]>;
  /** Built on first need (bodiesByFirstWord). */
  bodiesByFirstWord?: Map<string, Entity[]>;
  /** Built on first need (titledName). */
  titledStarts?: number[];
  /** Built on first need (honorific-style.ts). */
  honorificSurnames?: Map<string, number>;
}

export function createResolveContext(registry: Registry, model: TextModel): ResolveContext {
  const peopleBySentence = new Map<number, Mention[]>();
  const mentions = registry.mentions;
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k] as Mention;
    if (mention.entity.kind !== 'person') continue;
    const list = peopleBySentence.get(mention.sentence);
    if (list) list.push(mention);
    else peopleBySentence.set(mention.sentence, [mention]);
  }
  const mainClauses = new Map<number, MainClause>();
  return {
    registry,
    sentenceOf: (offset) => sentenceIndexAt(model, offset),
    trail: [],
    peopleBySentence,
    // Asked for the same sentence by every pronoun that looks back to it: read once.
    mainClauseAt: (index) => {
      let main = mainClauses.get(index);
      if (main === undefined) {
        main = mainClauseOf(model, index, (offset) =>
          (peopleBySentence.get(index) ?? NO_MENTIONS).some((mention) => mention.start === offset),
        );
        mainClauses.set(index, main);
      }
      return main;
    },
    asideAt: dashAsides(model),
    firstWordOf: (index) => model.sentences[index]?.tokens.find((t) => t.word),
    pronounCreditIn: pronounCreditsOf(model),
    text: model.text,
    insideQuote: (offset) => insideQuote(model, offset),
    speakerNames: new Map(),
    trailIndex: { seen: 0, bySentence: new Map() },
    bodyLists: new Map(),
  };
}
