// The surname of a full name, shared by the registry and the rules that name speakers.

/** The surname: the last word, passing over a generational suffix ("George T. Vance III" is Vance). */
export function lastWord(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && /^(?:jr|sr|ii|iii|iv)\.?$/i.test(words.at(-1) ?? '')) words.pop();
  return words.at(-1) ?? name;
}
