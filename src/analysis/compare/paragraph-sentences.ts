// A source's sentences, each with its offset and its paragraph (a line of the text), for the rules that read
// a figure's or a tally's sentence and, when that one names too little, the sentence before it in the same
// paragraph. "Mr. Lind", "Rep. Forbes" end no sentence.

export interface ParagraphSentence {
  text: string;
  start: number;
  paragraph: number;
}

export function sentencesOf(text: string): ParagraphSentence[] {
  const out: ParagraphSentence[] = [];
  let paragraph = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    paragraph++;
    let from = 0;
    const body = line[0];
    for (const end of body.matchAll(/(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St))[.!?]["”]?\s+(?=["“]?\p{Lu})/gu)) {
      out.push({ text: body.slice(from, end.index + 1).trim(), start: line.index + from, paragraph });
      from = end.index + end[0].length;
    }
    out.push({ text: body.slice(from).trim(), start: line.index + from, paragraph });
  }
  return out;
}
