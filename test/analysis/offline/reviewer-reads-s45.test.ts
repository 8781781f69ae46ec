// Lines a reviewer found wrong in both the old and the new engine (session 44), each rebuilt from invented text.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('lines a reviewer found wrong (session 44)', () => {
  it('gives the second part of “…,” said <A>, whom <B> has called …, “…” to <A>, not <B>', () => {
    const result = analyse([
      'The council met on Monday in Varna.',
      '“We will build the bridge,” said Ana Ruiz, whom the mayor has called a liar, “and we will pay for it ourselves.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'We will build the bridge, → Ana Ruiz',
      'and we will pay for it ourselves. → Ana Ruiz',
    ]);
  });

  it('keeps a quote inside the "whom" clause with that clause’s subject', () => {
    const result = analyse([
      'Dale Corbin spoke for an hour in Varna.',
      'He took aim at Tomas Reyes, whom he called a “danger to the harbour” and worse.',
    ]);
    expect(directQuotes(result)).toEqual(['danger to the harbour → Dale Corbin']);
  });

  it('gives the participle after "<Plural> trust <A>," to the plural subject, not to <A>', () => {
    const result = analyse([
      'Councillors trust Ana Ruiz, saying she “knows the budget better than anyone” in Varna.',
      'Councillors love Tomas Reyes, saying he “never misses a vote” at the hall.',
    ]);
    expect(directQuotes(result)).toEqual([
      'knows the budget better than anyone → Councillors',
      'never misses a vote → Councillors',
    ]);
  });

  it('reads the words before a name as a role: "Track and field star <A>", "Human rights advocate <A>"', () => {
    const result = analyse([
      'Track and field star Ada Kiel spoke in Varna on Monday, saying the plan “knows no shame”.',
      'Human rights advocate Ana Ruiz wrote to the council, saying the levy was “a tax on the poor”.',
      'Libertarian candidate Dale Corbin’s doctor wrote to the paper, saying he was “fit to serve”.',
    ]);
    expect(directQuotes(result)).toEqual([
      'knows no shame → Ada Kiel',
      'a tax on the poor → Ana Ruiz',
      'fit to serve → Libertarian candidate Dale Corbin’s doctor',
    ]);
  });
});
