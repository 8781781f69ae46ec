// Pasted article text → clean text plus the metadata the paste states.
// Conservative: furniture is removed only when it is unmistakable; an article sentence is never dropped.

export interface CleanedPaste {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  text: string;
  note: string | null;
}

export function cleanPaste(raw: string): CleanedPaste {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim());
  const paragraphs = lines.filter((line) => line !== '');
  const first = paragraphs[0] ?? '';
  // A headline is a short first line that does not end like a sentence.
  const isHeadline = first.length > 0 && first.length <= 160 && !/[.!?:"”]$/.test(first) && paragraphs.length > 1;
  const body = isHeadline ? paragraphs.slice(1) : paragraphs;
  return {
    title: isHeadline ? first : null,
    outlet: null,
    byline: null,
    publishedAt: null,
    text: body.join('\n\n'),
    note: null,
  };
}
