// "According to X, “…”": the source credits the quote, unless a verb of saying nearer the quote has a speaker
// of its own ("According to pool reports, Reyes said “…”"). Kept apart from credit-before.ts, which asks it.
import { namesSomeone } from './clause-subject.ts';
import { type Found, hasCueIn } from './quote-tokens.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import type { Token } from './tokens.ts';

/**
 * The credit of a quote in region[0, markAt) that opens with "according to" at `first`; `nearer(from)` reads the
 * credit before the quote from token `from` on. Null when the quote is nobody's; undefined when no source can be
 * read, and the other rules go on.
 */
export function accordingToCredit(
  region: Token[],
  first: number,
  markAt: number,
  ctx: PhraseContext,
  nearer: (from: number) => Found | null,
): Found | null | undefined {
  // The source ends at its comma ("According to the Courier, Brandt told Reyes …").
  const comma = region.findIndex((t, k) => k > first + 1 && t.text === ',');
  const parsed = parseForward(comma > 0 ? region.slice(0, comma) : region, first + 2, ctx);
  if (!parsed) return undefined;
  // A person named as the source ("According to Brandt, …") keeps the quote, unless another person's verb of
  // saying stands nearer it: "According to a Post writer, Delgado claims that the poster is a “…”" is hers.
  if (comma > 0 && namesSomeone(parsed.ref)) {
    const found = nearer(comma + 1);
    if (found && namesSomeone(found.ref)) return found;
  } else if (comma > 0) {
    const found = nearer(comma + 1);
    if (found) return found;
    // "…, a survey said she “…”": a verb just before the quote whose subject is no speaker leaves the quote to
    // no one. Not "told" right before it: "…, Reyes told “senior officials”" names who was told.
    if (hasCueIn(region, markAt - 4, markAt - 1)) return null;
  }
  return { ref: parsed.ref, role: parsed.role, cue: 'according to' };
}
