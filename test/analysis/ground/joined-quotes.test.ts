// One sentence of a speaker printed in two quotes around its credit is one line on the sheet, the credit
// marked as left out; two sentences, or parts between other words than a credit, stay apart. Every text here
// is written for the test.
import { describe, expect, it } from 'vitest';
import { groundAnalysis } from '../../../src/analysis/ground/ground-analysis.ts';
import { createOfflineEngine } from '../../../src/analysis/offline/offline-engine.ts';
import { articleFromPaste } from '../../../src/ingest/ingest.ts';
import type { RawAnalysis } from '../../../src/types.ts';

async function sheetOf(paragraphs: string[]) {
  const article = articleFromPaste(paragraphs.join('\n\n'), 'test');
  const { value } = await createOfflineEngine().extract(article);
  return groundAnalysis('S1', article, value, 'hash');
}

describe('a sentence quoted in two parts around its credit', () => {
  it('is one quote, its parts joined by an ellipsis where the credit stood', async () => {
    const sheet = await sheetOf([
      'Ada Kiel chairs the harbour board.',
      '“Backers of the other ferry plans,” Kiel added, “have spent their money on television and little else.”',
      '“Let us take this chance,” Ms. Kiel, the chairwoman, concluded, “to build the new pier.”',
      '“The risk,” said Ana Ruiz, a harbour economist who runs the forecasting unit at Varna College, “is that the ferries go.”',
    ]);
    const direct = sheet.quotes.filter((quote) => quote.kind === 'direct');
    expect(direct.map((quote) => [quote.speaker, quote.sourceText, quote.id])).toEqual([
      [
        'Ada Kiel',
        'Backers of the other ferry plans … have spent their money on television and little else.',
        'S1.Q1',
      ],
      ['Ada Kiel', 'Let us take this chance … to build the new pier.', 'S1.Q2'],
      ['Ana Ruiz', 'The risk … is that the ferries go.', 'S1.Q3'],
    ]);
    expect(direct[0]?.parts).toEqual([
      'Backers of the other ferry plans',
      'have spent their money on television and little else.',
    ]);
    expect(direct[0]?.match).toBe('normalized');
  });

  it('stays two quotes when the second starts a sentence of its own, or a capital opens it', async () => {
    const sheet = await sheetOf([
      'Ada Kiel chairs the harbour board, and Tomas Reyes runs the ferries.',
      '“The pier is ready,” Kiel said. “The crews are not.”',
      '“We will sail,” Kiel said, “Monday at dawn,” and Reyes agreed.',
    ]);
    const direct = sheet.quotes.filter((quote) => quote.kind === 'direct');
    expect(direct.map((quote) => quote.sourceText)).toEqual([
      'The pier is ready',
      'The crews are not.',
      'We will sail',
      'Monday at dawn',
    ]);
  });

  it('is found in the source when an engine writes it joined', () => {
    const article = articleFromPaste(
      '“Backers of the other ferry plans,” Kiel added, “have spent their money on television.”',
      'test',
    );
    const raw: RawAnalysis = {
      headline: null,
      outlet: null,
      summary: '',
      facts: [],
      quotes: [
        {
          speaker: 'Ada Kiel',
          role: null,
          text: 'Backers of the other ferry plans … have spent their money on television.',
          kind: 'direct',
          cue: 'added',
        },
      ],
    };
    expect(groundAnalysis('S1', article, raw, 'hash').quotes[0]?.match).toBe('normalized');
  });

  it('is never two speakers’ words spliced around two credits, however an engine writes it', () => {
    const article = articleFromPaste(
      [
        'The two clashed. “The port will close,” Ana Ruiz said, but Tomas Reyes said, “not this year.”',
        '“The plan is good,” Ana Ruiz said, and her critics replied, “it is a disaster.”',
      ].join('\n\n'),
      'test',
    );
    const quote = (text: string) => ({
      speaker: 'Ana Ruiz',
      role: null,
      text,
      kind: 'direct' as const,
      cue: 'said',
    });
    const raw: RawAnalysis = {
      headline: null,
      outlet: null,
      summary: '',
      facts: [],
      quotes: [quote('The port will close … not this year.'), quote('The plan is good … it is a disaster.')],
    };
    expect(groundAnalysis('S1', article, raw, 'hash').quotes.map((q) => q.match)).toEqual([
      'altered',
      'altered',
    ]);
  });
});

describe('the same words quoted from two speakers', () => {
  it('keeps the second speaker’s at its own place, joined to the rest of the sentence', async () => {
    const sheet = await sheetOf([
      'Ada Kiel spoke first in Varna on Monday. “We are ready,” Kiel said.',
      'Later, Tomas Reyes took the stage. “We are ready,” Reyes said, “but the money is not.”',
    ]);
    expect(sheet.quotes.map((quote) => [quote.speaker, quote.sourceText])).toEqual([
      ['Ada Kiel', 'We are ready'],
      ['Tomas Reyes', 'We are ready … but the money is not.'],
    ]);
  });

  it('gives each of three speakers the place of their own words, in order', async () => {
    const paragraphs = [
      '“We are ready,” Ada Kiel said, “and so is the port.”',
      '“We are ready,” Tomas Reyes said, “but the money is not.”',
      '“We are ready,” Ana Ruiz said, “if the council agrees.”',
    ];
    const sheet = await sheetOf(paragraphs);
    // Each paragraph's first quote starts one character in, past its mark.
    const starts = paragraphs.map((_, k) => paragraphs.slice(0, k).join('\n\n').length + (k > 0 ? 2 : 0) + 1);
    expect(sheet.quotes.map((quote) => [quote.speaker, quote.sourceText, quote.span?.start])).toEqual([
      ['Ada Kiel', 'We are ready … and so is the port.', starts[0]],
      ['Tomas Reyes', 'We are ready … but the money is not.', starts[1]],
      ['Ana Ruiz', 'We are ready … if the council agrees.', starts[2]],
    ]);
  });

  it('shows a quote printed twice under one speaker once, however the speaker is named', async () => {
    const sheet = await sheetOf([
      'Summary: Kiel promised restraint. “We will not promise more than the port can pay for,” Kiel told us.',
      'Ada Kiel chairs the harbour board. She promised restraint. “We will not promise more than the port can pay for,” she told us.',
    ]);
    expect(sheet.quotes.map((quote) => quote.sourceText)).toEqual([
      'We will not promise more than the port can pay for',
    ]);
  });
});

describe('a slogan quoted again in someone else’s sentence', () => {
  it('stays the first speaker’s alone', async () => {
    const sheet = await sheetOf([
      '“No new ferry fares,” Ivo Brandt said in 2019.',
      'Ana Ruiz said voters still remember “No new ferry fares” and will punish him.',
    ]);
    expect(sheet.quotes.map((quote) => [quote.speaker, quote.sourceText])).toEqual([
      ['Ivo Brandt', 'No new ferry fares'],
    ]);
  });
});
