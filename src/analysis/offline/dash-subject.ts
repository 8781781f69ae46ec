// "The port director -- who has clashed with the mayor for weeks -- said she …": an aside set off by dashes
// between a subject and its verb of saying. The speaker is the phrase before the aside; read from the aside's
// last word, the speaker was "weeks", and no report was found. Dashes typed as "--" or " - " leave no token,
// so the gaps between tokens are read in the text as well. An aside that opens on one person's name is that
// person ("A former candidate — Ada Brenner, who … — said": Brenner), but not a list of names or an owner
// ("— Reyes's deputy —"). After "— which …" or "— where …" the noun before is a thing or a place: the speaker
// is left unread rather than taken from the aside's last word.
import { mentionAt, type Registry } from './entities.ts';
import { isFiniteLike } from './finite-word.ts';
import type { SpeakerRef } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

const DASH_TOKENS = new Set(['—', '–']);
const ABOUT_A_THING = new Set(['which', 'where', 'when']);
const TYPED_DASH = /--| - /;
/** An aside longer than this is no aside: the dash before it opened something else. */
const LONGEST_ASIDE = 30;

/**
 * Who stands before the verb at j + 1 when an aside in dashes ends at tokens[j] (a dash token, or a typed dash
 * right after tokens[j]): the person the aside names first, or the index of the last token before an aside about
 * a person, or -1 for no one (an aside about something else: the subject is not its last word). Null when no
 * aside closes there, or it opens before `lo`.
 */
export function dashSubject(
  text: string,
  tokens: Token[],
  j: number,
  lo: number,
  registry: Registry,
): SpeakerRef | number | null {
  const closing = DASH_TOKENS.has(tokens[j]?.text ?? '') ? j : dashAfter(text, tokens, j) ? j + 1 : -1;
  if (closing < 0) return null;
  for (let k = closing - 1; k > lo && closing - k <= LONGEST_ASIDE; k--) {
    const token = DASH_TOKENS.has(tokens[k]?.text ?? '');
    if (!token && !dashAfter(text, tokens, k - 1)) continue;
    const first = token ? k + 1 : k;
    const start = tokens[first];
    const mention = start ? mentionAt(registry, start.end - 1) : undefined;
    if (mention?.entity.kind === 'person' && !ownerOrList(tokens, text, mention.end, first, closing))
      return { kind: 'mention', mention };
    return ABOUT_A_THING.has(lowerOf(start)) ? -1 : k - 1;
  }
  return null;
}

/** "Reyes's deputy", "Reyes, Brandt and Ortiz": the name after the dash is not the one speaking. */
function ownerOrList(
  tokens: Token[],
  text: string,
  nameEnd: number,
  first: number,
  closing: number,
): boolean {
  if (/^['’]s\b/.test(text.slice(nameEnd, nameEnd + 3))) return true;
  for (let k = first; k < closing; k++) if (lowerOf(tokens[k]) === 'and') return true;
  return false;
}

/** A typed dash in the gap between tokens[k] and the token after it. */
function dashAfter(text: string, tokens: Token[], k: number): boolean {
  const token = tokens[k];
  const next = tokens[k + 1];
  return token !== undefined && next !== undefined && TYPED_DASH.test(text.slice(token.end, next.start));
}

/**
 * The first token of tokens[from..to] past the dash among them, or `from`. "It was no accident — Tom Ruiz, a
 * spokesman for Vance, told …": the dash ends the writer's clause, and the words after it are the subject the
 * apposition describes ("It", read as the subject, was no one's report). Not a dash closing an aside opened by
 * an earlier one ("Trump, later alleging - again falsely - that Obama …, said": the subject is Trump).
 */
export function pastLastDash(text: string, tokens: Token[], from: number, to: number): number {
  const isDash = (k: number) => DASH_TOKENS.has(tokens[k]?.text ?? '') || dashAfter(text, tokens, k);
  let dash = to - 1;
  while (dash >= from && !isDash(dash)) dash--;
  if (dash < from || AND_OR.has(lowerOf(tokens[dash + 1]))) return from;
  // Only a clause of the writer's, verb and all, ends there: "Ada Vance, the governor — and Ruiz's former
  // manager, said" sets off a second description of the one speaking.
  let verb = false;
  for (let k = 0; k < dash; k++) {
    if (isDash(k)) return from;
    verb ||= isFiniteLike(tokens[k]);
  }
  return verb ? dash + 1 : from;
}
const AND_OR = new Set(['and', 'or', 'but']);
