// "They said": the group the text just before names ("Republicans", "the senators"), or no one. Kept apart
// from resolve-speaker.ts, which asks it for every "they" it meets.
import { PHRASE_STOP } from './noun-phrase.ts';
import { isPersonNoun } from './speaker-like.ts';

/**
 * The nearest people named as a group in the text just before a "they": a plural of a role or a group word
 * ("lawmakers", "Senate Democrats"), in the same or the previous sentence. Two named people joined by "and"
 * are left alone: "they" may be either pairing, and the sheet never guesses.
 */
export function nearestGroup(text: string, at: number): string | null {
  const before = text.slice(outsideQuote(text, Math.max(0, at - 300), at), at);
  const sentences = before.split(/(?<=[.!?][”"’]?)\s+(?=[“"]?\p{Lu})/u);
  // Never a group named inside a quote: "“Senior officials have stated …,” they said" is not the officials.
  const reach = sentences.slice(-2).join(' ').replace(QUOTED, ' ');
  const words = [...reach.matchAll(/[\p{L}’'-]+/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = (words[i] as RegExpMatchArray)[0];
    const bare = word.toLowerCase();
    if (!bare.endsWith('s') || !isPersonNoun(bare)) continue;
    // Keep a capitalised modifier: "Senate Democrats", "House Republicans"; not a sentence's opening
    // "Though" or "Yet" ("Though analysts who met her say …, they also say").
    const modifier = words[i - 1]?.[0] ?? '';
    return /^\p{Lu}/u.test(modifier) &&
      i > 0 &&
      !/^(?:The|A|An|Some|Many|Most)$/.test(modifier) &&
      !PHRASE_STOP.has(modifier.toLowerCase())
      ? `${modifier} ${word}`
      : word;
  }
  return null;
}

const QUOTED = /“[^”]*”|"[^"]*"/g;

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
