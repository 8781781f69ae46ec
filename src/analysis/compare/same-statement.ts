// The same statement with one thing changed: two sources word a clause alike but for one year, date,
// weekday, figure or name ("has led the group since 2002" / "since 2003"; "met Deputy Foreign Minister
// Oryol" / "met Vashkin"). The shared frame is the proof that both sources speak of the same thing, so
// the difference is shown; a source that states both versions somewhere does not disagree.
import type { Disagreement, SourceSheet, SourceVersion } from '../../types.ts';
import { escapeRegExp } from '../../util/reg-exp.ts';
import { isPersonName } from '../offline/person-name-check.ts';
import {
  type Clause,
  type ClausePair,
  type Hunk,
  pairSimilar,
  similarClauses,
  singleHunk,
  type Token,
} from './clause-pairs.ts';
import type { SourceText } from './name-variants.ts';
import { sameNumberWritten } from './number-forms.ts';
import { alignStarts, insideQuotes, quotedClausesOf } from './quoted-clauses.ts';
import { isResolvedSpeaker } from './resolved-speaker.ts';
import { sameWordsAfter } from './same-after-clause.ts';
import { sameSpokenForm } from './spoken-forms.ts';
import { foldCase, isSpellingVariant, sameSpeaker } from './text-similarity.ts';

/** Words the two clauses must share around the difference: a frame, not a coincidence of a few words. */
const MIN_SAME_TOKENS = 4;
/**
 * A quoted fragment has no sentence of the source's own around it to share: the speaker's words in common
 * must carry the proof alone ("a gift to the landlords" / "a gift for the landlords" do not).
 */
const MIN_SAME_QUOTED = 6;
/** The differing stretch may hold a title before a name ("Deputy Foreign Minister Oryol"), no more. */
const MAX_HUNK_TOKENS = 5;

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
const FIGURE = /^\$?\d+(?:\.\d+)?%?$/;
const SCALE = /^(?:thousand|million|billion|trillion|percent)$/;
const TITLE =
  /^(?:deputy|vice|acting|assistant|foreign|interior|defen[cs]e|transport|finance|health|justice|trade|energy|minister|secretary|president|prime|chief|general|director|spokesman|spokeswoman|senator|sen|rep|representative|gov|governor|mayor|ambassador|envoy|counsel|commissioner|leader|chairman|chairwoman|mr|mrs|ms|dr)$/;

type Kind = 'date' | 'number' | 'name' | 'quote_wording';

export function findSameStatements(sources: SourceText[]): Disagreement[] {
  const bodies = new Map(sources.map((s) => [s.sheet.id, s.text]));
  const pairs: (ClausePair & { quotedOnly?: true })[] = [
    ...similarClauses(sources.map((s) => ({ id: s.sheet.id, text: s.text }))),
    // A fragment quoted inside a long sentence of its source is compared on the quoted words alone.
    ...pairSimilar(sources.map((s) => quotedClausesOf(s.sheet.id, s.text))).map(({ a, b }) => {
      const [x, y] = alignStarts(a, b);
      return { a: x, b: y, quotedOnly: true as const };
    }),
  ];
  const sheets = new Map(sources.map((s) => [s.sheet.id, s.sheet]));
  const quoted = new Map(sources.map((s) => [s.sheet.id, insideQuotes(s.text)]));
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  for (const pair of pairs) {
    const hunk = singleHunk(pair.a.tokens, pair.b.tokens);
    // A last word swapped inside two quotes that go on alike past the clause: those words frame it too.
    const past = pair.quotedOnly && hunk && lastWordsSwapped(pair, hunk) ? sameWordsAfter(pair, bodies) : 0;
    if (!hunk || !frameHolds(pair, hunk, (pair.quotedOnly ? MIN_SAME_QUOTED : MIN_SAME_TOKENS) - past))
      continue;
    const left = slice(pair.a.tokens, hunk.a);
    const right = slice(pair.b.tokens, hunk.b);
    const inQuote =
      hunkQuoted(pair.a, hunk.a, quoted.get(pair.a.source)) &&
      hunkQuoted(pair.b, hunk.b, quoted.get(pair.b.source));
    const kind =
      kindOf(left, right) ??
      (inQuote &&
      (interior(pair, hunk) || (pair.quotedOnly === true && lastWordsSwapped(pair, hunk))) &&
      wordingDiffers(pair, left, right)
        ? 'quote_wording'
        : null);
    if (!kind || sameNumberWritten(words(left), words(right))) continue;
    // One phrase in two people's mouths ("a gift to the landlords") is no quote worded two ways.
    if (kind === 'quote_wording' && speakersDiffer(pair, sheets)) continue;
    // A name in the subject's place may be two people saying the same thing; only the object of a verb
    // that gives a role ("met X", "appointed X") is one slot, and only people fill it.
    if (kind === 'name' && !(rolePlace(pair.a.tokens, hunk.a[0]) && bothPeople(pair, left, right, bodies)))
      continue;
    if (statesBoth(pair, bodies)) continue;
    // The same difference read in a sentence's clause and again in its quotation is shown once.
    const key = `${kind}:${pair.a.source}:${pair.b.source}:${words(left)}:${words(right)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(toDisagreement(kind, pair, words(left), words(right)));
  }
  return out;
}

/** Both clauses lie in quotes the sources give to resolved speakers, and those are two people. */
function speakersDiffer(pair: ClausePair, sheets: Map<string, SourceSheet>): boolean {
  const speakerOf = (clause: Clause) =>
    sheets
      .get(clause.source)
      ?.quotes.find((q) => q.span !== null && q.span.start <= clause.start && clause.start < q.span.end)
      ?.speaker;
  const [x, y] = [speakerOf(pair.a), speakerOf(pair.b)];
  return (
    x !== undefined && y !== undefined && isResolvedSpeaker(x) && isResolvedSpeaker(y) && !sameSpeaker(x, y)
  );
}

function slice(tokens: Token[], [from, to]: [number, number]): Token[] {
  return tokens.slice(from, to);
}

function words(tokens: Token[]): string {
  return tokens.map((t) => t.text).join(' ');
}

/** Enough words in common, some of them content words, and a short differing stretch on both sides. */
function frameHolds(pair: ClausePair, hunk: Hunk, minSame: number): boolean {
  const width = (range: [number, number]) => range[1] - range[0];
  if (width(hunk.a) === 0 || width(hunk.b) === 0) return false;
  if (width(hunk.a) > MAX_HUNK_TOKENS || width(hunk.b) > MAX_HUNK_TOKENS) return false;
  const frame = [...pair.a.tokens.slice(0, hunk.a[0]), ...pair.a.tokens.slice(hunk.a[1])].filter(
    (t) => t.key.length > 3,
  );
  return hunk.same >= minSame && frame.length >= 3;
}

function kindOf(left: Token[], right: Token[]): Kind | null {
  const l = left.map((t) => t.key);
  const r = right.map((t) => t.key);
  const all = [...l, ...r];
  if (all.every((k) => YEAR.test(k))) return l.length === 1 && r.length === 1 ? 'date' : null;
  // A weekday or a calendar date against another: "on Thursday" / "on Friday", "March 3" / "March 4".
  const calendar = (k: string) => WEEKDAY.test(k) || MONTH.test(k);
  if (all.some(calendar) && all.every((k) => calendar(k) || /^\d{1,2}$/.test(k))) return 'date';
  if (all.every((k) => FIGURE.test(k) || SCALE.test(k)) && !all.some((k) => YEAR.test(k))) {
    return l.some((k) => FIGURE.test(k)) && r.some((k) => FIGURE.test(k)) ? 'number' : null;
  }
  return namesDiffer(left, right) ? 'name' : null;
}

/**
 * Two different people in one slot: each side is a capitalised name, perhaps after a title, and the last
 * words are neither equal nor a spelling variant (a spelling is another flag's business).
 */
function namesDiffer(left: Token[], right: Token[]): boolean {
  const name = (tokens: Token[]) => {
    const words = tokens.filter((t) => !TITLE.test(t.key));
    if (words.length === 0 || words.length > 2) return null;
    if (!words.every((t) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text))) return null;
    return words;
  };
  const x = name(left);
  const y = name(right);
  if (!x || !y) return false;
  const surname = (words: Token[]) => foldCase((words.at(-1) as Token).text);
  const [p, q] = [surname(x), surname(y)];
  if (p === q || isSpellingVariant(p, q)) return false;
  // "Robert" against "Bob Keller": a first name against a full name may be the same person.
  return !x.some((t) => y.some((u) => foldCase(t.text) === foldCase(u.text)));
}

/** Verbs whose object is one person in one role: who was met, appointed, defeated. */
const ROLE_VERB =
  /^(?:met|meet|meets|meeting|talks|spoke|phoned|called|appointed|named|nominated|replaced|succeeded|succeeds|defeated|defeating|beat|elected|fired|dismissed|sacked|visited|received|hosted|welcomed)$/;

/** The differing name stands right after such a verb ("met", "held talks with"). */
function rolePlace(tokens: Token[], at: number): boolean {
  const before = tokens.slice(Math.max(0, at - 2), at).map((t) => t.key);
  const last = before.at(-1);
  return (
    (last !== undefined && ROLE_VERB.test(last)) ||
    (last === 'with' && before.length === 2 && ROLE_VERB.test(before[0] as string))
  );
}

/** Each side is a person: titled in the clause, or named in full somewhere in its source. */
function bothPeople(pair: ClausePair, left: Token[], right: Token[], bodies: Map<string, string>): boolean {
  const person = (source: string, tokens: Token[]) => {
    if (tokens.some((t) => TITLE.test(t.key))) return true;
    const surname = (tokens.at(-1) as Token).text;
    if (tokens.length === 2) return isPersonName(words(tokens));
    const body = bodies.get(source) ?? '';
    const full = new RegExp(`(\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}\\.)?\\s+${escapeRegExp(surname)}\\b`, 'gu');
    return [...body.matchAll(full)].some((m) => isPersonName(`${m[1]} ${surname}`));
  };
  return person(pair.a.source, left) && person(pair.b.source, right);
}

/** A source that has the other's clause word for word as well states both: no disagreement between them. */
function statesBoth(pair: ClausePair, bodies: Map<string, string>): boolean {
  const has = (source: string, clause: Clause) => (bodies.get(source) ?? '').includes(clause.text);
  return has(pair.a.source, pair.b) || has(pair.b.source, pair.a);
}

/** Every differing word of the clause lies inside a quotation in its source. */
function hunkQuoted(clause: Clause, [from, to]: [number, number], inside: Uint8Array | undefined): boolean {
  if (!inside) return false;
  return clause.tokens.slice(from, to).every((t) => inside[clause.start + t.at] === 1);
}

const CONTRACTIONS: [RegExp, string][] = [
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/'m\b/g, ' am'],
  [/\b(it|that|he|she|there|what|who)'s\b/g, '$1 is'],
  [/\bgonna\b/g, 'going to'],
  [/\bwanna\b/g, 'want to'],
  [/\bok\b/g, 'okay'],
];

/**
 * Another word, not another spelling: "win at" / "win in" differ; "I'd" / "I would", "work force" /
 * "workforce", "F.B.I." / "FBI" and a censored word ("f***ing") do not.
 */
function wordingDiffers(pair: ClausePair, left: Token[], right: Token[]): boolean {
  const norm = (tokens: Token[]) => {
    let text = tokens.map((t) => t.key).join(' ');
    for (const [pattern, by] of CONTRACTIONS) text = text.replace(pattern, by);
    // "one-in-three" is "1 in 3"; a dropped "that" changes no meaning.
    text = text.replace(/\p{L}+/gu, (word) => (word === 'that' ? '' : (NUMBER_WORDS[word] ?? word)));
    return text.replace(/[^\p{L}\p{N}]/gu, '');
  };
  if (pair.a.text.includes('*') || pair.b.text.includes('*')) return false;
  // "al-Qaddafi" / "Gadhafi": a name in two house styles (spoken-forms.ts).
  if (sameSpokenForm(words(left), words(right))) return false;
  const [x, y] = [norm(left), norm(right)];
  // "duty" / "duties": a plural is no other wording a reader needs to know about.
  const stem = (word: string) => word.replace(/ies$/, 'y').replace(/(?:es|s)$/, '');
  return x !== y && x !== '' && y !== '' && stem(x) !== stem(y);
}

const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((w, i) => [
    w,
    String(i),
  ]),
);

/**
 * The difference sits inside both clauses, with the same words before and after it: a clause cut at a
 * different place ("It's not enough…" / "But it is not enough…") is no change of wording.
 */
function interior(pair: ClausePair, hunk: Hunk): boolean {
  return (
    hunk.a[0] > 0 && hunk.b[0] > 0 && hunk.a[1] < pair.a.tokens.length && hunk.b[1] < pair.b.tokens.length
  );
}

/**
 * Quoted words alone, the same up to their last word or two, which each quote replaces: “… toward our harbour
 * homes” / “… toward our harbour flats”. A quote cut shorter drops words (one side empty); these swap them.
 */
function lastWordsSwapped(pair: ClausePair, hunk: Hunk): boolean {
  const a = hunk.a[1] - hunk.a[0];
  const b = hunk.b[1] - hunk.b[0];
  return (
    hunk.a[0] > 0 &&
    hunk.b[0] > 0 &&
    hunk.a[1] === pair.a.tokens.length &&
    hunk.b[1] === pair.b.tokens.length &&
    a >= 1 &&
    a <= 2 &&
    b >= 1 &&
    b <= 2
  );
}

const TOPICS: Record<Kind, string> = {
  date: 'Same statement, different date',
  number: 'Same statement, different figure',
  name: 'Same statement, different person',
  quote_wording: 'Same quote, different words',
};

function toDisagreement(kind: Kind, pair: ClausePair, left: string, right: string): Disagreement {
  const versions: SourceVersion[] = [
    { source: pair.a.source, text: pair.a.text, ref: null },
    { source: pair.b.source, text: pair.b.text, ref: null },
  ];
  return {
    topic: `${TOPICS[kind]}: “${left}” or “${right}”`,
    kind,
    severity: kind === 'quote_wording' ? 'low' : 'medium',
    note: `${pair.a.source} and ${pair.b.source} word this alike but for ${pair.a.source} “${left}” and ${pair.b.source} “${right}”.`,
    versions,
    foundBy: 'rule',
  };
}
