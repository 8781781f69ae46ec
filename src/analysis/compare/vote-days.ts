// One vote given different days: "The toll bill cleared the assembly Tuesday … The tally was 211-14" in
// one source, "On Thursday, the assembly voted 211-14" in another. A legislature's tally is the proof that
// both report one vote (two different votes rarely end alike with twenty or more votes cast), so the weekdays
// said with it must agree. Only a weekday in the tally's sentence, or in the sentence right before when the
// tally's names none ("The tally was 211-14."), and only one there: "voted 211-14 on Monday, and the senate
// met on Tuesday" names two days and proves neither.
import type { Disagreement } from '../../types.ts';
import type { SourceText } from './name-variants.ts';
import { type ParagraphSentence, sentencesOf } from './paragraph-sentences.ts';

const TALLY = /\b(\d{1,3})-(\d{1,3})\b/g;
/** A tally of a vote, not a score: a word of voting in its sentence. */
const VOTING = /\b(?:vot(?:e|es|ed|ing)|passed|approved|adopted|rejected|tally|margin)\b/i;
/** Fewer votes than this may end alike in two votes of one story (a court's 5-4, a council's 7-2). */
const MIN_VOTES = 20;
/** Weekdays, not after "next" (another day to come) nor followed by "'s" (an event named by its day). */
const WEEKDAY = /(?<!\bnext\s)\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!['’]s)/g;

interface Sighting {
  source: string;
  day: string;
  /** The sentence or two that hold the tally and the day, as written. */
  text: string;
}

export function findVoteDays(sources: SourceText[]): Disagreement[] {
  const byTally = new Map<string, Map<string, Sighting>>();
  for (const source of sources) {
    for (const sighting of sightings(source.text, source.sheet.id)) {
      const bySource = byTally.get(sighting.tally) ?? new Map<string, Sighting>();
      // A source that gives one tally two days proves nothing about the others: it is set aside.
      const seen = bySource.get(source.sheet.id);
      if (seen && seen.day !== sighting.day) bySource.set(source.sheet.id, { ...seen, day: '' });
      else if (!seen) bySource.set(source.sheet.id, sighting);
      byTally.set(sighting.tally, bySource);
    }
  }
  const out: Disagreement[] = [];
  for (const [tally, bySource] of byTally) {
    const sides = [...bySource.values()].filter((s) => s.day !== '');
    if (new Set(sides.map((s) => s.day)).size < 2) continue;
    out.push({
      topic: `Day of the ${tally} vote`,
      kind: 'date',
      severity: 'medium',
      note: `The ${tally} vote, held ${sides.map((s) => `“${s.day}” in ${s.source}`).join(', ')}.`,
      versions: sides.map((s) => ({ source: s.source, text: s.text, ref: null })),
      foundBy: 'rule',
    });
  }
  return out;
}

function sightings(text: string, source: string): (Sighting & { tally: string })[] {
  const out: (Sighting & { tally: string })[] = [];
  const sentences = sentencesOf(text);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as ParagraphSentence;
    if (!VOTING.test(sentence.text)) continue;
    const previous = sentences[s - 1];
    const before = previous?.paragraph === sentence.paragraph ? previous : undefined;
    for (const match of sentence.text.matchAll(TALLY)) {
      if (Number(match[1]) + Number(match[2]) < MIN_VOTES) continue;
      const own = daysIn(sentence.text);
      const days = own.length > 0 ? own : daysIn(before?.text ?? '');
      if (new Set(days).size !== 1) continue;
      // The words as the source writes them, from the sentence before when the day is there.
      const from = own.length > 0 || !before ? sentence.start : before.start;
      const shown = text.slice(from, sentence.start + sentence.text.length).trim();
      out.push({ tally: match[0], source, day: days[0] as string, text: shown });
    }
  }
  return out;
}

function daysIn(sentence: string): string[] {
  return [...sentence.matchAll(WEEKDAY)].map((m) => m[0]);
}
