// Copy whose UTF-8 was once read as Windows-1252 or Latin-1 carries each accented letter as two or three
// symbols: "GuantÃ¡namo", "JuliÃ¡n", "â€™". Real archives and scraped pages hold such text, and a sheet that
// copies it shows a name in junk. Each such run is read back as the bytes it came from and decoded again.
// Only the runs such copy is made of are read (RUN): "São", "à la" and "£5" stay as written.

/** The Windows-1252 characters that stand for the bytes 0x80–0x9F (Latin-1 has control codes there). */
const CP1252_BYTES = new Map<string, number>([
  ['€', 0x80],
  ['‚', 0x82],
  ['ƒ', 0x83],
  ['„', 0x84],
  ['…', 0x85],
  ['†', 0x86],
  ['‡', 0x87],
  ['ˆ', 0x88],
  ['‰', 0x89],
  ['Š', 0x8a],
  ['‹', 0x8b],
  ['Œ', 0x8c],
  ['Ž', 0x8e],
  ['‘', 0x91],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
  ['•', 0x95],
  ['–', 0x96],
  ['—', 0x97],
  ['˜', 0x98],
  ['™', 0x99],
  ['š', 0x9a],
  ['›', 0x9b],
  ['œ', 0x9c],
  ['ž', 0x9e],
  ['Ÿ', 0x9f],
] as const);

/** A continuation byte as either encoding shows it. */
const CONTINUATION = `[\\u0080-\\u00BF${[...CP1252_BYTES.keys()].join('')}]`;
/**
 * Only the runs such copy is made of: "Ã" or "Â" and one byte, a Latin-1 letter or sign ("Ã¡" for á, "Â£"),
 * inside a word or before a letter; and "â€" and one byte, the curly quotes and dashes ("â€™" for ’). Other
 * lead bytes are letters of their own that real text sets before a quote or a space: "payé »", "groß“",
 * "JOSÉ’S" are left as written.
 */
const RUN = new RegExp(
  `(?<=\\p{L})[ÂÃ]${CONTINUATION}|[ÂÃ]${CONTINUATION}(?=\\p{L})|â€${CONTINUATION}`,
  'gu',
);
const UTF8 = new TextDecoder();

/**
 * The text with every mis-decoded character read again; the text itself when it has none. Every RUN is one
 * well-formed character's bytes (a lead of 0xC2, 0xC3 or 0xE2 0x80 and continuations), so each decodes whole.
 */
export function repairMojibake(text: string): string {
  return text.replace(RUN, (run) =>
    UTF8.decode(Uint8Array.from(run, (char) => CP1252_BYTES.get(char) ?? char.charCodeAt(0))),
  );
}
