// A report that follows a quote's credit in the same sentence: a participle ("pointing out that …",
// "explaining he …"), a clause of its own ("but he said …"), after an inverted credit with an apposition; and
// where such a report, or one in a relative clause, begins and ends. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('a report after a quote’s credit', () => {
  it('is read from a participle after the credit, named before or after its verb', () => {
    const result = analyse([
      '“We did our homework,” Varga said on the ferry to Kessel, pointing out that 61 members had backed the levy.',
      '“The roll is a mess,” said Ilse Brandt, the harbour clerk, explaining that no one had pruned the dock lists since 2009.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We did our homework, → Varga',
      'The roll is a mess, → Ilse Brandt',
    ]);
    expect(indirectQuotes(result)).toEqual([
      '61 members had backed the levy → Varga',
      'no one had pruned the dock lists since 2009 → Ilse Brandt',
    ]);
  });

  it('is read from a clause of its own after "but"', () => {
    const result = analyse([
      '“Questions are fair,” Varga told the Ledger, but he said reporters keep digging up a fight from his school days.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'reporters keep digging up a fight from his school days → Varga',
    ]);
  });

  it('is not the credit’s when the later verb belongs to a relative clause on the one told', () => {
    const result = analyse([
      '“Meet my cousin,” Pia told Marta Lund, who was hanging laundry in the yard and said she favoured the mayor.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});

describe('where a report starts and ends', () => {
  it('starts after "that" past an interview "with" someone', () => {
    const result = analyse(['Varga said in an interview with Lena Ostrova that dock wages had stalled.']);
    expect(indirectQuotes(result)).toEqual(['dock wages had stalled → Varga']);
  });

  it('reads "with" right after the verb as its object, not a place to skip', () => {
    const result = analyse(['The guild agreed with the ruling, hoping to keep the strike short.']);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('ends with the relative clause its second verb stands in', () => {
    const result = analyse([
      'Kiel, who backed Varga early in the spring and said she would tour the valley with him, mostly stayed home.',
    ]);
    expect(indirectQuotes(result)).toEqual(['she would tour the valley with him → Kiel']);
  });

  it('reads "stating" as a verb of saying', () => {
    const result = analyse([
      'Governor Lena Ostrova toured the docks, stating that the towns must pay for the new cranes.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the towns must pay for the new cranes → Lena Ostrova']);
  });
});
