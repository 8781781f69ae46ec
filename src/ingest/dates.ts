// Dates as pages and pastes state them → ISO 8601. A date we cannot read with certainty is dropped rather
// than guessed: "03/04/2025" is March in one newsroom and April in the next.

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'i');
const YMD_SLASH = /\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b/;

/** Normalize a stated date: ISO stays ISO (date-time with its offset, or date only); prose becomes YYYY-MM-DD. */
export function normalizeDate(text: string | null | undefined): string | null {
  const value = (text ?? '').trim();
  if (value === '') return null;
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!validDay(Number(y), Number(m), Number(d))) return null;
    if (hh === undefined) return `${y}-${m}-${d}`;
    const offset =
      zone === undefined
        ? ''
        : zone.toUpperCase() === 'Z'
          ? 'Z'
          : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${offset}`;
  }
  return proseDate(value);
}

/** Finds a month-name date (or 2025/11/12) anywhere in the text. */
export function proseDate(text: string): string | null {
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return ymd(Number(monthFirst[3]), monthIndex(monthFirst[1]), Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return ymd(Number(dayFirst[3]), monthIndex(dayFirst[2]), Number(dayFirst[1]));
  const slash = YMD_SLASH.exec(text);
  if (slash) return ymd(Number(slash[1]), Number(slash[2]), Number(slash[3]));
  const iso = /\b(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b/.exec(text);
  return iso?.[1] ? normalizeDate(iso[1]) : null;
}

// Words that may sit around a date on a dateline without making it a sentence.
const DATE_LINE_NOISE =
  /\b(published|updated|posted|last updated|modified|first published|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|eet|eest|ist|jst|aest|aedt|est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|pt|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?)\b\.?/gi;

/**
 * A line that is only a date (plus "Published", weekday, time, zone): returns the date and its kind.
 * "Published 12 November 2025 14:03 GMT" → { date: "2025-11-12", kind: "published" }.
 */
export function parseDateLine(line: string): { date: string; kind: 'published' | 'updated' } | null {
  if (line.length > 90) return null;
  const iso = normalizeDate(line.replace(/^(published|updated|posted)\s*:?\s*/i, ''));
  const date = iso ?? proseDate(line);
  if (!date) return null;
  const rest = line
    .replace(new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), ' ')
    .replace(new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'i'), ' ')
    .replace(/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/i, ' ')
    .replace(YMD_SLASH, ' ')
    .replace(/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?/gi, ' ')
    .replace(DATE_LINE_NOISE, ' ')
    .replace(/[\s,|·•–—:()-]+/g, '');
  if (rest !== '') return null;
  return { date, kind: /\b(updated|modified)\b/i.test(line) ? 'updated' : 'published' };
}

function monthIndex(name: string | undefined): number {
  const prefix = (name ?? '').toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

function ymd(year: number, month: number, day: number): string | null {
  if (!validDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
