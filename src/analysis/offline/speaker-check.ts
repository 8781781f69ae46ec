// The last gate before a speaker reaches a fact sheet: a speaker is a person, a body or a description of
// one, never a place ("Tel Aviv", a "MOSCOW" dateline, "the United States"), a day ("Thursday"), a bare
// title ("Rev"), a lone function word ("an") or a fragment of a clause ("California Democrat spoke
// briefly"). Our rules find the phrase; compromise's lexicon, which knows far more places, names and verb
// forms than any list we would keep, tells what the phrase is. It is asked about a handful of short
// phrases per article, never about whole texts (on whole texts it reads about a tenth as fast as our rules).
import nlp from 'compromise';
import { MONTHS, WEEKDAYS } from './lexicon.ts';
import { TITLE_ABBREVIATIONS } from './name-dots.ts';

const FUNCTION_WORDS = new Set(
  'a an the this that these those which who whom whose it its there here what one some any'.split(' '),
);
const TIME_WORDS = new Set([...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'tonight', 'tomorrow', 'week']);

const verdicts = new Map<string, boolean>();

export function isSpeakerName(speaker: string): boolean {
  const key = speaker.trim();
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = judge(key);
    if (verdicts.size > 10_000) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict;
}

interface Term {
  text: string;
  tags: Set<string>;
}

function judge(speaker: string): boolean {
  const words = speaker.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !/\p{L}/u.test(speaker) || /^\p{N}/u.test(speaker)) return false;
  const bare = words.map((w) => w.replace(/[^\p{L}\p{N}’'-]/gu, '').toLowerCase());
  if (bare.every((w) => TIME_WORDS.has(w) || w === 'on' || w === 'early' || w === 'late' || w === 'last'))
    return false;
  if (bare.every((w) => TITLE_ABBREVIATIONS.has(w) || FUNCTION_WORDS.has(w))) return false;
  if (words.length === 1 && FUNCTION_WORDS.has(bare[0] as string)) return false;
  const terms: Term[] = nlp(speaker)
    .terms()
    .json()
    .map((t: { text: string; terms: { tags: string[] }[] }) => ({
      text: t.text,
      tags: new Set(t.terms[0]?.tags ?? []),
    }));
  // A clause, not a name: a lower-case adverb or past-tense verb ("spoke briefly"). Present-tense forms are
  // let through: "state officials", "court", "campaign" are tagged as verbs as often as nouns.
  if (
    terms.some(
      (t) =>
        /^\p{Ll}/u.test(t.text) && (t.tags.has('Adverb') || (t.tags.has('Verb') && t.tags.has('PastTense'))),
    )
  ) {
    return false;
  }
  // A place, a country or a dateline: nothing but place names, and no noun saying who ("Indiana governor").
  const content = terms.filter((t) => !FUNCTION_WORDS.has(t.text.toLowerCase()));
  if (
    content.length > 0 &&
    content.every((t) => /^\p{Lu}/u.test(t.text) && t.tags.has('Place')) &&
    // compromise also guesses Place for unknown names next to a word like "Marsh": trust only known places.
    content.some((t) => t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region')) &&
    !terms.some((t) => t.tags.has('Person') || t.tags.has('Organization'))
  ) {
    return false;
  }
  return true;
}

/**
 * Whether a reported clause has a verb of its own ("the truce would hold") rather than being a noun phrase
 * that happened to follow a verb of saying ("the charges during a press conference"). Tagging each clause
 * with compromise costs about a millisecond; looking its words up in compromise's lexicon costs nothing.
 */
export function hasFiniteVerb(clause: string): boolean {
  if (PLAIN_VERB.test(clause)) return true;
  const verbs = finiteVerbs();
  return (clause.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []).some(
    // "underscores" is the third person of the infinitive "underscore".
    (word) => verbs.has(word) || (word.endsWith('s') && verbs.has(word.slice(0, -1))),
  );
}

const PLAIN_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|shall|did|does|do|won['’]t|isn['’]t|wasn['’]t|\p{Ll}{3,}ed)\b/iu;
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'Auxiliary']);
let verbSet: Set<string> | undefined;

/** The verb forms of compromise's lexicon, gathered once. */
function finiteVerbs(): Set<string> {
  if (verbSet) return verbSet;
  verbSet = new Set<string>();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    if ((Array.isArray(tags) ? tags : [tags]).some((tag) => VERB_TAGS.has(tag)) && !word.includes(' '))
      verbSet.add(word);
  }
  return verbSet;
}
