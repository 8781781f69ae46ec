// Verbs the lexicon misses. compromise files "watch", "hope" and "face" (some 900 words) as nouns and has no
// entry for many present and past forms ("favors", "understood", "cast"), so "residents say officers watch the
// pier" and "said he understood the risk" held no verb and were no report. A word that is a noun or a verb is a
// verb after a plural subject; after a subject pronoun, any word but a few that are never a verb is.

const PLURAL_PRONOUNS = new Set(['they', 'we', 'you', 'i']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** What may follow a subject pronoun and is no verb: "he and his wife", "they all", "it, however". */
const NO_VERBS = new Set(
  `and or but nor who which that of to in on at for with from by as if than so all both each alone too however
  himself herself itself themselves ourselves myself yourself`.split(/\s+/),
);
const ADVERBS = new Set('also still never now just only even already often always again really'.split(' '));

/** A word a present-tense verb may follow: a plural pronoun or a plural noun ("officers", not "KTV’s"). */
export function pluralSubject(word: string): boolean {
  return PLURAL_PRONOUNS.has(word) || (word.length > 3 && /[^s'’]s$/.test(word));
}

/** "he understood", "she favors", "they cast": a word right after a subject pronoun that can be a verb. */
export function verbAfterPronoun(subject: string, word: string): boolean {
  return SUBJECT_PRONOUNS.has(subject) && /^\p{Ll}+$/u.test(word) && !NO_VERBS.has(word);
}

/** Whether the word is passed over when reading back to a verb's subject: "he also said", "officers still watch". */
export function isSubjectAdverb(word: string): boolean {
  return ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly'));
}
