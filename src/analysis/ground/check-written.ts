// Model-written prose (a summary, a fact statement, a headline, a judge's note) is checked like quotes: an
// article can tell the model to "report that X said …", and a model that obeys must not get its words shown.
// Prose passes only when every quoted passage is found in the source, and every figure and every name in it
// appears there too. What fails is left out, never repaired: the reader sees less, not something invented.
import { lowerCase } from '../offline/tokens.ts';
import { figuresOf } from './figures.ts';
import { locate, type PreparedText, prepareText } from './locate.ts';
import { namesOf } from './names-of.ts';
import { type TextWords, textWords } from './text-words.ts';

/** What a piece of prose is checked against: one source's text and headline, or several sources'. */
export interface WrittenCheck {
  texts: PreparedText[];
  /** The texts' words, lower-cased: what a name in the prose must be (text-words.ts). */
  words: TextWords;
  figures: Set<string>;
}

export function prepareCheck(texts: (string | null | undefined)[]): WrittenCheck {
  const present = texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '');
  return checkOfPrepared(present.map(prepareText));
}

/**
 * prepareCheck of texts already prepared: the grounding prepares the article's body and headline to find quotes
 * in, and the check shares them (and what they build on first need) rather than preparing each again. A blank
 * text or none is left out, as prepareCheck leaves it.
 */
export function checkOfPrepared(texts: (PreparedText | null)[]): WrittenCheck {
  const present = texts.filter((text): text is PreparedText => text !== null && text.text.trim() !== '');
  const figures = new Set<string>();
  for (const { text } of present) for (const figure of figuresOf(text)) figures.add(figure);
  return { texts: present, words: textWords(present.map(({ text }) => text)), figures };
}

/** Passages between quotation marks: straight or curly double quotes, guillemets, and curly single quotes. */
const QUOTED = /"([^"]+)"|“([^”]+)”|«([^»]+)»|„([^“”]+)[“”]|(?<![\p{L}\p{N}])‘([^’]+)’(?![\p{L}\p{N}])/gu;

/** Every mark QUOTED can open with; prose with none of them holds no quoted passage. */
const MAY_QUOTE = /["“«„‘]/;

/** The reasons a piece of prose cannot be shown; empty when it can. */
export function writtenProblems(prose: string, check: WrittenCheck): string[] {
  const problems: string[] = [];
  for (const quoted of quotedPassages(prose))
    if (!quoteFound(quoted, check)) problems.push(`quote not in the source: "${quoted}"`);
  for (const figure of figuresOf(prose)) {
    if (!check.figures.has(figure)) problems.push(`figure not in the source: ${figure}`);
  }
  for (const name of namesOf(prose)) {
    if (!nameFound(name, check)) problems.push(`name not in the source: ${name}`);
  }
  return problems;
}

/**
 * `writtenProblems(prose, check).length === 0`, stopping at the first problem: every fact's statement and every
 * summary sentence is asked, and the reasons' messages are only wanted where they are shown.
 */
export function passes(prose: string, check: WrittenCheck): boolean {
  for (const quoted of quotedPassages(prose)) if (!quoteFound(quoted, check)) return false;
  for (const figure of figuresOf(prose)) if (!check.figures.has(figure)) return false;
  for (const name of namesOf(prose)) if (!nameFound(name, check)) return false;
  return true;
}

/** The non-empty passages between quotation marks, trimmed. */
function quotedPassages(prose: string): string[] {
  const passages: string[] = [];
  // Most prose has no quotation mark: one character test spares it the five-way quotation pattern.
  if (!MAY_QUOTE.test(prose)) return passages;
  for (const match of prose.matchAll(QUOTED)) {
    const quoted = (match.slice(1).find((group) => group !== undefined) ?? '').trim();
    if (quoted !== '') passages.push(quoted);
  }
  return passages;
}

function quoteFound(quoted: string, check: WrittenCheck): boolean {
  return check.texts.some((text) => {
    const where = locate(quoted, text).match;
    return where === 'verbatim' || where === 'normalized';
  });
}

/**
 * Found as written when it can be (text-words.ts); else the name's lower case, from the tokeniser's memo: a
 * name cut from prose with a curly quote lowers slowly.
 */
function nameFound(name: string, check: WrittenCheck): boolean {
  return check.words.hasName(name, lowerCase);
}

/** A summary keeps the sentences that pass; one invented sentence does not cost the others. */
export function checkedSummary(summary: string, check: WrittenCheck): string {
  if (passesWhole(summary, check)) return summary;
  return splitSentences(summary)
    .filter((sentence) => passes(sentence, check))
    .join(' ');
}

/**
 * Whether the summary as a whole passes, and so is its own answer: most summaries (the offline engine's always)
 * are the article's sentences, and the split below, with its look-behinds, and a check per sentence cost more
 * than one check of the whole. Exact only when no quotation mark can open a passage (a quote may span two
 * sentences, so the whole can pair marks the sentences do not) and the whitespace is single spaces inside the
 * text (the split, trim and join give the summary back unchanged). Then the whole's figures are the sentences'
 * and its names include theirs (a sentence's first word is skipped alone, but only sometimes after the end
 * mark before it), so the whole passes only if every sentence does.
 */
function passesWhole(summary: string, check: WrittenCheck): boolean {
  if (MAY_QUOTE.test(summary) || NOT_SINGLE_SPACED.test(summary)) return false;
  return passes(summary, check);
}

/** Whitespace at either end, a run of two, or one other than a plain space. */
const NOT_SINGLE_SPACED = /^\s|\s$|\s\s|[^\S ]/;

/**
 * A space after a sentence's end. Its checks are ordered cheapest first, which changes nothing they accept: a
 * space (`(?=\s)`), then the end mark before it, and only then the abbreviation look-behind, which was tried at
 * every character of the summary.
 */
const SENTENCE_BREAK =
  /(?=\s)(?<=[.!?]["”’»]?)(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Rev|Jr|Sr|Prof|No)\.)\s+(?=["“‘«]?\p{Lu}|\p{N})/u;

/**
 * Never after an initial or a title's abbreviation: "Representative Anthony D. Weiner" split at "D." left the
 * summary a fragment ("Representative Anthony D.") when the rest failed its check.
 */
function splitSentences(text: string): string[] {
  return text
    .trim()
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
