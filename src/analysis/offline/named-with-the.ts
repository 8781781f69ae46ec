// "The White House has said …", "the Wall Street Journal reported", "released by the American Legion.": a name
// the text puts right after "the", where a verb, a preposition or punctuation follows, names an institution,
// a paper or a group, not a person; so does the end of "the Commission on Presidential Debates". The registry
// took such names for people when no word of them told it otherwise ("White" and "Legion" can be surnames),
// so "he" and "she" reached them and "it" did not.
import type { Entity, Mention, Registry } from './entities.ts';
import { ORG_HEADS } from './lexicon.ts';
import type { TextModel } from './sentences.ts';
import { isTensedWord } from './tensed-word.ts';
import { lowerCase, type Token } from './tokens.ts';

/**
 * Words after a name that leave it standing alone: "the White House on Monday", "the Journal and …"; and "has",
 * a verb compromise does not list as tensed.
 */
const AFTER_A_NAME = new Set(
  'on in at to and or for of with from by that as after before over about has'.split(' '),
);

/**
 * Makes a body of each person of unknown gender, with no role, that the text names right after "the" and
 * not before a noun ("the Bush family", "the Scalia mold" and "the Obama administration" name people), or
 * right after a body's head and "on" ("Commission on", "Council on").
 */
export function bodiesNamedWithThe(model: TextModel, registry: Registry): void {
  const people = new Set<Entity>();
  const blocked = new Set<Entity>();
  for (const mention of registry.mentions) {
    const entity = mention.entity;
    if (entity.kind !== 'person') continue;
    if (entity.gender !== null || entity.role !== null || mention.role !== null) blocked.add(entity);
    else if (standsAfterThe(model, mention) || endsBodyName(model, mention)) people.add(entity);
  }
  for (const entity of people) if (!blocked.has(entity)) entity.kind = 'body';
}

function standsAfterThe(model: TextModel, mention: Mention): boolean {
  const tokens = model.sentences[mention.sentence]?.tokens;
  if (!tokens) return false;
  const at = tokens.findIndex((t) => t.start === mention.start);
  if (at < 1 || lowerCase((tokens[at - 1] as Token).text) !== 'the') return false;
  const next = tokens.find((t) => t.start >= mention.end);
  if (next === undefined || !next.word) return true;
  if (/^\p{Lu}/u.test(next.text)) return false;
  return AFTER_A_NAME.has(next.text) || isTensedWord(next);
}

/** "the Commission on Presidential Debates": the name after a body's head word and "on" is the body's. */
function endsBodyName(model: TextModel, mention: Mention): boolean {
  const tokens = model.sentences[mention.sentence]?.tokens;
  if (!tokens) return false;
  const at = tokens.findIndex((t) => t.start === mention.start);
  const head = tokens[at - 2];
  return (
    at >= 2 &&
    tokens[at - 1]?.text === 'on' &&
    head !== undefined &&
    /^\p{Lu}/u.test(head.text) &&
    ORG_HEADS.has(lowerCase(head.text))
  );
}
