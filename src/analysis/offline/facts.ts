// Chooses and orders the facts a sheet shows, most important first, at most MAX_FACTS:
// figures (the usual subject of disagreement), then the people quoted (names as spelled, and their titles),
// explicit dates, and the main place. Each kind has a reserved share so one kind cannot crowd out the rest;
// leftover room goes back to figures and people.
import type { RawAnalysis } from '../../types.ts';
import type { DateFact } from './dates.ts';
import type { Entity, Registry } from './entities.ts';
import { evidenceFor } from './evidence.ts';
import type { NumberFact } from './numbers.ts';
import type { TextModel } from './sentences.ts';

type FactOut = RawAnalysis['facts'][number];

export const MAX_FACTS = 12;
const SHARE = { number: 5, person: 4, date: 2, place: 1 };
const PLACE_PREPOSITIONS = /\b(?:in|at|near|from|across|off|outside)\s+(?:the\s+)?$/i;

export function chooseFacts(
  model: TextModel,
  registry: Registry,
  numbers: NumberFact[],
  dates: DateFact[],
  speakers: string[],
): FactOut[] {
  const pools = {
    number: numbers.map(
      (n): FactOut => ({ statement: n.statement, kind: 'number', value: n.value, evidence: n.evidence }),
    ),
    person: personFacts(model, registry, speakers),
    date: dates.map(
      (d): FactOut => ({ statement: d.statement, kind: 'date', value: d.value, evidence: d.evidence }),
    ),
    place: placeFacts(model, registry, speakers),
  };
  const taken = {
    number: pools.number.slice(0, SHARE.number),
    person: pools.person.slice(0, SHARE.person),
    date: pools.date.slice(0, SHARE.date),
    place: pools.place.slice(0, SHARE.place),
  };
  let room = MAX_FACTS - Object.values(taken).reduce((sum, list) => sum + list.length, 0);
  for (const kind of ['number', 'person', 'date'] as const) {
    const extra = pools[kind].slice(taken[kind].length, taken[kind].length + Math.max(0, room));
    taken[kind].push(...extra);
    room -= extra.length;
  }
  return [...taken.number, ...taken.person, ...taken.date, ...taken.place];
}

/** A name fact per person (quoted people first), and a title fact where the text gives one. */
function personFacts(model: TextModel, registry: Registry, speakers: string[]): FactOut[] {
  const people = registry.entities.filter((e) => e.kind === 'person' && e.name.includes(' '));
  const quoteCount = (entity: Entity) => speakers.filter((speaker) => speaker === entity.name).length;
  const firstAt = (entity: Entity) => registry.mentions.find((m) => m.entity === entity)?.start ?? 0;
  const ordered = [...people].sort((a, b) => quoteCount(b) - quoteCount(a) || firstAt(a) - firstAt(b));
  const out: FactOut[] = [];
  for (const person of ordered) {
    const named = registry.mentions.find(
      (m) => m.entity === person && model.text.slice(m.start, m.end) === person.name,
    );
    const sentence = named ? model.sentences[named.sentence] : undefined;
    if (!named || !sentence) continue;
    const evidence = evidenceFor(model, sentence, named.start, named.end);
    const role = person.role;
    out.push({
      statement: role ? `${person.name}, ${role}` : person.name,
      kind: 'name',
      value: person.name,
      evidence,
    });
    const titled = registry.mentions.find((m) => m.entity === person && m.role === role && role !== null);
    const titledSentence = titled ? model.sentences[titled.sentence] : undefined;
    if (role && titled && titledSentence) {
      out.push({
        statement: `${person.name}: ${role}`,
        kind: 'title',
        value: role,
        evidence: evidenceFor(model, titledSentence, titled.start, titled.end),
      });
    }
  }
  return out;
}

/** Places named after "in", "at", "near"…, most often named first. */
function placeFacts(model: TextModel, registry: Registry, speakers: string[]): FactOut[] {
  const counts = new Map<Entity, { count: number; at: number; sentence: number }>();
  // A word that speaks, or that starts a body's name ("Brennock" of "Brennock Polymers"), is not a place.
  const bodyWords = new Set(
    registry.entities.filter((e) => e.kind === 'body').map((e) => e.name.split(/\s+/)[0]),
  );
  for (const mention of registry.mentions) {
    if (mention.entity.kind !== 'other') continue;
    if (speakers.includes(mention.entity.name) || bodyWords.has(mention.entity.name)) continue;
    if (!PLACE_PREPOSITIONS.test(model.text.slice(Math.max(0, mention.start - 12), mention.start))) continue;
    const seen = counts.get(mention.entity);
    if (seen) seen.count += 1;
    else counts.set(mention.entity, { count: 1, at: mention.start, sentence: mention.sentence });
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].at - b[1].at)
    .flatMap(([entity, seen]) => {
      const sentence = model.sentences[seen.sentence];
      if (!sentence) return [];
      const evidence = evidenceFor(model, sentence, seen.at, seen.at + entity.name.length);
      return [{ statement: entity.name, kind: 'place' as const, value: entity.name, evidence }];
    });
}
