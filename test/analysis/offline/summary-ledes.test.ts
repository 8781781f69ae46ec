// A news lede is the summary's first sentence even when it opens like a sentence that leans on another: "One
// of the …", "All nine members of …", "The port official who …", a stamp before it, or "the former mayor" for a
// person the same sentence has named. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { readsBadly } from '../../../src/analysis/offline/standalone.ts';
import { analyse } from './article.ts';

const FOLLOW_UP = [
  'Delegates at the harbour board’s spring meeting approved the measure by a wide margin in Tarsa.',
  'The board’s chair, Ilse Brandt, said the vote showed the port was ready for the new ferries.',
];

describe('the lede of a story', () => {
  it.each([
    'One of the country’s oldest dock unions passed a motion Tuesday calling for the harbour levy to be scrapped.',
    'All nine opposition members of the Harbour Board are calling on its chair to resign over the levy vote.',
    'The port official who declined to give evidence before the council on Monday is now central to the levy inquiry.',
    'The harbour board is preparing to subpoena Tomas Reyes after the former port director refused to hand over his logs.',
  ])('opens the summary: %s', (lede) => {
    expect(analyse([lede, ...FOLLOW_UP]).summary.startsWith(lede)).toBe(true);
  });

  it('opens on a plural of people, never read as a surname the story has not introduced', () => {
    const lede =
      'Voters should back Ada Quist for mayor because, unlike her rival, she is a “steady, honest manager,” Nils Arvid said on Friday.';
    const follow = 'The line was an unplanned addition to a speech in which Arvid scolded his own party.';
    expect(analyse([lede, follow]).summary.startsWith(lede)).toBe(true);
  });

  it('follows a pasted title line, which is the headline and no sentence of the summary', () => {
    const lede =
      'The harbour board voted on Monday to keep the ferry terminal open through the winter storms.';
    const result = analyse([
      'Harbour board keeps ferry terminal open.',
      `TARSA (Wire) – ${lede}`,
      ...FOLLOW_UP,
    ]);
    expect(result.headline).toBe('Harbour board keeps ferry terminal open.');
    expect(result.summary.startsWith(lede)).toBe(true);
  });

  it('leans on someone outside when a pronoun follows an opening phrase that names no one', () => {
    expect(readsBadly('In 2010, he said the harbour levy would be scrapped within a year.')).toBe(true);
    expect(readsBadly('On Monday, she said the levy would pass in the spring session.')).toBe(true);
    expect(readsBadly('After Kiel lost the vote, she said she would resign from the board.')).toBe(false);
    expect(readsBadly('In Tarsa, the mayor said the levy would pass in the spring session.')).toBe(false);
  });

  it('leans on the sentence before when it opens on "Namely," or "In other words,"', () => {
    expect(readsBadly('Namely, that the ferries would sail empty for want of pilots.')).toBe(true);
    expect(readsBadly('In other words, the harbour board has run out of money.')).toBe(true);
    expect(readsBadly('The harbour board has run out of money, in other words.')).toBe(false);
    expect(readsBadly('Namely Bank, a regional lender, agreed to buy the ferry line on Monday.')).toBe(false);
  });

  it('opens on "the same" with the clause that says which', () => {
    expect(readsBadly('The same harbour levy that sank the last mayor is back before the council.')).toBe(
      false,
    );
    expect(readsBadly('The same happened at the northern quay on Monday.')).toBe(true);
  });

  it('is read after an "Updated:" stamp, and a stamp before a time stays furniture', () => {
    const lede =
      'Tomas Reyes on Sunday tried to clarify his remark that the harbour levy was a tax on the poor.';
    expect(analyse([`Updated: ${lede}`, ...FOLLOW_UP]).summary.startsWith(lede)).toBe(true);
    expect(analyse(['Updated: 5:32 p.m.', ...FOLLOW_UP]).summary).not.toContain('Updated');
  });

  it('still leans back when it opens on "one of them", "the two men" or a bare "the former mayor"', () => {
    expect(readsBadly('One of them said the harbour levy would be scrapped within a year.')).toBe(true);
    expect(readsBadly('The two men met at the harbour on Monday to settle the levy dispute.')).toBe(true);
    expect(readsBadly('On Monday the board questioned the former mayor about the levy.')).toBe(true);
    expect(readsBadly('The mayor said on Monday that the harbour levy would be scrapped.')).toBe(true);
  });
});

describe('a sentence that leans on “those” or “these”', () => {
  it('leans when the sentence does not say which are meant', () => {
    expect(readsBadly('The council rejected those efforts on Monday after a long debate.')).toBe(true);
    expect(readsBadly('Ada Kiel paid a tax rate of about 30 percent over these three decades.')).toBe(true);
  });

  it('stands alone when the noun came before in the sentence, a relative clause follows, or the words describe', () => {
    expect(readsBadly('The board has sealed 22 harbour emails and will not release those emails.')).toBe(
      false,
    );
    expect(readsBadly('Ada Kiel counted harbour closures, and 31 of those prior closures were brief.')).toBe(
      false,
    );
    expect(readsBadly('Ms. Kiel was among those councillors who backed the levy in May and June.')).toBe(
      false,
    );
    expect(
      readsBadly('Two-thirds of those polled, and most of those under 30, backed the harbour levy.'),
    ).toBe(false);
    expect(readsBadly('Even those not blaming the council felt the strain of the closures.')).toBe(false);
  });
});

describe('a lede whose opening phrase names its subject ahead', () => {
  it('opens the summary: "In her first speech …, state Sen. Carla Munoz said …"', () => {
    const lede =
      'In her first major housing speech since entering the race, state Sen. Carla Munoz said she would build more starter homes.';
    expect(analyse([lede, ...FOLLOW_UP]).summary.startsWith(lede)).toBe(true);
  });

  it('still leans when the phrase’s pronoun cannot be the person named after it', () => {
    const sentence =
      'In his first major housing speech since entering the race, state Sen. Carla Munoz said she would build more starter homes.';
    expect(analyse([sentence, ...FOLLOW_UP]).summary).not.toContain('Munoz');
  });

  it('keeps a nickname between an initial and the surname in one sentence', () => {
    const lede =
      'In a custom he has kept for years, Rep. Ivo K. “Bud” Marsh opened his orchard to voters on Sunday.';
    expect(analyse([lede, ...FOLLOW_UP]).summary.startsWith(lede)).toBe(true);
  });
});

describe('words that lean on the sentence before', () => {
  it.each([
    'Appearing on a radio show, Sen. Ray Tull declined to go that far but said the chair must apologize.',
    'Rep. Lyle Moss of the harbour committee also demurred.',
    'Joe Pratt, who sat in on the smaller session, told the Ledger that change would take time.',
  ])('keep it out of the summary: %s', (sentence) => {
    expect(readsBadly(sentence)).toBe(true);
  });
});

describe('a sentence opening on a body or a plan by a common noun ("The tabloid …", "The deal …")', () => {
  const story = [
    'Mayor Ada Kiel on Friday accused the Weekly Tattler of printing lies about her debts to three banks.',
    'The tabloid published a story on Tuesday claiming that Kiel owed $40,000 to three lenders in Tarsa.',
    'Kiel denied the claims, which spread through the harbour press corps on Friday afternoon.',
  ];

  it('is no key fact: it cannot say which on its own', () => {
    const facts = analyse(story).facts.map((fact) => fact.statement);
    expect(facts.some((fact) => fact.startsWith('The tabloid'))).toBe(false);
  });

  it('stays in a summary that shows the sentence naming it, one or two before', () => {
    const summary = analyse([
      'The harbour board on Monday approved a deal with the ferry union that ends a two-week strike.',
      'The deal raises pay by 4 percent over two years and adds a fourth crew to the night ferries.',
      'Union members will vote on the terms on Thursday at the Tarsa depot, officials said.',
    ]).summary;
    expect(summary).toContain('The deal raises pay');
  });

  it('says which when the words after it do: "The survey, conducted by …"', () => {
    const facts = analyse([
      'Ada Kiel leads the mayoral race by six points in the harbour district, a new poll shows.',
      'The survey, conducted by the Tarsa Institute, found 48 percent backing Kiel and 42 percent backing Reyes.',
    ]).facts.map((fact) => fact.statement);
    expect(facts.some((fact) => fact.startsWith('The survey, conducted by'))).toBe(true);
  });
});
