// Chooses and orders the key facts a sheet shows, most important first, at most MAX_FACTS. Each fact is a
// sentence of the story that stands on its own (see claim.ts), picked for what it carries: a figure (the
// usual subject of disagreement), a named person with their title, or an explicit date. `value` keeps that
// figure, name or date so sources can be compared on it. One fact per sentence: a sentence with three
// figures is one statement, not three, and a person is listed once, with the title in the source's words.
// Each kind has a reserved share so one kind cannot crowd out the rest; leftover room goes back in order.
import type { RawAnalysis } from '../../types.ts';
import { type Claim, standaloneClaim } from './claim.ts';
import type { DateFact } from './dates.ts';
import type { Entity, Mention, Registry } from './entities.ts';
import { spaceNonWords } from './non-word-runs.ts';
import type { NumberFact } from './numbers.ts';
import { isPersonName } from './person-name.ts';
import { sentenceIndexAt, type TextModel } from './sentences.ts';

type FactOut = RawAnalysis['facts'][number];

export const MAX_FACTS = 12;
const SHARE = { number: 6, person: 4, date: 2 };

interface Anchor {
  kind: FactOut['kind'];
  value: string;
  start: number;
  end: number;
}

export function chooseFacts(
  model: TextModel,
  registry: Registry,
  numbers: NumberFact[],
  dates: DateFact[],
  speakers: string[],
): FactOut[] {
  const used = new Set<number>();
  const seen = new Set<string>();
  const take = (anchors: Iterable<Anchor[]>): FactOut[] => {
    const out: FactOut[] = [];
    // Each item is one thing (a figure, a person) with the places it could be stated: the first that
    // stands alone, in a sentence no other fact has taken, is its fact.
    for (const options of anchors) {
      for (const anchor of options) {
        const index = sentenceIndexAt(model, anchor.start);
        if (index < 0 || used.has(index)) continue;
        const claim = standaloneClaim(model, registry, index, anchor.start, anchor.end);
        if (!claim) continue;
        const said = key(claim);
        if (seen.has(said)) continue;
        used.add(index);
        seen.add(said);
        out.push({
          statement: claim.statement,
          kind: anchor.kind,
          value: anchor.value,
          evidence: claim.evidence,
        });
        break;
      }
    }
    return out;
  };
  const pools = {
    number: take(numbers.map((n) => [writtenAnchor(model, 'number', n.value, n.at, FIGURE_AT)])),
    person: take(personAnchors(model, registry, speakers)),
    date: take(dates.map((d) => [writtenAnchor(model, 'date', d.value, d.at, DATE_AT)])),
  };
  const taken = {
    number: pools.number.slice(0, SHARE.number),
    person: pools.person.slice(0, SHARE.person),
    date: pools.date.slice(0, SHARE.date),
  };
  let room = MAX_FACTS - Object.values(taken).reduce((sum, list) => sum + list.length, 0);
  for (const kind of ['number', 'person', 'date'] as const) {
    const extra = pools[kind].slice(taken[kind].length, taken[kind].length + Math.max(0, room));
    taken[kind].push(...extra);
    room -= extra.length;
  }
  return [...taken.number, ...taken.person, ...taken.date];
}

/** Two sentences that say the same thing in the same words (a repeated paragraph) are one fact. */
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

/** The anchor for a figure or date found at `at`, spanning it as written. */
function writtenAnchor(
  model: TextModel,
  kind: Anchor['kind'],
  value: string,
  at: number,
  pattern: RegExp,
): Anchor {
  const length = Math.max(1, pattern.exec(model.text.slice(at, at + 40))?.[0].length ?? 1);
  return { kind, value, start: at, end: at + length };
}

/**
 * People worth a fact: those quoted, and those the text gives a title. Quoted people come first, then by first
 * mention. A mention that carries the title is tried before bare ones, so the fact shows who the person is.
 */
function personAnchors(model: TextModel, registry: Registry, speakers: string[]): Anchor[][] {
  const byEntity = new Map<Entity, Mention[]>();
  for (const mention of registry.mentions) {
    const entity = mention.entity;
    if (entity.kind !== 'person' || !isPersonName(entity.name)) continue;
    // Only the full name as written: a surname-only mention does not say who the person is.
    if (model.text.slice(mention.start, mention.end) !== entity.name) continue;
    const list = byEntity.get(entity);
    if (list) list.push(mention);
    else byEntity.set(entity, [mention]);
  }
  // Counted once, not by filtering every speaker at each comparison of the sort.
  const quotesBy = new Map<string, number>();
  for (const speaker of speakers) quotesBy.set(speaker, (quotesBy.get(speaker) ?? 0) + 1);
  const quoteCount = (entity: Entity) => quotesBy.get(entity.name) ?? 0;
  return [...byEntity.entries()]
    .filter(([entity]) => entity.role !== null || quoteCount(entity) > 0)
    .sort(([a, am], [b, bm]) => quoteCount(b) - quoteCount(a) || (am[0]?.start ?? 0) - (bm[0]?.start ?? 0))
    .map(([entity, mentions]) =>
      [...mentions]
        .sort((x, y) => Number(y.role !== null) - Number(x.role !== null) || x.start - y.start)
        .map((m) => ({ kind: 'name' as const, value: entity.name, start: m.start, end: m.end })),
    );
}
