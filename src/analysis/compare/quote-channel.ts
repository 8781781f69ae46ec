// The same quote said to come by different channels: “…,” she said in a statement, against she tweeted
// that “…”. Both may hold (a statement is often posted too), so it is shown low, as what each source says.
// The channel is read only where the source ties it to the quote: in the quote's paragraph, outside quotation
// marks, no later than the end of the quote's sentence, in a sentence that names the speaker.
import type { Disagreement } from '../../types.ts';
import { escapeRegExp } from '../../util/reg-exp.ts';
import type { Member } from './quote-alignment.ts';
import { insideQuotes } from './quoted-clauses.ts';
import { foldCase, speakerKey } from './text-similarity.ts';

const CHANNELS: [string, RegExp][] = [
  ['statement', /\b(?:in|issued) a (?:written )?statement\b/i],
  ['tweet', /\b(?:tweeted|in a tweet|on Twitter)\b/i],
  ['Facebook post', /\b(?:on Facebook|in a Facebook post)\b/i],
  ['interview', /\bin an interview\b/i],
  ['news conference', /\bat (?:a|an|the) (?:news|press) (?:conference|briefing)\b/i],
  ['speech', /\bin (?:a|his|her) speech\b|\bon the (?:Senate|House) floor\b/i],
];

interface Channel {
  name: string;
  /** The sentence that names the channel: what a reader is shown. */
  sentence: string;
}

export function findQuoteChannels(clusters: Member[][], bodies: Map<string, string>): Disagreement[] {
  const out: Disagreement[] = [];
  for (const cluster of clusters) {
    const read = cluster.flatMap((member) => {
      const channel = channelOf(member, bodies.get(member.source) ?? '');
      return channel ? [{ member, channel }] : [];
    });
    const names = new Set(read.map((r) => r.channel.name));
    if (names.size < 2) continue;
    out.push({
      topic: `How the words were given: ${[...names].join(' or ')}`,
      kind: 'other',
      severity: 'low',
      note: `${read.map((r) => `${r.member.source}: ${r.channel.name}`).join('; ')}. Both may hold; the sources name different channels.`,
      versions: read.map((r) => ({ source: r.member.source, text: r.channel.sentence, ref: null })),
      foundBy: 'rule',
    });
  }
  return out;
}

function channelOf(member: Member, body: string): Channel | null {
  const span = member.quote.span;
  if (span === null) return null;
  const key = speakerKey(member.quote.speaker);
  if (key === '') return null;
  const paragraphStart = body.lastIndexOf('\n', span.start) + 1;
  const sentenceEnd = /[.!?][”"’]?(?=\s|$)/.exec(body.slice(span.end));
  const to = sentenceEnd ? span.end + sentenceEnd.index + sentenceEnd[0].length : body.length;
  const paragraphEnd = body.indexOf('\n', span.end);
  const region = body.slice(paragraphStart, paragraphEnd < 0 ? to : Math.min(to, paragraphEnd));
  const inside = insideQuotes(region);
  let found: Channel | null = null;
  for (const sentence of sentencesOf(region)) {
    if (!new RegExp(`\\b${escapeRegExp(key)}\\b`, 'i').test(foldCase(sentence.text))) continue;
    for (const [name, pattern] of CHANNELS) {
      const match = pattern.exec(sentence.text);
      if (!match || inside[sentence.start + match.index] === 1) continue;
      // The nearest channel before the quote, or in its own sentence.
      found = { name, sentence: sentence.text.trim() };
    }
  }
  return found;
}

function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = 0;
  // "Mr. Lind said" is one sentence: a title's full stop ends none.
  for (const end of text.matchAll(
    /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St))[.!?][”"’]?(?=\s+[“"‘]?\p{Lu})/gu,
  )) {
    out.push({ text: text.slice(from, end.index + end[0].length), start: from });
    from = end.index + end[0].length;
  }
  out.push({ text: text.slice(from), start: from });
  return out;
}
