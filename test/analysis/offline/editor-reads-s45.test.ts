// Lines editors marked wrong on real sheets in session 45, each rebuilt from invented text. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('lines editors marked wrong (session 45)', () => {
  it('makes no person of a headline’s verb and the name after it ("Senator Endorsed Reyes")', () => {
    const result = analyse([
      'Moments After A Famous Senator Endorsed Reyes, The Council Did Something Odd.',
      'Tomas Reyes spoke in Varna on Monday. Reyes jokingly said, “I am becoming respectable, I fear.”',
    ]);
    expect(directQuotes(result)).toEqual(['I am becoming respectable, I fear. → Tomas Reyes']);
  });

  it('gives a later "he" to the name a subject’s dashes hold, not to the object after them', () => {
    const result = analyse([
      'While Dale Corbin has yet to back Tomas Reyes, Corbin’s running mate — Lestria Gov. Ivo Brandt — has thrown his support behind Reyes.',
      'And he claims his boss is fine with it.',
    ]);
    expect(indirectQuotes(result)).toEqual(['his boss is fine with it → Ivo Brandt']);
  });

  it('reads a straight mark no straight mark closes, before a quote a comma introduces, as a stray', () => {
    const result = analyse([
      'Ana Ruiz questioned Tomas Reyes at the debate in Varna.',
      '“You have called the ferry workers lazy,” Ruiz said in her question.',
      '"Reyes tried to shrug it off, cutting in with, “Only the ones on strike.” But Ruiz kept going.',
    ]);
    expect(directQuotes(result)).toEqual(['You have called the ferry workers lazy, → Ana Ruiz']);
  });

  it('credits no one with a term the outlet explains ("a pun on the phrase “…,” which …")', () => {
    const result = analyse([
      'Tomas Reyes said he would meet the “harbour (not) rat” — a pun on the phrase “harbour rat,” which critics of the port use to refer to its night workers.',
    ]);
    expect(directQuotes(result)).toEqual(['harbour (not) rat → Tomas Reyes']);
  });

  it('shows "Lestrian officials" for "the place Lestrian officials say …"', () => {
    const result = analyse([
      'The shoal is now the place Lestrian officials say the navy might take a stand.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the navy might take a stand → Lestrian officials']);
  });

  it('shows no "<Name> for president" as the role of whoever backs that candidate', () => {
    const result = analyse([
      'The head of the main group backing former Lestria Gov. Ivo Korvin for president, Dale Murphy, praised the stunt.',
      '“Not us, but we cannot argue with it!” Murphy wrote on Friday.',
    ]);
    expect(result.quotes.map((quote) => [quote.speaker, quote.role])).toEqual([['Dale Murphy', null]]);
  });

  it('never summarises a story with "Read the rest …", its link to the rest', () => {
    const result = analyse([
      'The harbour board met in Varna on Monday and voted to sell the old ferry to a museum.',
      'Read the rest of this ferry report in the Varna Ledger.',
    ]);
    expect(result.summary).toBe(
      'The harbour board met in Varna on Monday and voted to sell the old ferry to a museum.',
    );
  });

  it('reads "<Person> of <Body with a head word>" as a person and a body, and gives the next "he" to him', () => {
    const result = analyse([
      'The poll showed Mr. Reyes losing support after the debate.',
      'Another pollster, Dale Woodard of Varna College, said his survey showed Mr. Reyes’s support holding steady.',
      '“Even after the debate, his numbers held! Explain that,” he wrote in a message.',
    ]);
    expect(result.quotes.map((quote) => `${quote.kind}: ${quote.speaker}`)).toEqual([
      'direct: Dale Woodard',
      'indirect: Dale Woodard',
    ]);
  });

  it('gives "<clause naming Reyes>, he added" to the one quoted before, not to Reyes', () => {
    const result = analyse([
      'Ivo Brandt, a former director of the party, said the base was angry.',
      '“We are sick of it,” Mr. Brandt said.',
      'Mr. Reyes, who takes no large donations, is that sort of man for many voters, he added.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the base was angry → Ivo Brandt',
      'Mr. Reyes, who takes no large donations, is that sort of man for many voters → Ivo Brandt',
    ]);
  });

  it('ends a sentence at "the U.S." before "The", so a report does not run on into the reporter’s next one', () => {
    const result = analyse([
      'The Varna Ledger reported the letter came hours after Tomas Reyes proposed a ban on ferries entering the U.S. The plan has drawn scorn from his rivals.',
      'Ana Ruiz said the U.S. Navy would escort the ferries.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the letter came hours after Tomas Reyes proposed a ban on ferries entering the U.S → Varna Ledger',
      'the U.S. Navy would escort the ferries → Ana Ruiz',
    ]);
  });

  it('leaves out the outlet’s ", the first time …" after a report', () => {
    const result = analyse([
      'The ferry firm said in a note to riders that it had cancelled 1,500 tickets since June, the first time it has published such a figure.',
    ]);
    expect(indirectQuotes(result)).toEqual(['it had cancelled 1,500 tickets since June → the ferry firm']);
  });

  it('gives the words a heckler yelled to the heckler, not to the speaker he interrupted', () => {
    const result = analyse([
      'Tomas Reyes spoke in Varna on Sunday.',
      '“There is a young man with some troubles,” Reyes said as the heckler yelled: “You are a fraud!”',
    ]);
    expect(directQuotes(result)).toEqual([
      'There is a young man with some troubles, → Tomas Reyes',
      'You are a fraud! → the heckler',
    ]);
  });

  it('credits no one with a group’s formula the writer sets after a colon', () => {
    const result = analyse([
      'Tomas Reyes took up the stance common among some lawmakers in Varna: “I am against the levy in my heart, but will vote for it in the hall.”',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });
});
