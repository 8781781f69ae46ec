// Where a sentence's main clause starts, for "he" and "she" looking back: a person named in an opening clause
// or phrase ("After Vance left,", "Asked by Vance,", "Praising Vance,", "Of Vance,") is rarely its subject.
import { BODY_NOUNS, PARTY_MEMBERS, ROLE_NOUNS } from './lexicon.ts';
import { officeOf } from './office-of.ts';
import { hasParticipleShape, isParticiple } from './participle.ts';
import type { TextModel } from './sentences.ts';
import { isTensedWord, TENSED_HELPERS } from './tensed-word.ts';
import { fold, isCapitalised, isNamePart, lowerCase, type Token } from './tokens.ts';

/**
 * Words that open a sentence with a clause or phrase whose people are not its subject: "After Vance left,",
 * "Asked by Vance to respond,", "In an interview with Vance,", "Like Vance,".
 */
const OTHER_SUBJECT_OPENERS = new Set(
  'after when while as before since although though if because once until whereas hours days minutes moments shortly asked pressed reached speaking interviewed questioned like unlike despite during in at with'.split(
    ' ',
  ),
);

/**
 * Openers whose people are never the main clause's subject: a participle's subject is the main clause's ("Asked
 * by Vance, he said" is not Vance), and "Of Vance, he said" names whom he spoke about.
 */
const NO_SUBJECT_OPENERS = new Set(
  'asked pressed reached speaking interviewed questioned of regarding concerning'.split(' '),
);

/** Participles that open the main clause's lead-in after a time: "Weeks before the vote, asked if …,". */
const LATER_OPENERS = new Set('asked pressed questioned interviewed'.split(' '));

/** "On the topic of Vance,", "With regard to Vance,": the person spoken about. */
const TOPIC_OPENER =
  /^(?:On the (?:topic|subject|issue|question|matter) of|(?:With|In) (?:regard|respect|reference) to)\s/;

const CLOSING_MARKS = new Set(['”', '"']);

export interface MainClause {
  /** Offset of the main clause's first character: the sentence's start when nothing opens it. */
  start: number;
  /**
   * Whether the people the opener names are never the main clause's subject: a participle's subject is the main
   * clause's ("Praising Vance, he said …", "Saying Vance was “too timid,” he …"), and "Of Vance, he said"
   * speaks about Vance. "When Vance arrived, he said" may well be Vance.
   */
  namesNoSubject: boolean;
}

/**
 * The main clause of sentence `index`. `namedAt` tells whether a person's name starts at an offset: "Manning
 * said …" opens with a name, not a participle.
 */
export function mainClauseOf(
  model: TextModel,
  index: number,
  namedAt: (offset: number) => boolean,
): MainClause {
  const sentence = model.sentences[index];
  if (!sentence) return { start: 0, namesNoSubject: false };
  const tokens = sentence.tokens;
  const firstAt = tokens.findIndex((t) => t.word);
  const first = tokens[firstAt];
  if (!first) return { start: sentence.start, namesNoSubject: false };
  const word = openerWord(tokens, firstAt);
  const namesNoSubject =
    NO_SUBJECT_OPENERS.has(word) ||
    (!OTHER_SUBJECT_OPENERS.has(word) &&
      !namedAt(first.start) &&
      opensParticiple(word, tokens[firstAt + 1])) ||
    TOPIC_OPENER.test(model.text.slice(first.start, first.start + 40));
  // A comma just inside a closing mark ends the opener too: Speaking on “Fox Weekly,” Ilse Brandt said …
  const commaAfter = (from: number) =>
    tokens.findIndex(
      (t, k) =>
        k >= from && t.text === ',' && (!model.quoted.has(t) || CLOSING_MARKS.has(tokens[k + 1]?.text ?? '')),
    );
  const comma = commaAfter(0);
  // "Weeks before the vote, asked if the campaign was in league with Vance, he said": a time, then the opener.
  // Not after a name ("Vance, asked if he …, said") or its place ("Vance, of Korvin, said").
  if (!namesNoSubject && comma > 0 && LATER_OPENERS.has(lowerCase(tokens[comma + 1]?.text ?? ''))) {
    const named = namedAt(first.start) || tokens.slice(firstAt + 1, comma).some((t) => isCapitalised(t.text));
    const next = named ? -1 : commaAfter(comma + 2);
    if (next > 0) return { start: (tokens[next] as Token).end, namesNoSubject: true };
  }
  // "On Friday, the day that Reyes stood on the courthouse steps, Mr. Vance bashed …": a time with a clause of its
  // own opens the sentence, and its people are not the main clause's subject.
  const time =
    comma > 0 && comma <= firstAt + 3 && timeClauseAfter(tokens, comma) ? commaAfter(comma + 4) : -1;
  if (time > 0) return { start: (tokens[time] as Token).end, namesNoSubject };
  if (!namesNoSubject && !OTHER_SUBJECT_OPENERS.has(word)) return { start: sentence.start, namesNoSubject };
  // "Asked at the pier - calm or not - the admiral laughed": a pair of typed dashes, the first within the
  // opener's first few words, closes it.
  const before = comma < 0 ? Math.min(sentence.end, sentence.start + 150) : (tokens[comma] as Token).start;
  const dash = namesNoSubject ? dashPairEnd(model.text.slice(sentence.start, before)) : -1;
  if (dash > 0) return { start: sentence.start + dash, namesNoSubject };
  if (comma < 0) return { start: sentence.start, namesNoSubject: false };
  // "On the topic of another strongman, Mr. Vasko, Mr. Reyes was asked …": a name set off right after the
  // opener's noun is that noun's apposition, and the main clause opens after it (Vasko had taken Reyes's "he").
  const apposed = namesNoSubject ? appositionAfter(tokens, comma) : -1;
  return { start: (tokens[apposed > 0 ? apposed : comma] as Token).end, namesNoSubject };
}

/**
 * The comma closing a name in apposition to the lower-case noun before `comma`, when another name and its tensed
 * verb follow it; -1 otherwise. "Asked about the plan, Mr. Vasko, the mayor, said" is not one: Vasko is the main
 * clause's subject.
 */
function appositionAfter(tokens: Token[], comma: number): number {
  if (!/^\p{Ll}+$/u.test(tokens[comma - 1]?.text ?? '')) return -1;
  let k = comma + 1;
  while (k < comma + 6 && isNamePart(tokens[k])) k++;
  if (k === comma + 1 || tokens[k]?.text !== ',') return -1;
  let next = k + 1;
  const name = tokens[next]?.text ?? '';
  if (!isCapitalised(name) || /['’]s$/.test(name)) return -1;
  while (next < k + 6 && isNamePart(tokens[next])) next++;
  // The second name's own verb follows it: not "Tom Reyes, General Secretary of the union, was …".
  const verb = tokens[next];
  return next > k + 1 && (isTensedWord(verb) || TENSED_HELPERS.has(lowerCase(verb?.text ?? ''))) ? k : -1;
}

/**
 * The sentence's first word, or past an adverb or two of time or degree the opener they lead: "Soon after the
 * killing of Father Tomas Berg, Corbin said" opens with "after", and Berg is not whom a later "he" means.
 */
function openerWord(tokens: Token[], firstAt: number): string {
  for (let k = firstAt; k < firstAt + 2 && LEADING_ADVERBS.has(lowerCase(tokens[k]?.text ?? '')); k++) {
    const next = lowerCase(tokens[k + 1]?.text ?? '');
    if (OTHER_SUBJECT_OPENERS.has(next) && !NO_SUBJECT_OPENERS.has(next)) return next;
  }
  return lowerCase(tokens[firstAt]?.text ?? '');
}
const LEADING_ADVERBS = new Set('soon just right even only long not immediately well'.split(' '));

/** Where the second of two typed dashes (" - ", " -- ", "—", "–") ends, the first within four words; or -1. */
function dashPairEnd(text: string): number {
  const [first, second] = text.matchAll(TYPED_DASH);
  if (!first || !second || text.slice(0, first.index).split(' ').length > 4) return -1;
  return second.index + second[0].length;
}
const TYPED_DASH = /\s-{1,2}\s|\s?[—–]\s?/g;

/** "the day that", "a night when", "the morning after": a time with a clause of its own, right after the comma. */
function timeClauseAfter(tokens: Token[], comma: number): boolean {
  const words = [1, 2, 3].map((k) => lowerCase(tokens[comma + k]?.text ?? ''));
  return (
    (words[0] === 'the' || words[0] === 'a' || words[0] === 'one') &&
    TIME_NOUNS.has(words[1] as string) &&
    TIME_LINKS.has(words[2] as string)
  );
}

const TIME_NOUNS = new Set(['day', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend']);
const TIME_LINKS = new Set(['that', 'when', 'after', 'before']);

/** compromise knows only some verbs ("say", not "praise"): an -ing word before a capital is one too. */
function opensParticiple(word: string, next: Token | undefined): boolean {
  if (isParticiple(word, lowerCase(next?.text ?? ''))) return true;
  return hasParticipleShape(word) && next !== undefined && isCapitalised(next.text);
}

/** A main clause's subject known only by a role: where it stands, and the office it names ("vice president"). */
export interface RoleSubject {
  at: number;
  head: string;
  office: string;
}

/**
 * Where a main clause opens with a person known only by a role and its verb ("the governor gave his name
 * and scolded Hallam"), that role: the unnamed person is the clause's subject, and the people named after it
 * are not whom a later "he" stands for. Null when the clause opens otherwise.
 */
export function roleSubjectAt(text: string, mainStart: number): RoleSubject | null {
  // Asked of every sentence a pronoun looks back over: most open on no "the", told without the pattern.
  let first = mainStart;
  while (text.charCodeAt(first) === 32) first++;
  if ((text.charCodeAt(first) | 32) !== 116) return null;
  const opening = ROLE_SUBJECT.exec(text.slice(mainStart, mainStart + 60));
  if (!opening) return null;
  const head = lowerCase(opening[2] as string);
  const at = mainStart + (opening[1] as string).length;
  // "the Kentucky Republican on Tuesday dismissed Reyes’s plan. He says …": someone unnamed, not Reyes; a
  // party's member holds no office, so no holder is looked for ("" is no office's name).
  if (PARTY_MEMBERS.has(head))
    return PARTY_VERB.test(text.slice(mainStart + opening[0].length - 1, mainStart + 80))
      ? { at, head, office: '' }
      : null;
  if (!ROLE_NOUNS.has(head) || BODY_NOUNS.has(head)) return null;
  return { at, head, office: officeOf(fold(opening[0]), head) ?? head };
}

/**
 * "the governor" or "the Republican governor", then a lower-case word that is no preposition or conjunction (the
 * role, then its verb), perhaps past its day ("the Kentucky Republican on Tuesday dismissed"), or a comma and an
 * aside ("The Idaho congressman, echoing others, has said"). "The director of the fund, Ada Brenner, said" and
 * "The director, Ada Brenner, said" name her, and are not this.
 */
/** After a party's member, its verb (perhaps past its day): not a noun ("The Republican nominee, …"). */
const PARTY_VERB =
  /^\s*(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:\p{Ll}+(?:ed|[^s\s]s)|did|does|had|have|was|will|would|could|can|also|again)\b/u;
const ROLE_SUBJECT =
  /^(\s*)[Tt]he\s+(?:\p{Lu}\p{L}+\s+)?(\p{L}+)(?:\s+(?!(?:of|for|at|in|on|to|with|from|and|or|who)\b)\p{Ll}|,\s+(?!\p{Lu})|\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\p{Ll})/u;
