// "But Mr. Vance is not on Vance's own list of the rich. … Vance says its reporters found …": a story that gives a
// person an honorific again and again (the style of papers that call everyone "Mr." or "Ms.") and then has the bare
// surname report on "its" own work means something else by it, most often the person's company. The bare
// surname is shown as written there, not as the person (an editor's read: a news company's findings were given to
// its founder). Either sign alone is too weak: outlets mix "Mr. Vance" with "Vance"; and the story must name
// something else by the surname ("Vance Media", "Vance L.P."), or "its" may be the person's city or team.
import type { Mention } from './entities.ts';
import type { ResolveContext } from './resolve-context.ts';

/** How many times the story's own words must give the surname an honorific. */
const STYLE_EVIDENCE = 2;
const HONORIFIC = String.raw`\b(?:Mr|Mrs|Ms|Dr)\.?`;
const HONORIFIC_BEFORE = new RegExp(`${HONORIFIC}\\s$`);
const HONORIFIC_SURNAME = new RegExp(`${HONORIFIC} (\\p{Lu}[\\p{L}'’-]+)`, 'gu');
/**
 * "Vance says its …", "Vance says it … its reporters": a report on the speaker's own work ("Vance said it was …"
 * alone may well be the person's).
 */
const OWN_WORK_AFTER =
  /^\s+(?:says|said|reports|reported|estimates|found|finds)\s+(?:that\s+)?(?:its|it\s[^.;]{0,120}\bits)\s/;

/** The bare surname a person's mention at `mention` is written as, when the story's style says it is not them. */
export function bareSurnameNotPerson(ctx: ResolveContext, mention: Mention): string | null {
  const name = mention.entity.name;
  const word = ctx.text.slice(mention.start, mention.end);
  if (mention.entity.kind !== 'person' || !name.includes(' ') || !name.endsWith(` ${word}`)) return null;
  if (HONORIFIC_BEFORE.test(ctx.text.slice(Math.max(0, mention.start - 5), mention.start))) return null;
  if (!OWN_WORK_AFTER.test(ctx.text.slice(mention.end, mention.end + 160))) return null;
  ctx.honorificSurnames ??= honorificSurnames(ctx);
  if ((ctx.honorificSurnames.get(word) ?? 0) < STYLE_EVIDENCE) return null;
  const named = ctx.registry.entities.some((e) => e.kind !== 'person' && e.name.startsWith(`${word} `));
  return named ? word : null;
}

/** How often each surname follows an honorific in the story's own words (quotes left out). */
function honorificSurnames(ctx: ResolveContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of ctx.text.matchAll(HONORIFIC_SURNAME)) {
    if (ctx.insideQuote(match.index)) continue;
    const surname = match[1] as string;
    counts.set(surname, (counts.get(surname) ?? 0) + 1);
  }
  return counts;
}
