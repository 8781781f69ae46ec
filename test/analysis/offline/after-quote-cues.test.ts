// Verbs that credit a quote only where they follow it: "“…,” Brandt barked", "“…,” the banner read",
// "“…,” Brandt went on". Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('verbs credited after a quote', () => {
  it('credits a manner of speaking, a verb with its particle and a text that reads', () => {
    const result = analyse([
      'Ilse Brandt, the harbour chief, faced the board on Monday.',
      '“It is a bad trade,” Brandt barked.',
      '“And nobody here wants it,” Brandt went on, as the room fell quiet.',
      '“Not on our watch,” fired back Tomas Reyes, the board’s treasurer.',
      '“No new levy,” the banner read.',
    ]);
    expect(directQuotes(result)).toEqual([
      'It is a bad trade, → Ilse Brandt',
      'And nobody here wants it, → Ilse Brandt',
      'Not on our watch, → Tomas Reyes',
      'No new levy, → the banner',
    ]);
  });

  it('does not let "it read" credit the nearest company', () => {
    const result = analyse(['The Lestria Ferry Company put up a sign.', '“Closed for the winter,” it read.']);
    expect(directQuotes(result)).toEqual([]);
  });

  it('never hands a quote credited to someone else by an unknown verb to the previous speaker', () => {
    const result = analyse([
      'Ilse Brandt, the harbour chief, faced the board on Monday.',
      '“It is a bad trade,” Brandt said.',
      '“Not on our watch,” thundered Tomas Reyes, the board’s treasurer.',
    ]);
    expect(directQuotes(result)).toEqual(['It is a bad trade, → Ilse Brandt']);
  });

  it('keeps a question and the verb after it in one sentence, but not a full stop and the next sentence', () => {
    const result = analyse([
      'Ilse Brandt, the harbour chief, faced the board on Monday.',
      '“Who pays for it?” Brandt went on, as if nobody in the hall had heard her. “Nobody knows.”',
      'Brandt once called Tomas Reyes “a failed treasurer.” Reyes fired back in March.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Who pays for it? → Ilse Brandt',
      'Nobody knows. → Ilse Brandt',
      'a failed treasurer. → Ilse Brandt',
    ]);
  });

  it('reads the subject’s words before a quote: "by saying", "went on to say", "as X puts it", "X answered,"', () => {
    const result = analyse([
      'Ilse Brandt ended the meeting by saying, “We will meet again in May.”',
      'Tomas Reyes went on to say, “Nobody here wants this levy.”',
      'As Ada Brenner puts it, “The ferry is the town.”',
      'Ilse Brandt answered, “Not this year.”',
      'Tomas Reyes declined to say, “Nobody knows.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'We will meet again in May. → Ilse Brandt',
      'Nobody here wants this levy. → Tomas Reyes',
      'The ferry is the town. → Ada Brenner',
      'Not this year. → Ilse Brandt',
    ]);
  });

  it('reads "shot back" and "fired back" before a quote as the subject’s answer, not an earlier clause’s', () => {
    const result = analyse([
      'Ilse Brandt, the harbour chief, faced the board on Monday.',
      'After Tomas Reyes mocked the ferry plan at the debate, Brandt shot back, “I chose to fight for this town.”',
      'When Reyes said the port would shut, Brandt fired back sharply: “If they shut it, they will lose.”',
      'Asked whether the board should apologise, Ms. Brandt shot back: “That would be fair.”',
      '“Lestria stays Lestria,” an angry Brandt retaliated.',
    ]);
    expect(directQuotes(result)).toEqual([
      'I chose to fight for this town. → Ilse Brandt',
      'If they shut it, they will lose. → Ilse Brandt',
      'That would be fair. → Ilse Brandt',
      'Lestria stays Lestria, → Ilse Brandt',
    ]);
  });

  it('still reads these verbs as part of no name elsewhere', () => {
    const result = analyse(['“The count is done,” said Ilse Brandt, who read the figures to the board.']);
    expect(directQuotes(result)).toEqual(['The count is done, → Ilse Brandt']);
  });

  it('reads "said of X’s …" as what the speaker spoke of, never as a second speaker', () => {
    const result = analyse([
      'Mayor Ilse Brandt visited Dunmore on Monday.',
      '“That could be more proof of meddling,” Ada Brenner said of Brandt’s reported request to the board.',
    ]);
    expect(directQuotes(result)).toEqual(['That could be more proof of meddling, → Ada Brenner']);
  });

  it('credits a sentence ending in an inverted "…, said X" with a partial quote inside it', () => {
    const result = analyse([
      'Mayor Ilse Brandt visited Dunmore on Monday.',
      '“This will be a test” for Brandt, said Ada Brenner. “She can never be as bold as Reyes,” she said.',
      'The vote on the levy signals “the start of the end” for the council, said Tomas Reyes, head of the Harbour Party.',
    ]);
    expect(directQuotes(result)).toEqual([
      'This will be a test → Ada Brenner',
      'She can never be as bold as Reyes, → Ada Brenner',
      'the start of the end → Tomas Reyes',
    ]);
  });

  it('keeps a question with a credit that opens with a title, as in "…?” Mrs. Brandt said."', () => {
    const result = analyse([
      'Ilse Brandt sternly rebuked Mr. Reyes, saying in Dunmore that Mr. Reyes had met the family’s loss with scorn.',
      '“Mr. Varga gave everything for this town, didn’t he?” Mrs. Brandt said. “And what has he had from Tomas Reyes? Nothing but insults.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'Mr. Varga gave everything for this town, didn’t he? → Ilse Brandt',
      'And what has he had from Tomas Reyes? Nothing but insults. → Ilse Brandt',
    ]);
  });

  it('keeps a question with a credit that carries a party tag in its sentence, so no fact is the credit alone', () => {
    const result = analyse([
      '“Could any judge be approved with 60 votes?” Senate Majority Leader Ada Brenner, R-Ariz., asked on Tuesday. “If not, what then?”',
    ]);
    expect(directQuotes(result)).toEqual([
      'Could any judge be approved with 60 votes? → Ada Brenner',
      'If not, what then? → Ada Brenner',
    ]);
    expect(result.facts.map((fact) => fact.statement)).not.toContain(
      'Senate Majority Leader Ada Brenner, R-Ariz., asked on Tuesday.',
    );
  });
});

describe('a verb of judging after a full stop, with an object of its own', () => {
  it('opens the next sentence, and never takes the quote from its credit', () => {
    const result = analyse([
      'A spokesman for the Tarsa Labour Party, Brad Vance, said Mr. Brandt was “betting against our crews.” Harbour officials dismissed that criticism.',
    ]);
    expect(directQuotes(result)).toEqual(['betting against our crews. → Brad Vance']);
  });
});

describe('a verb of saying with its comma before the quote, and a credit after it', () => {
  it('gives the words to the verb’s subject: the credit after tells the whole scene', () => {
    const result = analyse([
      'Brenner described a night on the quay. The constable shouted, “Where are you going? Stop there!” Brenner recalled.',
      'When asked about the tender, Okafor said: “We will not comment,” the Harbour Gazette reported.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Where are you going? Stop there! → the constable',
      'We will not comment, → Okafor',
    ]);
  });
});
