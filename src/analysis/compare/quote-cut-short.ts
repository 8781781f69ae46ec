// A quote one source ends with a full stop where another source's same sentence goes on: “…nor will I
// sign it.” against “…nor will I sign it without a vote first”. Quoting less of a speech is no fault; closing
// the speaker's sentence where the speaker did not close it drops what qualified it, and a reader is told
// the sentence ended there. Only a clean cut is shown: every word of the shorter quote opens the longer one,
// the shorter closes on a full stop inside its quotation marks (no ellipsis), and the longer goes straight on
// with a word, no punctuation between, so the speaker's sentence had not ended.
import type { Disagreement } from '../../types.ts';
import type { Member } from './quote-alignment.ts';
import { isResolvedSpeaker } from './resolved-speaker.ts';
import { sameSpeaker } from './text-similarity.ts';

/** Below this the shared words are too few to be sure the two quotes are one sentence. */
const MIN_SHARED_WORDS = 6;
/** Words the longer quote must add: one trailing word may be a source's own tidying. */
const MIN_DROPPED_WORDS = 2;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

export function findCutShort(clusters: Member[][], bodies: Map<string, string>): Disagreement[] {
  const out: Disagreement[] = [];
  for (const cluster of clusters) {
    for (const short of cluster) {
      const long = cluster.find(
        (other) => other.source !== short.source && cutFrom(short, other, bodies.get(short.source) ?? ''),
      );
      if (!long) continue;
      const dropped = droppedWords(short.words, long.words);
      out.push({
        topic: `Quote ended early: “…${lastWords(short.words)}”`,
        kind: 'quote_wording',
        severity: 'low',
        note: `${short.source} closes the sentence at “${lastWords(short.words)}.”, where ${long.source} quotes it going on: “${dropped}”.`,
        versions: [short, long].map((member) => ({
          source: member.source,
          text: member.words,
          ref: member.quote.id,
        })),
        foundBy: 'rule',
      });
      break;
    }
  }
  return out;
}

function cutFrom(short: Member, long: Member, shortBody: string): boolean {
  const a = wordsOf(short.words);
  const b = [...long.words.matchAll(WORD)];
  if (a.length < MIN_SHARED_WORDS || b.length < a.length + MIN_DROPPED_WORDS) return false;
  if (!a.every((word, i) => word === keyOf((b[i] as RegExpMatchArray)[0]))) return false;
  const speakers = [short.quote.speaker, long.quote.speaker];
  if (speakers.every(isResolvedSpeaker) && !sameSpeaker(speakers[0] as string, speakers[1] as string))
    return false;
  // The longer quote goes straight on with a word: the speaker's sentence had not ended there.
  const cut = b[a.length - 1] as RegExpMatchArray;
  const next = long.words.slice((cut.index ?? 0) + cut[0].length);
  if (!/^\s+[\p{L}\p{N}]/u.test(next)) return false;
  return closesOnFullStop(short, shortBody);
}

/** The quote's last word is followed, in its source, by a full stop and the closing quotation mark. */
function closesOnFullStop(member: Member, body: string): boolean {
  const span = member.quote.span;
  if (span === null) return /[\p{L}\p{N}]\.["”]?\s*$/u.test(member.words);
  const last = [...body.slice(span.start, span.end).matchAll(/[\p{L}\p{N}]/gu)].at(-1);
  if (!last) return false;
  const after = span.start + (last.index ?? 0) + 1;
  return /^\.\s*["”]/.test(body.slice(after, after + 4));
}

function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => keyOf(m[0]));
}

function keyOf(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/’/g, "'");
}

function lastWords(text: string): string {
  return text
    .replace(/[.\s]+$/, '')
    .split(/\s+/)
    .slice(-4)
    .join(' ');
}

function droppedWords(short: string, long: string): string {
  const count = wordsOf(short).length;
  const cut = [...long.matchAll(WORD)][count - 1];
  return cut ? long.slice((cut.index ?? 0) + cut[0].length).trim() : '';
}
