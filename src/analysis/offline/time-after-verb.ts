// "said Friday afternoon that …", "noted over the weekend that …", "said two weeks ago …", "has said for weeks he
// is …": a time right after a verb of saying belongs to the saying, and the reported clause starts past it.
import { COUNTED_WORDS } from './clause-frame.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

const TIME_WORDS = new Set(
  `today yesterday tonight recently earlier later again afterward afterwards monday tuesday wednesday thursday
  friday saturday sunday`.split(/\s+/),
);

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** "said this week that", "said Friday that", "said last month": a time before the clause. */
export function skipTime(tokens: Token[], i: number): number {
  let k = i;
  for (;;) {
    const word = lowerOf(tokens[k]);
    const next = lowerOf(tokens[k + 1]);
    // "said Friday afternoon that": a part of the day goes with its day.
    if (TIME_WORDS.has(word)) k += DAY_PARTS.has(next) ? 2 : 1;
    else if (['this', 'last', 'next'].includes(word) && ['week', 'month', 'year', 'weekend'].includes(next))
      k += 2;
    // "noted over the weekend that …"
    else if (word === 'over' && next === 'the' && lowerOf(tokens[k + 2]) === 'weekend') k += 3;
    else if (agoAt(tokens, k) > k) k = agoAt(tokens, k);
    // "has said for weeks he is …", "argued for two years that …": the saying's span, not the clause's own
    // ("said for a few days the roads would be closed").
    else if (word === 'for' && spanOfSaying(tokens, i, k + 1) > k + 1) k = spanOfSaying(tokens, i, k + 1);
    else return k;
  }
}

/** "a few days ago", "two weeks ago", "days ago": past the phrase, or `k` when none starts there. */
function agoAt(tokens: Token[], k: number): number {
  const at = spanAt(tokens, k);
  return at > k && lowerOf(tokens[at]) === 'ago' ? at + 1 : k;
}

/** A span after "for" that belongs to the verb before `verbEnd`: a perfect's ("has said for weeks"), or one "that" follows. */
function spanOfSaying(tokens: Token[], verbEnd: number, k: number): number {
  const end = spanAt(tokens, k);
  if (end === k) return k;
  const perfect = ['has', 'have', 'had'].includes(lowerOf(tokens[verbEnd - 2]));
  return lowerOf(tokens[end]) === 'that' ||
    (perfect && isWord(tokens[end]) && !SPAN_GOES_ON.has(lowerOf(tokens[end])))
    ? end
    : k;
}
const SPAN_GOES_ON = new Set(['and', 'or', 'now', 'to']);

/** "a few days", "two weeks", "months": past the span, or `k` when none starts there. */
function spanAt(tokens: Token[], k: number): number {
  let at = k;
  if (lowerOf(tokens[at]) === 'a' && lowerOf(tokens[at + 1]) === 'few') at += 2;
  else if (COUNTED_WORDS.has(lowerOf(tokens[at]))) at++;
  return SPANS_AGO.has(lowerOf(tokens[at])) ? at + 1 : k;
}
const SPANS_AGO = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes']);
