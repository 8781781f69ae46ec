// Turns a speaker phrase into the name a fact sheet shows. A speaker is never a pronoun:
//   "he"/"she"   → the nearest named person of a compatible gender, looking back sentence by sentence and
//                  taking the first person named in the nearest sentence that has one (news English puts
//                  the subject first: "Netanyahu met Biden. ‘…,’ he said" means Netanyahu);
//   "the minister", "the spokesman" → the nearest person whose role has that word;
//   "the ministry", "the bank", "police" → the nearest named body with that word ("Lestria’s Health Ministry");
//   "the company", "the firm" → the nearest company-like body ("Brennock Polymers");
//   "Brennock" alone → the body it is short for.
// A phrase that cannot be tied to a name stays as written, minus a leading "the": "coastguard", "a resident".
import type { Entity, Mention, Registry } from './entities.ts';
import { BODY_NOUNS, MEDIA_HEADS, ORG_HEADS, ROLE_NOUNS } from './lexicon.ts';
import type { SpeakerRef } from './speaker-phrase.ts';
import { fold } from './tokens.ts';

export interface ResolvedSpeaker {
  speaker: string;
  role: string | null;
  entity: Entity | null;
}

/** Where a person was last referred to as a speaker, so "she" can chain back through earlier "she said". */
export interface SpeakerTrail {
  entity: Entity;
  at: number;
  sentence: number;
}

export interface ResolveContext {
  registry: Registry;
  /** Sentence index for an offset. */
  sentenceOf: (offset: number) => number;
  trail: SpeakerTrail[];
}

export function createResolveContext(
  registry: Registry,
  sentenceOf: (offset: number) => number,
): ResolveContext {
  return { registry, sentenceOf, trail: [] };
}

/** How many sentences back a pronoun may reach for its person. */
const PRONOUN_REACH = 6;
const COMPANY_WORDS = new Set([
  'company',
  'firm',
  'group',
  'miner',
  'operator',
  'manufacturer',
  'insurer',
  'carrier',
]);

export function resolveSpeaker(
  ref: SpeakerRef,
  localRole: string | null,
  ctx: ResolveContext,
): ResolvedSpeaker | null {
  if (ref.kind === 'mention') return fromMention(ref.mention, localRole, ctx);
  if (ref.kind === 'pronoun') {
    if (ref.word === 'he' || ref.word === 'she') {
      const person = nearestPerson(ref.at, ref.word === 'he' ? 'm' : 'f', ctx);
      return person ? withEntity(person, null) : null;
    }
    // "it said" is a company or a ministry; "they said" is too vague to name anyone.
    if (ref.word === 'it') {
      const body = nearestBody(ref.at, () => true, ctx);
      return body ? withEntity(body, null) : null;
    }
    return null;
  }
  const head = fold(ref.head);
  const definite = /^the\s/i.test(ref.text);
  if (definite && ROLE_NOUNS.has(head) && !BODY_NOUNS.has(head)) {
    const holder = nearestPerson(ref.at, null, ctx, (entity) => roleHas(entity, head));
    if (holder) return withEntity(holder, null);
  }
  if (COMPANY_WORDS.has(head)) {
    const company = nearestBody(ref.at, (entity) => isCompany(entity), ctx);
    if (company) return withEntity(company, null);
  }
  if (BODY_NOUNS.has(head)) {
    const body = nearestBody(ref.at, (entity) => fold(entity.name).split(/\s+/).includes(head), ctx);
    if (body) return withEntity(body, null);
  }
  return { speaker: ref.text.replace(/^the\s+/i, ''), role: null, entity: null };
}

function fromMention(mention: Mention, localRole: string | null, ctx: ResolveContext): ResolvedSpeaker {
  const entity = mention.entity;
  if (entity.kind !== 'person' && !entity.name.includes(' ')) {
    // "Brennock said" is Brennock Polymers when the article names it in full.
    const key = fold(entity.name);
    const full = ctx.registry.entities.find(
      (other) => other !== entity && other.kind === 'body' && fold(other.name).split(/\s+/)[0] === key,
    );
    if (full) return withEntity(full, null);
  }
  return { speaker: entity.name, role: mention.role ?? localRole ?? entity.role, entity };
}

function withEntity(entity: Entity, role: string | null): ResolvedSpeaker {
  return { speaker: entity.name, role: role ?? entity.role, entity };
}

function nearestPerson(
  at: number,
  gender: 'm' | 'f' | null,
  ctx: ResolveContext,
  accept: (entity: Entity) => boolean = () => true,
): Entity | null {
  const here = ctx.sentenceOf(at);
  const candidates = [
    ...ctx.registry.mentions
      .filter((m) => m.entity.kind === 'person' && m.start < at)
      .map((m) => ({ entity: m.entity, at: m.start, sentence: m.sentence })),
    ...ctx.trail.filter((t) => t.at < at),
  ].filter((c) => accept(c.entity) && (gender === null || c.entity.gender !== opposite(gender)));
  for (let sentence = here; sentence >= 0 && here - sentence <= PRONOUN_REACH; sentence--) {
    const inSentence = candidates.filter((c) => c.sentence === sentence).sort((a, b) => a.at - b.at);
    const first = inSentence[0];
    if (first) return first.entity;
  }
  return null;
}

function nearestBody(at: number, accept: (entity: Entity) => boolean, ctx: ResolveContext): Entity | null {
  const bodies = ctx.registry.mentions.filter((m) => m.entity.kind !== 'person' && accept(m.entity));
  const before = bodies.filter((m) => m.start < at).at(-1);
  return (before ?? bodies[0])?.entity ?? null;
}

function isCompany(entity: Entity): boolean {
  const head = fold(entity.name.split(/\s+/).at(-1) ?? '');
  return entity.kind === 'body' && ORG_HEADS.has(head) && !BODY_NOUNS.has(head) && !MEDIA_HEADS.has(head);
}

function roleHas(entity: Entity, word: string): boolean {
  return fold(entity.role ?? '')
    .split(/\s+/)
    .includes(word);
}

function opposite(gender: 'm' | 'f'): 'm' | 'f' {
  return gender === 'm' ? 'f' : 'm';
}
