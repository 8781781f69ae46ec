// What an editor reading the sheets of real copy found (session 53), each rebuilt from invented text, with the
// readings that must stay as they were. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('words a document carries on with', () => {
  it('credits a document that adds, continues or concludes, as it credits one that says', () => {
    const sheet = analyse([
      'The Varna council published an audit of the harbour on Monday.',
      '“Fees were collected but never spent on upkeep,” the audit said.',
      '“The deficit has grown every year since 2019,” the audit concluded.',
      'The council also released a statement. “Repairs will begin in the spring,” the statement added.',
      '“The pier stays closed until then,” the statement continued.',
    ]);
    expect(directQuotes(sheet)).toEqual([
      'Fees were collected but never spent on upkeep, → the audit',
      'The deficit has grown every year since 2019, → the audit',
      'Repairs will begin in the spring, → the statement',
      'The pier stays closed until then, → the statement',
    ]);
  });

  it('still credits no one with the words of something that is no document', () => {
    const sheet = analyse([
      'The ferry left at noon.',
      '“All hands on deck,” the horn added, as the crowd cheered.',
    ]);
    expect(directQuotes(sheet)).toEqual([]);
  });
});

describe('a quote credited to a source no rule takes', () => {
  const before = ['Mayor Tom Reyes spoke on Monday.', '“Fees were never spent on upkeep,” Reyes said.'];

  it.each([
    '“Rents rose by a third,” the study found.',
    '“Rents rose by a third,” a survey from 2019 showed.',
    '“Rents rose by a third,” the study has found.',
    '“Rents rose by a third,” the data show.',
    '“Rents rose by a third,” census figures show.',
    '“Rents rose by a third,” some voters believe.',
  ])('does not hand %s to the speaker before it', (sentence) => {
    expect(directQuotes(analyse([...before, sentence]))).toEqual([
      'Fees were never spent on upkeep, → Tom Reyes',
    ]);
  });

  it.each([
    '“Rents rose by a third,” the statement is a fair summary of the year.',
    '“Rents rose by a third,” and the crowd roared.',
    '“Rents rose by a third,” which nobody denies.',
    '“Rents rose by a third,” he argues, and asks for a vote.',
    '“Rents rose by a third,” the 61-year-old grinned.',
    '“Rents rose by a third,” smiles Reyes.',
    '“Rents rose by a third,” a transcript of the meeting shows.',
    '“Rents rose by a third,” the mayor’s voice cracked.',
    '“Rents rose by a third,” jurors heard.',
    '“Rents rose by a third,” the emails show.',
  ])('still carries %s on to the speaker: the words after it credit no one else', (sentence) => {
    expect(directQuotes(analyse([...before, sentence]))).toEqual([
      'Fees were never spent on upkeep, → Tom Reyes',
      'Rents rose by a third, → Tom Reyes',
    ]);
  });
});

describe('someone else acting between two quotes', () => {
  const before = 'Mayor Tom Reyes spoke on Monday. “Fees were never spent on upkeep,” Reyes said.';
  const moneyLine = (sentence: string) =>
    directQuotes(analyse([`${before} ${sentence}`])).find((line) => line.includes('all there'));

  it.each([
    'Ann Dale, the treasurer, disagreed. “The money is all there.”',
    'Ann Dale disagreed. “The money is all there.”',
    'The plan’s author, Ann Dale, disagreed. “The money is all there.”',
    'Ann Pell, the treasurer, was unconvinced. “The money is all there.”',
    'The union was unconvinced. “The money is all there.”',
    'The treasurer disagreed. “The money is all there.”',
    'Reyes’s deputy hit back. “The money is all there.”',
    'The treasurer, however, was unconvinced. “The money is all there.”',
    'Several council members objected. “The money is all there.”',
  ])('does not carry the quote in %s on to the speaker before', (sentence) => {
    expect(moneyLine(sentence)).toBeUndefined();
  });

  it.each([
    'Reyes, the mayor, smiled. “The money is all there.”',
    '“For me,” Reyes concluded, “the money is all there.”',
    'The mayor smiled. “The money is all there.”',
    'He smiled. “The money is all there.”',
    'The crowd cheered. “The money is all there.”',
    'A man was arrested. “The money is all there.”',
    'His wife squeezed his hand. “The money is all there.”',
    'The mayor disagreed with the auditors. “The money is all there.”',
    'He found Ann Dale disorganized. “The money is all there.”',
    'He spoke after Ann Dale resigned. “The money is all there.”',
    'He praised his staff, Ann Dale included. “The money is all there.”',
    'He introduced his successor, Ann Dale, 54, appointed on Monday. “The money is all there.”',
    'Jon Ward, 34, was arrested. “The money is all there.”',
    'Asked about it, Ann Dale laughed. “The money is all there.”',
  ])('still carries the quote in %s on to the speaker: no one else answers between', (sentence) => {
    expect(moneyLine(sentence)).toMatch(/ → Tom Reyes$/);
  });
});

describe('a participle after a subordinate clause that opens the sentence', () => {
  const opening = 'Mayor Tom Reyes spoke at the church on Sunday.';
  it.each([
    'And although he thanked the parish for its support, he sounded a note of humility, saying, “I am not sure I deserve it.”',
    'Although the vote was close, Reyes went on the attack, saying, “I am not sure I deserve it.”',
    'And although Ann Dale had warned him, Reyes went ahead, saying, “I am not sure I deserve it.”',
  ])('credits the main clause’s subject in %s', (sentence) => {
    expect(directQuotes(analyse([`${opening} ${sentence}`]))).toEqual([
      'I am not sure I deserve it. → Tom Reyes',
    ]);
  });

  it('keeps a participle inside the subordinate clause with that clause’s subject', () => {
    expect(
      directQuotes(
        analyse([
          `${opening} When Ann Dale said the vote was rigged, noting, “We lost nothing,” nobody listened.`,
        ]),
      ),
    ).toEqual(['We lost nothing, → Ann Dale']);
  });
});

describe('a "report" that opens on a verb of its own', () => {
  it('is no report: "note" in "the Treasury note slipped" is a bond, not a verb of saying', () => {
    const sheet = analyse([
      'Harbour bonds gained. The return on the five-year Varna Treasury note slipped to 2.1 percent.',
    ]);
    expect(indirectQuotes(sheet)).toEqual([]);
  });

  it.each([
    ['Reyes said increased spending would help.', 'increased spending would help → Reyes'],
    ['Dale said elected officials had lied.', 'elected officials had lied → Dale'],
    ['Reyes said that was because the money ran out.', 'that was because the money ran out → Reyes'],
    [
      'Dale said based on the count, the vote would go to a second round.',
      'based on the count, the vote would go to a second round → Dale',
    ],
  ])('keeps %s', (sentence, line) => {
    expect(indirectQuotes(analyse([sentence]))).toEqual([line]);
  });
});

describe('a body named inside a phrase whose noun says nothing', () => {
  it.each([
    'The mood at the Varna Council suggested the rent rise would be reversed in May.',
    'The debate over the Harbour Party budget suggests the rent rise would be reversed in May.',
  ])('gives no report for %s', (sentence) => {
    expect(indirectQuotes(analyse([sentence]))).toEqual([]);
  });

  it.each([
    ['A spokesman at the Varna Council said the rent rise would be reversed.', 'Varna Council'],
    ['A report by the Varna Council said the rent rise would be reversed.', 'Varna Council'],
    ['A source in the Varna Council said the rent rise would be reversed.', 'a source in the Varna Council'],
  ])('still credits %s', (sentence, speaker) => {
    expect(indirectQuotes(analyse([sentence]))).toEqual([`the rent rise would be reversed → ${speaker}`]);
  });
});

describe('credits a reader would not give', () => {
  const minister = 'Defence Minister Ann Dale spoke in Lisbon on Monday.';

  it('gives words an agency quotes someone as saying to that someone', () => {
    expect(
      directQuotes(analyse([`${minister} “The border is ours,” the agency quoted her as saying.`])),
    ).toEqual(['The border is ours, → Ann Dale']);
  });

  it('gives a reply from the hall to no one, not to the one who asked', () => {
    const sheet = analyse([
      'Mayor Tom Reyes addressed the crowd. “Who will pay for it?” he asked. “We will,” came the reply from the back of the hall.',
    ]);
    expect(directQuotes(sheet)).toEqual(['Who will pay for it? → Tom Reyes']);
  });

  it('credits no one with a quote that "nobody" answered', () => {
    expect(
      directQuotes(analyse(['Reyes addressed the crowd. “Who would stop us?” nobody answered.'])),
    ).toEqual([]);
  });

  it('names the member, not the seat: "the Labour MP for Dunmore North"', () => {
    expect(directQuotes(analyse(['“It will take time,” the Labour MP for Dunmore North added.']))).toEqual([
      'It will take time, → the Labour MP for Dunmore North',
    ]);
    expect(directQuotes(analyse(['“We need the money,” a spokesman for the Varna Council said.']))).toEqual([
      'We need the money, → Varna Council',
    ]);
  });

  it('reads no report in a description the name stands in apposition to', () => {
    const sheet = analyse([
      'The company’s finance chief, Tom Reyes, agreed. The plan will fail, Ann Dale said.',
    ]);
    expect(indirectQuotes(sheet)).toEqual(['The plan will fail → Ann Dale']);
  });
});

describe('a short relative clause before the sentence’s own verb of saying', () => {
  it.each([
    'Reyes, who denied the charges, said he would resign.',
    'Reyes, who has denied any wrongdoing, said on Monday that he would resign.',
  ])('reports only what the main verb says in %s', (sentence) => {
    expect(indirectQuotes(analyse([sentence]))).toEqual(['he would resign → Reyes']);
  });
});

describe('lines the first rules of the session lost (review O), kept', () => {
  it('lets a senator introduced as "Sen." go on speaking after "The senator was unconvinced"', () => {
    const sheet = analyse([
      '“We will fix it,” Sen. Ann Dale said. The senator was unconvinced by the report. “It is flawed.”',
    ]);
    expect(directQuotes(sheet)).toEqual(['We will fix it, → Ann Dale', 'It is flawed. → Ann Dale']);
  });

  it('carries a document credited by "said" on to its next sentence, never one credited by "concluded"', () => {
    expect(
      directQuotes(analyse(['“The ordinance is void,” the ruling concluded. “We will appeal.”'])),
    ).toEqual(['The ordinance is void, → the ruling']);
    expect(
      directQuotes(analyse(['“We urge you to reconsider,” the letter said. “We stand ready to help.”'])),
    ).toEqual(['We urge you to reconsider, → the letter', 'We stand ready to help. → the letter']);
  });

  it.each([
    ['Ann Dale said proposed changes would hurt renters.', 'proposed changes would hurt renters → Ann Dale'],
    ['The union said locked out workers would return.', 'locked out workers would return → the union'],
    ['The union said paid leave would rise.', 'paid leave would rise → the union'],
    [
      'Ann Dale said that, backed by the board, she would push ahead.',
      'backed by the board, she would push ahead → Ann Dale',
    ],
  ])('keeps the report %s', (sentence, line) => {
    expect(indirectQuotes(analyse([sentence]))).toEqual([line]);
  });

  it('credits the body that staff speak for', () => {
    expect(
      indirectQuotes(analyse(['The staff at the Harbour Hotel said the guests had left early.'])),
    ).toEqual(['the guests had left early → Harbour Hotel']);
  });
});

describe('a quote that closes an opening subordinate clause', () => {
  it('credits the participle after it to the main clause and keeps the subordinator out of the role', () => {
    const sheet = analyse([
      'Finance Minister Ann Dale spoke on Tuesday. Although opposition leader Tom Reyes called the plan “cruel,” Dale pressed ahead, saying the reform was “long overdue.”',
    ]);
    expect(directQuotes(sheet)).toEqual(['cruel, → Tom Reyes', 'long overdue. → Ann Dale']);
    expect(sheet.quotes.map((quote) => quote.role)).toEqual(['opposition leader', 'Finance Minister']);
  });
});

describe('a subordinate clause alone before a credit', () => {
  it('is no report; one with a main clause after its comma is', () => {
    const sheet = analyse([
      'When party chairman Tom Reyes resigned, Ann Dale said she would run. If the plan fails, taxes will rise, Dale said.',
    ]);
    expect(indirectQuotes(sheet)).toEqual([
      'she would run → Ann Dale',
      'If the plan fails, taxes will rise → Ann Dale',
    ]);
    expect(indirectQuotes(analyse(['Reyes said if elected he could work with the council.']))).toEqual([
      'if elected he could work with the council → Reyes',
    ]);
  });
});
