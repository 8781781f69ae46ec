// The subject that opens a clause, for a participle or a second verb whose own subject is not written:
// "Mrs. Brandt endorsed Tomas Reyes, saying …" and "Brandt bemoaned the levy and said …" are Brandt's words.
import { wordLexicon } from './compromise-lexicon.ts';
import { carriesOnly } from './credit-before.ts';
import { mentionAt } from './entities.ts';
import { SUBJECT_PRONOUNS } from './missing-verbs.ts';
import { ROLE_OPENERS } from './name-then-role.ts';
import { ARTICLES, DETERMINERS } from './noun-phrase.ts';
import { pluralsVerb } from './plural-verb.ts';
import { QUOTE_MARK } from './quote-tokens.ts';
import { SUBORDINATORS } from './reported-subordinate.ts';
import { isPersonNoun, speakerLike } from './speaker-like.ts';
import { type PhraseContext, parseForward, type SpeakerRef } from './speaker-phrase.ts';
import { isTensedWord, isVerbForm } from './tensed-word.ts';
import { isPossessive, isWord, lowerOf, type Token } from './tokens.ts';

/**
 * A name, a pronoun or a named body opening tokens[first..before); a description ("the mayor") only when
 * `descriptions` asks for one and it can speak (no document: "The report faulted …, saying").
 */
export function clauseSubject(
  tokens: Token[],
  first: number,
  before: number,
  ctx: PhraseContext,
  descriptions = false,
): SpeakerRef | null {
  // "And although she thanked them, Brandt …": a joining word may open the sentence before its adverbial.
  let start =
    JOINERS.has(lowerOf(tokens[first])) && opensAdverbial(tokens, first + 1, ctx) ? first + 1 : first;
  // "Prior to the vote, Mayor Brandt called …": the subject comes after an opening adverbial, and after a
  // second one ("In June, after Ilse Brandt fell, Reyes wrote …": Brandt is no subject of "wrote").
  for (let adverbials = 0; adverbials < 3 && opensAdverbial(tokens, start, ctx); adverbials++) {
    // "Although Reyes called the plan “cruel,” Dale pressed ahead": a quote ending it, before a capital, counts too.
    const comma = tokens.findIndex((_, i) => i > start && i < before && endsAdverbial(tokens, i));
    if (comma < 0) break;
    start = comma + 1;
  }
  // "But the court overruled the board and said …", "And then Reyes …": the joining word opening the sentence
  // is no part of the subject; nor is a lone adverb before it, with no comma after it ("Then Tomas Reyes went
  // on the attack, saying …").
  if (JOINERS.has(lowerOf(tokens[start]))) start++;
  if (LONE_ADVERBS.has(lowerOf(tokens[start])) && /^\p{Lu}/u.test(tokens[start + 1]?.text ?? '')) start++;
  if (start < 0 || start >= before) return null;
  const prefixed = personAfterRole(tokens, start, before, ctx);
  if (prefixed) return prefixed;
  const parsed = parseForward(tokens.slice(0, verbAfter(tokens, start, before, descriptions)), start, ctx);
  if (!parsed) return null;
  if (parsed.ref.kind !== 'phrase') return parsed.ref;
  if (!descriptions || !opensPlainClause(tokens, start, parsed.end, before)) return null;
  return speakerLike(parsed.ref) && !carriesOnly(parsed.ref) ? parsed.ref : null;
}

/**
 * "Track and field star Ada Kiel …", "Human rights advocate Ana Ruiz …": lower-case nouns between a capitalised
 * opening noun and a person's name are the person's role. Read as a phrase, the opening word was taken for a
 * name, or the clause cut at "rights", and the subject shown as "Track" or "Human". Not a clause: "The movie
 * shows Bob", "She went on to criticise Tomas Reyes", "Councillors back Ana Ruiz"; nor a name's possession
 * ("Libertarian candidate Gary Johnson’s doctor").
 */
function personAfterRole(
  tokens: Token[],
  start: number,
  before: number,
  ctx: PhraseContext,
): SpeakerRef | null {
  const lexicon = wordLexicon();
  const opening = tokens[start] as Token;
  if (!/^\p{Lu}\p{Ll}/u.test(opening.text) || lexicon.notNouns.has(lowerOf(opening))) return null;
  let name = start + 1;
  for (; name < before && name - start <= 4 && /^\p{Ll}+$/u.test(tokens[name]?.text ?? ''); name++)
    if (!inRole(tokens, name, lexicon)) return null;
  const head = lowerOf(tokens[name - 1]);
  if (name === start + 1 || name >= before || lexicon.verbs.has(head) || lexicon.notNouns.has(head))
    return null;
  // The head a singular noun ("star", "boss"): "Governor praises Ana Ruiz" is a headline's clause.
  if (/[^s]s$/.test(head) || lexicon.tensed.has(head)) return null;
  const mention = mentionAt(ctx.registry, (tokens[name] as Token).start);
  if (mention?.entity.kind !== 'person' || mentionAt(ctx.registry, opening.start)?.entity.kind === 'person')
    return null;
  // Nor a name that modifies a noun after it ("Teachers picket Ana Ruiz office").
  const last = tokens.findLast((t) => t.start < mention.end);
  const next = tokens[tokens.findIndex((t) => t.start >= mention.end)];
  const modifies = /^\p{Ll}/u.test(next?.text ?? '') && !lexicon.verbs.has(lowerOf(next));
  return !last || isPossessive(last.text) || modifies ? null : { kind: 'mention', mention };
}

/** A word of a role before a name: a noun, a plural one before another ("rights advocate"), or "and" between. */
function inRole(tokens: Token[], k: number, lexicon: ReturnType<typeof wordLexicon>): boolean {
  const word = lowerOf(tokens[k]);
  if (word === 'and') return /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '');
  if (pluralsVerb(tokens, k) || lexicon.past.has(word)) return false;
  return !lexicon.notNouns.has(word) || (word.endsWith('s') && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? ''));
}

/**
 * Whether the description tokens[start..end) is the subject of the clause up to `before`: one noun phrase
 * right before its verb ("The first look the crowd gets of him is …" holds a clause of its own), and no
 * relative or subordinate clause after it that may have another subject ("…, held a meeting in which he went
 * on, saying", "…, and when Reyes thanked them and said"), unless commas close a relative one.
 */
function opensPlainClause(tokens: Token[], start: number, end: number, before: number): boolean {
  // "Her campaign also announced …": an adverb may stand before the verb.
  let verb = end;
  while (verb < before - 1 && (LONE_ADVERBS.has(lowerOf(tokens[verb])) || lowerOf(tokens[verb]) === 'also'))
    verb++;
  if (!isVerbForm(tokens[verb])) return false;
  for (let k = start + 1; k < end; k++)
    if (ARTICLES.has(lowerOf(tokens[k])) && !LINKS.has(lowerOf(tokens[k - 1]))) return false;
  for (let k = end; k < before; k++) {
    // "Half the hall jeered, and when Reyes thanked them and said …": a subordinate clause's own subject.
    if (SUBORDINATORS.has(lowerOf(tokens[k])) && namesSubject(tokens[k + 1])) return false;
    if (!RELATIVES.has(lowerOf(tokens[k]))) continue;
    // An aside set off by commas closes before the participle: "…, which the Post reported, telling …". One
    // about a person may close at the participle's own comma only if it is the participle's subject: "…
    // after Ms. Reyes, who went on with her attack, saying …" is hers.
    const last = lowerOf(tokens[k]) === 'which' ? before : before - 1;
    const close = tokens[k - 1]?.text === ',' ? commaBetween(tokens, k + 1, last) : -1;
    if (close < 0) return false;
    k = close;
  }
  return true;
}

function commaBetween(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[k]?.text === ',') return k;
  return -1;
}

/**
 * Where the subject's own verb stands, or `before`: the phrase reader stops only at verbs it knows, and
 * would read "Mrs. Brandt endorsed Tomas Reyes" as one phrase naming Reyes. A lower-case tensed word after the
 * phrase's first word is the verb ("endorsed", "praised"); after an article it is a noun ("the claims"). A
 * description runs over verbs the lexicon lacks ("The mayor rallied …"): for one, an -ed word is a verb too.
 */
function verbAfter(tokens: Token[], start: number, before: number, edForms: boolean): number {
  const isVerb = edForms ? isVerbForm : isTensedWord;
  for (let k = start + 1; k < before; k++) {
    if (isVerb(tokens[k]) && !ROLE_OPENERS.has(lowerOf(tokens[k - 1]))) return k;
    // "Councillors trust Ana Ruiz": read on, the phrase would take the name for its head.
    if (k === start + 1 && pluralsVerb(tokens, k) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return k;
    if (presentAfterName(tokens, k)) return k;
  }
  return before;
}

/**
 * "Tomas Reyes hits Ada Brandt for …", "The new ad slams the …": a lower-case "-s" word between a noun and a name
 * or an article is a verb the lexicon also knows as a noun, unless it is a noun for people ("Reyes supporters
 * Ada and Tom").
 */
function presentAfterName(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.text ?? '';
  const previous = tokens[k - 1];
  if (!/^\p{Ll}{3,}s$/u.test(word) || !isWord(previous) || NOT_NOUNS.has(lowerOf(previous))) return false;
  const next = tokens[k + 1]?.text ?? '';
  return (/^\p{Lu}/u.test(next) || ARTICLES.has(next)) && !isPersonNoun(word);
}

/** Words before which an "-s" word is a noun: "the hits", "of reports", "and claims". */
const NOT_NOUNS = new Set([
  ...DETERMINERS,
  ...'of in on for with by from to at and or but this that these those'.split(' '),
]);

/** Words an article may follow inside one noun phrase: "the head of the council", "the mayor and a deputy". */
const LINKS = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'with', 'and', ',']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'where']);

/** A capitalised word or a subject pronoun: what opens a subordinate clause's subject. */
function namesSubject(token: Token | undefined): boolean {
  return /^\p{Lu}/u.test(token?.text ?? '') || SUBJECT_PRONOUNS.has(lowerOf(token));
}

const OPENERS = new Set(
  `back prior in on at after before during following since despite with for as when while although though once
  earlier later last this
  under amid from by monday tuesday wednesday thursday friday saturday sunday today yesterday`.split(/\s+/),
);

/** Adverbs that open a sentence before its subject with no comma: "Then Reyes …", "Instead Brandt …". */
const LONE_ADVERBS = new Set(
  'then instead later now still meanwhile finally eventually afterward afterwards'.split(' '),
);

/** Words that end an opening phrase of time: "Hours later,", "Eight years ago,", "Minutes earlier,". */
const TIME_ENDS = new Set(['later', 'earlier', 'ago']);
const LONGEST_TIME_PHRASE = 4;

/** "And then Reyes …", "But then Brandt …": a joining word before a lone adverb. */
const JOINERS = new Set(['and', 'but', 'so']);

/**
 * Whether an opening adverbial starts at `start`: a word from OPENERS; a participle no one is named by
 * ("Appearing before supporters on Monday, Brandt …"); a short phrase of time up to its comma.
 */
function opensAdverbial(tokens: Token[], start: number, ctx: PhraseContext): boolean {
  const word = lowerOf(tokens[start]);
  if (OPENERS.has(word)) return true;
  const token = tokens[start];
  // "Manning, the mayor, …" is a name; "Standing" is held as a capitalised word that names no one.
  const named = token ? mentionAt(ctx.registry, token.start)?.entity.kind : undefined;
  if (word.endsWith('ing') && (named === undefined || named === 'other')) return true;
  // "Hours later,", "Eight years ago,", "A few days later,": up to four words, the last a word of time.
  for (let k = start + 1; k <= start + LONGEST_TIME_PHRASE; k++) {
    if (tokens[k]?.text === ',') return TIME_ENDS.has(lowerOf(tokens[k - 1]));
    if (!/^\p{Ll}/u.test(tokens[k]?.text ?? '')) return false;
  }
  return false;
}

/** A named person, or "he" or "she". */
export function namesSomeone(ref: SpeakerRef | null): boolean {
  if (ref?.kind === 'pronoun') return ref.word === 'he' || ref.word === 'she';
  return ref?.kind === 'mention' && ref.mention.entity.kind === 'person';
}

/** A comma, or a quote whose next word is capitalised (its own comma is inside the marks). */
function endsAdverbial(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  return token.text === ',' || (token.text === QUOTE_MARK && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''));
}
