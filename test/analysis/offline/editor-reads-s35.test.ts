// Lines editors marked wrong on real sheets in session 35, each rebuilt from invented text. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('lines editors marked wrong (session 35)', () => {
  it('gives the participle after "As <outlet> reported, <group> …," to the group, not the outlet', () => {
    const result = analyse([
      'The mayor’s offer was not new.',
      'As the Harbour Ledger reported on Thursday, several port historians have met the news with shrugs, noting that such offers are common in city halls.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'several port historians have met the news with shrugs → Harbour Ledger',
      'such offers are common in city halls → several port historians',
    ]);
  });

  it('shows no "he ought to resign" under a critic of the man he criticised, but keeps it under a woman', () => {
    const result = analyse([
      'Rep. Tomas Kiel of Idaho is running for whip.',
      'Kiel has long been blunt in criticizing Speaker Ivo Brenner, saying that he ought to resign unless he blocks the ferry bill.',
      'Rep. Lena Ruiz attacked Brenner, saying he would sink the ferry bill.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he would sink the ferry bill → Lena Ruiz']);
  });

  it('starts a new sentence at a capital glued to a closing quote mark, so its quote is not the last speaker’s', () => {
    const result = analyse([
      'Mayor Ivo Brenner ate a pie on the pier. “Happy Harbour Day!” he posted. “Best pies in town!”Former governor Lena Ruiz set out what was wrong with the photo in a radio chat: “What the mayor did was so careless. Not every voter eats pie.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'Happy Harbour Day! → Ivo Brenner',
      'Best pies in town! → Ivo Brenner',
    ]);
  });

  it('ends a report before the outlet’s ", which means …"', () => {
    const result = analyse([
      'Council leader Ada Brenner, for her part, said she will not bring up any levy the mayor has not signed, which means the ferry strike will drag on.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she will not bring up any levy the mayor has not signed → Ada Brenner',
    ]);
  });

  it('gives “he’d …” after "Y told them" to the one who relays it, not to Y', () => {
    const result = analyse([
      'Council leader Ana Berg left the talks saying Mayor Tom Roe told them “he’d keep the ferries idle for a very long time, weeks or even months.”',
      'Mayor Tom Roe told reporters “he’d rather walk than pay the toll.”',
      'Ms. Berg said that when Mayor Roe spoke of the levy, “he was speaking for the whole harbour.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'he’d keep the ferries idle for a very long time, weeks or even months. → Ana Berg',
      'he was speaking for the whole harbour. → Ana Berg',
    ]);
  });

  it('shows the outlet’s description of a named subject inside a report as an ellipsis', () => {
    const result = analyse([
      'Chairman Tomas Berg said Friday that Brandt, the likely front-runner in the mayoral race, has yet to answer the letter.',
    ]);
    expect(indirectQuotes(result)).toEqual(['Brandt … has yet to answer the letter → Tomas Berg']);
  });

  it('shows a long description holding a relative clause of its own as an ellipsis too', () => {
    const result = analyse([
      'Karel Vale, the senior pilot who wrote the disputed night-shift memos and helped run both of the inquiries into the harbour fire and the loss of the old tug, has been dismissed for breaking port rules, his lawyer Ada Kiel said on Monday.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Karel Vale … has been dismissed for breaking port rules → Ada Kiel',
    ]);
  });

  it('takes a quoted word naming the gallery or section after it for the outlet’s label, not a quote', () => {
    const result = analyse([
      'On Monday night the Harbour Weekly responded to the fuss by posting a “rejects” gallery on its site.',
      'The editor said the cover was “fair and plain.”',
    ]);
    expect(directQuotes(result)).toEqual(['fair and plain. → the editor']);
  });

  it('leaves out a short quoted word put aside for another (“notified” …, not “warned”)', () => {
    const result = analyse([
      'That evening Tom Berg, the port spokesman, suggested saying that the board had “alerted” the ferry crews, not “ordered” them, to stay in harbour.',
    ]);
    expect(directQuotes(result)).toEqual(['alerted → Tom Berg']);
  });
});
