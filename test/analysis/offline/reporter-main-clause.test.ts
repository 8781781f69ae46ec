// Where a report ends when the reporter's own clause follows it: after a "despite" phrase that holds the report,
// after a promise's infinitive when the subject's next deed begins, and never a report at all when a participle
// with a "that" clause opens the sentence. Each ran on into the reporter's words in real copy, or was shown as
// the speaker's. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('a report inside an opening "despite" phrase', () => {
  it('ends at the comma where the main clause begins', () => {
    const result = analyse([
      'Despite Mr. Varga’s claims that his mill earns $3 billion a year, every outside auditor puts the sum far lower.',
      'Despite Ilse Brandt saying the ferry was safe, inspectors docked it in June.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'his mill earns $3 billion a year → Varga',
      'the ferry was safe → Ilse Brandt',
    ]);
  });
});

describe('a promise told with an infinitive', () => {
  it('ends where a past verb takes up the subject’s next deed', () => {
    const result = analyse([
      'Mayor Ilse Brandt has vowed to keep the ferries running and signed the harbour budget on Monday.',
      'Tomas Varga promised to spend more than his rival on roads, opposed the toll plan and doubled his ads.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'vowed to keep the ferries running → Ilse Brandt',
      'promised to spend more than his rival on roads → Tomas Varga',
    ]);
  });

  it('goes on through a plain verb the infinitive joins', () => {
    const result = analyse(['Mayor Ilse Brandt has vowed to cut ferry fares and raise dock pay.']);
    expect(indirectQuotes(result)).toEqual(['vowed to cut ferry fares and raise dock pay → Ilse Brandt']);
  });
});

describe('a participle with a "that" clause opening the sentence', () => {
  it('is the reporter’s account, not the speaker’s words', () => {
    const result = analyse(['Hinting that she might stand again, Ilse Brandt said nothing more.']);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('and so is one of citing: only the clause after the speaker’s verb is reported', () => {
    const result = analyse([
      'Citing a report that said the usually talkative Mayor Dunleavy would not discuss the tolls, the county party said Dunleavy should speak up.',
    ]);
    expect(indirectQuotes(result)).toEqual(['Dunleavy should speak up → the county party']);
  });
});
