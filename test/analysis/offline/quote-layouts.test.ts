// Quote layouts of real copy: a quote paragraph after "“…,” he said.", surnames with a lower-case particle,
// names of shows after "on", and participles of admitting.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('quote layouts', () => {
  it('gives a quote paragraph to the person signed below it after a dash, as fact checks lay it out', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      '“We will build the ferry, and the board will pay for every plank of it.”',
      '- Ilse Brandt.',
      'Brandt overstates what the board can pay.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We will build the ferry, and the board will pay for every plank of it. → Ilse Brandt',
    ]);
  });

  it('credits a quote that opens its sentence and runs on into it to the speaker named at the end', () => {
    const result = analyse([
      'The guild met on Monday.',
      '“We are extremely happy” about the decision, Ada Brenner said.',
      '“We are not.” After the vote, Tomas Reyes said nothing.',
    ]);
    expect(directQuotes(result)).toEqual(['We are extremely happy → Ada Brenner']);
  });

  it('gives a quote paragraph to the person whose partial quote ends the paragraph before', () => {
    const result = analyse([
      'Tomas Reyes said the harbour board had “lost its way.”',
      '“It cannot go on like this, and the mayor knows it.”',
      'Ilse Brandt called the plan “a waste.”',
      '“Related:”',
      'Ada Brenner said the depot was “a ruin.”',
      '“It will never reopen,” Kessel Ferries told the Harbour Weekly.',
    ]);
    expect(directQuotes(result)).toEqual([
      'lost its way. → Tomas Reyes',
      'It cannot go on like this, and the mayor knows it. → Tomas Reyes',
      'a waste. → Ilse Brandt',
      'a ruin. → Ada Brenner',
      'It will never reopen, → Kessel Ferries',
    ]);
  });

  it('gives a quote paragraph to the "he" who said the one before', () => {
    const result = analyse([
      'Henrik Dale, who chairs the harbour traders’ guild, is worried.',
      '“No band plays at her rallies. The mayor had a brass section,” he said.',
      '“People are voting against him, not for her.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'No band plays at her rallies. The mayor had a brass section, → Henrik Dale',
      'People are voting against him, not for her. → Henrik Dale',
    ]);
  });

  it('gives a quote paragraph to the speaker of the split quote that ends the paragraph before', () => {
    const result = analyse([
      'Tomas Reyes spoke at the Korvin ferry hearing on Thursday.',
      '“The board insulted the ferrymen,” Reyes said. “To split the town now is just sad.”',
      '“Then there are the people who cheer, because they never look at the ledger. So it goes.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The board insulted the ferrymen, → Tomas Reyes',
      'To split the town now is just sad. → Tomas Reyes',
      'Then there are the people who cheer, because they never look at the ledger. So it goes. → Tomas Reyes',
    ]);
  });

  it('gives a quote paragraph to the speaker credited at the end of the sentence quoted before it', () => {
    const result = analyse([
      'Ada Brenner spoke at the Korvin ferry hearing on Thursday.',
      '“The board voted for the levy, again and again” and against the harbour plan, Brenner said.',
      '“It voted to raise the fares. It never once asked the town.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The board voted for the levy, again and again → Ada Brenner',
      'It voted to raise the fares. It never once asked the town. → Ada Brenner',
    ]);
  });

  it('does not carry a speaker to the paragraph after a question, one naming them, or one in other marks', () => {
    const result = analyse([
      'Tomas Reyes met the Lestria harbour board on Monday.',
      '“Will you stand for the board?” Reyes asked Ada Brenner. “The town needs you.”',
      '“I have not decided yet, and I will say so when I do.”',
      '“The harbour is paid for,” Reyes said. “Every plank of it.”',
      '“One flaw in what Reyes says is that the ferry still runs at a loss.”',
      '“The depot will reopen,” Reyes said. “It will.”',
      '"The depot has been shut since the flood and nobody has a key."',
    ]);
    expect(directQuotes(result)).toEqual([
      'Will you stand for the board? → Tomas Reyes',
      'The town needs you. → Tomas Reyes',
      'The harbour is paid for, → Tomas Reyes',
      'Every plank of it. → Tomas Reyes',
      'The depot will reopen, → Tomas Reyes',
      'It will. → Tomas Reyes',
    ]);
  });

  it('does not give the paragraph after “…?” Reyes asked. to Reyes: it is most often an answer', () => {
    const result = analyse([
      'Tomas Reyes put the question to the crowd at the Tarsa depot.',
      '“Shall we sell the ferry?” Reyes asked.',
      '“Never, not while the town stands!”',
    ]);
    expect(directQuotes(result)).toEqual(['Shall we sell the ferry? → Tomas Reyes']);
  });

  it('finds a speaker written with a lower-case particle (“deVries”), so a later “he” is not someone else', () => {
    const result = analyse([
      'Mayor Rowan Pike was arrested on Friday.',
      'The ex-prosecutor Jon deVries called the dawn raid “a stunt.”',
      'He added: “Raids like that are kept for smugglers.',
      'Not a Rowan Pike.”',
      '“Make no mistake,” he said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'a stunt. → Jon deVries',
      'Raids like that are kept for smugglers. → Jon deVries',
      'Make no mistake, → Jon deVries',
    ]);
  });

  it('never takes the name of a show after "on" or "of" for words said', () => {
    const result = analyse([
      'Senator Rand Haller said on “Harbour & Friends.” that the shooting was a tragedy.',
      'On this week’s broadcast of “Harbour Sunday,” Mayor Ilse Brandt said the ferry would run.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('never takes a show after an owner ending in an apostrophe ("on Harbour News’ “Tidewatch,”") for words said', () => {
    const result = analyse([
      'Mayor Ilse Brandt spoke up for the ferry crews on Monday. On Harbour News’ “Tidewatch,” she called on the council to apologise.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('reads "despite admitting" as the speaker’s own words', () => {
    const result = analyse([
      'Speaker Ilse Brandt, despite admitting that she had concerns about “landlords trying to get rich,” backed the levy.',
    ]);
    expect(directQuotes(result)).toEqual(['landlords trying to get rich, → Ilse Brandt']);
  });

  it('ends a quote at a closing mark typed the wrong way round (“late,“ she said), and credits it', () => {
    const result = analyse([
      'Senator Ada Brenner called the levy “abhorrent“ in a post on Sunday.',
      '“It was late,“ said Tomas Reyes, a lawyer in Korvin. “Nobody read the report.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'abhorrent → Ada Brenner',
      'It was late, → Tomas Reyes',
      'Nobody read the report. → Tomas Reyes',
    ]);
  });

  it('ends a quote left unclosed at its last sentence when a short lead-in opens the next one', () => {
    const result = analyse([
      'Ms. Brandt said the review had “given me a list of steps to keep the dikes safe. She added: “My starting point is what works.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'given me a list of steps to keep the dikes safe. → Brandt',
      'My starting point is what works. → Brandt',
    ]);
  });
});

describe('a transcript line', () => {
  it('reads a straight quote glued to the colon after the speaker as opening the words', () => {
    const result = analyse([
      'Rep. Tomas Reyes (R-Korv.):"I have never heard anyone but you cite that figure."',
      'Former harbour chief Ada Brenner:"We learned that from the ministry."',
    ]);
    expect(directQuotes(result)).toEqual([
      'I have never heard anyone but you cite that figure. → Tomas Reyes',
      'We learned that from the ministry. → Ada Brenner',
    ]);
  });
});

describe('a quote after a joining word', () => {
  it('goes on with the speaker of the quote before when it ends its sentence, and is no term', () => {
    const result = analyse([
      'Tomas Reyes spoke outside the hall.',
      '"I do not think one vote decides it," he said outside the building. But "the plan is stronger with the ' +
        'board behind it. It helps."',
      'Harbour records show the tolls. But "skeptics" have asked for more.',
    ]);
    expect(directQuotes(result)).toEqual([
      'I do not think one vote decides it, → Tomas Reyes',
      'the plan is stronger with the board behind it. It helps. → Tomas Reyes',
    ]);
  });
});
