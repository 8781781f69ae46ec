// CLI source arguments → pipeline inputs. Files are checked here (missing, binary, PDF, huge); one that
// cannot be read becomes an `unreadable` input, so it is listed with its reason in its place and the other
// sources go on. Only a link of another scheme is bad usage of the whole command.
import { readFile, stat } from 'node:fs/promises';
import { CopydeskError } from '../errors.ts';
import { isHttpUrl } from '../ingest/find-links.ts';
import type { SourceInput } from '../types.ts';

/** A pasted article is a few thousand words; anything beyond this is not an article. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export async function readSources(args: string[], stdin: () => Promise<Buffer>): Promise<SourceInput[]> {
  const inputs: SourceInput[] = [];
  for (const arg of args) {
    if (isHttpUrl(arg)) inputs.push({ kind: 'url', url: arg });
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      throw new CopydeskError(
        'usage',
        `Only http and https links can be read, not "${arg.split(':')[0]}:" links.`,
      );
    } else if (arg === '-')
      inputs.push(await orUnreadable('stdin', async () => decodeText(await stdin(), 'standard input')));
    else inputs.push(await orUnreadable(arg, () => readTextFile(arg)));
  }
  return inputs;
}

async function orUnreadable(label: string, read: () => Promise<string>): Promise<SourceInput> {
  try {
    return { kind: 'text', text: await read(), label };
  } catch (error) {
    return { kind: 'unreadable', label, error };
  }
}

async function readTextFile(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new CopydeskError('usage', `${path} is a folder; give the article files in it.`);
    size = info.size;
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    throw new CopydeskError('usage', `Cannot read ${path}: no such file.`, { cause: error });
  }
  if (size > MAX_FILE_BYTES) {
    throw new CopydeskError(
      'input_unreadable',
      `${path} is ${(size / 1024 / 1024).toFixed(1)} MB: too large to be one article.`,
    );
  }
  return decodeText(await readFile(path), path);
}

function decodeText(bytes: Buffer, label: string): string {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new CopydeskError(
      'input_unreadable',
      `${label} is a PDF. PDFs aren't supported yet; paste the text.`,
    );
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new CopydeskError('input_unreadable', `${label} is too large to be one article.`);
  }
  if (bytes.includes(0)) throw new CopydeskError('input_unreadable', `${label} is not a text file.`);
  return new TextDecoder('utf-8').decode(bytes);
}
