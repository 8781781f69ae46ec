// Lines editors marked wrong on real sheets in session 44, each rebuilt from invented text. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('lines editors marked wrong (session 44)', () => {
  it('gives "he claimed" to the main clause’s subject past "Soon after the killing of Father …"', () => {
    const result = analyse([
      'Dale Corbin spoke in Varna on Monday.',
      'Soon after the brutal killing of Father Tomas Berg in Lyon, Corbin asserted that Lestria had lost its way: “Lestria is no longer Lestria,” he claimed.',
      'Not long after the death of Father Piet Lind, Ana Ruiz wrote to the bishop: “We grieve with you,” she said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Lestria is no longer Lestria, → Dale Corbin',
      'We grieve with you, → Ana Ruiz',
    ]);
  });

  it('gives a participle to the subject that opens the sentence, not to the object after a plain verb', () => {
    const result = analyse([
      'Tomas Reyes has gained in the polls.',
      'Party leaders see Reyes as a threat, arguing that his attacks have hurt the nominee.',
    ]);
    expect(indirectQuotes(result)).toEqual(['his attacks have hurt the nominee → Party leaders']);
  });

  it('ends a report before the reporter’s aside after a hyphen typed as a dash', () => {
    const result = analyse([
      'The clerk told agents that he had not made the changes the mayor requested - though he told differing accounts of the night.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he had not made the changes the mayor requested → the clerk']);
  });

  it('credits a finding to the poll a body ran, not to the body', () => {
    const result = analyse([
      'According to an online University of Lestria/Varna Courier poll out Thursday, the senator and the mogul each have 27 percent.',
      'The mayor leads by nine points, according to a Varna Courier poll.',
      'The port lost money in May, according to the Bureau of Harbour Statistics.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the senator and the mogul each have 27 percent → an online University of Lestria/Varna Courier poll',
      'The mayor leads by nine points → a Varna Courier poll',
      'The port lost money in May → Bureau of Harbour Statistics',
    ]);
  });

  it('keeps the abbreviation’s dot inside a role: "the father of a fallen U.S. sailor"', () => {
    const result = analyse([
      'Tomas Reyes, the father of a fallen U.S. sailor, spoke at the convention.',
      'Reyes said the war had cost “everything we had.”',
    ]);
    expect(result.quotes.map((quote) => quote.role)).toContain('father of a fallen U.S. sailor');
  });

  it('shows no source’s report where the outlet cites records for its own reporting', () => {
    const result = analyse([
      'As this reporter revealed, Tomas Reyes is not even a member of the board he leads, according to county documents.',
      'Ana Ruiz is not a member of the board she leads, according to county documents.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Ana Ruiz is not a member of the board she leads → county documents',
    ]);
  });

  it('takes "she said" to a woman whose given name is given to both sexes, not to a man named before', () => {
    const result = analyse([
      'Fans cheered before the final between Tomas Berg and Piet Lind.',
      'Berg told a reporter he felt “very calm” ahead of the race.',
      'Swim great Billie Ann Kiel remembered Lind as fun to be around. She saw him race in 1971.',
      '“He always waved at me, ‘Billie Ann Kiel, you are the Queen,’” she said.',
    ]);
    expect(directQuotes(result)).toContain(
      'He always waved at me, ‘Billie Ann Kiel, you are the Queen,’ → Billie Ann Kiel',
    );
  });

  it('never gives "He says" after "the <State> Republican on Tuesday dismissed <A>’s plan" to <A>', () => {
    const result = analyse([
      'Senate Majority Leader Dale Corbin is criticizing President Tomas Reyes as a weak leader.',
      'In a written reply, the Ohio Republican on Friday rejected Reyes’s orders to tighten port rules. He says the Senate will watch the orders carefully to make sure they respect the law.',
    ]);
    // Corbin, the sentence before's subject, or no one: never Reyes, named only as the owner of the plan.
    expect(indirectQuotes(result).filter((line) => line.endsWith('→ Tomas Reyes'))).toEqual([]);
    expect(indirectQuotes(result).length).toBeLessThanOrEqual(1);
  });

  it('ends a quote closed by mistake with a single mark, before the reporter’s sentences after it', () => {
    const result = analyse([
      'Ada Kiel backed the plan.',
      'Kiel tweeted: “Let’s go. We sail at dawn.’ Kiel was at the pier on Tuesday. She became a voice for the crews after a storm hit a screening of her film, “Storm.”',
    ]);
    expect(directQuotes(result)).toEqual(['Let’s go. We sail at dawn. → Ada Kiel']);
  });

  it('gives a figure quoted from a memo to its writer, not to whoever "agreed to make" the payment', () => {
    const result = analyse([
      'Tomas Reyes sent a memo to the Courier explaining his plan, which includes holding back fees until the Lestrian government agreed to hand over a single payment to the harbour of “$5-10 million.”',
      'Dale Corbin agreed to a call, but only to tell Ruiz that he will not agree to a “token” meeting.',
    ]);
    expect(directQuotes(result)).toEqual(['$5-10 million. → Tomas Reyes', 'token → Dale Corbin']);
  });

  it('shows no demand for a thing as a report, but a report made on a day or on the air', () => {
    const result = analyse([
      'Tomas Reyes has insisted on raising a fence along the river, despite critics.',
      'Ana Ruiz insisted on Lestria Radio that the port would stay open.',
      'Dale Corbin insisted on several occasions that the vote was fair.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the port would stay open → Ana Ruiz',
      'the vote was fair → Dale Corbin',
    ]);
  });
});

describe('a key fact the next sentence takes back (session 44)', () => {
  it('is no key fact: "only photos of … The one exception is …"', () => {
    const result = analyse([
      'Port chief Ada Kiel keeps only photos of her family on the walls of her office. The one exception is Tomas Reyes, who sailed with her in 1990.',
      'Kiel paid 40 dollars for the frame in 1999.',
    ]);
    const facts = result.facts.map((fact) => fact.statement);
    expect(facts).toContain('Kiel paid 40 dollars for the frame in 1999.');
    expect(facts.some((fact) => fact.includes('only photos'))).toBe(false);
  });
});

describe('a reviewer’s probes of the session’s rules (session 44)', () => {
  it('gives "he said" to the opener’s person when the main clause’s "he" takes them up', () => {
    const result = analyse([
      'Soon after Tomas Reyes took office, he fired Dale Corbin. “It had to be done,” he said.',
      'After Ana Ruiz won the vote, she thanked Ada Kiel. “I owe the crews everything,” she said.',
      'Soon after Tomas Reyes left the hall, Dale Corbin took the stage. “We won tonight,” he said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'It had to be done, → Tomas Reyes',
      'I owe the crews everything, → Ana Ruiz',
      'We won tonight, → Dale Corbin',
    ]);
  });

  it('never cuts a speaker at a role word that is also a verb ("judge", "coach"), nor at "like"', () => {
    const result = analyse([
      'Federal judge Ana Ruiz blocked the law, saying it broke the charter.',
      'Head coach Dale Corbin praised his crew, saying they never gave up.',
      'Critics like Ada Kiel attacked the budget, arguing it was unfair.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'it broke the charter → Ana Ruiz',
      'they never gave up → Dale Corbin',
      'it was unfair → Ada Kiel',
    ]);
  });

  it('keeps people cited after the outlet’s own "As we noted", and no report where it cites records', () => {
    const result = analyse([
      'As we noted earlier, the bridge is unsafe, according to Ana Ruiz, the city engineer.',
      'As this newspaper reported in May, Tomas Reyes took $40,000 from the firm, according to court records.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the bridge is unsafe → Ana Ruiz']);
  });

  it('reads no poll or report as the source of a comma-less opening that runs into the claim', () => {
    const result = analyse([
      'According to a Varna Institute report on Monday the port lost money, Ana Ruiz said.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'According to a Varna Institute report on Monday the port lost money → Ana Ruiz',
    ]);
  });

  it('keeps the speaker’s own condition or limit after a typed dash', () => {
    const result = analyse([
      'Tomas Reyes said the port would reopen - even if the unions object.',
      'Ana Ruiz said the ferry would stay open - though only until March.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the port would reopen - even if the unions object → Tomas Reyes',
      'the ferry would stay open - though only until March → Ana Ruiz',
    ]);
  });

  it('keeps a second reviewer’s cases as they were (session 44)', () => {
    const result = analyse([
      'The Republican nominee, Dale Corbin, said taxes would fall. “We will cut them,” he said.',
      'After Ada Kiel stepped down, she was succeeded by Ana Ruiz. “I have big shoes to fill,” she said.',
      'Piet Lind agreed to call the deal “a fresh start.”',
      'Police want Ada Kiel to testify, saying she saw the crash.',
      'Reyes said the union would strike on Monday, despite the offer, unless the board resigned.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We will cut them, → Dale Corbin',
      'I have big shoes to fill, → Ana Ruiz',
      'a fresh start. → Piet Lind',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'taxes would fall → Dale Corbin',
      'she saw the crash → Police',
      'the union would strike on Monday, despite the offer, unless the board resigned → Reyes',
    ]);
  });

  it('keeps a third reviewer’s cases as they were (session 44)', () => {
    const result = analyse([
      'After Tomas Reyes finished, he was followed at the podium by Dale Corbin. “I disagree with every word,” he said.',
      'The Democrat boss, Ana Ruiz, said fares would fall. “We will cut them,” she said.',
      'Civil rights lawyer Ana Ruiz sued the port, saying it broke the law.',
      'Ada Kiel agreed to confirm the ferry was “safe.” Kiel also insisted on a “full and fair” recount.',
    ]);
    expect(directQuotes(result)).toEqual([
      'I disagree with every word, → Dale Corbin',
      'We will cut them, → Ana Ruiz',
      'safe. → Ada Kiel',
      'full and fair → Ada Kiel',
    ]);
    expect(indirectQuotes(result)).toEqual(['fares would fall → Ana Ruiz', 'it broke the law → Ana Ruiz']);
  });
});
