// Without an LLM: the source sentences that best match the question, ranked, each citing itself. Scored with
// BM25 over every sentence of every kept source, so a word that many sentences share (the event's own name)
// counts for little and a rare one (a figure, a person) for much.
import { buildTextModel, sentenceText } from '../analysis/offline/sentences.ts';
import type { AnswerSentence } from './answer.ts';
import type { KeptSource } from './kept-sources.ts';
import { questionTerms, sentenceTerms } from './terms.ts';

/** How many sentences an offline answer shows: enough to compare sources, few enough to read. */
export const OFFLINE_MAX_SENTENCES = 5;

interface Candidate {
  source: string;
  start: number;
  end: number;
  text: string;
  terms: string[];
}

const K1 = 1.2;
const B = 0.75;

export function offlineAnswer(question: string, sources: KeptSource[]): AnswerSentence[] {
  const wanted = [...new Set(questionTerms(question))];
  if (wanted.length === 0) return [];
  const candidates = sources.flatMap(sentencesOf);
  if (candidates.length === 0) return [];
  const documentsWith = new Map<string, number>();
  for (const candidate of candidates)
    for (const term of new Set(candidate.terms)) documentsWith.set(term, (documentsWith.get(term) ?? 0) + 1);
  const averageLength = candidates.reduce((sum, c) => sum + c.terms.length, 0) / candidates.length;
  const scored = candidates
    .map((candidate, order) => ({ candidate, order, score: bm25(candidate, wanted, documentsWith) }))
    .filter((entry) => entry.score > 0);
  function bm25(candidate: Candidate, terms: string[], df: Map<string, number>): number {
    let score = 0;
    for (const term of terms) {
      const frequency = candidate.terms.filter((t) => t === term).length;
      if (frequency === 0) continue;
      const n = df.get(term) ?? 0;
      const idf = Math.log(1 + (candidates.length - n + 0.5) / (n + 0.5));
      score +=
        (idf * frequency * (K1 + 1)) /
        (frequency + K1 * (1 - B + (B * candidate.terms.length) / Math.max(1, averageLength)));
    }
    return score;
  }
  // Best first; equal scores keep source order, so S1's sentence comes before S2's.
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, OFFLINE_MAX_SENTENCES).map(({ candidate }) => ({
    text: candidate.text,
    citations: [
      {
        source: candidate.source,
        text: candidate.text,
        span: { start: candidate.start, end: candidate.end },
        match: 'verbatim',
      },
    ],
  }));
}

/** A source's body sentences with their offsets: the sentence shown is the source's own characters. */
function sentencesOf(source: KeptSource): Candidate[] {
  const model = buildTextModel(source.text, null);
  return model.sentences.map((sentence) => {
    const text = sentenceText(model, sentence);
    return {
      source: source.sheet.id,
      start: sentence.start,
      end: sentence.end,
      text,
      terms: sentenceTerms(text),
    };
  });
}
