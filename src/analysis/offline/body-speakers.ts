// The bodies a speaker reference can mean: "it said" and "the ministry said" are the nearest body mention that
// fits, "Brennock said" is "Brennock Polymers" when the article names it in full. Each lookup reads lists built
// once per article, kept on its resolve context.
import { describedGroup } from './described-group.ts';
import type { Entity, Mention } from './entities.ts';
import { BODY_NOUNS, MEDIA_HEADS, ORG_HEADS } from './lexicon.ts';
import type { ResolveContext } from './resolve-context.ts';
import type { ResolvedSpeaker } from './resolve-speaker.ts';
import { spaceWords } from './space-words.ts';
import { lastIndexBefore } from './span-search.ts';
import { fold } from './tokens.ts';

/**
 * The bodies the article names, by the first word of their name, the first two of each in the registry's
 * order: what a one-word name is looked up in. Built once per article; searching every entity for each
 * such speaker grew with the square of a long paste (thousands of entities, hundreds of "Brennock said").
 */
export function bodiesByFirstWord(ctx: ResolveContext): Map<string, Entity[]> {
  if (ctx.bodiesByFirstWord) return ctx.bodiesByFirstWord;
  const byWord = new Map<string, Entity[]>();
  for (const entity of ctx.registry.entities) {
    if (entity.kind !== 'body') continue;
    const words = spaceWords(fold(entity.name));
    // "the FBI and Justice Department" names two bodies: a later "the FBI" is the first alone, not both.
    if (words[1] === 'and') continue;
    const word = words[0] as string;
    const named = byWord.get(word);
    if (!named) byWord.set(word, [entity]);
    else if (named.length < 2) named.push(entity);
  }
  ctx.bodiesByFirstWord = byWord;
  return byWord;
}

/**
 * The article's body mentions (every mention but people's) whose entity passes `accept`, in text order, kept
 * per article under the test's name: a long article has thousands of mentions and hundreds of "it said", so
 * filtering every mention for every reference was quadratic (5 s for 1 MB). Each entity is tested once,
 * however many times it is mentioned.
 */
function bodiesPassing(test: string, accept: (entity: Entity) => boolean, ctx: ResolveContext): Mention[] {
  let bodies = ctx.bodyLists.get(test);
  if (!bodies) {
    const passes = new Map<Entity, boolean>();
    bodies = [];
    const mentions = ctx.registry.mentions;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as Mention;
      if (m.entity.kind === 'person') continue;
      let pass = passes.get(m.entity);
      if (pass === undefined) {
        pass = accept(m.entity);
        passes.set(m.entity, pass);
      }
      if (pass) bodies.push(m);
    }
    ctx.bodyLists.set(test, bodies);
  }
  return bodies;
}

/** Every body mention but people's, in text order: what "it said" may stand for. */
export function anyBodies(ctx: ResolveContext): Mention[] {
  return bodiesPassing('any', () => true, ctx);
}

/** The company nearest a speaker phrase ending at `phraseEnd`: what "the company said" stands for. */
export function companyNear(at: number, phraseEnd: number, ctx: ResolveContext): Entity | null {
  return nearestBody(at, bodiesPassing('company', isCompany, ctx), ctx, { phraseEnd });
}

/** The body "the ministry" (`phrase`, headed by the body noun `noun`) at `at` stands for, or null. */
export function bodyNamedBy(noun: string, phrase: string, at: number, ctx: ResolveContext): Entity | null {
  const phraseEnd = at + phrase.length;
  // "police said", with no article, is whichever police the story is at: a force named a sentence or two
  // before, not one named paragraphs earlier ("Her uncle served in the Weston Police Department").
  const options = fold(phrase) === noun ? { phraseEnd, reach: BARE_BODY_REACH } : { phraseEnd };
  return nearestBody(at, bodiesNamedWith(noun, ctx), ctx, options);
}

/** How many sentences back a bare body noun ("police said") may find the body it stands for. */
const BARE_BODY_REACH = 2;

const NONE: readonly Mention[] = [];

/**
 * The body mentions whose folded name holds `noun` as a word ("ministry" for "the Lestria Health Ministry"), in
 * text order. All of BODY_NOUNS are sorted out in one pass over the mentions: a long article asks for dozens of
 * nouns, and a pass per noun read every mention dozens of times.
 */
function bodiesNamedWith(noun: string, ctx: ResolveContext): readonly Mention[] {
  let byNoun = ctx.bodiesByNoun;
  if (!byNoun) {
    byNoun = new Map();
    const nounsOf = new Map<Entity, string[]>();
    for (const m of anyBodies(ctx)) {
      let nouns = nounsOf.get(m.entity);
      if (nouns === undefined) {
        nouns = [...new Set(spaceWords(fold(m.entity.name)))].filter((word) => BODY_NOUNS.has(word));
        nounsOf.set(m.entity, nouns);
      }
      for (const word of nouns) {
        const list = byNoun.get(word);
        if (list) list.push(m);
        else byNoun.set(word, [m]);
      }
    }
    ctx.bodiesByNoun = byNoun;
  }
  return byNoun.get(noun) ?? NONE;
}

/**
 * The entity of the mention in `bodies` (sorted by start) nearest `at`. With `reach`, only the nearest mention
 * before `at`, within that many sentences and a body (see below).
 */
export function nearestBody(
  at: number,
  bodies: readonly Mention[],
  ctx: ResolveContext,
  options: {
    /** Where the speaker phrase ends: a body it names itself wins ("one Tarsa Department of Transport sign"). */
    phraseEnd?: number;
    /** For a pronoun: how many sentences back it may reach, never forward, and to a body only. */
    reach?: number;
  } = {},
): Entity | null {
  // Mentions are sorted by start: one inside the phrase, else the last body before it, else the first after it.
  const last = lastIndexBefore(bodies, at, (m) => m.start);
  const inside = bodies[last + 1];
  if (inside && options.phraseEnd !== undefined && inside.start < options.phraseEnd) return inside.entity;
  const before = bodies[last];
  // With none before, one named later in the same sentence or the next ("The company said Monday it would cut
  // jobs. Brennock Polymers …"); a body named paragraphs later is another story's (a firm named 22 lines on
  // was given "The company says …").
  const after =
    before ?? ((bodies[0]?.sentence ?? Infinity) <= ctx.sentenceOf(at) + 1 ? bodies[0] : undefined);
  if (options.reach === undefined) return after?.entity ?? null;
  // A pronoun reaches only `reach` sentences back, never forward, and only a body: when the nearest is a
  // place or a people, that is what the pronoun stands for.
  if (before?.entity.kind !== 'body' || ctx.sentenceOf(at) - before.sentence > options.reach) return null;
  // "Her cousins were employed by the Weston Police Department": a body named as someone's employer is their
  // background, not the one speaking in the story (an editor's read: a force the story never quoted).
  return EMPLOYER.test(ctx.text.slice(Math.max(0, before.start - 40), before.start)) ? null : before.entity;
}

const EMPLOYER =
  /\b(?:work(?:s|ed|ing)?|employed|served|serving|retired|career)\s+(?:for|by|in|with|at|from|on)\s+(?:the\s+)?$/i;

function isCompany(entity: Entity): boolean {
  const head = fold(spaceWords(entity.name).at(-1) ?? '');
  return entity.kind === 'body' && ORG_HEADS.has(head) && !BODY_NOUNS.has(head) && !MEDIA_HEADS.has(head);
}

/**
 * "“…,” the group wrote": the body named just before (groupBody), or else a group the story has described since
 * the last body it named ("the trade group for the ferry lines", described-group.ts), or null.
 */
export function groupSpeaker(at: number, ctx: ResolveContext): ResolvedSpeaker | null {
  const body = groupBody(at, ctx);
  if (body) return { speaker: body.name, role: body.role, entity: body };
  const described = describedGroup(at, ctx);
  return described ? { speaker: described, role: null, entity: null } : null;
}

/**
 * The body last named in this sentence or the one before, passing over one named as a place or a listener ("the
 * marchers, who met at Tarsa University", "telling Radio Korvin"), or null.
 */
function groupBody(at: number, ctx: ResolveContext): Entity | null {
  const mentions = ctx.registry.mentions;
  const sentence = ctx.sentenceOf(at);
  for (let k = lastIndexBefore(mentions, at, (m) => m.start); k >= 0; k--) {
    const mention = mentions[k] as Mention;
    if (sentence - mention.sentence > 1) return null;
    if (mention.entity.kind !== 'body') continue;
    if (!PLACE_OR_LISTENER.test(ctx.text.slice(Math.max(0, mention.start - 20), mention.start)))
      return mention.entity;
  }
  return null;
}
const PLACE_OR_LISTENER = /\b(?:at|in|outside|near|inside|from|told|telling)\s+(?:the\s+)?$/i;
