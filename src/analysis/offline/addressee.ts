// "Mayor Ruiz wrote a letter to Gov. Tomas Reyes asking …": a name after "to" is the one written or spoken to,
// never the one a participle after it speaks for.
import type { Token } from './tokens.ts';

/** Whether the name opening at `start`, past its title ("Attorney General"), follows "to". */
export function isAddressed(tokens: readonly Token[], start: number): boolean {
  let k = tokens.findIndex((t) => t.start === start);
  while (k > 0 && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')) k--;
  return k > 0 && tokens[k - 1]?.text === 'to';
}
