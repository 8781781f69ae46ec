// Raw pasted text → one string per paragraph. Browsers paste paragraphs as lines (sometimes with blank lines
// between, sometimes not); e-mail and plain-text wires hard-wrap them at ~72 characters.

/** Invisible characters that break matching later and never carry meaning in prose. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[\t\u00a0\u2007\u202f\u3000 ]+/g, ' ');
}

/**
 * Split into paragraphs. A line break inside a blank-line-separated block is joined only when it is plainly
 * a hard wrap: the line does not end a sentence and the next one starts in lower case (or the block is made
 * of long, evenly wrapped lines). Otherwise each line stays its own paragraph.
 */
export function toParagraphs(raw: string): string[] {
  const blocks = normalizeText(raw)
    .split(/\n[ ]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
  const wrapped = looksHardWrapped(blocks);
  const paragraphs: string[] = [];
  for (const lines of blocks) {
    let current = lines[0] ?? '';
    for (const line of lines.slice(1)) {
      if (shouldJoin(current, line, wrapped)) {
        current = current.endsWith('-') && /^[a-z]/.test(line) ? `${current}${line}` : `${current} ${line}`;
      } else {
        paragraphs.push(current);
        current = line;
      }
    }
    paragraphs.push(current);
  }
  return paragraphs.map((paragraph) => paragraph.replace(/ {2,}/g, ' ').trim()).filter((p) => p !== '');
}

function shouldJoin(previous: string, next: string, wrapped: boolean): boolean {
  if (/[.!?…:]["'”’»)\]]*$/u.test(previous)) return false;
  if (wrapped) return !/^[-*•]\s/.test(next);
  // Unwrapped text: only a long line running on into a lower-case word is a broken sentence.
  return previous.length >= 40 && /^[a-z(]/.test(next) && !/^by\s/.test(next);
}

/**
 * Hard-wrapped text: the lines that continue onto another line are of a similar, fairly long length, and
 * many of them stop mid-sentence. Pastes with one paragraph per line fail the second test.
 */
function looksHardWrapped(blocks: string[][]): boolean {
  const continued = blocks.flatMap((lines) => lines.slice(0, -1));
  if (continued.length < 3) return false;
  const evenLength = continued.filter((line) => line.length >= 50 && line.length <= 100).length;
  const midSentence = continued.filter((line) => !/[.!?…:]["'”’»)\]]*$/u.test(line)).length;
  return evenLength / continued.length >= 0.8 && midSentence / continued.length >= 0.5;
}
