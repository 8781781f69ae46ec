// Finds clauses two sources word almost alike ("X has led the group since 2002" / "…since 2003"): the
// ground on which one differing date, figure or name can be shown as the same statement told two ways.
// Pairing every clause with every other is quadratic in article length, so clauses are indexed on their
// rarer words and only clauses sharing several of them are compared.

import { multisetDice } from './text-similarity.ts';

export interface Clause {
  source: string;
  /** Where the clause starts in its source's text. */
  start: number;
  /** The source's own characters. */
  text: string;
  tokens: Token[];
}

export interface Token {
  /** As written. */
  text: string;
  /** Folded for comparison: lower case, curly apostrophes straight, thousands separators dropped. */
  key: string;
  /** Where the token starts in its clause's text. */
  at: number;
}

export interface ClausePair {
  a: Clause;
  b: Clause;
}

/** Clauses shorter than this say too little for a shared frame to prove one statement. */
const MIN_TOKENS = 5;
/** A word in more clauses than this of one source is no clue that two clauses say the same thing. */
const MAX_POSTINGS = 6;
/** Rare words two clauses must share before they are compared at all. */
const MIN_SHARED_RARE = 3;
/** Word overlap (Dice) of two clauses told the same way. */
const MIN_DICE = 0.6;

/** Clause ends: sentence ends, semicolons, colons, dashes and commas not inside a number ("1,400"). */
const CLAUSE_END = /[.!?;:]+(?=\s|$|["”’])|,(?!\d)|\s[—–-]{1,2}\s|—|\n+/g;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.,$%-]*[\p{L}\p{N}%]|[\p{L}\p{N}$]/gu;

export function clausesOf(source: string, text: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    // Quote marks and brackets at a clause's edges belong to the sentence around it, not to the clause.
    const raw = text.slice(start, end);
    const edge = /^[\s"“”‘’'([]+/u.exec(raw)?.[0].length ?? 0;
    const lead = edge;
    const body = raw.slice(edge).replace(/[\s"“”‘’'()[\]]+$/u, '');
    const tokens = tokensOf(body);
    if (tokens.length >= MIN_TOKENS) out.push({ source, start: start + lead, text: body, tokens });
  };
  for (const match of text.matchAll(CLAUSE_END)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return out;
}

export function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const written = m[0].replace(/[.,]$/, '');
    return { text: written, key: keyOf(written), at: m.index };
  });
}

function keyOf(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    key = word
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .replace(/(\d),(\d)/g, '$1$2');
    if (KEYS.size >= 20_000) KEYS.clear();
    KEYS.set(word, key);
  }
  return key;
}

/** keyOf memoised: every clause of every source is keyed word by word, and a story repeats its words (the
 * four string passes were most of clausesOf's time in the pipeline bench's profile). */
const KEYS = new Map<string, string>();

const STOP = new Set(
  'the a an of in on at to and or but was were is are be been by for with from as that this it its his her their he she they has have had not said says will would who which'.split(
    ' ',
  ),
);

function isRare(key: string): boolean {
  return key.length > 2 && !STOP.has(key) && !/\d/.test(key);
}

/** Every pair of clauses from two different sources that share most of their words. */
export function similarClauses(sources: { id: string; text: string }[]): ClausePair[] {
  return pairSimilar(sources.map((source) => clausesOf(source.id, source.text)));
}

/** Every pair of clauses, one from each of two sources' lists, that share most of their words. */
export function pairSimilar(clauses: Clause[][]): ClausePair[] {
  const pairs: ClausePair[] = [];
  for (let j = 1; j < clauses.length; j++) {
    const index = indexByRareWord(clauses[j] as Clause[]);
    for (let i = 0; i < j; i++) {
      for (const a of clauses[i] as Clause[]) {
        const shared = new Map<Clause, number>();
        for (const key of new Set(a.tokens.map((t) => t.key).filter(isRare))) {
          for (const b of index.get(key) ?? []) shared.set(b, (shared.get(b) ?? 0) + 1);
        }
        for (const [b, count] of shared) {
          if (count >= MIN_SHARED_RARE && multisetDice(a.tokens, b.tokens) >= MIN_DICE) pairs.push({ a, b });
        }
      }
    }
  }
  return pairs;
}

function indexByRareWord(clauses: Clause[]): Map<string, Clause[]> {
  const index = new Map<string, Clause[]>();
  for (const clause of clauses) {
    for (const key of new Set(clause.tokens.map((t) => t.key).filter(isRare))) {
      const list = index.get(key) ?? [];
      list.push(clause);
      index.set(key, list);
    }
  }
  for (const [key, list] of index) if (list.length > MAX_POSTINGS) index.delete(key);
  return index;
}

export interface Hunk {
  /** Token ranges [from, to) in each clause that differ; the rest of both clauses is word for word the same. */
  a: [number, number];
  b: [number, number];
  /** Tokens equal on both sides, around the hunk. */
  same: number;
}

/**
 * The one place two clauses differ, when there is exactly one: the longest common prefix and suffix of
 * their words leave a single differing stretch. Null when the clauses differ in more than one place.
 */
export function singleHunk(a: Token[], b: Token[]): Hunk | null {
  let head = 0;
  while (head < a.length && head < b.length && a[head]?.key === b[head]?.key) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail]?.key === b[b.length - 1 - tail]?.key
  )
    tail++;
  if (head === a.length && head === b.length) return null;
  return { a: [head, a.length - tail], b: [head, b.length - tail], same: head + tail };
}
