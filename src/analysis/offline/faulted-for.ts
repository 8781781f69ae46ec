// "Reyes criticized Brenner for claiming that the levy was “…”": a participle of saying after "for" has the
// object of the verb before it for its subject, and the words are Brenner's; they were shown as the words of
// the one who criticized. Passive, "Brenner was faulted for saying “…”", the subject said them.
import { mentionAt } from './entities.ts';
import { BE_FORMS } from './lexicon.ts';
import type { Found } from './quote-tokens.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { isPastForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * The person named as the object before the "for" at region[forAt] ("criticized Brenner as out of touch for
 * …"), or the subject of a passive ("Brenner was faulted for …"); null when no person stands there.
 */
export function faultedFor(region: Token[], forAt: number, lo: number, ctx: PhraseContext): Found | null {
  const cue = lowerOf(region[forAt + 1]);
  for (let k = forAt - 1; k >= lo; k--) {
    const token = region[k] as Token;
    if (token.text === ',' || token.text === ';') return null;
    // The verb whose object is read: past it lies its subject, the one who faulted, unless it is passive.
    const word = lowerOf(token);
    if (!BE_FORMS.has(word) && isPastForm(token) && !BE_FORMS.has(lowerOf(region[k - 1]))) return null;
    const mention = mentionAt(ctx.registry, token.start);
    if (mention?.entity.kind === 'person') return { ref: { kind: 'mention', mention }, role: null, cue };
  }
  return null;
}
