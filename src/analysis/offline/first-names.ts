// Given names with a usual gender, so "she said" can skip past a man named just before.
// A name missing from these lists is "unknown" and stays compatible with either pronoun: the lists only
// ever narrow the choice, never invent one. Drawn from names common across English-language news.
// These lists are read before compromise's lexicon of given names, so a name it reads as the wrong gender
// ("Adel", "Jesse": women's names there) is listed here, or "he said" skips the man just named.

import { lowerCase } from './tokens.ts';

const MALE = `aaron adam adel adrian ahmed ali alan albert alex alexander alexei ali anders andre andrew andrei anthony antonio
aurel ben benjamin bernard bill bob boris brian bruce carl carlos charles chris christopher colin colm craig daniel
david dennis derek dmitry donald douglas eamon edward eitan elias emmanuel eric erik felix francis frank fred gareth
gary george giorgio graham grant greg gregory hamid hans harry hassan henry hugh ian idris igor ivan jack jacob
jake james jason javier jean jeff jeremy jesse jim joe johan john jonas jonathan jorge jose joseph juan julian karl
keith kevin khaled khalid klaus lars lee leo liam lucas luis marc marco marcus mario mark martin matthew max michael
mikael mike mohamed mohammed muhammad nathan neil nicholas nick nikolai olaf oliver omar oscar owen pablo patrick paul
pedro peter philip pierre rafael rasmus ray raymond richard rob robert roger ron ryan said sam samuel scott sean
sergei simon stefan stephen steve steven stuart thomas tim timothy tom tomasz tony tyler viktor vincent vladimir
walter william yaakov yoav yusuf yuri`;

const FEMALE = `ada agnes aisha alice amara amanda amy ana andrea angela anna anne annie barbara beatrice carla carmen
caroline catherine charlotte chloe claire clara dana daniela diana elena elin elizabeth ella emily emma eva fatima
fiona grace hana hanna hannah helen helga ines ingrid irene isabel jane janet jennifer jessica joan julia julie karen
kate kath katherine kathleen kirsty laura lena linda lisa louise lucy maria marie martha mary megan mira miriam monica
nadia natalia natasha nicole nina olga olivia patricia paula petra priya rachel rebecca rita rosa ruth sandra sara
sarah sharon siobhan sofia sophie susan tanya teresa victoria yasmin zara`;

const GENDERS = new Map<string, 'm' | 'f'>([
  ...MALE.split(/\s+/).map((name) => [name, 'm'] as const),
  ...FEMALE.split(/\s+/).map((name) => [name, 'f'] as const),
]);

/** The usual gender of a given name, folding accents ("Siobhán" → "siobhan"); null when not known. */
export function genderOfGivenName(name: string): 'm' | 'f' | null {
  // Plain ASCII has nothing to decompose: most names skip the Unicode pass.
  const folded = isPrintableAscii(name)
    ? lowerCase(name)
    : name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return GENDERS.get(folded) ?? null;
}

/** `/^[ -~]*$/`, read by code: every character printable ASCII (space to tilde). */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code > 126) return false;
  }
  return true;
}
