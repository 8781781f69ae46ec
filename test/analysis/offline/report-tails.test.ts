// Where a report stops, as an editor read it: "… as she made a tour of the valley" is the reporter telling what
// the speaker was doing; "…, but it could take months" is still the speaker's reckoning. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('the end of a report', () => {
  it('stops before the reporter’s "as she made …", never at a comparison, a manner or "they"', () => {
    const result = analyse([
      'Governor Ada Pruitt said Tuesday that she understands why farmers distrust the board as she made a tour of the valley.',
      'Tomas Reyes said the vote went just as he predicted it would go.',
      'Tomas Reyes said the count did not end as he wanted but he was content.',
      'Ada Kiel said the auditors found the ledgers as they searched the depot.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she understands why farmers distrust the board → Ada Pruitt',
      'the vote went just as he predicted it would go → Tomas Reyes',
      'the count did not end as he wanted but he was content → Tomas Reyes',
      'the auditors found the ledgers as they searched the depot → Ada Kiel',
    ]);
  });

  it('stops before "but" and the speaker’s later deed, when the report marks the contrast', () => {
    const result = analyse([
      'Mayor Ilse Brandt had initially said she would sign the toll bill but retreated as the port filled with protesters.',
      'Councillor Ada Roe says she will back the levy but has refused to campaign for it.',
      'Harbour chief Tomas Reyes said the vote was fair but needed every captain to file early.',
      'Port clerk Ana Varga said the ferry should not be sold but kept for the winter route.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'initially said she would sign the toll bill → Ilse Brandt',
      'she will back the levy → Ada Roe',
      'the vote was fair but needed every captain to file early → Tomas Reyes',
      'the ferry should not be sold but kept for the winter route → Ana Varga',
    ]);
  });

  it('stops before ", and" and a plain verb that goes on with the speakers of a plural "say"', () => {
    const result = analyse([
      'Dock workers say the board misled them, and bristle at captains calling them lazy.',
      'Dock workers say the board misled them, and hope to strike in May.',
      'Dock workers say the board misled them, and harbour money was lost.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the board misled them → Dock workers',
      'the board misled them → Dock workers',
      'the board misled them, and harbour money was lost → Dock workers',
    ]);
  });

  it('goes on past "but" to an impersonal hedge, not to the reporter’s check', () => {
    const result = analyse([
      'A spokeswoman for the county said there was no deadline, but it could take months.',
      'Ada Kiel said the pier was safe, but it could not be verified.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'there was no deadline, but it could take months → a spokeswoman for the county',
      'the pier was safe → Ada Kiel',
    ]);
  });

  it('gives a credit after ", and," only the clause it stands before, and stops before "meaning that"', () => {
    const result = analyse([
      'Ada Kiel has long been friendlier to dockers than most of her party, and, as the Courier notes, her ward is 40 percent port households.',
      'Tenants need not file new forms unless they wish to, a housing official said, meaning that renters who owe fees would not be billed.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'her ward is 40 percent port households → Courier',
      'Tenants need not file new forms unless they wish to → a housing official',
    ]);
  });

  it('ends before the reporter\'s measure of a reported date: ", weeks earlier than planned"', () => {
    const result = analyse([
      'Mayor Ellen Brody announced Monday that the harbour chief will step down on March 3, weeks earlier than planned and days after his memo leaked.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the harbour chief will step down on March 3 → Ellen Brody']);
  });
});
