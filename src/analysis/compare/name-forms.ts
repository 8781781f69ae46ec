// People the sources name differently, beyond spelling:
//   - the same person in another form: a middle initial, a suffix or a nickname ("Jim Clyburn" / "James E.
//     Clyburn", "Cesar Sayoc" / "Cesar Sayoc Jr."): one low-severity item for the whole comparison, since
//     it misleads no one but a copy editor wants it;
//   - a different first name with the same surname, in the same story ("Rep. Loretta Sanchez won…" /
//     "Representative Linda T. Sánchez … defeated"): two people, so one source may have the wrong one.
// Only full names written with a given name, outside quotations, are read, and only spellings found verbatim
// are shown.
import type { Disagreement, SourceVersion } from '../../types.ts';
import { genderOfGivenName } from '../offline/first-names.ts';
import type { SourceText } from './name-variants.ts';
import { insideQuotes } from './quoted-clauses.ts';
import { isCalendarWord, isFunctionWord } from './resolved-speaker.ts';
import { foldCase, isSpellingVariant } from './text-similarity.ts';

/** Runs of capitalised words (initials and "Jr." included): a person's name is the end of one. */
const RUN =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]*\.?(?:(?:\s+|,\s+(?=(?:Jr|Sr)\.|I{2,3}\b|IV\b))\p{Lu}[\p{L}’'-]*\.?)*/gu;
const SUFFIX = /^(?:Jr\.|Sr\.|II|III|IV)$/;
const INITIAL = /^\p{Lu}\.$/u;
const GIVEN = /^\p{Lu}\p{Ll}+$/u;
const SURNAME = /^\p{Lu}[\p{Ll}’'-]*\p{Ll}$/u;
/** Capitalised words that come before names without being given names. */
const NOT_GIVEN = new Set(
  'president senator sen rep representative gov governor mr mrs ms dr minister secretary speaker leader mayor judge justice general gen chairman chairwoman house senate white democrat democrats democratic republican republicans state states united new north south east west vice deputy former attorney counsel special majority minority chief director agent officer sheriff commissioner prime first lady lord sir saint st fort lake mount port national federal supreme court department ministry foreign defense defence interior justice'.split(
    ' ',
  ),
);
/** A person's title just before the name: evidence that "Loretta Sanchez" is a person, not a place. */
const PERSON_TITLE =
  /(?:Rep\.|Representative|Sen\.|Senator|Gov\.|Governor|Mr\.|Mrs\.|Ms\.|Dr\.|President|Secretary|Minister|Mayor|Judge|Justice|Gen\.|General|Speaker|Leader|congressman|congresswoman|Congressman|Congresswoman|spokesman|spokeswoman|adviser|advisor|aide|director|chairman|chairwoman)\s+$/;

const NICKNAMES: Record<string, string> = {
  jim: 'james',
  jimmy: 'james',
  bob: 'robert',
  bobby: 'robert',
  rob: 'robert',
  bill: 'william',
  billy: 'william',
  will: 'william',
  mike: 'michael',
  chuck: 'charles',
  charlie: 'charles',
  tom: 'thomas',
  tommy: 'thomas',
  joe: 'joseph',
  dick: 'richard',
  rick: 'richard',
  dan: 'daniel',
  danny: 'daniel',
  dave: 'david',
  steve: 'steven',
  tony: 'anthony',
  ted: 'edward',
  ed: 'edward',
  liz: 'elizabeth',
  beth: 'elizabeth',
  kate: 'katherine',
  sam: 'samuel',
  ben: 'benjamin',
  chris: 'christopher',
  matt: 'matthew',
  nick: 'nicholas',
  pat: 'patrick',
  zack: 'zachary',
  zach: 'zachary',
  andy: 'andrew',
  alex: 'alexander',
  greg: 'gregory',
  jeff: 'jeffrey',
  jerry: 'gerald',
  larry: 'lawrence',
  don: 'donald',
  ron: 'ronald',
  jon: 'jonathan',
  tim: 'timothy',
  ken: 'kenneth',
  fred: 'frederick',
  hank: 'henry',
  newt: 'newton',
};

interface Mention {
  source: string;
  /** As written, e.g. "James E. Clyburn". */
  text: string;
  given: string;
  form: string;
  titled: boolean;
  /** The words of its sentence, for telling one story's people from another's. */
  context: Set<string>;
}

export function findNameForms(sources: SourceText[]): Disagreement[] {
  // surname (folded) → source → mentions
  const bySurname = new Map<string, Map<string, Mention[]>>();
  for (const source of sources) {
    // A name inside quotation marks is written as its speaker said it ("… committed by Donald J. Trump"), not
    // in the outlet's style.
    const quoted = insideQuotes(source.text);
    for (const run of source.text.matchAll(RUN)) {
      const found = personAtEnd(run[0]);
      if (!found) continue;
      const { given, surname, text, titleBefore } = found;
      const at = (run.index ?? 0) + run[0].lastIndexOf(text);
      if (quoted[at] === 1) continue;
      const before = source.text.slice(Math.max(0, at - 30), at);
      const mention: Mention = {
        source: source.sheet.id,
        text,
        given: foldCase(given),
        form: foldCase(text.replace(/[’']/g, "'")),
        titled: titleBefore || PERSON_TITLE.test(before),
        context: sentenceWords(source.text, at),
      };
      const key = foldCase(surname);
      const perSource = bySurname.get(key) ?? new Map<string, Mention[]>();
      perSource.set(mention.source, [...(perSource.get(mention.source) ?? []), mention]);
      bySurname.set(key, perSource);
    }
  }
  const minor: Mention[][] = [];
  const conflicts: Disagreement[] = [];
  for (const [surname, perSource] of bySurname) {
    if (perSource.size < 2) continue;
    const sides = [...perSource.values()];
    // "Hillary Rodham Clinton" / "Hillary Clinton" beside a "Bill Clinton": each person is read on their own.
    for (const person of byGivenName(sides)) {
      const forms = formDifference(person);
      if (forms) minor.push(forms);
    }
    const conflict = givenNameConflict(surname, sides);
    if (conflict) conflicts.push(conflict);
  }
  return minor.length > 0 ? [minorItem(minor), ...conflicts] : conflicts;
}

/** "Representative Linda T. Sánchez" → Linda, Sánchez, "Linda T. Sánchez", titled. */
function personAtEnd(
  run: string,
): { given: string; surname: string; text: string; titleBefore: boolean } | null {
  const words = run.replace(/[’']s$/u, '').split(/,?\s+/);
  let end = words.length;
  if (end > 2 && SUFFIX.test(words[end - 1] as string)) end--;
  const surname = words[end - 1] ?? '';
  let k = end - 2;
  while (k > 0 && INITIAL.test(words[k] as string)) k--;
  // "Hillary Rodham Clinton": a middle name after a known given name; the given name is the first.
  if (k > 0 && k < end - 1 && GIVEN.test(words[k] as string) && isKnownGivenName(words[k - 1] as string)) k--;
  const given = words[k] ?? '';
  if (k < 0 || !GIVEN.test(given) || !SURNAME.test(surname)) return null;
  if (NOT_GIVEN.has(given.toLowerCase()) || NOT_GIVEN.has(surname.toLowerCase())) return null;
  if (isFunctionWord(given) || isCalendarWord(given) || isCalendarWord(surname)) return null;
  const start = run.indexOf(`${given} `, run.length - words.slice(k).join(' ').length - 2);
  const text = run
    .slice(Math.max(start, 0))
    .replace(/[’']s$/u, '')
    .replace(/,$/, '');
  const titleBefore = k > 0 && NOT_GIVEN.has((words[k - 1] as string).replace(/\.$/, '').toLowerCase());
  return { given, surname, text, titleBefore };
}

function isKnownGivenName(word: string): boolean {
  return GIVEN.test(word) && !NOT_GIVEN.has(word.toLowerCase()) && genderOfGivenName(word) !== null;
}

function canonical(given: string): string {
  return NICKNAMES[given] ?? given;
}

/** The sides of one surname split by given name (its nickname one with it); only those two sources name. */
function byGivenName(sides: Mention[][]): Mention[][][] {
  const givens = new Set(sides.flat().map((m) => canonical(m.given)));
  if (givens.size === 1) return [sides];
  return [...givens]
    .map((given) =>
      sides.map((side) => side.filter((m) => canonical(m.given) === given)).filter((side) => side.length > 0),
    )
    .filter((person) => person.length >= 2);
}

/**
 * Some source writes the same person (same given name, or its nickname) in a form no other source uses.
 * A suffix alone is no other form: "Donald Trump Jr." may be the son of the "Donald Trump" of another source.
 */
function formDifference(sides: Mention[][]): Mention[] | null {
  const givens = new Set(sides.flat().map((m) => canonical(m.given)));
  if (givens.size !== 1) return null;
  const bare = (m: Mention) => m.form.replace(/,?\s+(?:jr\.|sr\.|ii|iii|iv)$/, '');
  if (new Set(sides.flat().map(bare)).size !== new Set(sides.flat().map((m) => m.form)).size) return null;
  const formsOf = sides.map((side) => new Set(side.map((m) => m.form)));
  const picked: Mention[] = [];
  for (const [i, side] of sides.entries()) {
    const others = formsOf.filter((_, j) => j !== i);
    const own = side.find((m) => others.every((forms) => !forms.has(m.form)));
    picked.push(own ?? (side[0] as Mention));
  }
  return new Set(picked.map((m) => m.form)).size >= 2 ? picked : null;
}

/**
 * One given name per source, different (not a nickname, not a spelling), each written with a person's title,
 * in sentences that tell of the same thing (two words in common besides the names).
 */
function givenNameConflict(surname: string, sides: Mention[][]): Disagreement | null {
  const givens = sides.map((side) => new Set(side.map((m) => canonical(m.given))));
  if (givens.some((set) => set.size !== 1)) return null;
  const [a, b] = sides as [Mention[], Mention[]];
  const x = a[0] as Mention;
  const y = b[0] as Mention;
  if (canonical(x.given) === canonical(y.given) || isSpellingVariant(x.given, y.given)) return null;
  const titledX = a.find((m) => m.titled);
  const titledY = b.find((m) => m.titled);
  if (!titledX || !titledY) return null;
  const shared = [...titledX.context].filter(
    (word) => titledY.context.has(word) && !word.startsWith(surname),
  );
  if (shared.length < 2) return null;
  return {
    topic: `Which ${titledX.text.split(/\s+/).at(-1)}: ${titledX.text} or ${titledY.text}`,
    kind: 'name',
    severity: 'medium',
    note: `${titledX.source} names ${titledX.text}; ${titledY.source} names ${titledY.text}, in the same part of the story: two different people.`,
    versions: [titledX, titledY].map(toVersion),
    foundBy: 'rule',
  };
}

function minorItem(groups: Mention[][]): Disagreement {
  const people = groups.map((group) => group.map((m) => `${m.source} “${m.text}”`).join(', '));
  return {
    topic: 'Name forms differ (minor)',
    kind: 'name',
    severity: 'low',
    note: `The same people, written differently: ${people.join('; ')}.`,
    versions: groups.flat().map(toVersion),
    foundBy: 'rule',
    style: true,
  };
}

function toVersion(mention: Mention): SourceVersion {
  return { source: mention.source, text: mention.text, ref: null };
}

const STOP = new Set(
  'the a an of to in on at for and or but is are was were be been it its this that with by from as his her their he she they who which had has have said says will would'.split(
    ' ',
  ),
);

/** A sentence ends at ".", "!" or "?" and a space, but not after an initial ("Lena T. Quell"). */
const SENTENCE_END = /(?<!(?:^|[\s(])\p{Lu})[.!?]["”’]?\s|\n/gu;

function sentenceWords(text: string, at: number): Set<string> {
  const from = Math.max(0, at - 400);
  let start = from;
  let end = Math.min(text.length, at + 400);
  for (const mark of text.slice(from, end).matchAll(SENTENCE_END)) {
    const index = from + mark.index;
    if (index < at) start = index + mark[0].length;
    else {
      end = index;
      break;
    }
  }
  return new Set(
    text
      .slice(start, end)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length > 2 && !STOP.has(word))
      .map((word) => word.slice(0, 6)),
  );
}
