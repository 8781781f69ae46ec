// An extractive summary: two or three of the article's own sentences, in article order.
// News puts the point first, so position weighs most, and a sentence that dates the event ("on Friday") is
// preferred: that is how a news lede reads, where a feature's scene-setting opening does not. Passed over:
// sentences that cannot stand alone (a pronoun or "This…" from outside them, see standalone.ts), that are
// mostly quotation, that are the outlet's own unattributed opinion, that are in the writer's own voice ("I",
// "me"), or that are too short or too long.
// Only body paragraphs are read, so furniture, captions and repeated headlines never reach the summary; a
// dateline ("WASHINGTON ―") and a leading "But" are left off the sentence shown.
import { wordLexicon } from './compromise-lexicon.ts';
import type { Entity, Registry } from './entities.ts';
import { readsOf } from './model-reads.ts';
import { type SentenceReads, trimmedHead } from './sentence-reads.ts';
import type { Sentence, TextModel } from './sentences.ts';
import { surnameFollows } from './shared-surname.ts';
import { lastIndexBefore } from './span-search.ts';
import { isGroupPlural } from './speaker-like.ts';
import { opensOnNamedBefore } from './standalone.ts';
import { namesInFull, namesStranger, storyPeople } from './summary-strangers.ts';
import { speaksAsWriter } from './writer-voice.ts';

const MIN_WORDS = 8;
const MAX_WORDS = 60;
/** Stop adding sentences past this many words: a summary is read in a Slack thread. */
const BUDGET_WORDS = 75;
const MAX_SENTENCES = 3;
const DATED =
  /\b(?:on |late |early )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|this week|last week)\b/i;

export function extractSummary(model: TextModel, registry: Registry): string {
  // The sentences are taken best score first (ties: earlier first), as sorting them all would give, but a
  // sentence is scored only while it could still come before the best one waiting: no score can pass
  // bestPossible(rank), which falls with the rank, so a long article's later sentences are never read.
  const reads = readsOf(model);
  const chosen: Scored[] = [];
  const waiting: Scored[] = [];
  let words = 0;
  let next = 0;
  // The people the story is about: counted once per article, and only when a candidate opens on a surname.
  let story: Set<Entity> | undefined;
  const storyPerson = (person: Entity) => {
    story ??= storyPeople(registry);
    return story.has(person);
  };
  while (chosen.length < MAX_SENTENCES) {
    let best = -1;
    for (let i = 0; i < waiting.length; i++) {
      const item = waiting[i] as Scored;
      const top = waiting[best];
      if (!top || item.score > top.score || (item.score === top.score && item.rank < top.rank)) best = i;
    }
    const top = waiting[best];
    if (next < model.sentences.length && (!top || top.score < bestPossible(next))) {
      const sentence = model.sentences[next] as Sentence;
      // Past two sentences, one too long for what is left of the budget would be passed over when its turn
      // came (words only grow): not scoring it keeps a long article from being read to its end for nothing.
      const fits = chosen.length < 2 || words + sentence.tokens.length <= BUDGET_WORDS;
      const value = fits ? score(model, reads, registry, sentence, next) : 0;
      if (value > 0) waiting.push({ sentence, rank: next, words: sentence.tokens.length, score: value });
      next++;
      continue;
    }
    if (!top) break;
    waiting.splice(best, 1);
    if (chosen.length >= 2 && words + top.words > BUDGET_WORDS) continue;
    const placed = (person: Entity) =>
      chosen.some((c) => c.rank < top.rank && namesInFull(registry, c.sentence, person)) ||
      storyPerson(person);
    if (namesStranger(registry, model.text, reads.start(top.rank), placed)) continue;
    // "The deal envisions …" says which deal only after the sentence that names it, one or two before it.
    const named = (c: Scored) => c.rank < top.rank && c.rank >= top.rank - 2;
    if (opensOnNamedBefore(reads.head(top.rank)) && !chosen.some(named)) continue;
    chosen.push(top);
    words += top.words;
  }
  return chosen
    .sort((a, b) => a.rank - b.rank)
    .map((item) => textOf(reads, item.rank))
    .join(' ');
}

interface Scored {
  sentence: Sentence;
  rank: number;
  words: number;
  score: number;
}

/** The highest score a sentence at this rank can get: score()'s arithmetic with every bonus applied. */
function bestPossible(rank: number): number {
  let value = 1 / (1 + rank * 0.6);
  value *= 1.2;
  if (rank < 6) value *= 1.5;
  return value;
}

function score(
  model: TextModel,
  reads: SentenceReads,
  registry: Registry,
  sentence: Sentence,
  rank: number,
): number {
  // Token count stands in for word count (punctuation included): cheap, and only thresholds use it.
  const words = sentence.tokens.length;
  if (words < MIN_WORDS || words > MAX_WORDS * 1.2) return 0;
  if (model.paragraphs[sentence.paragraph]?.headline) return 0;
  // The head as the key facts read it (sentence-reads.ts): their answers about it are kept for these asks.
  const start = reads.start(rank);
  const text = trimmedHead(reads.head(rank));
  // Mostly quotation, the cheapest test, first: the key facts pass over such a sentence unread.
  let quoted = 0;
  for (const quote of sentence.quotes) quoted += quote.end - quote.start;
  if (quoted / text.length > 0.4) return 0;
  if (reads.readsBadly(rank, text)) return 0;
  if (reads.echoes(rank)) return 0;
  if (reads.leans(registry, rank, start, text)) return 0;
  if (speaksAsWriter(model, sentence)) return 0;
  if (surnameBeforeName(registry, model.text, start)) return 0;
  let value = 1 / (1 + rank * 0.6);
  if (/\d/.test(text)) value *= 1.2;
  if (rank < 6 && DATED.test(text)) value *= 1.5;
  return value;
}

/**
 * "Shanahan is a former Boeing executive…" where the story has not yet said who Shanahan is: a sentence that
 * opens on a person known only by a surname so far leans on the story around it.
 */
function surnameBeforeName(registry: Registry, text: string, at: number): boolean {
  // Mentions are in text order: a binary search finds the first at or after `at`, and only those before it
  // can have named the person earlier.
  const firstAfter = lastIndexBefore(registry.mentions, at, (m) => m.start) + 1;
  const candidate = registry.mentions[firstAfter];
  const first = candidate && candidate.start < at + 2 ? candidate : undefined;
  if (!first || first.entity.kind === 'body') return false;
  // A bare surname the story has not used before this sentence ("Shanahan is…").
  if (!first.entity.name.includes(' ')) {
    if (peoplePlural(first.entity.name)) return false;
    // Only as the subject, followed by its verb: "Opposition leader Mira Dov" is not a bare surname.
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(first.end, first.end + 30))?.[1] ?? '';
    if (/^\p{Lu}{2,}$/u.test(first.entity.name) || !wordLexicon().verbs.has(next)) return false;
    return !namedBefore(registry, firstAfter, (m) => m.entity === first.entity);
  }
  if (first.entity.kind !== 'person') return false;
  const spelled = first.end - first.start;
  if (spelled >= first.entity.name.length || surnameFollows(text, first)) return false;
  // Named in full earlier: the reader of a summary still has not seen it, but the sentence is the story's
  // own introduction only when nothing before it names the person in full.
  return !namedBefore(
    registry,
    firstAfter,
    (m) => m.entity === first.entity && m.end - m.start >= first.entity.name.length,
  );
}

/**
 * "Americans should vote for …", "Voters say …": a plural of people opening a lede, no one's surname (read as
 * one, it kept the lede out of the summary). A plural of a word the lexicon holds, but not of a given name
 * ("Adams").
 */
function peoplePlural(name: string): boolean {
  const lower = name.toLowerCase();
  if (!lower.endsWith('s')) return false;
  const singular = lower.slice(0, -1);
  const lexicon = wordLexicon();
  return isGroupPlural(lower) || (lexicon.listed.has(singular) && !lexicon.given.has(singular));
}

/** Whether one of the first `count` mentions passes `test`: `some` over a prefix, without copying it. */
function namedBefore(
  registry: Registry,
  count: number,
  test: (m: Registry['mentions'][number]) => boolean,
): boolean {
  for (let i = 0; i < count; i++) if (test(registry.mentions[i] as Registry['mentions'][number])) return true;
  return false;
}

/** The sentence as shown: without its dateline or leading connective, starting with a capital. */
function textOf(reads: SentenceReads, index: number): string {
  const text = trimmedHead(reads.head(index));
  return text.charAt(0).toUpperCase() + text.slice(1);
}
