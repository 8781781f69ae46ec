// Chooses and orders the key facts a sheet shows, most important first, at most MAX_FACTS. Each fact is a
// sentence of the story that stands on its own (see claim.ts), picked for what it carries: a figure (the
// usual subject of disagreement), a named person with their title, or an explicit date. `value` keeps that
// figure, name or date so sources can be compared on it. One fact per sentence: a sentence with three
// figures is one statement, not three, and a person is listed once, with the title in the source's words.
// Each kind has a reserved share so one kind cannot crowd out the rest; leftover room goes back in order.
import type { RawAnalysis } from '../../types.ts';
import { type Claim, ClaimReader } from './claim.ts';
import type { DateFact } from './dates.ts';
import type { Entity, Mention, Registry } from './entities.ts';
import { spaceNonWords } from './non-word-runs.ts';
import type { NumberFact } from './numbers.ts';
import { isPersonName } from './person-name.ts';
import { sentenceIndexAt, type TextModel } from './sentences.ts';

type FactOut = RawAnalysis['facts'][number];

export const MAX_FACTS = 12;
const SHARE = { number: 6, person: 4, date: 2 };

export function chooseFacts(
  model: TextModel,
  registry: Registry,
  numbers: Iterable<NumberFact>,
  dates: DateFact[],
  speakers: string[],
): FactOut[] {
  const picker = new FactPicker(model, registry);
  // Each pool stops at MAX_FACTS, all a sheet can show of one kind: a long paste has thousands of figures,
  // and reading a claim for each cost a tenth of the engine's time on 2 MB.
  const pools = {
    number: picker.takeWritten('number', numbers, FIGURE_AT),
    person: picker.takePeople(peopleToState(model, registry, speakers)),
    date: picker.takeWritten('date', dates, DATE_AT),
  };
  const taken = {
    number: pools.number.slice(0, SHARE.number),
    person: pools.person.slice(0, SHARE.person),
    date: pools.date.slice(0, SHARE.date),
  };
  let room = MAX_FACTS - taken.number.length - taken.person.length - taken.date.length;
  for (const kind of ['number', 'person', 'date'] as const) {
    const extra = pools[kind].slice(taken[kind].length, taken[kind].length + Math.max(0, room));
    taken[kind].push(...extra);
    room -= extra.length;
  }
  return [...taken.number, ...taken.person, ...taken.date];
}

/**
 * Takes facts kind by kind, each from a sentence no fact has taken, with a statement no fact has made. Each item
 * is one thing (a figure, a person) with the places it could be stated: the first that stands alone is its fact.
 */
class FactPicker {
  private readonly claims: ClaimReader;
  /** 1 for a sentence a fact has taken. */
  private readonly used: number[];
  /** The claims taken so far. */
  private readonly taken: Claim[] = [];
  private readonly model: TextModel;

  constructor(model: TextModel, registry: Registry) {
    this.model = model;
    this.claims = new ClaimReader(model, registry);
    // A plain array: a typed one costs a buffer of its own to make, for a dozen entries.
    this.used = new Array<number>(model.sentences.length).fill(0);
  }

  /** Figures or dates, each stated where it is written (`at`), spanning it as `pattern` reads it. */
  takeWritten(
    kind: FactOut['kind'],
    items: Iterable<{ value: string; at: number }>,
    pattern: RegExp,
  ): FactOut[] {
    const out: FactOut[] = [];
    for (const item of items) {
      if (out.length === MAX_FACTS) break;
      const fact = this.factAt(kind, item.value, item.at, -1, pattern);
      if (fact) out.push(fact);
    }
    return out;
  }

  takePeople(people: readonly Person[]): FactOut[] {
    const out: FactOut[] = [];
    for (const person of people) {
      if (out.length === MAX_FACTS) break;
      for (const mention of person.mentions) {
        const fact = this.factAt('name', person.name, mention.start, mention.end, null);
        if (!fact) continue;
        out.push(fact);
        break;
      }
    }
    return out;
  }

  /**
   * The fact an anchor at `start` makes, or null. Its end, when not given (-1), is read with `pattern` only if
   * the sentence is long enough to be cut after it.
   */
  private factAt(
    kind: FactOut['kind'],
    value: string,
    start: number,
    end: number,
    pattern: RegExp | null,
  ): FactOut | null {
    const index = sentenceIndexAt(this.model, start);
    if (index < 0 || this.used[index] === 1) return null;
    const gate = this.claims.gate(index);
    if (start < gate.start || !gate.open) return null;
    const anchorEnd = gate.short || pattern === null ? end : writtenEnd(this.model.text, start, pattern);
    const claim = this.claims.claim(index, gate, anchorEnd);
    if (!claim) return null;
    for (const earlier of this.taken) if (sameStatement(claim, earlier)) return null;
    this.used[index] = 1;
    this.taken.push(claim);
    return { statement: claim.statement, kind, value, evidence: claim.evidence };
  }
}

/**
 * Two sentences that say the same thing in the same words (a repeated paragraph) are one fact. Claims are told
 * apart by their count of ASCII letters and digits first (claim-text.ts): the key keeps exactly those, so a
 * different count means a different key, and most claims are never keyed. The claims taken are compared one
 * by one, mostly on that count, where a set hashed every claim's key.
 */
function sameStatement(claim: Claim, earlier: Claim): boolean {
  if (claim === earlier) return true;
  const known = claim.asciiWordChars >= 0 && earlier.asciiWordChars >= 0;
  if (known && claim.asciiWordChars !== earlier.asciiWordChars) return false;
  return key(claim) === key(earlier);
}

function key(claim: Claim): string {
  // Claims are shared between the figure, person and date pools (claim.ts keeps them): keyed once each, on the
  // claim itself rather than in a WeakMap (its look-ups and ephemeron table cost more than the key).
  let said = claim.key;
  if (said === undefined) {
    said = spaceNonWords(claim.statement.toLowerCase());
    claim.key = said;
  }
  return said;
}

/** A figure or date as written, from its first character: a long sentence is never cut inside it. */
const FIGURE_AT = /^[$€£]?\s?(?:\d[\d,.]*\d|\d|[\p{L}-]+)(?:\s(?:million|billion|trillion|thousand))?/u;
const DATE_AT =
  /^(?:\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2})/u;

/** The end of a figure or date written at `at`, as `pattern` spans it. */
function writtenEnd(text: string, at: number, pattern: RegExp): number {
  return at + Math.max(1, pattern.exec(text.slice(at, at + 40))?.[0].length ?? 1);
}

interface Person {
  name: string;
  /** Where the full name is written: those with a title first, then in text order. */
  mentions: Mention[];
}

/**
 * People worth a fact: those quoted, and those the text gives a title. Quoted people come first, then by first
 * mention. A mention that carries the title is tried before bare ones, so the fact shows who the person is.
 */
function peopleToState(model: TextModel, registry: Registry, speakers: string[]): Person[] {
  // Quotes per speaker counted once, not by a pass over every quote for each person named.
  const quotesBy = new Map<string, number>();
  for (const speaker of speakers) quotesBy.set(speaker, (quotesBy.get(speaker) ?? 0) + 1);
  // Keyed by entity, not found by a walk over the groups so far: a long paste names thousands of people, and
  // the walk grew with the square of them.
  const groups = new Map<Entity, { person: boolean; mentions: Mention[] }>();
  const mentions = registry.mentions;
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k] as Mention;
    const entity = mention.entity;
    // Only people with a title or a quote are worth a fact: the others' names are never read (isPersonName).
    if (entity.kind !== 'person' || (entity.role === null && !quotesBy.has(entity.name))) continue;
    // Only the full name as written: a surname-only mention does not say who the person is.
    const name = entity.name;
    if (mention.end - mention.start !== name.length || !model.text.startsWith(name, mention.start)) continue;
    let group = groups.get(entity);
    if (group === undefined) {
      group = { person: isPersonName(name), mentions: [] };
      groups.set(entity, group);
    }
    if (group.person) group.mentions.push(mention);
  }
  const people: { entity: Entity; mentions: Mention[]; quotes: number }[] = [];
  for (const [entity, { person, mentions }] of groups) {
    if (person) people.push({ entity, mentions, quotes: quotesBy.get(entity.name) ?? 0 });
  }
  // Groups are in order of first mention and each one's mentions in text order: a stable sort keeps that order
  // among equals, as the comparisons on start did.
  people.sort((a, b) => b.quotes - a.quotes);
  return people.map(({ entity, mentions }) => ({ name: entity.name, mentions: titledFirst(mentions) }));
}

/** The mentions with a title, then the rest, each in text order. */
function titledFirst(mentions: Mention[]): Mention[] {
  const titled = mentions.filter((mention) => mention.role !== null);
  if (titled.length === 0 || titled.length === mentions.length) return mentions;
  for (const mention of mentions) if (mention.role === null) titled.push(mention);
  return titled;
}
