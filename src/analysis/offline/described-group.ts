// "“…,” the group wrote" after "the trade group for the ferry lines set out its worries": the group is the
// one the story has just described, not a company named further back whose name holds "Group" (an editor's read
// gave two such quotes to the wrong company). The description, as the story wrote it, is the speaker.
import type { Mention } from './entities.ts';
import type { ResolveContext } from './resolve-context.ts';
import { lastIndexBefore } from './span-search.ts';

/** How far back the description may stand: a sentence or two. */
const REACH = 400;
/** "the trade group for the Blue Lines plans", "an advocacy group", "the group of pilots": a group described. */
const DESCRIBED =
  /\b(?:the|a|an) (?:[a-z-]+ ){1,2}group(?: (?:for|of|representing) (?:the )?(?:\p{Lu}[\p{L}&.'’-]*\s?){1,5}(?:[a-z]+)?)?/gu;

/** "the trade group for …" described after the last body named before `at`, or null. */
export function describedGroup(at: number, ctx: ResolveContext): string | null {
  const mentions = ctx.registry.mentions;
  const k = lastIndexBefore(mentions, at, (m) => m.start);
  let since = Math.max(0, at - REACH);
  for (let j = k; j >= 0; j--) {
    const mention = mentions[j] as Mention;
    if (mention.end <= since) break;
    if (mention.entity.kind === 'body') {
      since = mention.end;
      break;
    }
  }
  let found: string | null = null;
  // The last one before the quote, its article made "the": "an advocacy group" is "the advocacy group" by now.
  for (const match of ctx.text.slice(since, at).matchAll(DESCRIBED))
    found = `the ${match[0].replace(/^\S+ /, '')}`;
  return found?.trim() ?? null;
}
