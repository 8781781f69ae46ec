import { describe, expect, it } from 'vitest';
import { createOfflineEngine } from '../../../src/analysis/offline/offline-engine.ts';
import { analyse, article } from './article.ts';

const STORY = [
  'KORVIN, March 9 (Meridian Wire) - A ceasefire took effect at dawn on Sunday, and 24 hostages were handed to Red Crescent teams, officials said.',
  'Released hostages walk to ambulances at the Tarsa crossing, March 9, 2025. MERIDIAN WIRE/Petra Lund',
  '“This is the first quiet morning in eleven months,” said Prime Minister Aurel Vasko.',
  'The deal provides for a 42-day pause in fighting and the release of 310 prisoners from Lestrian jails.',
  '#Lestria #Ceasefire',
  'Under the deal, the second exchange is due on March 16, Vasko said.',
];

describe('the offline engine', () => {
  it('meets the Engine contract', async () => {
    const engine = createOfflineEngine();
    expect([engine.name, engine.model, engine.promptVersion]).toEqual(['offline', null, 'offline-v378']);
    const result = await engine.extract(article(STORY, 'Lestria truce takes hold'));
    expect(result.usage).toEqual({ llmCalls: 0, inputTokens: 0, outputTokens: 0 });
    expect(result.value.headline).toBe('Lestria truce takes hold');
    expect(await engine.judge({ sources: [] })).toBeNull();
  });

  it('writes an extractive summary of two or three sentences without datelines, captions, hashtags or quotes', () => {
    const summary = analyse(STORY).summary;
    expect(summary).toBe(
      'A ceasefire took effect at dawn on Sunday, and 24 hostages were handed to Red Crescent teams, officials said. ' +
        'The deal provides for a 42-day pause in fighting and the release of 310 prisoners from Lestrian jails. ' +
        'Under the deal, the second exchange is due on March 16, Vasko said.',
    );
  });

  it('reports every quote text as an exact slice of the article', () => {
    const text = STORY.join('\n\n');
    for (const quote of analyse(STORY).quotes) expect(text.includes(quote.text)).toBe(true);
  });

  it('is deterministic: the same article gives the same analysis', () => {
    expect(JSON.stringify(analyse(STORY))).toBe(JSON.stringify(analyse([...STORY])));
  });

  it('takes a leading heading as the headline when the article has no title', () => {
    expect(
      analyse(['Storm batters the coast', 'Winds of 140 km/h hit the coast on Saturday, police said.'])
        .headline,
    ).toBe('Storm batters the coast');
  });
});
