// A sentence that quotes, cut into the stretches between its quotes: only a report that stands clear of the
// quotes counts (indirect.ts), and a stretch's verb may be the credit of the quote just closed, which reports
// nothing of its own; the stretch before the first quote may report a clause whose credit the quote follows.
import { INDIRECT_CUES, inPronouns, READ_CUES } from './lexicon.ts';
import { type Reported, speakerAfter } from './report-speaker.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { isWord, lower, lowerOf, type Token } from './tokens.ts';

/** Whether the report whose verb is segment[at] and whose clause starts at `from` is a quote's credit. */
export function creditsQuote(
  segment: Token[],
  at: number,
  from: number,
  quotes: { close: number | null; end: number }[],
): boolean {
  const start = (segment[0] as Token).start;
  const follows = quotes.some((q) => {
    const close = q.close ?? q.end;
    return close < start && start - close <= 3;
  });
  // The verb stands near the quote ("“…,” Merkel told reporters after the meeting that …"), however far the
  // listener and a time push the clause.
  if (!follows || at > 8) return false;
  // "“…,” said Kamin, who stressed that …": the relative clause is a report of its own.
  if (lowerOf(segment[at - 1]) === 'who') return false;
  // "… “deeply irresponsible” and said the government would …": a second report, no credit.
  if (['and', 'but'].includes(lower(segment.find(isWord)?.text ?? ''))) return false;
  if (['and', 'but'].includes(lowerOf(segment[at - 1]))) return false;
  // "“…,” Reyes said on the radio, but he said …": a clause of its own, subject and all.
  if (['and', 'but'].includes(lowerOf(segment[at - 2])) && inPronouns(lowerOf(segment[at - 1]))) return false;
  // “…,” he said, adding that …: a second report of the speaker, which counts; so does the participle itself
  // ("“…,” Reyes said on Monday, pointing out that …").
  const lead = segment.slice(from).find(isWord);
  if (lead && lowerOf(lead).endsWith('ing') && READ_CUES.has(lowerOf(lead))) return false;
  if (segment[at - 1]?.text === ',' && lowerOf(segment[at]).endsWith('ing')) return false;
  // "Citing “family reasons,” her aide told reporters that she would skip …": a clause after "that" is what
  // the verb reports; a credit's verb takes none ("that" and a verb there is a relative: read as the clause's
  // start reads it).
  if (lowerOf(segment[from - 1]) === 'that') return false;
  // Otherwise what follows "“…,” Sanchez said" is where and when she said it ("in a press conference led
  // by …"), or a nested credit ("aides said Ms. Ortega told her colleagues"): never a report of its own.
  return true;
}

export function splitAtQuotes(tokens: Token[], quoted: (token: Token) => boolean): Token[][] {
  const segments: Token[][] = [[]];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (quoted(token)) {
      if ((segments.at(-1) as Token[]).length > 0) segments.push([]);
      continue;
    }
    (segments.at(-1) as Token[]).push(token);
  }
  return segments.filter((segment) => segment.some(isWord));
}

/**
 * "The two will meet next week, Roe said, adding, “…”": the stretch before the first quote ends on a credit and
 * the participle that carries the quote. The credit reports the clause before it (speakerAfter); null when the
 * stretch is not so.
 */
export function creditBeforeParticiple(segment: Token[], ctx: PhraseContext): Reported | null {
  let end = segment.length - 1;
  if (segment[end]?.text === ',' || segment[end]?.text === ':') end--;
  const participle = lowerOf(segment[end]);
  if (!participle.endsWith('ing') || !INDIRECT_CUES.has(participle) || segment[end - 1]?.text !== ',')
    return null;
  const credit = segment.slice(0, end - 1);
  const found = speakerAfter(credit, ctx);
  if (!found) return null;
  const at = credit.findLastIndex((t) => INDIRECT_CUES.has(lowerOf(t)));
  return at > found.to ? { ...found, at } : null;
}
