// "They said": the group the text just before names ("Republicans", "the senators"), or no one. Kept apart
// from resolve-speaker.ts, which asks it for every "they" it meets.
import { isAbbreviation } from './abbreviation-dot.ts';
import { PHRASE_STOP } from './noun-phrase.ts';
import { isPersonNoun } from './speaker-like.ts';

/**
 * The people a "they" stands for, named as a group just before it: a plural of a role or a group word
 * ("lawmakers", "Senate Democrats"). In the sentence of "they", the group named last before it; in the one
 * before, the group named as its source ("according to …") or else first, its subject. Two named people joined
 * by "and" are left alone: "they" may be either pairing, and the sheet never guesses.
 */
export function nearestGroup(text: string, at: number): string | null {
  const before = text.slice(outsideQuote(text, Math.max(0, at - 300), at), at);
  const sentences = joinAtAbbreviations(before.split(/(?<=[.!?](?:[”"’]|'{1,2})?)\s+(?=[“"(]?\p{Lu})/u));
  // Never a group named inside a quote: "“Senior officials have stated …,” they said" is not the officials.
  // "GOP representatives castigated the bill as designed to help Democrats win. They said …" is the
  // representatives. "They" opening its sentence: the text before it is all the sentence before's.
  const opens = /[.!?][”"’]?\s*$/u.test(before);
  const own = opens ? [] : ownGroups((sentences.at(-1) ?? '').replace(QUOTED, ' '));
  if (own.length > 0) return own.at(-1) as string;
  const previous = (sentences.at(opens ? -1 : -2) ?? '').replace(QUOTED, ' ');
  // "… according to show insiders. They said …": the sources the sentence ends on.
  const according = previous.lastIndexOf('according to ');
  const sources = according >= 0 ? groupsIn(previous.slice(according)) : [];
  return sources[0] ?? groupsIn(previous)[0] ?? null;
}

/**
 * The groups named earlier in the sentence of "they". After a comma, the words before are what they said, and
 * the groups named there are whom it is about: "The chairman had named other commissioners who want him out,
 * they said, but …" (an editor's read). Unless a clause opening the sentence has a group for its subject:
 * "Though executives who know him say …, they also say …".
 */
function ownGroups(sentence: string): string[] {
  if (!/,\s*$/.test(sentence)) return groupsIn(sentence);
  const opening = /^(?:Though|Although|While|Whereas|When|Because|Since|If)\s+((?:[\p{L}’'-]+\s+){1,3})/u;
  return groupsIn(opening.exec(sentence)?.[1] ?? '');
}

/** The groups a stretch of text names, in order: plurals of a role or group word, with a capitalised modifier. */
function groupsIn(stretch: string): string[] {
  const words = [...stretch.matchAll(/[\p{L}’'-]+/gu)];
  const groups: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] as RegExpMatchArray)[0];
    const bare = word.toLowerCase();
    if (!bare.endsWith('s') || bare.endsWith('ss') || !isPersonNoun(bare)) continue;
    // "Ada Roe and Ian Marsh, both Democrats, met with reporters": what the two named are, and whom they met.
    const lead = stretch.slice(Math.max(0, (words[i]?.index ?? 0) - 30), words[i]?.index);
    if (/(?:,\s*(?:both|all)|\b(?:with|(?<!according )to))\s+(?:[\p{L}-]+\s+)?$/u.test(lead)) continue;
    // "Queens Rep. Joe Crowley": a capitalised plural before another capital is a place's or a body's name.
    if (i > 0 && /^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(words[i + 1]?.[0] ?? '')) continue;
    // Keep a capitalised modifier: "Senate Democrats", "House Republicans"; not a sentence's opening
    // "Though" or "Yet" ("Though analysts who met her say …, they also say").
    const modifier = words[i - 1]?.[0] ?? '';
    groups.push(
      /^\p{Lu}/u.test(modifier) &&
        i > 0 &&
        !/^(?:The|A|An|Some|Many|Most|Still|Yet|But|And|So|Now|Meanwhile|Instead)$/.test(modifier) &&
        !PHRASE_STOP.has(modifier.toLowerCase())
        ? `${modifier} ${word}`
        : word,
    );
  }
  return groups;
}

const QUOTED = /“[^”]*”|"[^"]*"/g;

/** Pieces split after "Mr." or "Gov." joined back: "Protesters gathered outside Mr. Vasko’s office." is one. */
function joinAtAbbreviations(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last !== undefined && isAbbreviation(last, last.length - 1)) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out;
}

/**
 * `from`, or just after the closing mark of a quote `from` falls inside: cut there, the window's first mark was a
 * closing one, the rest paired wrongly, and the words of a later quote were read as the reporter's ("our
 * Founders"). Marks are counted from the paragraph's start, where a quote opens.
 */
function outsideQuote(text: string, from: number, to: number): number {
  const lead = text.slice(text.lastIndexOf('\n', from) + 1, from);
  const straight = lead.split('"').length - 1;
  const inside = straight % 2 === 1 || lead.lastIndexOf('“') > lead.lastIndexOf('”');
  if (!inside) return from;
  const close = text.slice(from, to).search(straight % 2 === 1 ? /"/ : /”/);
  return close < 0 ? from : from + close + 1;
}
