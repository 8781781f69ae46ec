// Lines four editors marked wrong on real sheets, each rebuilt from invented text: the reporter's closing
// participle kept inside a report, a noun phrase taken for what someone suggested, a platform's term in quote
// marks shown as a group's words, and a promise whose only object is "them". Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('lines editors marked wrong', () => {
  it('ends a report before the reporter’s closing participle with its particle ("closing out a search")', () => {
    const result = analyse([
      'Ms. Varga also said she planned to name her deputy by Monday, closing out a search that has been widely followed as probably the biggest choice of her tenure.',
    ]);
    expect(indirectQuotes(result)).toEqual(['she planned to name her deputy by Monday → Varga']);
  });

  it('reports no noun phrase opened by a count ("suggested scant plans to …")', () => {
    const result = analyse([
      'Mayor Lena Okafor met the board on Friday.',
      'Speaking by phone on Friday, Okafor suggested scant plans to attract commuters beyond mostly handing the problem to the transit board.',
      'Okafor said few voters care about the ferry.',
    ]);
    expect(indirectQuotes(result)).toEqual(['few voters care about the ferry → Lena Okafor']);
  });

  it('takes a quoted word got or sent beside another thing for the outlet’s term, not a quote', () => {
    const result = analyse([
      'A chef posted that the senator had written to her, and a few other bakers say they were startled to receive a “like” or a note from him.',
      'Ms. Ruiz called the senator a “liar” and a “bully” on Monday.',
    ]);
    expect(directQuotes(result)).toEqual(['liar → Ruiz', 'bully → Ruiz']);
  });

  it('shows no promise whose only object is a pronoun for people, but keeps one on "it"', () => {
    const result = analyse([
      'Governor Tom Reyes spoke on Monday.',
      'He mocked the mayor for refusing to name the gangs and vowed to crush them.',
      'The assembly passed the toll bill, and Reyes has promised to veto it.',
    ]);
    expect(indirectQuotes(result)).toEqual(['promised to veto it → Tom Reyes']);
  });
});

describe('a quote inside a request, told by the credit closing the sentence', () => {
  it('gives the words to the one whose statement tells of the request, not to the one who asked', () => {
    const result = analyse([
      'Dana Whitlock, the harbor director, asked Ms. Ferreira in April to weigh “avenues of cooperation” on a regional ferry panel with Mr. Ostrowski, the port authority said in a release.',
      'Pia Lund is an “able negotiator” who has settled two strikes at the docks, the union board writes.',
    ]);
    expect(directQuotes(result)).toEqual([
      'avenues of cooperation → the port authority',
      'able negotiator → the union board',
    ]);
  });
});

describe('the outlet’s "which" gloss inside a report', () => {
  it('shows it as an ellipsis: the gloss describes the thing, and the speaker did not say it', () => {
    const result = analyse([
      'Senator Ada Roe said on Monday that her transit bill, which cuts two night bus routes, was inspired by her years on the city council.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'her transit bill … was inspired by her years on the city council → Ada Roe',
    ]);
  });
});

describe('a quote inside a quote, both in curly marks', () => {
  it('keeps the inner quote in the outer one’s text, which runs on to its own closing mark', () => {
    const result = analyse([
      'The Lakeside Ledger noted last month:',
      '“Most permits already pass review, a fact that will probably make most “Noise Impact Letters” pointless and disputed.”',
      '“As a ferry pilot....I would sooner sail into what he calls “ruin” than stay in a town he runs.” ― Ada Ruiz',
    ]);
    expect(directQuotes(result)).toEqual([
      'Most permits already pass review, a fact that will probably make most “Noise Impact Letters” pointless and disputed. → Lakeside Ledger',
      'As a ferry pilot....I would sooner sail into what he calls “ruin” than stay in a town he runs. → Ada Ruiz',
    ]);
  });
});

describe('a participle’s report opening on a pronoun after a verb of accusing', () => {
  it('is not shown under the accusers, whose accused the pronoun may stand for', () => {
    const result = analyse([
      'Union organisers accused the owners of hypocrisy, noting that their sudden concern for safety came only months after many managers voted down a new ventilation plan.',
      'Union organisers praised the crews, noting that the mill was safer than ever.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the mill was safer than ever → Union organisers']);
  });
});

describe('"figures" as people in a joined subject', () => {
  it('keeps "party figures and <writers>" whole, as it keeps "party leaders and <writers>"', () => {
    const result = analyse([
      'Even party figures and magazine opinion writers who could endorse the remarks promptly said they were improper for a senior judge.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they were improper for a senior judge → party figures and magazine opinion writers who could endorse the remarks',
    ]);
  });
});
