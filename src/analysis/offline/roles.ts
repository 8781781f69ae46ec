// Reads a person's role from the words around a name, the way wire copy writes it:
// before the name ("Kremlin spokesman Dmitry Peskov", "the bank's chief economist Marcus Teal"),
// or in apposition ("Dmitry Peskov, the Kremlin spokesman," / "Her father, Eitan Dov,").
// Roles keep the text's own words; only a leading article is dropped and a trailing clause cut
// ("the Qadiri foreign minister who led the talks" → "Qadiri foreign minister"), so sources can be compared.
import { wordLexicon } from './compromise-lexicon.ts';
import { CUE_VERBS, ROLE_NOUNS } from './lexicon.ts';
import { isPersonNoun } from './speaker-like.ts';
import { isPastForm } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';
import { campusEnd } from './university-campus.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'another']);
const ROLE_PREPOSITIONS = new Set(['of', 'at', 'for', 'to', 'with']);
/** Words a role prefix never reaches past: "overseen by Qadiri mediator" is not a role. */
const PREFIX_STOP = new Set([
  // "advisers, including senior spokeswoman Ada Brenner": the list's word is no part of her title.
  'including',
  'like',
  'among',
  'by',
  'from',
  'as',
  'than',
  'under',
  'over',
  'into',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  // "Just ask former senator Evan Marsh", "Meet deputy mayor Ada Roe": the outlet's address to its reader.
  'just',
  'ask',
  'meet',
  'consider',
]);
/** Words that end a role: a clause or an adverbial starts here. */
const ROLE_STOP = new Set([
  'who',
  'which',
  'that',
  'whose',
  'in',
  'on',
  'since',
  'after',
  'before',
  'when',
  'while',
  'and',
  'but',
  'said',
]);

/** Lower-case words before a name that end in a role noun: "Front spokesman", "Chief fire officer". */
export function rolePrefix(tokens: Token[], nameStart: number, text: string): string | null {
  let i = nameStart - 1;
  const head = tokens[i];
  if (!isWord(head) || !ROLE_NOUNS.has(lowerOf(head)) || /^\p{Lu}/u.test(head.text)) return null;
  let first = i;
  // Up to three modifiers: "Opposition finance spokesman", "the bank's chief economist".
  for (i = i - 1; i >= 0 && nameStart - 1 - i <= 3; i--) {
    const token = tokens[i];
    if (!isWord(token)) break;
    const word = lowerOf(token);
    if (DETERMINERS.has(word) || CUE_VERBS.has(word) || ROLE_STOP.has(word) || ROLE_PREPOSITIONS.has(word))
      break;
    if (PREFIX_STOP.has(word) || /(?:ed|en)$/.test(word)) break;
    if (/^\p{N}/u.test(token.text)) break;
    first = i;
  }
  return slice(text, tokens, first, nameStart - 1);
}

/** "the Qadiri foreign minister who led the talks" → "Qadiri foreign minister"; null when not a role. */
export function roleFromPhrase(tokens: Token[], from: number, to: number, text: string): string | null {
  const last = Math.min(to, tokens.length - 1);
  let i = from;
  while (i <= last && isWord(tokens[i]) && CUE_VERBS.has(lowerOf(tokens[i]))) i++;
  if (i <= last && DETERMINERS.has(lowerOf(tokens[i]))) i++;
  // "One delegate on the slate, Ada Brenner": a count of one, not part of her role ("one of …" is no role).
  else if (i < last && lowerOf(tokens[i]) === 'one' && lowerOf(tokens[i + 1]) !== 'of') i++;
  const start = i;
  let headAt = -1;
  for (; i <= last && i - start < 8; i++) {
    const token = tokens[i] as Token;
    if (!isWord(token)) break;
    const word = lowerOf(token);
    // An age before the role noun only describes its holder: "the league’s 52-year-old chairman".
    if (headAt < 0 && isAge(tokens, i)) {
      i++;
      continue;
    }
    // "president and executive director of …": two offices joined, one role.
    if (word === 'and' && headAt === i - 1 && roleNounWithin(tokens, i + 1, last)) continue;
    // "editor in chief", "commander in chief": one title, though "in" ends a role elsewhere.
    if (word === 'in' && headAt === i - 1 && lowerOf(tokens[i + 1]) === 'chief') {
      headAt = ++i;
      continue;
    }
    if (ROLE_STOP.has(word) || /^\p{N}/u.test(token.text)) break;
    // "the congressman's longtime adviser": a role noun in the possessive owns the role, it does not head it.
    if (ROLE_NOUNS.has(word) && !/['’]s$/.test(token.text)) headAt = i;
    else if (headAt >= 0 && LATE_HEADS.has(word)) headAt = i;
    else if (headAt >= 0 && !ROLE_PREPOSITIONS.has(word)) {
      // "chief economic adviser", "deputy White House press secretary": the first role noun only modified
      // the one that heads the phrase.
      if (laterHead(tokens, i, last)) continue;
      // Past the role noun only a prepositional tail may follow: "chief economist at Halvard". A role noun that
      // also modifies ("a major party donor", "chief campaign strategist") cut from what it modifies is no role.
      if (headAt === i - 1 && MODIFYING_HEADS.has(lowerOf(tokens[headAt]))) return null;
      break;
    }
    if (headAt >= 0 && ROLE_PREPOSITIONS.has(word)) {
      const end = prepositionalTail(tokens, i, last);
      return slice(text, tokens, start, end);
    }
  }
  if (headAt < 0) return null;
  return slice(text, tokens, start, headAt);
}

/** Role nouns that also modify another noun: "chief", "deputy", "major" are often no head. */
const MODIFYING_HEADS = new Set([
  'chief',
  'deputy',
  'senior',
  'major',
  'general',
  'assistant',
  'executive',
  'vice',
]);
/** Heads of roles the lexicon does not list as people, taken only after a role noun: "chief strategist". */
const LATE_HEADS = new Set([
  'strategist',
  'fundraiser',
  'figure',
  'operative',
  'counselor',
  'counsellor',
  'speechwriter',
  'coach',
]);

/**
 * A role noun (or a late head after the words before it) within the next four words, before anything that
 * ends a role: then the phrase goes on to it ("chief | economic adviser").
 */
function laterHead(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last && k < from + 4; k++) {
    const token = tokens[k] as Token;
    const word = lowerOf(token);
    if (!isWord(token) || ROLE_STOP.has(word) || ROLE_PREPOSITIONS.has(word) || /['’]s$/.test(token.text))
      return false;
    if (ROLE_NOUNS.has(word) || LATE_HEADS.has(word)) return true;
  }
  return false;
}

/** A role noun within the next two words, before any word that ends a role. */
function roleNounWithin(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last && k < from + 2; k++) {
    const word = lowerOf(tokens[k]);
    if (!isWord(tokens[k]) || ROLE_STOP.has(word)) return false;
    if (ROLE_NOUNS.has(word)) return !KIN.has(word);
  }
  return false;
}
/** "Father and son": two people, not one person's two offices. */
const KIN = new Set(['son', 'daughter', 'father', 'mother', 'brother', 'sister', 'wife', 'husband']);

/** "78" then "year-old": the tokenizer splits an age at its first hyphen. */
function isAge(tokens: Token[], at: number): boolean {
  return /^\p{N}+$/u.test(tokens[at]?.text ?? '') && tokens[at + 1]?.text === 'year-old';
}

/** The end of "of the Tarun Land Council" / "at the National Weather Service": up to a comma or a clause. */
function prepositionalTail(tokens: Token[], from: number, to: number): number {
  let end = from;
  for (let i = from + 1; i <= to; i++) {
    const token = tokens[i] as Token;
    // "of the Centre for Ferry and Harbour Studies": "and" between capitals joins a name.
    const inName =
      token.text === 'and' &&
      /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') &&
      /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
    if (innerDot(tokens, i)) continue;
    const campus = token.text === ',' ? campusEnd(tokens, from, i, to) : -1;
    if (campus > 0) {
      end = i = campus;
      continue;
    }
    if (!isWord(token) || (ROLE_STOP.has(lowerOf(token)) && !inName && !joinsFields(tokens, from, i, to)))
      break;
    // A tail longer than ten words is cut nowhere ("… for Transportation at", "spokesman for Speaker John"):
    // the role is shown without it.
    if (i - from > 10) return from - 1;
    end = i;
  }
  // A tail never ends on a joining word or a title: "director of the Institute at" was "… at the".
  if (TAIL_JOINERS.has(lowerOf(tokens[end]))) return from - 1;
  return end === from ? from - 1 : end;
}
/** The last dot of "U.S." inside a role, a word after it: "the father of a fallen U.S. sailor" goes on. */
function innerDot(tokens: Token[], i: number): boolean {
  const dot = tokens[i] as Token;
  const before = tokens[i - 1];
  return (
    dot.text === '.' &&
    before?.end === dot.start &&
    /^(?:\p{Lu}\.)+\p{Lu}$/u.test(before.text) &&
    /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')
  );
}

/**
 * "vice president for ferry and harbour policy studies at the <institute>": an "and" between two lower-case
 * fields of one office, the tail going on to "at" or "of" a few words later, or ending there. Cut there, the
 * role read as a government post (an editor's read).
 */
function joinsFields(tokens: Token[], from: number, at: number, to: number): boolean {
  if (tokens[at]?.text !== 'and' || !/^\p{Ll}/u.test(tokens[at - 1]?.text ?? '')) return false;
  // A field is bare: "for the union and members of the board" joins two parties, not two fields.
  for (let k = from + 1; k < at; k++) if (DETERMINERS.has(lowerOf(tokens[k]))) return false;
  for (let k = at + 1; k <= at + 5; k++) {
    const word = tokens[k]?.text ?? '';
    if (k > at + 1 && (word === 'at' || word === 'of')) return true;
    // "adviser to ferry lines and port co-ops." and "… co-ops and a former pilot": a field of up to three words
    // ends the role, on a plural or a noun ("and runs marathons", "and lives nearby" are the person's deeds).
    const ends = k > to || !isWord(tokens[k]) || (word === 'and' && DETERMINERS.has(lowerOf(tokens[k + 1])));
    if (k > at + 1 && ends) return k - at <= 4 && endsOnNoun(lowerOf(tokens[k - 1]), k - at - 1);
    if (!/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(word) || DETERMINERS.has(word) || ROLE_STOP.has(word)) return false;
    if (ROLE_NOUNS.has(word) || isPastForm(tokens[k]) || NOT_IN_FIELD.has(word)) return false;
    if (k === at + 1 && verbFirst(word, tokens[k + 1]?.text ?? '')) return false;
  }
  return false;
}

/** Words no field of an office holds: counts, others and groups of people, prepositions, adverbs of time. */
const NOT_IN_FIELD = new Set(
  `several many some other others all both each few most staff members patients family friends for to with from by
  about since during over now then still later also often`.split(/\s+/),
);

/**
 * A field's last word, the field `words` long: a plural ("tech start-ups", "economics"), or one word the lexicon
 * holds as no verb, adverb or adjective ("development"); not people ("professor of law and colleagues", "… and
 * staff") nor a second description ("director of finance and keen cyclist").
 */
function endsOnNoun(word: string, words: number): boolean {
  const lexicon = wordLexicon();
  if (isPersonNoun(word)) return false;
  if (words > 1) return /[^s]s$/.test(word);
  // One word: a thing, not a doer ("defendant", "whistleblower", "cyclist").
  return !(lexicon.notNouns.has(word) || lexicon.verbs.has(word) || /(?:er|or|ist|ant)$/.test(word));
}

/** Words after an "-s" field that carry the role on: "… and campaigns at the union". */
const TAIL_LINKS = new Set(['at', 'of', 'for', 'in', 'on', 'with', 'to', 'from', 'and']);

/**
 * A verb opening what follows "and": "lives", "must", or an "-s" word before another ("runs marathons"; a plural
 * seldom modifies the noun after it).
 */
function verbFirst(word: string, next: string): boolean {
  return (
    wordLexicon().tensed.has(word) || (/[^s]s$/.test(word) && /^\p{Ll}/u.test(next) && !TAIL_LINKS.has(next))
  );
}

const TAIL_JOINERS = new Set([
  'of',
  'at',
  'for',
  'to',
  'with',
  'the',
  'a',
  'an',
  'in',
  'on',
  'mr',
  'mrs',
  'ms',
  'dr',
]);

function slice(text: string, tokens: Token[], first: number, last: number): string | null {
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b || last < first) return null;
  return text.slice(a.start, b.end);
}
