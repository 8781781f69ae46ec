// Whom "he", "she" and "it" stand for when the nearest name is not the speaker: a relative named by given
// name alone or in full, a person no lexicon knows whom ", who" shows to be one, a woman whose role says so though her
// given name is usually a man's, a speaker who opened the sentence before naming others as objects, people
// named in an opening phrase, the one who asks rather than the one asked, the one "He" opening the sentence
// before stands for rather than the people it names, and never the person a participle opening the sentence
// names ("Praising Hallam, he said") or the person "Of …," says he spoke about; and "his office" is a man's,
// not that of a person whose given name tells no sex.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('pronoun referents', () => {
  it('reads a given name set off after "his wife" as a woman, so "she said" finds her', () => {
    const result = analyse([
      'Mayor Ilse Brandt opened the session on Monday.',
      'Tomas Reyes and his wife, Ada, toured the plant in Lestria.',
      '“We were impressed by the new line,” she said.',
    ]);
    expect(directQuotes(result)).toEqual(['We were impressed by the new line, → Ada']);
  });

  it('names a given name after "<Surname>’s husband" with the surname, and only for a relative', () => {
    const result = analyse([
      'Mayor Ilse Brandt opened the session on Monday.',
      'Brandt’s husband, Tomas, spoke after her. “I have to watch what I say,” he said.',
      'Brandt’s spokesman, Iwo, added: “The mayor will answer on Friday.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'I have to watch what I say, → Tomas Brandt',
      'The mayor will answer on Friday. → Iwo',
    ]);
  });

  it('reads a full name after "his wife" as a woman, though her given name tells no gender', () => {
    const result = analyse([
      'Rep. Tomas Varga said on Monday that he had not sent the photo.',
      'The congressman also spoke of the toll the story was taking on his wife, Huma Kellin, a longtime aide to Secretary Ana Ruiz.',
      '“I’m protecting my wife,” he told reporters.',
    ]);
    expect(directQuotes(result)).toEqual(['I’m protecting my wife, → Tomas Varga']);
  });

  it('goes on with the "she said" of the sentence before, not a woman her report mentions after it', () => {
    const result = analyse([
      'Ada Brenner, a teacher from Tarsa, came to the rally with her husband.',
      'What upset her most, she said, was a question a student put to Mayor Ilse Brandt on Monday.',
      '“I was furious,” she said.',
    ]);
    expect(directQuotes(result)).toEqual(['I was furious, → Ada Brenner']);
  });

  it('takes a possessive before a verb for its owner, the subject of the main clause', () => {
    const result = analyse([
      'If the harbour guild’s opening address - given by ferry captain Otto Hallam - was remembered for scolding Mayor Ada Brenner, Tomas Beck’s stood out for asking the guild to change course.',
      '“This season can still turn round for the crews,” he told the hall.',
    ]);
    expect(directQuotes(result)).toEqual(['This season can still turn round for the crews, → Tomas Beck']);
  });

  it('gives a bare surname shared by a man and a woman to the one its pronouns say', () => {
    const result = analyse([
      'Senator Tomas Varn spoke in Tarsa on Monday.',
      'A group that opposes Varn ran an ad with an old photo of Ilse Varn, a former model.',
      'The ad shows Mrs. Varn on a yacht, and Ilse Varn has not commented.',
      'An angry Varn lashed out at the group, saying he would sue it.',
      'Varn has said he will not back down.',
      '“The ad is a lie,” Varn said.',
    ]);
    expect(directQuotes(result)).toEqual(['The ad is a lie, → Tomas Varn']);
  });

  it('does not count a "her" the bare surname acts on as the surname’s own pronoun', () => {
    // "began attacking her", "telling her the same thing": the woman is the object, someone else; the one
    // who acts is the congressman, whom "his wife" twice says is a man.
    const result = analyse([
      'Rep. Alan Brenner is running for the Senate in Lestria.',
      'He rang donors on Wednesday for his second wife, Dena Brenner, who wants his House seat.',
      'Dena Brenner has raised 300,000 dollars, and Dena Brenner spoke to donors on Friday.',
      'When Tova Lind refused to step aside, Brenner began attacking her and trying to push her out.',
      'A colleague recalled Brenner telling her the same thing at a dinner in March.',
      'Brenner hit the phones this week on behalf of his wife.',
      'At a March meeting of the caucus, Brenner argued that the group should back his wife.',
      '“She is going to have my name,” Brenner said.',
    ]);
    expect(directQuotes(result)).toEqual(['She is going to have my name, → Alan Brenner']);
    expect(indirectQuotes(result)).toContain('the group should back his wife → Alan Brenner');
  });

  it('weighs a speaker at the pronoun that opened her sentence, before the names it goes on to mention', () => {
    const result = analyse([
      'Senator Ilse Brandt answered the mayor on Friday.',
      'She says the posts accusing Ada Brenner of fraud are “lies and smears.”',
      'Her reply came in a series of posts.',
      'She wrote: “When something upsets him, he lashes out.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'lies and smears. → Ilse Brandt',
      'When something upsets him, he lashes out. → Ilse Brandt',
    ]);
  });

  it('passes over the people an opening phrase names: "Asked by …," "Speaking on “…,”"', () => {
    const asked = analyse([
      'Asked by Tomas Reyes to answer the mayor, Ilse Brandt’s rival Otto Hallam said, “Voters will judge.”',
      '“I would put it another way,” he continued.',
    ]);
    expect(directQuotes(asked)).toContain('I would put it another way, → Otto Hallam');
    const speaking = analyse([
      'Speaking on “Lestria Weekly,” Senator Otto Hallam, a Korvin Democrat, said Mayor Tomas Reyes must apologize.',
      '“He owes the harbour workers an apology,” he said.',
    ]);
    expect(directQuotes(speaking)).toEqual(['He owes the harbour workers an apology, → Otto Hallam']);
  });

  it('passes over the people an "asked if …," phrase after a time names', () => {
    const result = analyse([
      'Deputy Mayor Tomas Reyes spoke to reporters in Tarsa on Friday.',
      'In one post, Lestrileaks urged the council to name its founder harbour master.',
      'Days before the ballot, asked if his office had been “in touch” with Lestrileaks, Reyes rejected the claim. “That is simply untrue,” he said.',
      'Ada Brenner, asked if she backed the levy, said she had doubts. “The sums do not work,” she said.',
    ]);
    expect(directQuotes(result)).toContain('That is simply untrue, → Tomas Reyes');
    expect(directQuotes(result)).toContain('The sums do not work, → Ada Brenner');
  });

  it('gives the answer to the one asked, not the asker', () => {
    const result = analyse([
      'The host Ilse Brandt spoke first.',
      'Otto Hallam then asked Tomas Reyes which districts he could carry.',
      '“We feel good about every one of them,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['We feel good about every one of them, → Tomas Reyes']);
  });

  it('never gives "he" to the person a participle opening his sentence names', () => {
    const result = analyse([
      'Tomas Reyes spoke in Korvin on Monday.',
      '“The port is ours,” he said.',
      'Praising Mayor Otto Hallam, he said the toll plan was “a good start.”',
      'Saying Hallam, he said, was “too timid an answer.”',
      'The real test, he said, is the harbour.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The port is ours, → Tomas Reyes',
      'a good start. → Tomas Reyes',
      'too timid an answer. → Tomas Reyes',
    ]);
    // An opening clause is not a participle: "When Hallam arrived, he said" may well be Hallam.
    const when = analyse(['When Otto Hallam arrived in Tarsa, he said the port was “ready for the season.”']);
    expect(directQuotes(when)).toEqual(['ready for the season. → Otto Hallam']);
  });

  it('never gives "he" to the person "Of …," or "Asked about …," names: he spoke about them', () => {
    const result = analyse([
      'Tomas Reyes spoke to farmers in Tarsa on Monday.',
      '“The harbour will stay open,” he said.',
      'Of Mayor Otto Hallam, he said, “We disagree on tolls, but I respect him.”',
      'On the topic of Hallam, he said he was “a tough negotiator.”',
      'Asked about Hallam’s rival Jonas Albrecht, he replied: “I have never met him.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The harbour will stay open, → Tomas Reyes',
      'We disagree on tolls, but I respect him. → Tomas Reyes',
      'a tough negotiator. → Tomas Reyes',
      'I have never met him. → Tomas Reyes',
    ]);
  });

  it('reads a woman from her role before the usual gender of her given name: "widow Terry Holm"', () => {
    const result = analyse([
      'The toll bill drew fire in Korvin.',
      '“It is wrong,” said harbour widow Terry Holm.',
      'She continued, “We want our day in court.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'It is wrong, → Terry Holm',
      'We want our day in court. → Terry Holm',
    ]);
  });

  it('follows "He" opening the sentence before to its person, past the people that sentence names', () => {
    const result = analyse([
      'Tomas Reyes spoke at the pier on Monday.',
      'He said the toll plan had cost Mayor Otto Hallam the fishermen’s vote.',
      '“Nobody in Tarsa will forget it,” he said.',
      'Otto Hallam arrived later. “It was a long day,” he said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Nobody in Tarsa will forget it, → Tomas Reyes',
      'It was a long day, → Otto Hallam',
    ]);
  });

  it('goes on with a "he" joined by "and" to an earlier "he" of the sentence, past the man that one named', () => {
    const result = analyse([
      'Tomas Reyes spoke at the pier on Monday.',
      'In the end he thanked Otto Hallam for the loan, and he said the ferry would sail in May.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the ferry would sail in May → Tomas Reyes']);
  });

  it('takes a name that ", who" follows for a person, so "she" finds her and not the daughter she lost', () => {
    const result = analyse([
      'Families met the council in Korvin on Monday.',
      'Marit Solveig, who lost her daughter Ada Brenner in the flood, said the mayor had ignored them.',
      '“He promised to meet us face to face,” she said.',
    ]);
    expect(directQuotes(result)).toEqual(['He promised to meet us face to face, → Marit Solveig']);
  });
});

describe('a verb of saying inside a relative clause set off by commas', () => {
  it('credits nothing when the clause closes before the quote: the words are the main speaker’s', () => {
    const result = analyse([
      'Reyes said that the union leaders, who had called him out for skipping a rally, could “take a long walk.”',
      'The crowd cheered Ilse Maren, who joked of the pier, “I have not walked it yet.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'take a long walk. → Reyes',
      'I have not walked it yet. → Ilse Maren',
    ]);
  });
});

describe('a participle after a relative clause with its own verb of saying', () => {
  it('never goes to the relative clause’s subject', () => {
    const result = analyse([
      'The mayor’s office rejected the claims, which the Harbour Gazette first reported, telling the paper the claims were “the very definition of a smear.”',
    ]);
    expect(directQuotes(result)).not.toContain('the very definition of a smear. → Harbour Gazette');
  });

  it('gives "his office" to the man named before, not to a person whose given name tells no sex', () => {
    const result = analyse([
      'Tomas Crowe is quitting the council.',
      'Crowe settled a claim his former scheduler, Dana Pell, had filed. Pell said she was let go.',
      'His office said he would repay the money.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she was let go → Dana Pell',
      'he would repay the money → Crowe’s office',
    ]);
  });
});

describe('a "he" after "and" whose earlier "he" stands in a clause of its own', () => {
  it('is not read as that "he": the clause may be about someone else', () => {
    const result = analyse([
      'Otto Hallam met Tomas Reyes.',
      'Although Hallam said he was tired, Reyes kept talking, and he said the port would close.',
      'Ilse Varga met Ada Brenner. Because she had lost, Brenner stayed home, but she said the lease was void.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he was tired → Otto Hallam',
      'the port would close → Tomas Reyes',
      'the lease was void → Ada Brenner',
    ]);
  });

  it('goes on with a "he" that opens the main clause after an opening clause', () => {
    const result = analyse([
      'Tomas Reyes spoke on Monday.',
      'If the fares stay, he is Hallam’s rival on the board, and he says the plan must go.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the plan must go → Tomas Reyes']);
  });
});
