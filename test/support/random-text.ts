// Reproducible random strings over a chosen alphabet (a linear congruential generator from a seed): a scanner is
// held to the regular expression it replaces on thousands of them, the same strings on every run.
export function randomText(alphabet: readonly string[], seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text;
}
