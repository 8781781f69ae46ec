// Objects of a verb of saying that say nothing the speaker said: "added her voice to the calls for a vote" (an
// idiom), "announced his debate decision" (a decision named, not told), "explaining why the pier closed" (the
// reasons are not given), "reiterated them on the radio" (a pronoun for words given elsewhere), "has said
// little, but …" (an amount of saying), "denied a request to hand over papers" (a refusal, not a denial of a
// claim), "asserted responsibility for the attack" (a deed claimed). Shown as a report, each reads as the
// speaker's words.
import { isTensedWord } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our']);
/** Nouns that name a statement without telling it: "announced his decision". */
const CONTENTLESS = new Set(['decision', 'decisions', 'choice', 'verdict']);
const EXPLAINING = new Set(['explain', 'explains', 'explained', 'explaining']);
const OBJECT_PRONOUNS = new Set(['it', 'them']);
const DENYING = new Set(['deny', 'denies', 'denied', 'denying']);
/** What one refuses to grant: "denied a request", "denied him bail". */
const GRANTS = new Set(
  'request requests permission access entry bail application applications motion appeal petition visa permit'.split(
    ' ',
  ),
);
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'him', 'them']);
/** What is claimed or denied for a deed: "claimed responsibility for …", "took credit for …". */
const ACCOUNTABILITY = new Set(['responsibility', 'credit', 'blame']);
/** What follows a pronoun object, never a verb of its own: "them on the radio", "it, and …". */
const AFTER_OBJECT = new Set([
  'on',
  'in',
  'at',
  'to',
  'during',
  'before',
  'after',
  'again',
  'twice',
  ',',
  '.',
  '—',
]);

/** Amounts of saying that tell nothing said, and what may follow them as an object: "little publicly". */
const NOTHING_MUCH = new Set(['little', 'nothing', 'anything']);
/** Words of degree before an amount: "almost nothing", "very little". */
const DEGREES = new Set('almost nearly virtually practically very relatively comparatively'.split(' '));
/** What may follow such an amount when it is how much was said: "almost nothing about …", "very little since". */
const DEGREE_AFTER = new Set(['about', 'publicly', 'since', 'until', 'on', 'to', 'in', 'at', '.']);
const AFTER_AMOUNT = new Set([
  'about',
  'publicly',
  'since',
  'so',
  'but',
  'yet',
  'of',
  'more',
  'else',
  'further',
]);

/** After the noun, what tells the decision or makes the noun a clause's subject. */
const TELLS_WHAT = new Set(
  'to that on was is were are will would has had could may might should can must'.split(' '),
);

/** Whether the words from `from`, after the verb of saying `verb`, are such an object. */
export function isContentlessObject(tokens: Token[], verb: string, from: number): boolean {
  const first = lowerOf(tokens[from]);
  const second = lowerOf(tokens[from + 1]);
  if (verb.startsWith('add') && POSSESSIVES.has(first) && (second === 'voice' || second === 'voices'))
    return true;
  // "explained why: …" gives the reasons after its colon.
  if (EXPLAINING.has(verb) && first === 'why' && second !== ':') return true;
  if (OBJECT_PRONOUNS.has(first) && AFTER_OBJECT.has(second)) return true;
  if (DENYING.has(verb) && (GRANTS.has(first) || (ARTICLES.has(first) && GRANTS.has(second)))) return true;
  // "asserted responsibility for the attack", "claimed credit for the raid": the act of claiming is told, and
  // the object alone names what was claimed, not what was said.
  if (ACCOUNTABILITY.has(first) && second === 'for') return true;
  // "has said little, but …", "said nothing about the toll": how much was said, not what ("said little has
  // changed" is a clause, its subject "little").
  if (NOTHING_MUCH.has(first) && (AFTER_OBJECT.has(second) || AFTER_AMOUNT.has(second))) return true;
  // So does an amount with its degree, "said almost nothing about the fares until May", unless a verb of its
  // own follows before any comma: "said almost nothing about the port was made public", "very little of it
  // reached", "very little, if anything, had changed".
  if (DEGREES.has(first) && NOTHING_MUCH.has(second) && DEGREE_AFTER.has(lowerOf(tokens[from + 2]))) {
    const comma = tokens.findIndex((t, k) => k > from && t.text === ',');
    return !tokens.slice(from + 3, comma < 0 ? tokens.length : comma).some(isTensedWord);
  }
  // "remembered what it was like for a pupil when …", "how it felt to lose": the experience recalled is the
  // topic, and what follows it the reporter's account of those days, not the speaker's words (an editor's read).
  // Not when a verb of its own follows before a comma or a clause of when: "said what it was like to grow up poor
  // shaped her politics" reports.
  if (
    (first === 'what' || first === 'how') &&
    second === 'it' &&
    EXPERIENCE.test(wordsFrom(tokens, from + 2))
  ) {
    for (let k = from + 5; k < tokens.length && tokens[k]?.text !== ','; k++) {
      if (EXPERIENCE_ENDS.has(lowerOf(tokens[k]))) break;
      if (isTensedWord(tokens[k])) return false;
    }
    return true;
  }
  if (!POSSESSIVES.has(first)) return false;
  // "his debate decision", "her final choice": up to two words before the noun, and nothing after it that
  // tells what was decided ("his decision to run", "her decision that …").
  for (let k = from + 1; k <= from + 3 && isWord(tokens[k]); k++) {
    if (!CONTENTLESS.has(lowerOf(tokens[k]))) continue;
    // "his decision was final" is a clause with the noun for its subject.
    const next = lowerOf(tokens[k + 1]);
    return !TELLS_WHAT.has(next);
  }
  return false;
}

/** "was like", "felt like", "felt to", "is like": after "what it" or "how it", an experience named. */
const EXPERIENCE = /^(?:(?:was|is|felt|feels|had been|has been) like|felt to|feels to)\b/;

/** Words that open a clause of the experience's own: "… to be a pupil when the junta seized …". */
const EXPERIENCE_ENDS = new Set(
  'when while after before as because since until where who which that'.split(' '),
);

function wordsFrom(tokens: Token[], from: number): string {
  return [0, 1, 2].map((k) => lowerOf(tokens[from + k])).join(' ');
}
