// The same words quoted again, from someone else: “We are ready,” Kiel said. … “We are ready,” Reyes said, “but
// the money is not.” Found by its words, Reyes's quote stood at Kiel's place and was dropped as her quote told
// twice, and the rest of his sentence was shown alone.
import type { Span } from '../../types.ts';
import type { PreparedText } from './locate.ts';

const OPENING_MARKS = '“"‘\'';

/** Whether an opening quote mark stands right before `at`: where a quote's words start. */
export function afterOpeningMark(text: string, at: number): boolean {
  return OPENING_MARKS.includes(text[at - 1] ?? '');
}

/**
 * Whether words found where another speaker's stand are looked for further on: the first part of a sentence
 * quoted in two (it ends on its comma), given to someone else by name. Not a slogan or a term quoted again and
 * again ("top secret", "No new taxes"), whose echo in someone else's sentence is no quote of theirs; nor the same
 * person named two ways ("Clinton", "Hillary Clinton", "the governor": a story printing its abstract above its
 * text has each quote twice).
 */
export function looksFurther(words: string, speaker: string, holder: string): boolean {
  return (
    words.endsWith(',') &&
    words.split(/\s+/).length >= MIN_WORDS &&
    NAMED.test(speaker) &&
    NAMED.test(holder) &&
    surnameOf(speaker) !== surnameOf(holder)
  );
}
const MIN_WORDS = 3;
/** A speaker shown by name: "the governor" and "Ada Kiel" may be one person. */
const NAMED = /^\p{Lu}/u;

function surnameOf(speaker: string): string {
  return speaker.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
}

/**
 * The later places of an article's repeated words, handed out in text order. Each search resumes where the last
 * one for the same words stopped: a paste that repeats a report many times over, each time from another
 * speaker, made each repeat read again through every copy before it (2 MB of such reports: 2.2 s against 0.5).
 */
export class LaterOccurrences {
  private readonly resumeAt = new Map<string, number>();
  private readonly source: PreparedText;

  constructor(source: PreparedText) {
    this.source = source;
  }

  /**
   * The first place after `span` where its characters stand again, right after an opening mark when `marked`
   * (a direct quote), that `taken` does not hold; null when there is none.
   */
  find(span: Span, taken: (span: Span) => boolean, marked: boolean): Span | null {
    const text = this.source.text;
    const words = text.slice(span.start, span.end);
    const index = this.source.textIndex;
    for (let at = index.indexOf(words, Math.max(span.end, this.resumeAt.get(words) ?? 0)); at >= 0; ) {
      const later = { start: at, end: at + words.length };
      if ((!marked || afterOpeningMark(text, at)) && !taken(later)) {
        this.resumeAt.set(words, later.end);
        return later;
      }
      at = index.indexOf(words, at + 1);
    }
    this.resumeAt.set(words, text.length);
    return null;
  }
}
