// Whom "it said" stands for. First a company or a ministry named in this sentence or the one before: further
// back, "it" is more often the report, the letter or the post the last sentences spoke of, and a place or a
// people ("Lestria", "Lestrians") nearer than the body is what "it" stands for, if anything. Further back only
// where the text proves it: the body credited with the last quote (lastQuotedBody), or one that opened its
// sentence with no one named or quoted since (subjectBody). Places, weekdays and sentence openers never are.
import { anyBodies, nearestBody } from './body-speakers.ts';
import { isCarrierHead } from './credit-before.ts';
import type { Entity, Mention } from './entities.ts';
import type { ResolveContext } from './resolve-context.ts';
import { lastIndexBefore } from './span-search.ts';
import { lastTrailBefore, trailIn } from './speaker-trail.ts';

/** How many sentences back "it" may reach for a body named there. */
const IT_REACH = 1;
/** How many sentences back "it" may reach for the body quoted last. */
const IT_TRAIL_REACH = 2;

export function itSpeaker(at: number, ctx: ResolveContext): Entity | null {
  const near = nearestBody(at, anyBodies(ctx), ctx, { reach: IT_REACH });
  if (near && namedInCarrier(at, ctx)) return null;
  return near ?? lastQuotedBody(at, ctx) ?? subjectBody(at, ctx);
}

/**
 * "“…,” the report on the Lestria Health Ministry says. It also notes …": the body named inside a phrase headed
 * by a report, a letter or a memo is what that document is about or from; "it" is the document, never the body.
 */
function namedInCarrier(at: number, ctx: ResolveContext): boolean {
  const named = anyBodies(ctx);
  const mention = named[lastIndexBefore(named, at, (m: Mention) => m.start)];
  if (!mention) return false;
  const head = CARRIER_OF.exec(ctx.text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
  return head !== undefined && isCarrierHead(head.toLowerCase());
}
const CARRIER_OF = /(\p{L}+)\s+(?:on|by|from|of|about|into|to)\s+(?:the\s+)?$/u;

const FAR_REACH = 3;
/**
 * "The Lestria Teachers Association passed a resolution. In it, members condemned the cuts. It said …": a body
 * that opened its sentence, up to FAR_REACH sentences back, when no person is named and no one is quoted
 * between it and "it".
 */
function subjectBody(at: number, ctx: ResolveContext): Entity | null {
  const body = nearestBody(at, anyBodies(ctx), ctx, { reach: FAR_REACH });
  if (!body) return null;
  const named = anyBodies(ctx);
  const mention = named[lastIndexBefore(named, at, (m: Mention) => m.start)] as Mention;
  if (!OPENS_SENTENCE.test(ctx.text.slice(Math.max(0, mention.start - 40), mention.start))) return null;
  for (let s = mention.sentence; s <= ctx.sentenceOf(at); s++) {
    for (const m of ctx.peopleBySentence.get(s) ?? [])
      if (m.start > mention.start && m.start < at) return null;
    for (const t of trailIn(ctx, s)) if (t.at > mention.start && t.at < at && t.entity !== body) return null;
  }
  return body;
}
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+)(?:The\s+)?$/;

/**
 * "“…,” the hospital said, noting that … It said …": the body credited with the last quote, at most
 * IT_TRAIL_REACH sentences back, when no one was quoted since and nothing else the article names (a magazine
 * the registry does not know as a body, a place) stands between it and "it".
 */
function lastQuotedBody(at: number, ctx: ResolveContext): Entity | null {
  const last = lastTrailBefore(at, ctx, IT_TRAIL_REACH);
  if (!last?.entity || last.entity.kind === 'person') return null;
  const named = anyBodies(ctx);
  const between = named[lastIndexBefore(named, at, (m: Mention) => m.start)];
  return between && between.start > last.at && between.entity !== last.entity ? null : last.entity;
}
