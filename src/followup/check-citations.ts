// Checks a model's citations against the source texts with the same matcher as quotes
// (analysis/ground/locate.ts): a citation is kept only where its passage is found in the source it names,
// and what is kept is the source's own characters. Sentences left with no citation are dropped.
import { locate, type PreparedText, prepareText } from '../analysis/ground/locate.ts';
import type { AnswerSentence, Citation } from './answer.ts';
import type { KeptSource } from './kept-sources.ts';

export interface DraftSentence {
  text: string;
  citations: { source: string; quote: string }[];
}

export interface Checked {
  sentences: AnswerSentence[];
  dropped: number;
}

export function checkCitations(drafts: DraftSentence[], sources: KeptSource[]): Checked {
  const prepared = new Map<string, PreparedText>();
  const textOf = (id: string): PreparedText | undefined => {
    const source = sources.find((kept) => kept.sheet.id === id);
    if (!source) return undefined;
    let text = prepared.get(id);
    if (!text) {
      text = prepareText(source.text);
      prepared.set(id, text);
    }
    return text;
  };
  let dropped = 0;
  const sentences: AnswerSentence[] = [];
  for (const draft of drafts) {
    const citations: Citation[] = [];
    for (const cited of draft.citations) {
      const citation = checkOne(cited, textOf(cited.source.trim().toUpperCase()));
      if (citation === null) dropped += 1;
      // The same passage cited twice is shown once.
      else if (!citations.some((c) => c.source === citation.source && c.span.start === citation.span.start))
        citations.push(citation);
    }
    if (citations.length > 0 && draft.text.trim() !== '')
      sentences.push({ text: draft.text.trim(), citations });
  }
  return { sentences, dropped };
}

function checkOne(cited: { source: string; quote: string }, text: PreparedText | undefined): Citation | null {
  if (text === undefined) return null;
  const found = locate(cited.quote, text);
  if (found.match === 'not_found' || found.span === null) return null;
  return {
    source: cited.source.trim().toUpperCase(),
    text: text.text.slice(found.span.start, found.span.end),
    span: found.span,
    match: found.match,
  };
}
