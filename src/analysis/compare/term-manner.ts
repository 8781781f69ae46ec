// How someone got the same term of office: “was appointed to a third term as harbour master” against
// “re-electing Ilse Varga to a third term”. An appointment and an election are different facts about one
// event; the ordinal term ("third term") and a name both sentences hold tie the two to the same event.
import type { Disagreement } from '../../types.ts';
import type { SourceText } from './name-variants.ts';

const MANNERS: [string, string][] = [
  ['appointed', 'appoint(?:ed|ing)|named|naming'],
  ['elected', '(?:re-?)?elect(?:ed|ing)|voted|chosen'],
];
const ORDINAL =
  'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th)';
/** The manner verb, up to six words (the person, a title), then "to a(n)/her/his <ordinal> term". */
const TERM = new RegExp(
  `\\b(${MANNERS.map(([, verbs]) => verbs).join('|')})\\b((?:\\s+[^\\s.;]+){0,6}?)\\s+to\\s+(?:an?|her|his|their)\\s+(${ORDINAL})(?:\\s+consecutive)?\\s+term\\b`,
  'gi',
);
/** A vote told with its count or its ballot: "won by a 14-to-6 vote", "a secret-ballot vote". */
const TALLY = /\b\d{1,3}-(?:to-)?\d{1,3}\s+vote\b|\bsecret[- ]ballot\b/i;
/** Capitalised words that name no one: a sentence's first word, titles, days. */
const NOT_A_NAME =
  /^(?:The|A|An|On|In|House|Senate|Representative|Rep|Sen|Senator|Democrats?|Republicans?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Democratic|Republican)$/;

interface Told {
  source: string;
  manner: string;
  ordinal: string;
  sentence: string;
  /** The words a reader is shown: from the manner verb to "term". */
  text: string;
  names: Set<string>;
}

export function findTermManners(sources: SourceText[]): Disagreement[] {
  const told = sources.flatMap((source) => termsOf(source));
  const out: Disagreement[] = [];
  for (const [i, a] of told.entries()) {
    for (const b of told.slice(i + 1)) {
      if (a.source === b.source || a.manner === b.manner || a.ordinal !== b.ordinal) continue;
      if (![...a.names].some((name) => b.names.has(name))) continue;
      // A source that also tells it the other way does not contradict the other.
      const both = (source: string) =>
        new Set(told.filter((t) => t.source === source && t.ordinal === a.ordinal).map((t) => t.manner))
          .size > 1;
      if (both(a.source) || both(b.source)) continue;
      // "was appointed to a third term …. She won by a 14-to-6 vote": a source that reports the vote says
      // itself that it was an election; its "appointed" is loose wording, a minor item (an editor's read).
      const appointing = a.manner === 'appointed' ? a.source : b.source;
      const loose = TALLY.test(sources.find((source) => source.sheet.id === appointing)?.text ?? '');
      out.push({
        topic: `How the ${a.ordinal} term was won: ${a.manner} or ${b.manner}`,
        kind: 'other',
        severity: loose ? 'low' : 'medium',
        note: `${a.source} says ${a.manner}, ${b.source} says ${b.manner}.`,
        versions: [a, b].map((t) => ({ source: t.source, text: t.text, ref: null })),
        foundBy: 'rule',
      });
      return out;
    }
  }
  return out;
}

function termsOf(source: SourceText): Told[] {
  const out: Told[] = [];
  for (const match of source.text.matchAll(TERM)) {
    const verb = (match[1] as string).toLowerCase();
    const manner = MANNERS.find(([, verbs]) => new RegExp(`^(?:${verbs})$`, 'i').test(verb))?.[0];
    if (!manner) continue;
    const sentence = sentenceAround(source.text, match.index, match.index + match[0].length);
    out.push({
      source: source.sheet.id,
      manner,
      ordinal: (match[3] as string).toLowerCase(),
      sentence,
      text: match[0],
      names: namesIn(sentence),
    });
  }
  return out;
}

function sentenceAround(text: string, from: number, to: number): string {
  const start = Math.max(text.lastIndexOf('. ', from) + 2, text.lastIndexOf('\n', from) + 1);
  const end = text.slice(to).search(/\.\s|\n|$/);
  return text.slice(start, to + end);
}

function namesIn(sentence: string): Set<string> {
  return new Set(
    [...sentence.matchAll(/\b\p{Lu}[\p{Ll}'’-]{2,}\b/gu)]
      .map((m) => m[0].replace(/['’]s$/, ''))
      .filter((word) => !NOT_A_NAME.test(word)),
  );
}
