// "Bank of Norland Governor Ada Ruiz", "Council on Civic Relations Executive Director Omar Hadi": a body's
// name, a title and a person, in one run of capitals. Read as the body, the whole run was the speaker; the
// person is the one named, and the body and title are the role (entities.ts splits at the last title word).
import { TITLE_WORDS } from './lexicon.ts';
import { isCapitalised, lowerOf, type Token } from './tokens.ts';

/** The longest name read after the title: "Ada Ruiz", "Omar K. Hadi", "Ana de la Cruz" is cut short, rarely. */
const MAX_NAME_WORDS = 3;

/**
 * Whether a title word after the body's connector ("of", "for", "on" at `connector`) is followed to the run's
 * end by one to three capitalised words that name someone.
 */
export function titledNameAfterBody(tokens: Token[], connector: number): boolean {
  if (connector <= 0) return false;
  let title = -1;
  for (let i = connector + 2; i < tokens.length - 1; i++) if (TITLE_WORDS.has(lowerOf(tokens[i]))) title = i;
  if (title < 0) return false;
  const name = tokens.slice(title + 1);
  return name.length <= MAX_NAME_WORDS && name.every((t) => isCapitalised(t.text));
}
