// Different titles for the same person: "Deputy Transport Minister Karel Hanus" in one source, "Transport
// Minister Karel Hanus" in another. Only differences that misinform are flagged: a rank word one source
// drops or adds (deputy, vice, acting…), another portfolio for the same office (Transport / Interior
// Minister), the other side of a chamber (Majority / Minority Leader) or the other chamber (Senator /
// Representative). An abbreviation ("Sen." / "Senator") is the same title; a shorter title ("Minister" /
// "Transport Minister") says less, not something else; and "former" or "then-" takes a person out, since
// a title in the past is no rival to one in the present.
import type { Disagreement, SourceVersion } from '../../types.ts';
import type { SourceText } from './name-variants.ts';
import { insideQuotes } from './quoted-clauses.ts';
import { foldCase } from './text-similarity.ts';

const ABBREVIATIONS: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  congressman: 'representative',
  congresswoman: 'representative',
  gov: 'governor',
  lt: 'lieutenant',
  gen: 'general',
  sec: 'secretary',
  pres: 'president',
  atty: 'attorney',
  amb: 'ambassador',
};
const RANKS = new Set([
  'deputy',
  'vice',
  'acting',
  'assistant',
  'associate',
  'under',
  'lieutenant',
  'junior',
]);
const PORTFOLIOS = new Set(
  `transport foreign defence defense interior finance health justice education energy trade economy agriculture
  labor labour environment culture tourism housing treasury`.split(/\s+/),
);
const SIDES = new Set(['majority', 'minority']);
/**
 * Offices of one kind that are different posts under the law, and often swapped in print: a special
 * counsel is appointed under the Justice Department's rules, an independent counsel under a lapsed statute.
 */
const DISTINCT_OFFICES = [new Set(['special counsel', 'special prosecutor', 'independent counsel'])];
const CHAMBERS = new Set(['senator', 'representative']);
/** Office nouns a title ends in: what the person is. */
const HEADS = new Set(
  `minister secretary senator representative governor mayor president leader whip speaker chairman chairwoman
  chair counsel prosecutor director spokesman spokeswoman commissioner ambassador judge envoy general
  congressman congresswoman chancellor premier sen rep gov`.split(/\s+/),
);
/** Words that may stand in a title before the head, besides ranks and portfolios. */
const MODIFIERS = new Set(
  `prime special independent chief senior house senate state attorney general foreign white national security
  majority minority democratic republican us u.s`.split(/\s+/),
);
const PAST = /^(?:former|ex|then|late|onetime|outgoing|incoming|interim)$/;

interface Titled {
  source: string;
  /** The title and name as written: what a reader is shown. */
  text: string;
  /** The person's name as written. */
  name: string;
  words: string[];
}

const WORD = /[\p{L}][\p{L}.'’-]*/gu;

interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

function isTitleWord(key: string): boolean {
  const bare = key.replace(/^(?:then|ex)-/, '');
  return HEADS.has(bare) || RANKS.has(bare) || PORTFOLIOS.has(bare) || MODIFIERS.has(bare) || PAST.test(bare);
}

/** A capitalised word that is no title word: part of a name. */
function isNameWord(word: Word | undefined): boolean {
  return word !== undefined && /^\p{Lu}[\p{Ll}'’-]+$/u.test(word.text) && !isTitleWord(word.key);
}

export function findTitleDifferences(sources: SourceText[]): Disagreement[] {
  const byPerson = new Map<string, Titled[]>();
  const past = new Set<string>();
  const quoted = new Map(sources.map((source) => [source, insideQuotes(source.text)]));
  for (const source of sources) {
    const words: Word[] = [...source.text.matchAll(WORD)].map((m) => ({
      text: m[0].replace(/\.$/, ''),
      key: foldCase(m[0]).replace(/\.$/, ''),
      start: m.index,
      end: m.index + m[0].length,
    }));
    for (let i = 1; i < words.length - 1; i++) {
      // "Ivo Kresnik" or "Ivo K. Kresnik", right after a title word, and only then: a name's first word.
      const first = words[i] as Word;
      if (!isNameWord(first) || !isTitleWord((words[i - 1] as Word).key)) continue;
      let last = i + 1;
      if (/^\p{Lu}$/u.test(words[last]?.text ?? '')) last++;
      if (!isNameWord(words[last]) || isNameWord(words[last + 1])) continue;
      const title: Word[] = [];
      for (let k = i - 1; k >= 0 && title.length < 6; k--) {
        const word = words[k] as Word;
        // Title words run together: a comma or a full stop between them ends the title.
        const gap = source.text.slice(word.end, (title[0] ?? first).start);
        if (!/^\s+$/.test(gap) || !isTitleWord(word.key)) break;
        title.unshift(word);
      }
      add(source, title, first, words[last] as Word);
    }
    for (const [title, first, last] of appositives(source.text, words)) add(source, title, first, last);
  }
  /** A titled mention of "first … last", kept when the title ends in an office noun. */
  function add(source: SourceText, title: Word[], first: Word, last: Word): void {
    const person = `${first.key} ${last.key}`;
    const keys = title.map((w) => (/^(?:then|ex)-/.test(w.key) ? 'former' : w.key));
    if (keys.some((w) => PAST.test(w))) past.add(person);
    // A title inside a quotation is the speaker's, not the outlet's account of the office; one in the outlet's
    // brackets inside it ("[special prosecutor X]") is the outlet's own.
    if (quoted.get(source)?.[first.start] === 1 && !inBrackets(source.text, first.start)) return;
    const normal = keys.map((w) => ABBREVIATIONS[w] ?? w);
    if (!HEADS.has(normal.at(-1) as string) && !HEADS.has(keys.at(-1) as string)) return;
    // The title before the name ("Deputy Minister Ivo Kresnik") or after it ("Ivo Kresnik, the minister").
    const from = Math.min((title[0] as Word).start, first.start);
    const to = Math.max((title.at(-1) as Word).end, last.end);
    const list = byPerson.get(person) ?? [];
    list.push({
      source: source.sheet.id,
      text: source.text.slice(from, to),
      name: source.text.slice(first.start, last.end),
      words: normal,
    });
    byPerson.set(person, list);
  }
  const out: Disagreement[] = [];
  for (const [person, titled] of byPerson) {
    if (past.has(person)) continue;
    const item = conflict(titled);
    if (item) out.push(item);
  }
  return out;
}

/** Whether `at` stands inside square brackets: an editor's insertion, within a short reach. */
function inBrackets(text: string, at: number): boolean {
  const open = text.lastIndexOf('[', at);
  return open >= 0 && at - open <= 60 && text.lastIndexOf(']', at) < open;
}

/** "Ivo K. Kresnik Jr." after a word that is no part of a name. */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;

/**
 * "Ivo K. Kresnik, the deputy minister, said": a name, a comma, "the", title words ending in an office noun,
 * then a comma or a full stop. A title that goes on ("the minister of …", "the minister's") is another
 * post's description, not read.
 */
function appositives(text: string, words: Word[]): [Word[], Word, Word][] {
  const out: [Word[], Word, Word][] = [];
  for (let i = 0; i < words.length - 3; i++) {
    const first = words[i] as Word;
    if (!isNameWord(first) || isNameWord(words[i - 1])) continue;
    let last = i + 1;
    if (/^\p{Lu}$/u.test(words[last]?.text ?? '')) last++;
    const next = words[last + 1];
    if (!isNameWord(words[last]) || (isNameWord(next) && !SUFFIX.test(next?.text ?? ''))) continue;
    let end = last;
    if (SUFFIX.test(words[end + 1]?.text ?? '')) end++;
    const the = words[end + 1];
    if (the?.key !== 'the' || !/^,\s+$/.test(text.slice((words[end] as Word).end, the.start))) continue;
    const title: Word[] = [];
    for (let k = end + 2; k < words.length && title.length < 6; k++) {
      const word = words[k] as Word;
      const gap = text.slice((title.at(-1) ?? the).end, word.start);
      if (!/^\s+$/.test(gap) || !isTitleWord(word.key)) break;
      title.push(word);
    }
    const after = title.at(-1);
    if (!after || !/^[,.;:)]/.test(text.slice(after.end))) continue;
    out.push([title, first, words[last] as Word]);
  }
  return out;
}

/**
 * The person's titles when two sources contradict and neither also gives the other's title: one version
 * per source (its first titled mention), so every source's words are shown.
 */
function conflict(titled: Titled[]): Disagreement | null {
  const bySource = new Map<string, Titled[]>();
  for (const t of titled) bySource.set(t.source, [...(bySource.get(t.source) ?? []), t]);
  const firsts = [...bySource.values()].map((list) => list[0] as Titled);
  for (const x of firsts) {
    for (const y of firsts) {
      if (x.source >= y.source) continue;
      const why = differ(x.words, y.words);
      if (!why) continue;
      const xs = bySource.get(x.source) as Titled[];
      const ys = bySource.get(y.source) as Titled[];
      // A source that also gives the other's title does not contradict it.
      if (xs.some((t) => !differ(t.words, y.words)) || ys.some((t) => !differ(t.words, x.words))) continue;
      return toDisagreement(firsts, x, y, why);
    }
  }
  return null;
}

function differ(a: string[], b: string[]): string | null {
  const [headA, headB] = [a.at(-1) as string, b.at(-1) as string];
  if (CHAMBERS.has(headA) && CHAMBERS.has(headB) && headA !== headB) return 'chamber';
  const [officeA, officeB] = [a.slice(-2).join(' '), b.slice(-2).join(' ')];
  if (officeA !== officeB && DISTINCT_OFFICES.some((set) => set.has(officeA) && set.has(officeB)))
    return 'office';
  if (headA !== headB) return null;
  const pick = (words: string[], set: Set<string>) =>
    words
      .filter((w) => set.has(w))
      .sort()
      .join(' ');
  if (pick(a, RANKS) !== pick(b, RANKS)) return 'rank';
  const [pa, pb] = [pick(a, PORTFOLIOS), pick(b, PORTFOLIOS)];
  if (pa !== '' && pb !== '' && pa !== pb) return 'portfolio';
  const [sa, sb] = [pick(a, SIDES), pick(b, SIDES)];
  if (sa !== '' && sb !== '' && sa !== sb) return 'side';
  return null;
}

function toDisagreement(all: Titled[], x: Titled, y: Titled, why: string): Disagreement {
  const versions: SourceVersion[] = all.map((t) => ({ source: t.source, text: t.text, ref: null }));
  const what = {
    office: 'different offices',
    rank: 'different ranks',
    portfolio: 'different offices',
    side: 'different posts',
    chamber: 'different chambers',
  }[why];
  return {
    topic: `Title of ${x.name}`,
    kind: 'title',
    // Another office of the same kind misnames the post; another rank or chamber misstates the person's.
    severity: why === 'office' ? 'low' : 'medium',
    note: `${all.map((t) => `${t.source} “${t.text}”`).join('; ')}: ${x.source} and ${y.source} give ${what}.`,
    versions,
    foundBy: 'rule',
  };
}
