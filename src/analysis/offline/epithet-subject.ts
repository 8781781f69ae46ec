// "Brix Tarne, speaking after Kiel, blamed the council. “We need change,” the Lestria businessman said.": copy
// names someone, then goes on with a description of them. A qualified description credited with a quote, no
// one named holding its office, is the person the sentence before is about: its subject, when no one else it
// names could be meant (any other person, unless the description's gender rules them out: "by Ada Kiel" before
// "the businessman said"). Bare "the candidate" is left as written: as often a new person as the last one.
import type { Entity } from './entities.ts';
import { GENDERED_ROLES, TITLE_WORDS } from './lexicon.ts';
import type { ResolveContext } from './resolve-context.ts';
import { isPersonNoun } from './speaker-like.ts';
import { fold } from './tokens.ts';

/** "the", then at least one word, before the noun: "the New York businessman", "the Vermont senator". */
const QUALIFIED = /^the\s+(?!other\s|same\s|new\s|next\s|first\s|last\s)\S+\s+\S/i;

export function epithetSubject(
  described: string,
  head: string,
  at: number,
  ctx: ResolveContext,
): Entity | null {
  if (!QUALIFIED.test(described) || !isPersonNoun(head) || head.endsWith('s')) return null;
  const sentence = ctx.sentenceOf(at);
  const here = ctx.peopleBySentence.get(sentence) ?? [];
  // Someone named earlier in the same sentence: the description may be them or another; not read here.
  if (here.some((mention) => mention.start < at)) return null;
  const before = ctx.peopleBySentence.get(sentence - 1) ?? [];
  const subject = before[0];
  if (subject?.entity.kind !== 'person') return null;
  if (
    ctx.mainClauseAt(sentence - 1).start !== subject.start &&
    ctx.firstWordOf(sentence - 1)?.start !== subject.start
  )
    return null;
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
