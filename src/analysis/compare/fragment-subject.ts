// What a quoted fragment was said about, told two ways: one source writes in its own words that the speaker
// called “Varga's housing plan” “a recipe for ruin”; another quotes the speaker's whole sentence, “Varga's
// transport plan is a recipe for ruin.” The speaker's own words say which plan; the paraphrase names
// another. Read only in that shape: "<Name>'s <word> <noun>" right before the fragment in one source (other
// quoted fragments and "and" may stand between), and "<Name>'s <word> <noun> is <fragment>" inside a
// quotation in the other, the same name and noun, another word.
import type { Disagreement } from '../../types.ts';
import type { SourceText } from './name-variants.ts';
import { isResolvedSpeaker } from './resolved-speaker.ts';
import { sameSpeaker } from './text-similarity.ts';

const QUOTE = /[“"]([^“”"\n]+)[”"]/g;
/** "Varga's housing plan" at the end of the text before a fragment. */
const OWNED_BEFORE = /(\p{Lu}[\p{L}-]+)['’]s\s+(\p{Ll}+)\s+(\p{Ll}+)\s*$/u;
/** "Varga's transport plan is " at the end of the quoted text before the same fragment. */
const OWNED_SUBJECT = /(\p{Lu}[\p{L}-]+)['’]s\s+(\p{Ll}+)\s+(\p{Ll}+)\s+(?:is|was|are|were|will be)\s+$/u;
/** A short fragment may be a stock phrase ("a step forward") anyone says of anything. */
const MIN_FRAGMENT_WORDS = 4;

interface Paraphrase {
  source: string;
  owner: string;
  word: string;
  noun: string;
  fragment: string;
  sentence: string;
  /** The speaker the source's own quote list gives the fragment, when it has one. */
  speaker: string | null;
}

export function findFragmentSubjects(sources: SourceText[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const source of sources) {
    for (const told of paraphrasesOf(source)) {
      for (const other of sources) {
        if (other === source) continue;
        const quoted = quotedSubject(other, told.fragment);
        if (!quoted || quoted.owner !== told.owner || quoted.noun !== told.noun || quoted.word === told.word)
          continue;
        // The same words in two people's mouths are two remarks, about whatever each spoke of.
        if (differentSpeakers(told.speaker, quoted.speaker)) continue;
        out.push({
          topic: `What was called “${told.fragment}”: ${told.owner}'s ${told.word} ${told.noun} or ${quoted.word} ${told.noun}`,
          kind: 'other',
          // A paraphrase that names the wrong thing misleads a little; the fragment itself is right.
          severity: 'low',
          note: `${source.sheet.id} says it was said of the “${told.word} ${told.noun}”; ${other.sheet.id} quotes the speaker saying “${quoted.word} ${told.noun}”.`,
          versions: [
            { source: source.sheet.id, text: told.sentence, ref: null },
            { source: other.sheet.id, text: quoted.sentence, ref: null },
          ],
          foundBy: 'rule',
        });
      }
    }
  }
  return out;
}

function paraphrasesOf(source: SourceText): Paraphrase[] {
  const out: Paraphrase[] = [];
  const text = source.text;
  for (const m of text.matchAll(QUOTE)) {
    const fragment = (m[1] as string).trim().replace(/[.,]$/, '');
    if (fragment.split(/\s+/).length < MIN_FRAGMENT_WORDS) continue;
    const start = sentenceStart(text, m.index);
    // Other fragments of the same list ("“a con” and ") stand between the noun and this fragment.
    const before = text.slice(start, m.index).replace(/(?:\s*[“"][^“”"\n]*[”"]\s*(?:,|and|or)?)+\s*$/u, ' ');
    const owned = OWNED_BEFORE.exec(before);
    if (!owned) continue;
    out.push({
      source: source.sheet.id,
      owner: owned[1] as string,
      word: owned[2] as string,
      noun: owned[3] as string,
      fragment,
      sentence: text.slice(start, m.index + m[0].length).trim(),
      speaker: speakerAt(source, m.index + 1),
    });
  }
  return out;
}

/** The quoted sentence in which the speaker gives the fragment a subject of the same shape. */
function quotedSubject(source: SourceText, fragment: string): Omit<Paraphrase, 'source' | 'fragment'> | null {
  const key = fragment.toLowerCase();
  for (const m of source.text.matchAll(QUOTE)) {
    const quote = m[1] as string;
    const at = quote.toLowerCase().indexOf(key);
    if (at < 0) continue;
    const owned = OWNED_SUBJECT.exec(quote.slice(0, at));
    if (!owned) continue;
    const from = sentenceStart(quote, owned.index);
    return {
      owner: owned[1] as string,
      word: owned[2] as string,
      noun: owned[3] as string,
      sentence: quote.slice(from, at + fragment.length).trim(),
      speaker: speakerAt(source, m.index + 1 + at),
    };
  }
  return null;
}

function speakerAt(source: SourceText, at: number): string | null {
  const quote = source.sheet.quotes.find((q) => q.span !== null && q.span.start <= at && at < q.span.end);
  return quote?.speaker ?? null;
}

function differentSpeakers(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && isResolvedSpeaker(a) && isResolvedSpeaker(b) && !sameSpeaker(a, b);
}

/** Where the sentence holding `at` starts: after the last full stop followed by a space, or the line's start. */
function sentenceStart(text: string, at: number): number {
  const line = text.lastIndexOf('\n', at) + 1;
  const stops = [...text.slice(line, at).matchAll(/[.!?]["”]?\s+/g)];
  const last = stops.at(-1);
  return last ? line + (last.index ?? 0) + last[0].length : line;
}
