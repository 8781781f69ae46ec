// Speaker names as real copy writes the words around them: a title that runs into the name, a college
// named after a saint, a preposition opening the sentence, an honorific after a place, a city in letters, a
// surname that also ends bodies' and places' names ("Cross", "Hall", "Post"), a body named with "on", a body's
// name and a title run into the name of the person who holds it.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { isGluedClock } from '../../../src/analysis/offline/glued-clock.ts';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('speaker names', () => {
  it('takes "Speaker of the House Newt Halvard" to be Newt Halvard', () => {
    const result = analyse([
      'Former Speaker of the House Newt Halvard praised the ferry crews. “They are heroes,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['They are heroes, → Newt Halvard']);
  });

  it('never gives "Mr." a woman of the same surname whose role says she is one', () => {
    const result = analyse([
      "At the dugout, the governor's daughter Alma Vrenn chatted with two senators.",
      'When a video message from Governor Vrenn played on the big screen, some fans booed.',
      '“You are showing the state that we will not be bullied,” Mr. Vrenn said.',
    ]);
    expect(directQuotes(result)).toEqual(['You are showing the state that we will not be bullied, → Vrenn']);
  });

  it('reads "Whip" as a title before a name, so a "he" after the whip\'s quote is the whip\'s', () => {
    const result = analyse([
      'President Tomas Reyes ordered a review.',
      '“There will be a review of what funds can be used,” said House Minority Whip Stavo Brandt. He added that Halloran was looking into the matter with the election board.',
    ]);
    expect(directQuotes(result)).toEqual([
      'There will be a review of what funds can be used, → Stavo Brandt',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Halloran was looking into the matter with the election board → Stavo Brandt',
    ]);
    expect(result.quotes[0]?.role).toBe('House Minority Whip');
  });

  it('never takes a body named after a title word ("the General Assembly") for a person', () => {
    const result = analyse([
      'Anton Torvik leads the league.',
      "On Mr. Torvik's watch the General Assembly set up a fund for ferry crews. He has long spoken up for the crews. This spring, he said he would welcome a woman taking over from him as head of the league.",
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he would welcome a woman taking over from him as head of the league → Anton Torvik',
    ]);
  });

  it('reads past a party label in apposition ("Gov. X of Korvin, a Democrat, told …") to the person it describes', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'From Tarsa on Monday, Gov. Otto Hallam of Korvin, a Democrat, told a radio host that if the mayor signs the levy, “the league may well move the final out of the state.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'the league may well move the final out of the state. → Otto Hallam',
    ]);
  });

  it('keeps a dotted abbreviation in a speaker phrase ("the F.B.I. director", "the U.N. envoy")', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'On Friday, ferry crews stayed home; later the F.B.I. director told us he had never been so angry about his agents going unpaid.',
      'The U.N. envoy said the talks had gone well.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he had never been so angry about his agents going unpaid → the F.B.I. director',
      'the talks had gone well → the U.N. envoy',
    ]);
  });

  it('never reads a role that runs on into the next person\'s honorific ("…, Melka Vrenn, questioned Ms. Dorne’s …")', () => {
    const result = analyse([
      'President Vrenn spoke on Monday.',
      'In a note that evening, the first lady, Melka Vrenn, questioned Ms. Dorne’s judgment. “As a mother, I find that photo very disturbing,” she said.',
      '“Our case is strong,” Mr. Vrenn wrote later.',
    ]);
    expect(directQuotes(result)).toEqual([
      'As a mother, I find that photo very disturbing, → Melka Vrenn',
      'Our case is strong, → Vrenn',
    ]);
  });

  it('never takes a college named after a saint, nor a place before "Mr.", for a person who speaks', () => {
    const result = analyse([
      'Ahead of a forum at St. Anselm Community College, Ilse Brandt sat with students for what she described as “a chance to listen.”',
      'Speaking at the Harbour Hall, Mr. Cowley ruled out a run. “My time here will be brief,” he vowed.',
    ]);
    expect(directQuotes(result)).toEqual([
      'a chance to listen. → Ilse Brandt',
      'My time here will be brief, → Cowley',
    ]);
  });

  it('never starts a name with the preposition that opens the sentence', () => {
    const result = analyse([
      'Mayor Tomas Reyes met the union on Monday.',
      'Despite Reyes saying the talks had “come a long way,” the union was gloomier.',
    ]);
    expect(directQuotes(result)).toEqual(['come a long way, → Tomas Reyes']);
  });

  it('never credits a city written in letters, nor a possessive, with the words', () => {
    const result = analyse([
      'Two mayors mocked the chain, and then the mayor of Washington, DC, said it sold “bitter coffee.”',
      'Brandt argued that while the mayor’s remarks can “hurt people,” the new councillor’s remarks cannot.',
    ]);
    expect(directQuotes(result).filter((q) => /→ (DC|the new councillor’s)$/.test(q))).toEqual([]);
  });

  it('reads a given name spelt like "will" after "said" as the name it opens, not the previous speaker', () => {
    const result = analyse([
      'Costs keep rising faster than wages, Ada Brenner said.',
      '“It is a costly model,” said Will Varga, a professor of economics at Lestria University. “The biggest thing is rent.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'It is a costly model, → Will Varga',
      'The biggest thing is rent. → Will Varga',
    ]);
  });

  it('reads no speaker in a live blog’s time stamp run into a headline', () => {
    const result = analyse([
      'Tomas Reyes spoke to the council on Monday about the toll plan and the harbour.',
      'Ada Brenner shared this. Updated March 9, 2026 9:52 a.m.Reyes Says Toll Plan Will Carry The Harbour Through Winter',
      'The council met again on Tuesday.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
    const text = 'March 9, 2026 9:52PMReyes Says; the AMA said; Lena PMRoss';
    const word = (w: string) => ({
      text: w,
      start: text.indexOf(w),
      end: text.indexOf(w) + w.length,
      word: true,
    });
    expect(isGluedClock(text, word('PMReyes'))).toBe(true);
    expect(isGluedClock(text, word('AMA'))).toBe(false);
    expect(isGluedClock(text, word('PMRoss'))).toBe(false);
  });

  it('leaves the medium out of the speaker’s name: "said Brandt in a statement"', () => {
    const result = analyse(['“The levy was wrong,” said Brandt in a statement. “The port deserves better.”']);
    expect(directQuotes(result)).toEqual([
      'The levy was wrong, → Brandt',
      'The port deserves better. → Brandt',
    ]);
  });

  it('keeps a list’s "including" or "like" out of the role before a name', () => {
    const result = analyse([
      'Top Brandt advisers, including senior spokeswoman Ada Brenner, said the mayor is waiting. “We will see where this goes,” Brenner said.',
    ]);
    expect(result.quotes.map((q) => `${q.speaker} (${q.role})`)).toContain(
      'Ada Brenner (senior spokeswoman)',
    );
  });

  it('reads two joined offices as one role, and never shows a role cut inside its tail', () => {
    const roles = (text: string) => analyse([text]).quotes.map((q) => q.role);
    expect(
      roles(
        '“The order would divide the town,” said Ada Brenner, president and executive director of the Korvin Harbour Trust.',
      ),
    ).toEqual(['president and executive director of the Korvin Harbour Trust']);
    expect(
      roles(
        '“The vote was close,” said Tomas Reyes, director of the Centre for Ferry and Harbour Studies of the Free University of Tarsa at Korvin.',
      ),
    ).toEqual(['director']);
    expect(
      roles('“We were not told,” said Ilse Brandt, father and son of the harbour family.'),
    ).not.toContain('father and son');
  });

  it('keeps an ordinal that opens a name: “The 14th Amendment reads”', () => {
    const result = analyse([
      'The 14th Amendment reads: “All persons born in Lestria are citizens of Lestria.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'All persons born in Lestria are citizens of Lestria. → 14th Amendment',
    ]);
  });

  it('gives a given name joined by "and" to a full name that name’s surname, so a bare surname may be hers', () => {
    const result = analyse([
      'Ada and Tomas Brenner earned $2 million last year, according to returns released on Friday.',
      'The candidate posted the returns on her campaign website.',
      '“We have come a long way from the harbour,” Brenner said in a statement.',
    ]);
    expect(directQuotes(result)).toEqual(['We have come a long way from the harbour, → Ada Brenner']);
  });
});

describe('a movement named with a verb and a surname', () => {
  it('is no person, and a later bare surname is not its', () => {
    const result = analyse([
      '“Say thanks to the council,” tweeted the harbour chapter of Guild Nation, one of the loudest voices of the young, Resist Vance movement.',
      'Vance tweeted Tuesday he was not sure a deal would hold.',
      '“Nobody knows for sure that the deal will hold,” he said.',
    ]);
    expect(directQuotes(result).at(-1)).toBe('Nobody knows for sure that the deal will hold, → Vance');
  });

  it('keeps a man whose surname ends bodies\' names a person, so "he" after his surname is his', () => {
    for (const surname of ['Cross', 'Hall', 'Post', 'Lane']) {
      const result = analyse([
        'Donald Hale spoke in Tarsa on Monday.',
        `Richard ${surname}, a former aide to the governor, wrote an essay about the race.`,
        `${surname} said he would vote for Marsh, whom he called “the most cynical figure in a generation.”`,
      ]);
      expect(directQuotes(result)).toEqual([`the most cynical figure in a generation. → Richard ${surname}`]);
    }
  });

  it('still reads "the Red Cross", "Carnegie Hall" and "The Post" as what they name', () => {
    const result = analyse([
      'The Red Cross said it had sent 40 nurses to Tarsa.',
      '“We need blankets,” the Red Cross said.',
      '“The hall is sold out,” Carnegie Hall said.',
      '“We stand by the story,” The Post said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We need blankets, → Red Cross',
      'The hall is sold out, → Carnegie Hall',
      'We stand by the story, → Post',
    ]);
  });

  it('names a body with "on" whole, and stops at a day after it', () => {
    const result = analyse([
      'The Center on Wage and Harbor Priorities, a research group, estimates that the levy keeps 4,000 dockers at work.',
      '“The talks will fail,” the Council on Civic Relations said.',
      'The Port Committee on Monday said it would meet again.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the levy keeps 4,000 dockers at work → Center on Wage and Harbor Priorities',
      'it would meet again → Port Committee',
    ]);
    expect(directQuotes(result)).toEqual(['The talks will fail, → Council on Civic Relations']);
  });

  it('credits the person named after a body and a title, the body and title as the role', () => {
    const result = analyse([
      '“Rates will rise,” said Bank of Norland Governor Ada Ruiz.',
      '“Hate speech is rising,” said Council on Civic Relations Executive Director Omar Hadi.',
    ]);
    expect(result.quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Ada Ruiz', 'Bank of Norland Governor'],
      ['Omar Hadi', 'Council on Civic Relations Executive Director'],
    ]);
  });
});
