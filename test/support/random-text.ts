// Reproducible random strings over a chosen alphabet (a linear congruential generator from a seed): a scanner is
// held to the regular expression it replaces on thousands of them, the same strings on every run.
//
// The product is taken in 32-bit integer arithmetic (Math.imul): in doubles it passed 2^53 and lost its low
// bits, and a character picked by the low bits then repeated ("kaaaa…"; 43 of the 256 pairs of a 16-letter
// alphabet over 3,000 seeds). The character comes from the high bits, which an LCG mixes best.
export function randomText(alphabet: readonly string[], seed: number, length: number): string {
  let state = seed >>> 0;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    text += alphabet[(state >>> 16) % alphabet.length];
  }
  return text;
}
