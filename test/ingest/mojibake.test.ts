// Copy once decoded with the wrong character set ("JuliÃ¡n") is read back to its letters before anything else
// sees it, and text that only looks similar ("São", "£5", "voilà“…") is left as written.
import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../src/ingest/ingest.ts';
import { repairMojibake } from '../../src/ingest/paste/mojibake.ts';

describe('mis-decoded copy', () => {
  it('reads two- and three-byte characters back, through Latin-1 and Windows-1252 alike', () => {
    expect(repairMojibake('Mayor JuliÃ¡n Ortega visited GuantÃ¡namo')).toBe(
      'Mayor Julián Ortega visited Guantánamo',
    );
    expect(repairMojibake('FranÃ§ois said itâ€™s â€œlateâ€\u009d')).toBe('François said it’s “late”');
  });

  it('leaves alone what is no mis-decoded character', () => {
    for (const text of [
      'São Paulo',
      'cost £5',
      'voilà“…',
      'café’s menu',
      'naÃ ̄ve',
      'payé\u00A0»',
      'groß“',
      'JOSÉ’S',
      'PERÚ”',
    ]) {
      expect(repairMojibake(text)).toBe(text);
    }
  });

  it('shows the repaired name in the article every later step reads', () => {
    const article = articleFromPaste(
      'Harbour vote\n\nMayor JuliÃ¡n Ortega said the ferry would run.',
      'paste',
    );
    expect(article.text).toBe('Mayor Julián Ortega said the ferry would run.');
  });
});
