// Lines editors marked wrong on real sheets in session 36, each rebuilt from invented text. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('lines editors marked wrong (session 36)', () => {
  it('gives no credit to the one asked when "he asked the <office> whether he “…”" reads back to him', () => {
    const result = analyse([
      'Rep. Hollis Marden lost his temper on a pavement this weekend, when he grabbed a pupil once he asked the congressman whether he “fully backed the ferry plan.”',
      'Rep. Hollis Marden met Jon Pell on the pier. He asked him if he “would sign the harbour pledge.”',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('keeps the asker’s words when the one asked holds another office or is a woman', () => {
    const result = analyse([
      'Rep. Hollis Marden was angry on Friday after he asked the senator if she “fully backed the ferry plan.”',
      'Rep. Hollis Marden met Lena Pell on the pier. He asked her if she “would sign the harbour pledge.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'fully backed the ferry plan. → Hollis Marden',
      'would sign the harbour pledge. → Hollis Marden',
    ]);
  });

  it('gives no credit to the words of claims a speaker answers ("said claims that <they> “…” were false")', () => {
    const result = analyse([
      'Former governor Lena Ruiz spoke in Varna on Monday. The former governor said claims that harbour pilots “sneer at every ferry captain” were false and cruel.',
      'Mayor Ivo Brenner dismissed suggestions that his aides “sold the pier” as absurd.',
      'Mayor Ivo Brenner said claims that the pier sank were “absurd.”',
    ]);
    expect(directQuotes(result)).toEqual(['absurd. → Ivo Brenner']);
  });

  it('gives a quote after "<X>s\' opinion that" to X, the apostrophe after an s read as a possessive', () => {
    const result = analyse([
      'Attorney General Jon Kessels called the suit weak.',
      "Mason Pell, a director for the Ferry Project, told the Ledger that the group shares Kessels' opinion that the suit is “without any merit.”",
    ]);
    expect(directQuotes(result)).toEqual(['without any merit. → Jon Kessels']);
  });

  it('ends a report at the outlet’s "amid …", but not at the speaker’s "not amid" nor one a comma closes', () => {
    const result = analyse([
      'In May, Mayor Tomas Kiel said that he would not stand again amid scrutiny over a loan and anger among his aides that he had misled them.',
      'Lena Ruiz said her son belonged at sea, not amid offices and paperwork.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he would not stand again → Tomas Kiel',
      'her son belonged at sea, not amid offices and paperwork → Lena Ruiz',
    ]);
  });

  it('gives the words a video shows someone saying to that person, not to the sentence’s subject', () => {
    const result = analyse([
      'Mayor Ivo Brenner spoke on Monday.',
      'His campaign attacked a Harbour Ledger story that carries video of him at a 2009 dinner saying he had worked “at sea” as a boy.',
      'The Ledger also ran footage of Lena Ruiz saying she would “close the pier.”',
    ]);
    expect(directQuotes(result)).toEqual(['at sea → Ivo Brenner', 'close the pier. → Lena Ruiz']);
  });

  it('ends a report before the outlet’s "— a <noun> shown / that …" after a dash', () => {
    const result = analyse([
      'The Ledger first reported on Monday that Kiel got a private note from the Harbour Board on May 20 — a note shown in the posts put out by the mayor’s son.',
      'Mayor Ivo Brenner said ferry fares are falling — a fall that began while he was in office.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Kiel got a private note from the Harbour Board on May 20 → Ledger',
      'ferry fares are falling → Ivo Brenner',
    ]);
  });

  it('reads "claims" or "reports" after a preposition, a determiner or a verb as the noun, not the subject’s verb', () => {
    const result = analyse([
      'Mayor Tomas Kiel resigned amid claims that he sold the pier.',
      'Mayor Ivo Brenner rejected claims that he betrayed the crews by striking a deal.',
      'Lena Ruiz faced reports from aides that she was rude.',
      'Mayor Ivo Brenner also claims that the pier is safe.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the pier is safe → Ivo Brenner']);
  });

  it('gives no credit to words a passive aside names "as", but keeps an active verb’s', () => {
    const result = analyse([
      'The lawsuit alleges that the firm’s culture, described in court on Friday as the “Harbour Way,” favours older staff.',
      'Mayor Ivo Brenner, during two interviews on Monday, referred to the council as “a gang of clerks.”',
    ]);
    expect(directQuotes(result)).toEqual(['a gang of clerks. → Ivo Brenner']);
  });

  it('shows the outlet’s description between dashes after a reported name as an ellipsis', () => {
    const result = analyse([
      'On Monday, Mayor Ivo Brenner had said Kiel -- the first harbour master in 40 years to quit over a budget row with the mayor -- was leaving in May.',
    ]);
    expect(indirectQuotes(result)).toEqual(['Kiel … was leaving in May → Ivo Brenner']);
  });

  it('shows a dashed description with its own relative clause inside a report as an ellipsis, once', () => {
    const result = analyse([
      'On Tuesday, however, Kiel won pilots and clerks - two groups that have backed her for years - while Ruiz led among fishermen, according to exit polls.',
      'The night ferry, Kiel said, would sail - a plan that the board wants - in May.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Kiel won pilots and clerks … while Ruiz led among fishermen → exit polls',
      'The night ferry … would sail - a plan that the board wants - in May → Kiel',
    ]);
  });
});
