// "Tomas Tarne, speaking after Kiel, blamed the council. “We need change,” the Lestria businessman said.": copy
// names someone, then goes on with a description of them. A qualified description credited with a quote, no
// one named holding its office, is the person the sentence before is about: its subject, when no one else it
// names could be meant (any other person, unless the description's gender rules them out: "by Ada Kiel" before
// "the businessman said"). Bare "the candidate" is left as written: as often a new person as the last one;
// an age alone ("the 58-year-old") is read so, and a body's generic noun ("the group wrote") is the body the
// sentence before opens on.
import { escapeRegExp } from '../../util/reg-exp.ts';
import type { Entity, Mention } from './entities.ts';
import { GENDERED_ROLES, TITLE_WORDS } from './lexicon.ts';
import type { ResolveContext } from './resolve-context.ts';
import { lastIndexBefore } from './span-search.ts';
import { isPersonNoun } from './speaker-like.ts';
import { fold } from './tokens.ts';

/** "the", then at least one word, before the noun: "the New York businessman", "the Vermont senator". */
const QUALIFIED = /^the\s+(?!other\s|same\s|new\s|next\s|first\s|last\s)\S+\s+\S/i;

/** "the 58-year-old": an age stands for a person with no other word. */
const AGED = /^the\s+\d+-year-old$/i;
/** Generic nouns for a body: "the group wrote" after "The Anglers League blasted the decision." */
const BODY_EPITHETS = new Set(
  'group organization organisation association league union agency coalition committee federation'.split(' '),
);

/** Nouns of a person's people: a description with one of them is never that person. */
const COLLECTIVE = new Set(['team', 'camp', 'family', 'crowd', 'audience', 'staff', 'side']);

export function epithetSubject(
  described: string,
  head: string,
  at: number,
  ctx: ResolveContext,
): Entity | null {
  if (/^the\s+\S+$/i.test(described) && BODY_EPITHETS.has(head)) return bodySubject(at, ctx);
  const aged = AGED.test(described);
  if (!aged && (!QUALIFIED.test(described) || !isPersonNoun(head) || head.endsWith('s'))) return null;
  const sentence = ctx.sentenceOf(at);
  const here = ctx.peopleBySentence.get(sentence) ?? [];
  // Someone named earlier in the same sentence: the description may be them or another; not read here.
  if (here.some((mention) => mention.start < at)) return null;
  const before = ctx.peopleBySentence.get(sentence - 1) ?? [];
  const subject = before[0];
  if (subject?.entity.kind !== 'person') return null;
  if (
    ctx.mainClauseAt(sentence - 1).start !== subject.start &&
    !opensSentence(ctx, sentence - 1, subject) &&
    !creditsOpeningQuote(ctx, sentence - 1, subject)
  )
    return null;
  // "the Maren team", "the Reyes camp": the person's people, never the person.
  if (
    COLLECTIVE.has(head) ||
    fold(subject.entity.name)
      .split(' ')
      .some((word) => fold(described).includes(word))
  )
    return null;
  // "A senior Democratic staffer told the Post … “…,” said the Democratic staffer": the description goes back
  // to the one it introduced, not to the last person named.
  if (!aged && introducedBefore(ctx.text, head, at)) return null;
  const gender = GENDERED_ROLES[head] ?? null;
  if (gender !== null && subject.entity.gender !== null && subject.entity.gender !== gender) return null;
  // Anyone else of the description's gender named in that sentence could be meant.
  const rival = before.some(
    (mention) =>
      mention.entity !== subject.entity &&
      (gender === null || mention.entity.gender === null || mention.entity.gender === gender),
  );
  if (rival) return null;
  const titles = fold(subject.entity.role ?? '')
    .split(/[^a-z]+/)
    .filter((word) => TITLE_WORDS.has(word));
  if (TITLE_WORDS.has(head) && titles.some((word) => word !== head)) return null;
  return subject.entity;
}

/**
 * The body the sentence before opens on, when it names no other body or person and no one is named before
 * `at` in its own sentence: "The Anglers League blasted the decision. “…,” the group wrote."
 */
function bodySubject(at: number, ctx: ResolveContext): Entity | null {
  const sentence = ctx.sentenceOf(at);
  if (sentence < 1) return null;
  const mentions = ctx.registry.mentions;
  let opening: Mention | null = null;
  for (let k = lastIndexBefore(mentions, at, (m) => m.start); k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.sentence < sentence - 1) break;
    // Anyone named between the sentence's start and the description, or a second body before: not read.
    if (m.sentence === sentence || (opening && opening.entity !== m.entity)) return null;
    opening = m;
  }
  if (opening?.entity.kind !== 'body' || !opensSentence(ctx, sentence - 1, opening)) return null;
  return opening.entity;
}

/**
 * "“Growers need certainty,” Okafor said. “…,” the 51-year-old said.": a sentence that opens on a quote is
 * about the speaker its credit names right after the closing mark, as a sentence is about its subject.
 */
function creditsOpeningQuote(ctx: ResolveContext, sentence: number, mention: Mention): boolean {
  const first = ctx.firstWordOf(sentence);
  if (!first || !/[“"]\s*$/.test(ctx.text.slice(Math.max(0, first.start - 2), first.start))) return false;
  return /[”"]\s*(?:\p{Ll}+\s+)?$/u.test(ctx.text.slice(first.start, mention.start));
}

/**
 * Whether "a" or "an" and up to three words introduced someone by this noun before `at`, within a long
 * article's reach (a paste of many stories is not read back to its start for each description).
 */
function introducedBefore(text: string, head: string, at: number): boolean {
  const introduced = new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${escapeRegExp(head)}\\b`, 'iu');
  return introduced.test(text.slice(Math.max(0, at - INTRODUCTION_REACH), at));
}
const INTRODUCTION_REACH = 10_000;

/** A joining word before a sentence's subject: "But Trump claims …". */
const CONNECTIVE = /^(?:but|and|yet|so|still)\s+/i;

/**
 * Whether a mention opens its sentence, after "The" or its own title at most ("Governor Alma Reyes", "But
 * Trump"); not after a word of a phrase ("As Ivanka Trump spoke, a designer watched": the designer is the subject).
 */
function opensSentence(ctx: ResolveContext, sentence: number, mention: Mention): boolean {
  const first = ctx.firstWordOf(sentence)?.start;
  if (first === undefined || first > mention.start) return false;
  const before = ctx.text.slice(first, mention.start).replace(CONNECTIVE, '').trim();
  return before === '' || before === 'The' || (mention.role !== null && before === mention.role);
}
