// "Mayor Ruiz wrote a letter to Gov. Tomas Reyes asking …": a name after "to", past a verb or a noun of writing, is
// the one written to, never the one a participle after it speaks for. Not after other verbs: in "Ruiz listened to
// Reyes saying …" or "a reporter talking to Reyes saying …" Reyes speaks.
import { lowerOf, type Token } from './tokens.ts';

/** Whether the name opening at `start`, past its title ("Attorney General"), is the one written to. */
export function isAddressed(tokens: readonly Token[], start: number): boolean {
  let k = tokens.findIndex((t) => t.start === start);
  while (k > 0 && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')) k--;
  if (k < 1 || tokens[k - 1]?.text !== 'to') return false;
  // "wrote to", "sent a letter to", "a memo to": within four words before "to".
  for (let j = k - 2; j >= 0 && j >= k - 5; j--) if (WRITING.has(lowerOf(tokens[j]))) return true;
  return false;
}

const WRITING = new Set(
  `wrote write writes writing sent send sends sending letter letters note memo email e-mail message petition
  petitioned appeal appealed complaint`.split(/\s+/),
);
