import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('offline attribution: where the speaker is', () => {
  it('takes the speaker after the quote, with a title before the name', () => {
    const result = analyse([
      '“This is the first quiet morning,” said Prime Minister Aurel Vasko in a televised address.',
    ]);
    expect(directQuotes(result)).toEqual(['This is the first quiet morning, → Aurel Vasko']);
    expect(result.quotes[0]?.role).toBe('Prime Minister');
    expect(result.quotes[0]?.cue).toBe('said');
  });

  it('takes the speaker before a colon', () => {
    const result = analyse([
      'Lena Holt, head of the Norland Chamber of Commerce, said: “Firms have waited a year.”',
    ]);
    expect(directQuotes(result)).toEqual(['Firms have waited a year. → Lena Holt']);
    expect(result.quotes[0]?.role).toBe('head of the Norland Chamber of Commerce');
  });

  it('reads "her father, Eitan Dov, told" after a quote as Eitan Dov, role "father"', () => {
    const result = analyse([
      '“I just kept saying, ‘She is coming home,’” her father, Eitan Dov, told reporters.',
    ]);
    expect(directQuotes(result)).toEqual(['I just kept saying, ‘She is coming home,’ → Eitan Dov']);
    expect(result.quotes[0]?.role).toBe('father');
  });

  it('gives a partial quote the subject of the sentence’s first cue verb', () => {
    const result = analyse([
      'Khaled al-Mansouri, the Qadiri foreign minister who led the talks, told reporters that the first phase had gone “better than any of us dared to hope”.',
    ]);
    expect(directQuotes(result)).toEqual(['better than any of us dared to hope → Khaled al-Mansouri']);
    expect(result.quotes[0]?.role).toBe('Qadiri foreign minister');
  });

  it('drops a scare quote with no verb of speech in its sentence', () => {
    const result = analyse([
      'The fire has raised hard questions about the plant’s “safety culture” and its owners.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('never credits a quote to the subject of a verb whose object is a thing ("lawmakers dismissed the concerns")', () => {
    const result = analyse([
      'Despite warnings from the port authority that the plan would cost jobs and was “deeply unwise,” councillors dismissed the objections.',
    ]);
    expect(directQuotes(result)).not.toContain('deeply unwise, → councillors');
  });

  it('never shows a term the sentence says someone refuses to use as their words, and goes on with its credit', () => {
    const result = analyse([
      'Mayor Ilse Brandt said last year that she refuses to describe the harbour gangs as driven by “tidal greed” because the term flatters them.',
      'On the radio, Tomas Reyes argued that in refusing to utter the words “tidal greed,” the mayor is “hiding from the tide itself.”',
    ]);
    expect(directQuotes(result)).toEqual(['hiding from the tide itself. → Tomas Reyes']);
  });

  it('never credits a quote that runs on into a name to that name, when a participle follows ("…” Mr. Hallam at the summit, adding")', () => {
    const result = analyse([
      'But Mr. Brandt, of Tarsa, called on Friday for Mr. Reyes to “use the audit to confront” Mr. Hallam at the harbour summit, adding, “We cannot give an inch.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'use the audit to confront → Brandt',
      'We cannot give an inch. → Brandt',
    ]);
  });

  it('gives a participle after ", and X, …" to X, the subject of its own clause, not the sentence’s first subject', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'An executive from Brennock Polymers rang Ms. Brandt asking for a veto, and W. Otto Hallam, chairman of Korvin Air, sent her a letter citing the town’s “quiet revival” and saying, “There is real worry.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'quiet revival → Otto Hallam',
      'There is real worry. → Otto Hallam',
    ]);
  });

  it('gives "the statement continued" to the person just quoted as speaking in that statement, and a later one to the person reported as making it', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      '“The mayor has failed the ferry crews,” Otto Hallam said in a statement his office put out.',
      '“We cannot wait another winter,” the statement continued.',
      'Ilse Brandt, the harbour chief, said in a statement that the crews would be paid.',
      '“Nobody will be left behind,” the statement said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The mayor has failed the ferry crews, → Otto Hallam',
      'We cannot wait another winter, → Otto Hallam',
      'Nobody will be left behind, → Ilse Brandt',
    ]);
  });

  it('attributes both halves of a split quote', () => {
    const result = analyse([
      'Detective Superintendent Graham Oduya said officers were keeping an open mind.',
      '“It is far too early to speculate,” he said, “and I would ask people not to do so.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'It is far too early to speculate, → Graham Oduya',
      'and I would ask people not to do so. → Graham Oduya',
    ]);
  });

  it('carries the speaker through a quote continued across paragraphs', () => {
    const result = analyse([
      'Defence Minister Petra Halloran said troops would hold their positions.',
      '“The army has orders to respond, not to provoke,” she said. “If the Front keeps its side, not a shot will be fired.',
      '“But nobody should mistake restraint for weakness.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The army has orders to respond, not to provoke, → Petra Halloran',
      'If the Front keeps its side, not a shot will be fired. → Petra Halloran',
      'But nobody should mistake restraint for weakness. → Petra Halloran',
    ]);
  });

  it('takes a quote paragraph introduced by "X said:" at the end of the previous paragraph', () => {
    const result = analyse([
      'In a statement late on Sunday, the union’s leader, Kath Morley, said:',
      '“We warned them in writing.”',
    ]);
    expect(directQuotes(result)).toEqual(['We warned them in writing. → Kath Morley']);
  });

  it('gives words said of someone’s remarks to the one who said them, and a claim’s words to its owner', () => {
    const result = analyse([
      'Ada Brenner, a spokeswoman for the union, called Mr. Vance’s remarks on Monday “a shameful insult.”',
      'Jonas Berg described Lena Okafor’s plan as “a fair start” for both sides.',
      'Ada Brenner dismissed Lena Okafor’s claim that the crews were “exhausted” as nonsense.',
      'Piet Lind questioned Lena Okafor’s promise of “a new deal by spring.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'a shameful insult. → Ada Brenner',
      'a fair start → Jonas Berg',
      'exhausted → Lena Okafor',
      'a new deal by spring. → Lena Okafor',
    ]);
  });

  it('reads "according to" before a quote', () => {
    const result = analyse(['According to Ruth Kamau, “the court has finally listened.”']);
    expect(directQuotes(result)).toEqual(['the court has finally listened. → Ruth Kamau']);
    expect(result.quotes[0]?.cue).toBe('according to');
  });

  it('gives the quote to a person whose verb of saying stands nearer it than the "according to" source', () => {
    const result = analyse([
      'According to Courier writer Omar Tate, Rosa Delgado claims that the poster is a “work of satire.”',
      'According to Ada Brandt, the council “lied to everyone.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'work of satire. → Rosa Delgado',
      'lied to everyone. → Ada Brandt',
    ]);
  });

  it('ignores quotes in captions and other furniture', () => {
    const result = analyse([
      'Protesters hold a sign reading “Bring them home” in Korvin, March 9, 2025. MERIDIAN WIRE/Petra Lund',
      'The talks resumed on Monday.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });
});

describe('offline attribution: pronouns and bodies', () => {
  it('resolves "he" across paragraphs to the nearest named man, skipping a woman named in between', () => {
    const result = analyse([
      'Chief Fire Officer Tom Ellery said crews had worked through the night.',
      'Mayor Nadia Fenwick visited the scene at dawn.',
      '“They went in anyway, because people were inside,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['They went in anyway, because people were inside, → Tom Ellery']);
  });

  it('resolves "she" to the subject of the nearest sentence that names a woman', () => {
    const result = analyse([
      'Opposition leader Dana Morrow said the government had paid a ransom.',
      '“Every prisoner we release is a recruiting poster,” she said.',
    ]);
    expect(directQuotes(result)).toEqual(['Every prisoner we release is a recruiting poster, → Dana Morrow']);
  });

  it('chains "she said" through earlier resolved quotes', () => {
    const result = analyse([
      '“We are not yet declaring victory,” Governor Ingrid Sollvang said.',
      'She pointed to inflation, which eased to 3.2% in December.',
      'Asked whether the cut was political, the governor was blunt. “Nobody here takes instructions,” she said. “Nobody.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'We are not yet declaring victory, → Ingrid Sollvang',
      'Nobody here takes instructions, → Ingrid Sollvang',
      'Nobody. → Ingrid Sollvang',
    ]);
  });

  it('names the body for "the ministry said" and the company for "the company"', () => {
    const result = analyse([
      'Lestria’s Health Ministry said 11 of the freed hostages were being treated for malnutrition.',
      '“They are thin, but they are alive,” the ministry said in a statement.',
      'Brennock Polymers runs the plant. The company insisted it had “acted on every point raised” by the union.',
    ]);
    expect(directQuotes(result)).toEqual([
      'They are thin, but they are alive, → Lestria’s Health Ministry',
      'acted on every point raised → Brennock Polymers',
    ]);
  });

  it('never gives "the company" or "one company" to a company the story names only later', () => {
    const result = analyse([
      'One company says it has found over 900 ferry lines worldwide; a rival puts the figure at about 600.',
      'Sealog keeps its own accounts secret. The company says its researchers have found every ferry line.',
      'Many lines are hard to count. Brennock Polymers, a private firm, runs a few of its own.',
    ]);
    const speakers = result.quotes.map((quote) => quote.speaker);
    expect(speakers).not.toContain('Brennock Polymers');
    expect(speakers).toContain('one company');
    // A wire lede names the company in the sentence after "The company said".
    const lede = analyse([
      'The company said Monday it would cut 500 jobs. Brennock Polymers has struggled since the flood.',
    ]);
    expect(indirectQuotes(lede)).toEqual(['it would cut 500 jobs → Brennock Polymers']);
  });

  it('names the person for "the minister said" from their title', () => {
    const result = analyse([
      'Interior Minister Rasmus Lind said the army had been put on standby.',
      '“Soldiers will be filling sandbags by morning,” the minister said.',
    ]);
    expect(directQuotes(result)).toEqual(['Soldiers will be filling sandbags by morning, → Rasmus Lind']);
  });

  it('reads "Adm." as admiral, and a role after an opener closed by dashes as the subject "he" goes on with', () => {
    const result = analyse([
      'Adm. Tomas Reyes Jr. commands the northern fleet.',
      'The head of the harbour board, Gen. Otto Hallam, recently asked Admiral Reyes about the strait.',
      'Asked later - calm or not in the strait - the admiral laughed.',
      '“Lucky for me my voice carries so little,” he said.',
      'The derogatory remarks had one aim, the admiral said.',
    ]);
    expect(directQuotes(result)).toEqual(['Lucky for me my voice carries so little, → Tomas Reyes Jr.']);
    expect(indirectQuotes(result)).toEqual(['The derogatory remarks had one aim → Tomas Reyes Jr.']);
  });

  it('keeps the subject after an opener with no comma when a single dash stands inside the main clause', () => {
    const result = analyse([
      'The council met on Monday.',
      'Asked about the pier Tomas Reyes said it was on time – and blamed Otto Hallam for the delays.',
      '“It is a good day,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['It is a good day, → Tomas Reyes']);
  });

  it('never gives "the team captain" or "the sergeant" to the one Capt. or Sgt. the story names', () => {
    const result = analyse([
      'Police Capt. Otto Hallam said the stadium had been cleared. “We just ran,” the team captain said.',
      'Sgt. Piet Lind arrested two men. A second sergeant said they had been warned. “We knew,” the sergeant said.',
    ]);
    expect(directQuotes(result)).toEqual(['We just ran, → the team captain', 'We knew, → the sergeant']);
  });

  it('uses the full name when the text later gives only the surname', () => {
    const result = analyse([
      'Ingrid Solvang is governor.',
      '“We will move carefully,” Solvang told a news conference.',
    ]);
    expect(directQuotes(result)).toEqual(['We will move carefully, → Ingrid Solvang']);
  });

  it('never reports a pronoun as a speaker', () => {
    const result = analyse(['“We are leaving,” he said.']);
    expect(result.quotes).toEqual([]);
  });

  it('reads a credit after the quote across an apposition holding a dash aside', () => {
    const result = analyse([
      'Liberals have said they want to wait for the audit.',
      '“I do not like that kind of talk,” Councillor Ada Brenner, Liberal of Korvin and the chair of the harbour board — where any inquiry must begin — said on the radio.',
    ]);
    expect(directQuotes(result)).toEqual(['I do not like that kind of talk, → Ada Brenner']);
  });
});
