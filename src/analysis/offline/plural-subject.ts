// "Officers watch the pier", "they still hope": a word compromise reads as a noun or a verb ("watch", "hope",
// "face") is a verb after a plural subject or an adverb. Without this, "residents say officers watch the pier"
// held no verb and was no report.

const BEFORE_A_VERB = new Set('they we you i still also often now never always'.split(' '));

/** A word a present-tense verb may follow: a plural pronoun, an adverb, or a plural noun ("officers", not "CBS’s"). */
export function pluralSubject(word: string): boolean {
  return BEFORE_A_VERB.has(word) || (word.length > 3 && /[^s'’]s$/.test(word));
}
