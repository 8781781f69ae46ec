// Reported-speech lines that are not what the speaker said: the reporter's narration after the report, a
// report under a negation, a listener or an actor taken for the speaker, a noun where a clause should be.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('the reporter’s narration after a report', () => {
  it('stops before the outlet’s gloss after a dash, and before "her latest …"', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Mayor Tomas Reyes said he is weighing an order to end the ferry rebate ― a right written into the charter that only a vote of the whole town could change.',
      'Mayor Ilse Brandt said she was preparing a levy on trucks, her latest bid to win over the harbour crews days before the vote as she has sought to rally them.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he is weighing an order to end the ferry rebate → Tomas Reyes',
      'she was preparing a levy on trucks → Ilse Brandt',
    ]);
  });

  it('stops before "but declined to say", "but did not name", "but stopped short of"', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Ilse Brandt said she supports the harbour pact but still declined to tell reporters when the vote comes.',
      'Tomas Reyes said the levy would fall next year, but otherwise did not delve into the cost to ferries.',
      'Ada Brenner said the ferry was late but didn’t name the crew.',
      'Mayor Lena Vosk said she supported a longer season but stopped short of backing the new pier.',
      'Councillor Ivo Marek said the pier was safe but won’t disclose the survey.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she supports the harbour pact → Ilse Brandt',
      'the levy would fall next year → Tomas Reyes',
      'the ferry was late → Ada Brenner',
      'she supported a longer season → Lena Vosk',
      'the pier was safe → Ivo Marek',
    ]);
  });

  it('stops before the silence when "but" names its subject again: "but Marek did not say when"', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Councillor Ivo Marek said the ferry line had dropped the night crossing, but Marek did not say when.',
      'Ada Brenner said the pier would reopen, but she declined to give a date.',
      'Tomas Reyes said the grain had been unloaded, but Mr. Hallam would not name the buyer.',
      'Lena Vosk said the crew was paid but the owners kept the bonus.',
      'Piet Lind said he warned Hallam about the cracks, but Hallam did not tell the crew.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry line had dropped the night crossing → Ivo Marek',
      'the pier would reopen → Ada Brenner',
      'the grain had been unloaded → Tomas Reyes',
      'the crew was paid but the owners kept the bonus → Lena Vosk',
      'he warned Hallam about the cracks, but Hallam did not tell the crew → Piet Lind',
    ]);
  });

  it('keeps what the report says its own subject refused to do', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Tomas Reyes said the captain reached the pier but refused to unload the grain.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the captain reached the pier but refused to unload the grain → Tomas Reyes',
    ]);
  });
});

describe('the outlet’s gloss after a report', () => {
  it('stops before a closing apposition with a relative clause', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Tomas Reyes said he would end the grain tariff, a duty set by the old charter that only a vote of the assembly could repeal.',
      'The new ferries would carry cars by June, Ilse Brandt said, a plan that could make the trip to Tarsa far shorter.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he would end the grain tariff → Tomas Reyes',
      'The new ferries would carry cars by June → Ilse Brandt',
    ]);
  });

  it('keeps an apposition the report goes on after', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Ada Brenner said the pier office, a bureau that checks the cargo lists, had closed for the winter.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the pier office, a bureau that checks the cargo lists, had closed for the winter → Ada Brenner',
    ]);
  });
});

describe("the reporter's contrast after a report", () => {
  it('ends the report at ", despite" or ", even though", but not at a short parenthesis inside it', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Tomas Reyes said the ferry fares would stay as they are for the whole year, despite the rise in fuel prices this spring.',
      'Ilse Brandt said the harbour board had done its work well, even though the audit found three errors.',
      'Ada Brenner said the new pier, even as a plan, would cost the town its beach.',
      'Other members said the talks on the levy should be dropped — though they had raised no such worry before.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry fares would stay as they are for the whole year → Tomas Reyes',
      'the harbour board had done its work well → Ilse Brandt',
      'the new pier, even as a plan, would cost the town its beach → Ada Brenner',
      'the talks on the levy should be dropped → Other members',
    ]);
  });
});

describe('a verb of saying under a negation', () => {
  it('reports nothing: "did not say", "has never said", "hasn’t said", "did not, however, say"', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Ilse Brandt did not, however, say plainly whether she would still chair the board by June.',
      'Tomas Reyes has never said he would back the new pier.',
      'Ada Brenner hasn’t said whether the ferry tolls will rise.',
      'Lena Vosk said the audit was late.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the audit was late → Lena Vosk']);
  });

  it('reports nothing under a negation that inverts its clause ("nor did he acknowledge"), or a refusal', () => {
    const result = analyse([
      'Mayor Tomas Reyes signed the ferry deal on Friday, ending the strike.',
      'He did not call it a defeat, nor did he acknowledge that the strikers had won.',
      'Ilse Brandt declined to say whether the tolls would rise.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});

describe('a question put to the speaker', () => {
  it('is not credited as the speaker’s report: "Asked about …, Brandt said …"', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Asked on Tuesday about the plan to close the northern pier, Ilse Brandt said she was not worried.',
      'When pressed on the ferry budget for the coming winter, Tomas Reyes said.',
    ]);
    expect(indirectQuotes(result)).toEqual(['she was not worried → Ilse Brandt']);
  });
});

describe('a verb of telling in the passive', () => {
  it('does not credit the one told: "the Courier is told", "Reyes was warned"', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'The Lestria Courier is told no pilots were on the pier that night.',
      'The ferry will also call at Tarsa on its way north, the Lestria Courier is told.',
      'Tomas Reyes was warned the northern pier would flood by spring.',
      'Ilse Brandt is warning voters that the tolls would double.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the tolls would double → Ilse Brandt']);
  });
});

describe('the time and the reporter’s tail after a verb of saying', () => {
  it('reads "said Friday afternoon that" past the part of the day', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Ilse Brandt said Friday afternoon that the northern pier would reopen in May.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the northern pier would reopen in May → Ilse Brandt']);
  });

  it('credits a report whose credit ends in the reporter’s tail, without its dateline', () => {
    const result = analyse([
      'KORVIN ― The long feud over the harbour tolls is an insult to every pilot in the bay, port officials said Friday afternoon, as they pressed for a vote.',
      'The harbour board met on Monday.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The long feud over the harbour tolls is an insult to every pilot in the bay → port officials',
    ]);
  });
});

describe('"agreed to" an act', () => {
  it('reports nothing, where "agreed that" does', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'While Ilse Brandt and Tomas Reyes agreed to attend the debate early on, the other candidates soon bowed out.',
      'The port court agreed on Friday to hear the case about the ferry fees.',
      'Ada Brenner agreed that the tolls were too high.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the tolls were too high → Ada Brenner']);
  });
});

describe('the subject of a participle after a comma', () => {
  it('is the clause’s subject, not the object named after its verb', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Ilse Brandt endorsed Tomas Reyes on Monday, saying the port needs a steady hand.',
      'Ada Brenner formally endorsed Lena Vosk for the board, saying she has the “nerve” for it and vowing to campaign for her in Tarsa.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the port needs a steady hand → Ilse Brandt',
      'vowing to campaign for her in Tarsa → Ada Brenner',
    ]);
  });
});

describe('a long phrase between the verb and its "that"', () => {
  it('starts the report after the "that", not at the phrase’s last noun', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Ilse Brandt, a pilot, often notes in Lestria Harbour Board hearings that she is the only sailor on the panel.',
      'Tomas Reyes said at a news conference announcing that the ferries would run all winter.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she is the only sailor on the panel → Ilse Brandt',
      'the ferries would run all winter → Tomas Reyes',
    ]);
  });
});

describe('an object that tells nothing the speaker said', () => {
  it('is no report: a voice added, a decision named, reasons not given, a pronoun for words given elsewhere', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Tomas Reyes announced his vote decision in a written note to the board.',
      'Ilse Brandt added her voice to the calls for a new vote in Tarsa.',
      'Ada Brenner spoke for an hour and was explaining why the harbour should close in May.',
      'Lena Vosk reiterated them on the radio on Friday, where she seemed to soften her line.',
      'Tomas Reyes said his decision was final.',
    ]);
    expect(indirectQuotes(result)).toEqual(['his decision was final → Tomas Reyes']);
  });

  it('reports nothing from how much was said ("has said little, but …", "almost nothing"), and keeps "little" as a subject', () => {
    const result = analyse([
      'The Lestrian government has said little, but two former ministers have a message for the harbour board: Lestria will not pay.',
      'The ministry said nothing about the ferries on Monday.',
      'Ilse Varga took her seat in 2019, yet she said almost nothing about the fares until May, as the port cut routes.',
      'Ada Brenner said little has changed since the ferries stopped running in May.',
      'Otto Hallam said very little had changed.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'little has changed since the ferries stopped running in May → Ada Brenner',
      'very little had changed → Otto Hallam',
    ]);
  });
});

describe('an amount with its degree as a clause’s subject', () => {
  it('stays a report when a verb of its own follows before any comma', () => {
    const result = analyse([
      'Ilse Varga said very little of the money reached the port.',
      'Ilse Varga said almost nothing about the port was ever made public.',
      'Ilse Varga said very little, if anything, had changed.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'very little of the money reached the port → Ilse Varga',
      'almost nothing about the port was ever made public → Ilse Varga',
      'very little, if anything, had changed → Ilse Varga',
    ]);
  });
});
