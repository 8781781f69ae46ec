// "Ilse Brandt endorsed Tomas Reyes on Monday, saying the port needs him": a participle after a comma speaks
// for the subject of the clause it follows. Read forward, the phrase at the clause's start runs over a verb the
// lexicon does not know ("endorsed") and takes the name after it, the object, for its head: the speaker is the
// name before that verb.

import { clauseSubject } from './clause-subject.ts';
import { withPartnerAfter } from './joint-speakers.ts';
import { firstTokenAfterDateline } from './lead-dateline.ts';
import { TAKES_OBJECT } from './lexicon.ts';
import { ARTICLES } from './noun-phrase.ts';
import { pluralsVerb } from './plural-verb.ts';
import { isSpeakerName } from './speaker-check.ts';
import { isPersonNoun, speakerLike } from './speaker-like.ts';
import { type PhraseContext, parseForward, type SpeakerRef } from './speaker-phrase.ts';
import { isTensedWord, isVerbForm, TENSED_HELPERS } from './tensed-word.ts';
import { isNamePart, lowerOf, type Token } from './tokens.ts';

/** A lower-case past or present-tense verb: "endorsed", "endorses"; not a noun for people ("officials"). */
function looksLikeVerb(token: Token): boolean {
  return /^\p{Ll}+(?:ed|es)$/u.test(token.text) && !isPersonNoun(token.text);
}

/** The subject phrase read forward from `from`, cut before a verb it ran over. */
export function subjectAt(tokens: Token[], from: number, ctx: PhraseContext): SpeakerRef | null {
  const parsed = parseForward(tokens, from, ctx);
  // "Ada Vance and Tom Ruiz pledged …, saying": both, as one speaker line.
  const joint = withPartnerAfter(tokens, parsed?.ref ?? null, from, tokens.length, ctx, parseForward);
  if (joint !== (parsed?.ref ?? null)) return joint;
  const ref = parsed?.ref ?? null;
  // "Officials interviewed by the Courier expressed concern, saying …": past a postmodifier the phrase ran on
  // into the verb, which makes it no name; cut there too.
  if (ref?.kind === 'phrase' && parsed && (!speakerLike(ref) || !isSpeakerName(ref.text)))
    return descriptionBeforeVerb(tokens, from, parsed.end, ctx) ?? ref;
  // "The senator emailed supporters, saying …": a phrase that ran over a verb onto its object ends on people
  // and reads as a speaker; the subject is still the words before the verb.
  if (ref?.kind === 'phrase' && parsed && verbWithObject(tokens, from, parsed.end))
    return descriptionBeforeVerb(tokens, from, parsed.end, ctx) ?? ref;
  if (ref?.kind !== 'mention') return ref;
  const start = ref.mention.start;
  // "Democrats see Reyes as a threat, arguing …": "see" is no "-ed" or "-es" form, but only ever a verb.
  const verb = tokens.findIndex(
    (t, k) => k > from && t.start < start && (looksLikeVerb(t) || pluralsVerb(tokens, k)),
  );
  if (verb < 0) return ref;
  return parseForward(tokens.slice(from, verb), 0, ctx)?.ref ?? null;
}

/**
 * "The mayor defended the plan, saying …": read forward, the phrase runs over the verb the lexicon does not know
 * and takes "plan" for its head; cut before that verb, "The mayor" is the subject.
 */
function descriptionBeforeVerb(
  tokens: Token[],
  from: number,
  end: number,
  ctx: PhraseContext,
): SpeakerRef | null {
  const verb = tokens.findIndex((t, k) => k > from && k < end && (looksLikeVerb(t) || isTensedWord(t)));
  if (verb < 0) return null;
  return parseForward(tokens.slice(0, verb), from, ctx)?.ref ?? null;
}

/**
 * "The senator emailed supporters saying …" (no comma): a phrase read back from the participle that runs over a
 * verb and its object is cut before the verb, as after a comma.
 */
export function subjectBeforeObject(
  tokens: Token[],
  ref: SpeakerRef,
  at: number,
  ctx: PhraseContext,
): SpeakerRef {
  if (ref.kind !== 'phrase') return ref;
  const from = tokens.findIndex((t) => t.start >= ref.at);
  if (from < 0 || !verbWithObject(tokens, from, at)) return ref;
  // Only after a verb of sending: in "The agency cited diplomats saying …" the diplomats speak.
  if (!tokens.slice(from, at).some((t) => SENDING.has(lowerOf(t)))) return ref;
  return descriptionBeforeVerb(tokens, from, at, ctx) ?? ref;
}

/** Verbs of sending words to people, whose subject the participle after them speaks for. */
const SENDING = new Set([
  ...TAKES_OBJECT,
  'e-mailed',
  'texted',
  'messaged',
  'mailed',
  'faxed',
  'briefed',
  'urged',
]);

/**
 * Whether a verb inside tokens[from..end) has an object naming people that ends the phrase ("emailed
 * supporters"): what made the phrase read as a speaker. Not after a helper ("can reasonably campaign") or with
 * a preposition after the verb ("Residents displaced by the flood").
 */
function verbWithObject(tokens: Token[], from: number, end: number): boolean {
  const verb = tokens.findIndex((t, k) => k > from && k < end && (looksLikeVerb(t) || isTensedWord(t)));
  if (verb < 0 || verb + 1 >= end || TENSED_HELPERS.has(lowerOf(tokens[verb]))) return false;
  return !PREPOSITIONS.has(lowerOf(tokens[verb + 1])) && isPersonNoun(lowerOf(tokens[end - 1]));
}
/** "Residents displaced by the flood": after these the participle describes the noun before it. */
const PREPOSITIONS = new Set(['by', 'in', 'at', 'of', 'for', 'from', 'on', 'with', 'to', 'during', 'after']);

/**
 * "Stung by the audit, Ruiz revised the plan, promising …": the participle speaks for the subject of the
 * clause it follows, which opens after the comma before it; null when no name opens that clause.
 */
export function clauseSubjectBefore(tokens: Token[], comma: number, ctx: PhraseContext): SpeakerRef | null {
  let start = comma - 1;
  while (start > 0 && tokens[start - 1]?.text !== ',') start--;
  if (start === 0) return null;
  const ref = subjectAt(tokens, start, ctx);
  // "…, a former staffer announced a suit, claiming …": a description that can speak opens the clause, an
  // article first ("Tuesday offered praise for the harbour master" is no description).
  if (ref?.kind === 'phrase')
    return ARTICLES.has(lowerOf(tokens[start])) || QUANTIFIERS.has(lowerOf(tokens[start]))
      ? clauseSubject(tokens, start, comma, ctx, true)
      : null;
  if (ref?.kind !== 'mention') return null;
  // The name opens the clause, after its title or honorific at most: "…, Mr. Reyes responded …, noting".
  let k = start;
  while ((tokens[k]?.start ?? Infinity) < ref.mention.start && isNamePart(tokens[k])) k++;
  if (tokens[k]?.start !== ref.mention.start) return null;
  // "Hallam fired his harbour chief, Tomas Reyes, saying …": a name alone between commas, after a noun, is that
  // noun's apposition; the clause before it says who speaks.
  return apposition(tokens, start, comma) ? clauseSubjectBefore(tokens, start - 1, ctx) : ref;
}

/**
 * Tokens [start, comma) hold a name and nothing else, and a lower-case noun closes the words before them: the
 * object of a verb before it, not a subject ("Asked …, the union leader, Reyes, saying") nor a passive's agent
 * ("was led by the union chief, Reyes, saying").
 */
function apposition(tokens: Token[], start: number, comma: number): boolean {
  for (let k = start; k < comma; k++) if (!isNamePart(tokens[k])) return false;
  if (!/^\p{Ll}+$/u.test(tokens[start - 2]?.text ?? '') || isVerbForm(tokens[start - 2])) return false;
  let verb = false;
  for (let k = start - 3; k >= 0 && tokens[k]?.text !== ','; k--) {
    if (lowerOf(tokens[k]) === 'by') return false;
    verb ||= isVerbForm(tokens[k]);
  }
  return verb;
}

/** "…, several economists have doubted it, noting …": a count that opens a description that can speak. */
const QUANTIFIERS = new Set(['several', 'many', 'some', 'most', 'few', 'other', 'various', 'two', 'three']);

/** The subject opening the sentence, past a wire dateline. */
export function openingSubjectOf(tokens: Token[], ctx: PhraseContext): SpeakerRef | null {
  const first = firstTokenAfterDateline(tokens, ctx.text);
  return first < tokens.length ? subjectAt(tokens, first, ctx) : null;
}

/**
 * "Reyes met ferry crews who oppose the plan, saying it costs the port dearly": a participle right after a
 * "who" clause on the verb's object may be the object's as well as the subject's, and the subject's it was
 * shown, against their view (an editor's read). Not read at all.
 */
function afterWhoClause(tokens: Token[], at: number): boolean {
  if (!lowerOf(tokens[at]).endsWith('ing') || tokens[at - 1]?.text !== ',') return false;
  let who = -1;
  let k = at - 2;
  for (; k >= 0 && tokens[k]?.text !== ','; k--) if (tokens[k]?.text === 'who') who = k;
  // The "who" clause is an object's only after a verb: "Leaders who … have embraced it, warning …" is theirs.
  for (let v = k + 1; who > 0 && v < who; v++) if (isVerbForm(tokens[v])) return true;
  return false;
}

/**
 * "The inspector vowed to uphold the statute after two towns sued to strike it down, saying …": after a
 * subordinate clause with a subject of its own, a participle may be that subject's as well as the sentence's
 * (it was: the towns' complaint was shown as the inspector's, an editor's read). Not read at all.
 */
export function afterOwnSubjectClause(tokens: Token[], at: number): boolean {
  if (!lowerOf(tokens[at]).endsWith('ing') || tokens[at - 1]?.text !== ',') return false;
  for (let k = at - 2; k >= 0 && tokens[k]?.text !== ','; k--)
    if (LATER_SUBJECT_OPENERS.has(lowerOf(tokens[k])) && opensOwnSubject(tokens, k + 1, at - 1)) return true;
  return false;
}

/** Whether a participle after a comma may be someone's other than the sentence's subject. */
export function participleInDoubt(tokens: Token[], at: number): boolean {
  return afterWhoClause(tokens, at) || afterOwnSubjectClause(tokens, at);
}

/** Subordinators whose clause, told after the main one, has a subject of its own. */
const LATER_SUBJECT_OPENERS = new Set(['after', 'when', 'because', 'since', 'until', 'once', 'although']);

/** A name or "they", then a verb within a few words: "after Dunmore and Carrick sued", not "after Christmas". */
function opensOwnSubject(tokens: Token[], from: number, before: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[from]?.text ?? '') && lowerOf(tokens[from]) !== 'they') return false;
  for (let k = from + 1; k < Math.min(before, from + 6); k++) if (isVerbForm(tokens[k])) return true;
  return false;
}

/** "X filed a complaint on Monday, claiming that …": a participle after a comma speaks for the subject. */
export function participleSubject(tokens: Token[], at: number, ctx: PhraseContext): SpeakerRef | null {
  return (
    clauseSubjectBefore(tokens, at - 1, ctx) ??
    openingSubjectOf(tokens, ctx) ??
    invertedCredit(tokens, at, ctx)
  );
}

/** "“…,” said Reyes, explaining he …": after a quote, the one an inverted credit names. */
function invertedCredit(tokens: Token[], at: number, ctx: PhraseContext): SpeakerRef | null {
  if (!SAID_FORMS.has(lowerOf(tokens[0]))) return null;
  // "said Ada Kiel, the chairwoman for the county, explaining …": a name, whatever apposition follows it.
  const parsed = parseForward(tokens.slice(0, at - 1), 1, ctx);
  if (parsed?.ref.kind === 'mention') return parsed.ref;
  return parsed?.end === at - 1 && parsed.ref.kind !== 'pronoun' ? parsed.ref : null;
}
const SAID_FORMS = new Set(['said', 'says', 'added', 'explained', 'wrote', 'told']);
