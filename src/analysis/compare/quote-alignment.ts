// Groups the quotes of several sources into "the same quote", then reports the ones worded differently
// (quote variants) and the ones given to different speakers (attribution disagreements).
//
// Both reports need more than overlapping words. A variant needs a change inside the quote: one source
// quoting more or less of the same words ("the richest thing…" against "Truth be told, the richest thing…")
// is a longer cut, not a different wording. An attribution flag needs the same words (not a fragment against
// a longer version, not merely overlapping ones) given to two resolved names that are not one speaker.
import type { Disagreement, Quote, QuoteVariant, SourceSheet, SourceVersion } from '../../types.ts';
import { shownQuotes } from '../ground/ground-analysis.ts';
import { type Token, tokenize } from '../ground/tokens.ts';
import { wordDiff } from '../ground/word-diff.ts';
import { elidedPieces } from './elided-pieces.ts';
import { mergeVariants } from './merge-variants.ts';
import { sameNumberWritten } from './number-forms.ts';
import { onlyQuotesLess } from './quoted-less.ts';
import { isResolvedSpeaker, mayBeOneSpeaker } from './resolved-speaker.ts';
import { shownDiff } from './shown-diff.ts';
import { bySourceOrder } from './source-order.ts';
import { sameSpokenForm } from './spoken-forms.ts';
import { multisetDice, sameSpeaker } from './text-similarity.ts';
import { twoSentences } from './two-sentences.ts';

/** Two wordings sharing this share of their words, in order, are taken for one quote. */
const SAME_QUOTE_MIN_SIMILARITY = 0.55;
/** …and at least this many content words in order, so "there's a lot of" alone never pairs two quotes. */
const SAME_QUOTE_MIN_CONTENT = 2;
/** Two wordings this close, and this close in length, are one quote: an attribution can be compared. */
const SAME_WORDS_MIN_SIMILARITY = 0.75;
const SAME_WORDS_MIN_LENGTH_RATIO = 0.75;
/** A wording that only adds words at an edge is the same words when it adds next to nothing. */
const NESTED_MIN_LENGTH_RATIO = 0.9;
/** Quotes shorter than this are too generic ("We are ready") to align across sources. */
const MIN_WORDS = 4;

const STOP = new Set(
  "a an the of to in on at for and or but is are was were be been it its this that there there’s there's i we you he she they my our your his her their me us them not no so as by with from will would do did have has had just very".split(
    ' ',
  ),
);

export interface Member {
  source: string;
  quote: Quote;
  words: string;
}

export interface QuoteAlignment {
  variants: QuoteVariant[];
  attributions: Disagreement[];
  /** Every group of two or more sources' quotes taken for one quote: other rules read their context. */
  clusters: Member[][];
}

interface Closeness {
  similarity: number;
  content: number;
}

function closeness(x: string, y: string): Closeness {
  const diff = wordDiff(x, y);
  const a = tokenize(x).length;
  const b = tokenize(y).length;
  let same = 0;
  let content = 0;
  for (const token of diff) {
    if (token.op !== 'same') continue;
    for (const word of token.text.split(' ')) {
      same++;
      const key = word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (key.length > 1 && !STOP.has(key)) content++;
    }
  }
  return { similarity: a + b === 0 ? 1 : (2 * same) / (a + b), content };
}

function sameQuote(x: string, y: string, tokensOf: (text: string) => Token[]): number {
  // The words in order (the diff's "same" words) are at most the words the two have in common: when even that
  // bound is below the threshold, the diff cannot reach it. Most pairs of a sheet's quotes are unrelated, and
  // this spares them the word diff (alignQuotes: ~3.7 → ~0.8 ms CPU a 5-source sheet in the pipeline bench).
  if (multisetDice(tokensOf(x), tokensOf(y)) < SAME_QUOTE_MIN_SIMILARITY) return 0;
  const { similarity, content } = closeness(x, y);
  return similarity >= SAME_QUOTE_MIN_SIMILARITY && content >= SAME_QUOTE_MIN_CONTENT ? similarity : 0;
}

export function alignQuotes(sheets: SourceSheet[]): QuoteAlignment {
  // Each quote is compared with every other source's: its words are split once, not once a pair.
  const tokens = new Map<string, Token[]>();
  const tokensOf = (text: string): Token[] => {
    let known = tokens.get(text);
    if (!known) {
      known = tokenize(text);
      tokens.set(text, known);
    }
    return known;
  };
  const clusters: Member[][] = [];
  for (const sheet of sheets) {
    for (const quote of shownQuotes(sheet)) {
      if (quote.kind !== 'direct') continue;
      const words = quote.sourceText ?? quote.text;
      if (tokensOf(words).length < MIN_WORDS) continue;
      const member = { source: sheet.id, quote, words };
      // Complete linkage: a quote joins a group only if it is the same quote as every member, so a chain of
      // partial overlaps never pairs two unrelated quotes.
      let home: Member[] | null = null;
      let best = 0;
      for (const cluster of clusters) {
        if (cluster.some((other) => other.source === sheet.id)) continue;
        const scores = cluster.map((other) => sameQuote(other.words, words, tokensOf));
        const worst = Math.min(...scores);
        if (worst > best) {
          best = worst;
          home = cluster;
        }
      }
      if (home) home.push(member);
      else clusters.push([member]);
    }
  }
  const variants: QuoteVariant[] = [];
  const attributions: Disagreement[] = [];
  const aligned = clusters.filter((cluster) => cluster.length >= 2);
  const withVariant = new Set<Member[]>();
  for (const cluster of aligned) {
    const attribution = attributionOf(cluster);
    if (attribution) attributions.push(attribution);
    const variant = variantOf(cluster);
    if (variant) {
      variants.push(variant);
      withVariant.add(cluster);
    }
  }
  variants.push(...passageVariants(clusters, withVariant, tokensOf));
  return { variants: mergeVariants(variants), attributions, clusters: aligned };
}

/**
 * A quote with an ellipsis is passages of one speech. Set whole against other sources' quotes it often joins
 * the wrong one, or none (“We have learned something very important … whatever we call it” beside one
 * source's two separate quotes), and a word changed inside a passage went unseen. So each passage of such a
 * quote is also set against the other sources' quotes, passage against passage; a change inside them is shown
 * as printed, unless the two quotes' own group already shows how they differ.
 */
function passageVariants(
  clusters: Member[][],
  withVariant: Set<Member[]>,
  tokensOf: (text: string) => Token[],
): QuoteVariant[] {
  const all = clusters.flatMap((cluster) => cluster.map((member) => ({ member, cluster })));
  // A passage opening in lower case after an ellipsis goes on a sentence whose start was cut: alone it can say
  // the opposite (“I don’t… establish any standards” shown as “establish any standards”), so it is never shown
  // as a version of its own.
  const passagesOf = (member: Member) =>
    elidedPieces(member.words)
      .filter((piece) => tokensOf(piece.words).length >= MIN_WORDS)
      .map((piece, index) => ({ ...piece, continues: index > 0 && /^\p{Ll}/u.test(piece.words) }));
  const out: QuoteVariant[] = [];
  const seen = new Set<string>();
  for (const a of all) {
    const passages = passagesOf(a.member);
    if (passages.length < 2) continue;
    for (const b of all) {
      if (b.member.source === a.member.source || (a.cluster === b.cluster && withVariant.has(a.cluster)))
        continue;
      if (!mayBeOneSpeaker(a.member.quote.speaker, b.member.quote.speaker)) continue;
      for (const x of passages) {
        if (x.continues) continue;
        for (const y of passagesOf(b.member)) {
          if (y.continues) continue;
          const [first, second] = bySource([
            { ...a.member, words: x.words },
            { ...b.member, words: y.words },
          ]);
          const key = `${first.source} ${first.words}\n${second.source} ${second.words}`;
          if (seen.has(key) || sameQuote(first.words, second.words, tokensOf) === 0) continue;
          seen.add(key);
          const diff = wordDiff(first.words, second.words);
          if (!changesInside(diff) || onlyQuotesLess(first.words, second.words)) continue;
          const named = [first, second].find((member) => isResolvedSpeaker(member.quote.speaker)) ?? first;
          out.push({
            speaker: named.quote.speaker,
            versions: [first, second].map(toVersion),
            diff: shownDiff(first.words, second.words),
          });
        }
      }
    }
  }
  return out;
}

function bySource(pair: [Member, Member]): [Member, Member] {
  return bySourceOrder(pair[0], pair[1]) <= 0 ? pair : [pair[1], pair[0]];
}

/** The same words given to two resolved names that are not one speaker. */
function attributionOf(cluster: Member[]): Disagreement | null {
  for (const [i, a] of cluster.entries()) {
    for (const b of cluster.slice(i + 1)) {
      if (!isResolvedSpeaker(a.quote.speaker) || !isResolvedSpeaker(b.quote.speaker)) continue;
      if (sameSpeaker(a.quote.speaker, b.quote.speaker)) continue;
      if (!sameWords(a.words, b.words)) continue;
      // Every source giving these same words to a resolved name is shown, in source order.
      const sides = cluster.filter(
        (member) =>
          isResolvedSpeaker(member.quote.speaker) &&
          sameWords(a.words, member.words) &&
          sameWords(b.words, member.words),
      );
      return {
        topic: `Who said “${shorten(a.words)}”`,
        kind: 'attribution',
        severity: 'high',
        note: sides.map((member) => `${member.source} attributes it to ${member.quote.speaker}`).join('; '),
        versions: sides.map(toVersion),
        foundBy: 'rule',
      };
    }
  }
  return null;
}

/**
 * One quote in the same words, or in words changed inside it ("our crews were met by" / "we were met by"),
 * at nearly the same length. Never a fragment against a longer version: when every difference is at an
 * edge, one source simply quotes more of the same speech, which says nothing about who spoke.
 */
export function sameWords(x: string, y: string): boolean {
  const a = tokenize(x).length;
  const b = tokenize(y).length;
  const ratio = Math.min(a, b) / Math.max(a, b);
  if (!changesInside(wordDiff(x, y))) return ratio >= NESTED_MIN_LENGTH_RATIO;
  return ratio >= SAME_WORDS_MIN_LENGTH_RATIO && closeness(x, y).similarity >= SAME_WORDS_MIN_SIMILARITY;
}

/**
 * A change inside the quote, between words both sources share; punctuation and case alone are no change, and
 * nor is quoting less (quoted-less.ts): a later sentence alone, or passages cut with an ellipsis.
 * One speaker's quote only: two named people saying alike ("release the full report" from two candidates)
 * are two quotes, and shown under one name they would put words in the other's mouth. (The same words given
 * to two people are an attribution flag, above.)
 */
function variantOf(cluster: Member[]): QuoteVariant | null {
  const named = cluster.find((member) => isResolvedSpeaker(member.quote.speaker));
  // A quote under a description ("an AARP spokeswoman", "the letter") joins a named speaker's only in nearly
  // the same words: reworded as well, it is as likely another person's statement of the same line, and shown
  // with the named one it read as a misattribution.
  const members = named
    ? cluster.filter((member) =>
        isResolvedSpeaker(member.quote.speaker)
          ? sameSpeaker(member.quote.speaker, named.quote.speaker)
          : sameSpeaker(member.quote.speaker, named.quote.speaker) || sameWords(member.words, named.words),
      )
    : cluster;
  for (const [i, a] of members.entries()) {
    for (const b of members.slice(i + 1)) {
      const diff = wordDiff(a.words, b.words);
      // A pair where one source only quotes less is no change; another pair of the group may still be one.
      if (!changesInside(diff) || onlyQuotesLess(a.words, b.words) || twoSentences(diff)) continue;
      // The diff reads from the first version to the second: the pair that differs leads.
      const rest = members.filter((member) => member !== a && member !== b);
      return {
        speaker: (named ?? a).quote.speaker,
        versions: [a, b, ...rest].map(toVersion),
        diff: shownDiff(a.words, b.words),
      };
    }
  }
  return null;
}

function changesInside(diff: ReturnType<typeof wordDiff>): boolean {
  const first = diff.findIndex((token) => token.op === 'same');
  const last = diff.findLastIndex((token) => token.op === 'same');
  if (first < 0) return false;
  // Each stretch of changed words between shared ones; a number spelled out on one side only is no change, nor a
  // contraction or a starred-out word (spoken-forms.ts).
  let removed = '';
  let added = '';
  for (const token of diff.slice(first + 1, last + 1)) {
    if (token.op === 'removed') removed += ` ${token.text}`;
    else if (token.op === 'added') added += ` ${token.text}`;
    else if (removed || added) {
      if (!sameNumberWritten(removed, added) && !sameSpokenForm(removed, added)) return true;
      removed = '';
      added = '';
    }
  }
  return false;
}

function toVersion(member: Member): SourceVersion {
  return { source: member.source, text: member.words, ref: member.quote.id };
}

function shorten(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 8 ? text : `${words.slice(0, 8).join(' ')}…`;
}
