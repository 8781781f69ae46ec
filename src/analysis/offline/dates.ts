// Explicit calendar dates: "March 16", "9 March 2025", "Tuesday, October 14", "Feb. 6, 2025", "2025-03-09".
// Weekday-only references ("on Sunday") are not explicit and are left out. `value` is ISO 8601:
// "2025-03-16" with a year, "--03-16" without one (ISO's form for a month and day), so two sources'
// dates compare as strings.
import { evidenceFor, sentenceOfOffset } from './evidence.ts';
import { MONTHS } from './lexicon.ts';
import { insideQuote, type Sentence, type TextModel } from './sentences.ts';

export interface DateFact {
  statement: string;
  value: string;
  evidence: string;
  at: number;
}

/** A month's name or its abbreviation, capitalised: never "may", "decades" or "separate". */
export const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'g');
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\b(?:,?\s+(\d{4})\b)?`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export function findDateFacts(model: TextModel): DateFact[] {
  const facts: DateFact[] = [];
  // Offsets already dated: a set, where scanning the list grew with the square of the article.
  const datedAt = new Set<number>();
  const sentences = model.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    const text = model.text.slice(sentence.start, sentence.end);
    // Every pattern below needs a digit: a sentence without one is passed over unread.
    if (!/\d/.test(text)) continue;
    const found: { index: number; length: number; value: string }[] = [];
    // exec on the global patterns, not matchAll: no copy of each pattern and no iterator per sentence.
    for (const m of allMatches(MONTH_DAY, text)) found.push(dated(m, m[1], m[2], m[3]));
    for (const m of allMatches(DAY_MONTH, text)) found.push(dated(m, m[2], m[1], m[3]));
    for (const m of allMatches(ISO, text))
      found.push({ index: m.index, length: m[0].length, value: `${m[1]}-${m[2]}-${m[3]}` });
    for (const date of found) {
      const at = sentence.start + date.index;
      if (date.value === '' || insideQuote(model, at) || datedAt.has(at)) continue;
      const span = sentenceOfOffset(model, at);
      if (!span) continue;
      const written = text.slice(date.index, date.index + date.length);
      datedAt.add(at);
      facts.push({
        statement: `${leadIn(text.slice(0, date.index))} ${written}`.trim(),
        value: date.value,
        evidence: evidenceFor(model, span, at, at + date.length),
        at,
      });
    }
  }
  return facts.sort((a, b) => a.at - b.at);
}

/** Every match of a global pattern that never matches empty text, in order (what matchAll gives). */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) matches.push(m);
  return matches;
}

function dated(
  match: RegExpMatchArray,
  month = '',
  day = '',
  year: string | undefined,
): { index: number; length: number; value: string } {
  const m = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3))) + 1;
  const d = Number(day);
  const ok = m > 0 && d >= 1 && d <= 31;
  const mmdd = `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return {
    index: match.index ?? 0,
    length: match[0].length,
    value: ok ? (year ? `${year}-${mmdd}` : `--${mmdd}`) : '',
  };
}

/** What the date is for: the few words before it in its clause ("the second exchange is due on"). */
function leadIn(before: string): string {
  const clause = before.split(/[,;:(]/).at(-1) ?? '';
  return clause.trim().split(/\s+/).filter(Boolean).slice(-6).join(' ');
}
