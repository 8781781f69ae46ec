// BASIL triplets (../shared/data/basil/<event>): one event reported by Fox News, The New York Times and
// HuffPost. Six events carry hand labels for every direct quote and for the disagreements and agreements
// between the three reports. Quotes are scored as in PolNeAR; a flag is right when its versions, from at
// least two files, carry the words of one labelled disagreement's versions from the same files. Labels are
// never complete, so every flag that matches none is listed for an editor to judge; a flag that restates a
// labelled agreement is counted wrong outright.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pairBest } from '../pairing.ts';
import {
  normaliseReal,
  REAL_RELAXED_DICE,
  realSpeakerMatches,
  realWords,
  relaxedScore,
} from './real-text.ts';

export interface BasilQuote {
  speaker: string;
  speaker_as_written: string;
  quote: string;
}

export interface BasilDisagreement {
  topic: string;
  kind: string;
  versions: { file: string; text: string }[];
}

export interface BasilEvent {
  event: string;
  files: { file: string; text: string; quotes: BasilQuote[] }[];
  disagreements: BasilDisagreement[];
  agreements: { fact: string; files: string[] }[];
}

interface Labels {
  articles: { file: string; direct_quotes: BasilQuote[] }[];
  disagreements: BasilDisagreement[];
  agreements: { fact: string; files: string[] }[];
}

/** The labelled events, in name order. */
export function loadBasilLabelled(dir: string): BasilEvent[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'labels.json')))
    .sort()
    .map((event) => {
      const labels = JSON.parse(readFileSync(join(dir, event, 'labels.json'), 'utf8')) as Labels;
      return {
        event,
        files: labels.articles.map((a) => ({
          file: a.file,
          text: readFileSync(join(dir, event, a.file), 'utf8'),
          quotes: a.direct_quotes,
        })),
        disagreements: labels.disagreements,
        agreements: labels.agreements,
      };
    });
}

/** A flag as the sheet shows it, its versions named by file. */
export interface ShownFlag {
  kind: string;
  topic: string;
  severity: string;
  versions: { file: string; text: string }[];
}

export interface BasilCounts {
  quotes: {
    predicted: number;
    exactMatched: number;
    relaxedMatched: number;
    gold: number;
    speakerRight: number;
    speakerScored: number;
  };
  flags: { shown: number; matched: number; contradictAgreement: number; high: number; highMatched: number };
  disagreements: { total: number; found: number; minorTotal: number; minorFound: number };
}

export interface BasilErrors {
  missed: { file: string; text: string; speaker: string }[];
  spurious: { file: string; text: string; speaker: string }[];
  wrongSpeaker: { file: string; text: string; gold: string; predicted: string }[];
  unmatchedFlags: ShownFlag[];
  missedDisagreements: string[];
}

export function emptyBasilCounts(): BasilCounts {
  return {
    quotes: { predicted: 0, exactMatched: 0, relaxedMatched: 0, gold: 0, speakerRight: 0, speakerScored: 0 },
    flags: { shown: 0, matched: 0, contradictAgreement: 0, high: 0, highMatched: 0 },
    disagreements: { total: 0, found: 0, minorTotal: 0, minorFound: 0 },
  };
}

export function scoreBasilQuotes(
  file: string,
  gold: BasilQuote[],
  predicted: { text: string; speaker: string }[],
  c: BasilCounts['quotes'],
  errors: BasilErrors,
): void {
  const relaxed = pairBest(predicted, gold, (p, g) => relaxedScore(p.text, g.quote), REAL_RELAXED_DICE);
  const exact = pairBest(
    predicted,
    gold,
    (p, g) => (normaliseReal(p.text) === normaliseReal(g.quote) ? 1 : 0),
    1,
  );
  c.predicted += predicted.length;
  c.gold += gold.length;
  c.exactMatched += exact.length;
  c.relaxedMatched += relaxed.length;
  const matchedP = new Set(relaxed.map(([p]) => p));
  const matchedG = new Set(relaxed.map(([, g]) => g));
  for (const g of gold) if (!matchedG.has(g)) errors.missed.push({ file, text: g.quote, speaker: g.speaker });
  for (const p of predicted) if (!matchedP.has(p)) errors.spurious.push({ file, ...p });
  for (const [p, g] of relaxed) {
    c.speakerScored++;
    if (basilSpeakerMatches(g.speaker, p.speaker)) c.speakerRight++;
    else errors.wrongSpeaker.push({ file, text: g.quote, gold: g.speaker, predicted: p.speaker });
  }
}

export function scoreBasilFlags(
  event: BasilEvent,
  flags: ShownFlag[],
  c: BasilCounts,
  errors: BasilErrors,
): void {
  const found = new Set<BasilDisagreement>();
  for (const flag of flags) {
    c.flags.shown++;
    if (flag.severity === 'high') c.flags.high++;
    const match = event.disagreements.find((d) => flagMatches(flag, d));
    if (match) {
      found.add(match);
      c.flags.matched++;
      if (flag.severity === 'high') c.flags.highMatched++;
      continue;
    }
    if (restatesAgreement(flag, event)) c.flags.contradictAgreement++;
    errors.unmatchedFlags.push(flag);
  }
  for (const d of event.disagreements) {
    const minor = /\(minor\)\s*$/.test(d.topic);
    c.disagreements.total++;
    if (minor) c.disagreements.minorTotal++;
    if (found.has(d)) {
      c.disagreements.found++;
      if (minor) c.disagreements.minorFound++;
    } else errors.missedDisagreements.push(`${event.event}: ${d.kind} — ${d.topic}`);
  }
}

/** BASIL's rule: the prediction equals the labelled speaker or holds its last word ("Unnamed House Democrat"). */
function basilSpeakerMatches(gold: string, predicted: string): boolean {
  const surname = realWords(gold.replace(/\b(?:Jr|Sr|II|III|IV)\.?$/, '')).at(-1);
  return (
    realSpeakerMatches(gold, predicted) ||
    (surname !== undefined && realWords(predicted.replace(/['’]s\b/g, '')).includes(surname))
  );
}

/** Versions from at least two files carry that file's labelled words, and the carried labels differ. */
function flagMatches(flag: ShownFlag, gold: BasilDisagreement): boolean {
  const files = new Set<string>();
  const sides = new Set<string>();
  for (const version of gold.versions) {
    if (!flag.versions.some((v) => v.file === version.file && carries(v.text, version.text))) continue;
    files.add(version.file);
    sides.add(normaliseReal(version.text));
  }
  return files.size >= 2 && sides.size >= 2;
}

function carries(shown: string, labelled: string): boolean {
  return containsWords(shown, labelled) || containsWords(labelled, shown);
}

function containsWords(haystack: string, needle: string): boolean {
  const h = realWords(haystack).join(' ');
  const n = realWords(needle).join(' ');
  return n.length > 0 && ` ${h} `.includes(` ${n} `);
}

/** A flag whose every version sits inside one labelled agreement's statement set is no disagreement. */
function restatesAgreement(flag: ShownFlag, event: BasilEvent): boolean {
  return event.agreements.some(
    (a) =>
      flag.versions.length >= 2 &&
      flag.versions.every((v) => a.files.includes(v.file) && carries(a.fact, v.text)),
  );
}
