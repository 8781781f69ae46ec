// "Said the president", "the minister said": the nearest person who holds that office; no office from "a
// President Vance", and "former" kept with the title it qualifies. A vice president, a
// deputy minister or an assistant secretary holds another one. "Reyes’s campaign" is a body of Reyes's only.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('speakers named by their office', () => {
  it('gives “the president” to the president, not to the vice president named nearer the quote', () => {
    const result = analyse([
      'President Ilse Brandt unveiled the flood plan on Monday.',
      'The plan came out of a month-long review led by Vice President Tomas Reyes.',
      '“We cannot wait for the next storm,” said the president, speaking about the plan as a whole.',
    ]);
    expect(directQuotes(result)).toEqual(['We cannot wait for the next storm, → Ilse Brandt']);
  });

  it('gives “the minister” to the minister, not to the deputy minister', () => {
    const result = analyse([
      'Finance Minister Ada Brenner presented the budget in Korvin.',
      'Deputy Finance Minister Jorund Halvik took questions on the figures afterwards.',
      '“The budget will hold,” the minister said.',
    ]);
    expect(directQuotes(result)).toEqual(['The budget will hold, → Ada Brenner']);
  });

  it('gives “the vice president” to the vice president', () => {
    const result = analyse([
      'Vice President Tomas Reyes toured the dikes on Monday with President Ilse Brandt.',
      'The works are late, the vice president said, and “the next storm will not wait for us.”',
    ]);
    expect(directQuotes(result)).toEqual(['the next storm will not wait for us. → Tomas Reyes']);
  });

  it('never gives an office to a relative named by it: the niece of the mayor is not the mayor', () => {
    const result = analyse([
      'Nadia Brook, the daughter of former Vice President Leon Brook, spoke at the quarry rally.',
      '“The hills belong to our children,” the former vice president said.',
      'Lena Hale, niece of Mayor Tess Hale, joined them. “We will win this,” the mayor said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The hills belong to our children, → Leon Brook',
      'We will win this, → Tess Hale',
    ]);
  });

  it('keeps “Reyes’s campaign” as written rather than crediting a body named later that is not his', () => {
    const result = analyse([
      'Reyes’s campaign confirmed that the candidate had given paid speeches since spring.',
      '“It is unusual,” said Ada Brenner, a lawyer with the Campaign Ethics Office.',
      'Lestria’s Health Ministry opened the clinics on Monday. Lestria’s ministry said that the clinics would stay open.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the candidate had given paid speeches since spring → Reyes’s campaign',
      'the clinics would stay open → Lestria’s Health Ministry',
    ]);
  });

  it('gives no one a “he” whose sentence opened with an unnamed office holder, rather than the man he berated', () => {
    const result = analyse([
      'Governor Tomas Reyes left a message for Otto Hallam on Friday.',
      'In a recording obtained by the Lestria Post, the governor gave his name and then scolded Hallam at length.',
      '“I want you to prove it,” he said in the message.',
      'The director of the port, Ada Brenner, read the transcript. “It is not the first,” she said.',
    ]);
    expect(directQuotes(result)).toEqual(['It is not the first, → Ada Brenner']);
  });

  it('names "the spokesperson" by the earlier description it stands for, so two firms’ spokespeople stay apart', () => {
    const result = analyse([
      'A spokesperson for Brennock Polymers says the firm checks every request.',
      '“We disclose data only under the law,” the spokesperson said.',
      'A Korvin Courier spokesman said the paper only gives data after an order.',
      '“We only comply with orders about single accounts,” the spokesman said.',
      'A source at the Tarsa station said the tapes were lost. “Nobody knows where they went,” the source said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We disclose data only under the law, → a spokesperson for Brennock Polymers',
      'We only comply with orders about single accounts, → a Korvin Courier spokesman',
      'Nobody knows where they went, → the source',
    ]);
  });

  it('shows no office from a hypothetical title, and a past one as past', () => {
    const result = analyse([
      'Mitt Vance said a President Vance would veto the harbour levy.',
      '“We will not raise fares,” Mr. Vance said.',
      'Mayor Ilse Brandt had not picked former Representative Otto Hallam for the seat.',
      '“I wanted it,” Hallam said.',
    ]);
    const roles = result.quotes
      .filter((q) => q.kind === 'direct')
      .map((q) => `${q.speaker} (${q.role ?? ''})`);
    expect(roles).toEqual(['Mitt Vance ()', 'Otto Hallam (former Representative)']);
  });

  it('keeps the dot of a name’s suffix', () => {
    const result = analyse([
      'Former Representative Jesse Vance Jr. said on Monday that he would repay the fund.',
    ]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Jesse Vance Jr.']);
  });

  it('never takes a group opening a sentence ("Proponents say") for a person named since the governor', () => {
    const result = analyse([
      'Gov. Tomas Brenner of Tarsa said on Monday that he would seek a bill to clarify the harbour law.',
      'Proponents say the law should let ferry owners refuse cargo.',
      '“I support the law, and I will not repeal it,” the governor said.',
    ]);
    expect(directQuotes(result)).toEqual(['I support the law, and I will not repeal it, → Tomas Brenner']);
  });

  it('gives a "he" after "the governor said" to the governor named with a shortened title', () => {
    const result = analyse([
      'Gov. Tomas Reyes signed the harbour bill on Monday.',
      'Critics say the bill leaves the ferries without a budget.',
      'Asked whether he would fund them, the governor replied he had no plans to. “That is not on my desk,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['That is not on my desk, → Tomas Reyes']);
  });

  it('gives "he" after "the governor said" to the governor named with "Gov." when those named since hold other roles', () => {
    const result = analyse([
      'Gov. Tomas Brenner of Tarsa said on Monday that he would seek a bill to clarify the harbour law.',
      'Defending the law in an interview with the host, Ilse Dorne, the governor pointed to a bill that President Otto Hallam signed when he was a mayor.',
      'Asked if he would widen the law, the governor said he had no such plan. “That is not on my list,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['That is not on my list, → Tomas Brenner']);
  });

  it('takes "the president" for the one whose title names no other nation ("Kardonian President X")', () => {
    const result = analyse([
      'President Ada Brenner will meet Kardonian President Otto Hallam in Tarsa on Monday.',
      'Senator Tomas Reyes said he feared that Hallam would take full advantage of the talks. The president has said she plans to meet with the Kardonian leader alone.',
    ]);
    expect(indirectQuotes(result)).toContain(
      'she plans to meet with the Kardonian leader alone → Ada Brenner',
    );
  });

  it('never merges "President Vrenn" into one of two namesakes named together ("Mira and Tessa Vrenn")', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'A staffer mocked Mira and Tessa Vrenn’s clothes at the ferry launch.',
      'The daughters join President Vrenn at the launch every year. Before the ribbon was cut, the president remarked that it was “odd that I still do this every spring.”',
    ]);
    expect(directQuotes(result)).toEqual(['odd that I still do this every spring. → Vrenn']);
  });

  it('keeps "the senator" as written, not a holder of a shortened title, once another person is named since', () => {
    const result = analyse([
      'Sen. Ada Brenner spoke at the harbour on Monday.',
      'Tomas Reyes stopped by his campaign office on Tuesday to thank volunteers.',
      'The senator told them the race was “tightening by the hour.”',
    ]);
    expect(directQuotes(result)).toEqual(['tightening by the hour. → the senator']);
  });
});

describe('a role held over years that have ended', () => {
  it('is a former role: "Peru’s president from 2001 to 2006" no longer reads as the president', () => {
    const result = analyse([
      'Vicente Ruiz, Peru’s president from 2001 to 2006, said the plan was “a fantasy.”',
      'Ada Brenner, the mayor between 2009 and 2013, said she was “not surprised.”',
      'Otto Hallam, a senator from 2012, said the vote was “a good start.”',
    ]);
    expect(result.quotes.map((quote) => `${quote.speaker} (${quote.role})`)).toEqual([
      'Vicente Ruiz (Peru’s former president)',
      'Ada Brenner (former mayor)',
      'Otto Hallam (senator)',
    ]);
  });
});

describe('a clause before a name and its comma', () => {
  it('gives the name no role: the role read from its start was the clause subject’s', () => {
    const result = analyse([
      'A witness interviewed by council staff said the port’s head of security, Tomas Reyes, told workers to keep quiet about the leak.',
      'The witness said the order was meant to “protect the mayor’s budget.”',
    ]);
    expect(directQuotes(result)).toEqual(['protect the mayor’s budget. → the witness']);
  });
});

describe('a role after a clause’s verb, before a name and its comma', () => {
  it('is read from the noun phrase after the verb, never from the clause subject’s title', () => {
    const result = analyse([
      'President Otto Vance on Monday defended his senior adviser, Ada Brenner, who said the pier was “safe again.”',
    ]);
    expect(result.quotes.map((quote) => `${quote.speaker} (${quote.role})`)).toEqual([
      'Ada Brenner (senior adviser)',
    ]);
  });
});

describe('a role noun in the possessive', () => {
  it('owns the role after it, and does not head it', () => {
    const result = analyse([
      'The mayor’s longtime political adviser, Ada Brenner, said the levy was “dead on arrival.”',
    ]);
    expect(result.quotes.map((quote) => `${quote.speaker} (${quote.role})`)).toEqual([
      'Ada Brenner (mayor’s longtime political adviser)',
    ]);
  });

  it('keeps "then-" with the title it qualifies: the office was held then', () => {
    const result = analyse([
      '“The port is closed,” said then-Harbour Director Tomas Reyes.',
      '“It is open again,” said then-acting Deputy Mayor Ada Brenner.',
    ]);
    expect(result.quotes.map((quote) => quote.role)).toEqual([
      'then-Harbour Director',
      'then-acting Deputy Mayor',
    ]);
  });
});
