import { describe, expect, it } from 'vitest';
import { readsBadly } from '../../../src/analysis/offline/standalone.ts';
import { analyse } from './article.ts';

describe('offline summary', () => {
  it('leaves the dateline off, whatever dash the site prints', () => {
    const summary = analyse([
      'BRENNOCK ―Harbour Master Ossian Vale was re-elected to a third term on Wednesday morning.',
      'The vote in the harbour council was 41 to 12, the council clerk said afterwards.',
    ]).summary;
    expect(summary.startsWith('Harbour Master Ossian Vale was re-elected')).toBe(true);
  });

  it('never shows a sentence that leans on a pronoun or a reference from outside it', () => {
    const summary = analyse([
      'The Lestrian parliament approved the port budget on Tuesday after a week of debate.',
      'He clarified that the money would come from the harbour levy and not from new taxes.',
      'This comes after months of protests by dock workers in Tarsa and Korvin over pay.',
      'Finance Minister Aurel Vasko said the levy would raise 40 million krona in its first year.',
    ]).summary;
    expect(summary).not.toMatch(/He clarified|This comes/);
    expect(summary).toContain('Finance Minister Aurel Vasko said the levy');
  });

  it('leaves out the outlet’s own unattributed opinion, and keeps an opinion someone is quoted holding', () => {
    const summary = analyse([
      'Norland is the world’s top exporter of reckless fiscal policy, and its neighbours know it.',
      'The Norland central bank raised its main interest rate to 4.5% on Thursday, its third rise this year.',
      'Opposition leader Mira Dov said the rise was a disastrous mistake for families with mortgages.',
    ]).summary;
    expect(summary).not.toContain('world’s top');
    expect(summary).toContain('The Norland central bank raised its main interest rate');
    expect(summary).toContain('Opposition leader Mira Dov said the rise was a disastrous mistake');
  });

  it('leaves out descriptions that point back ("The 49-year-old…", "…did the same") and loaded portraits', () => {
    const summary = analyse([
      'Harbour Master Ossian Vale was re-elected to a third term on Wednesday by the harbour council.',
      'The 49-year-old teaches navigation at the Brennock maritime school when the council is not sitting.',
      'The port unions did the same at their own meeting later in the day.',
      'Mr. Vale relishes being crude in debate and remains as mercurial as ever.',
      'The council also approved a 12 million krona dredging plan for the outer harbour, the clerk said.',
    ]).summary;
    expect(summary).not.toMatch(/49-year-old|did the same|mercurial/);
    expect(summary).toContain('Harbour Master Ossian Vale was re-elected');
  });

  it('leaves out a sentence that opens on a surname the story has not introduced', () => {
    const summary = analyse([
      'The council named a new harbour master on Monday after a month of talks with the unions.',
      'Brannock is a former ferry captain who joined the port authority in 2017.',
      'The appointment takes effect on March 1, the council clerk said afterwards.',
    ]).summary;
    expect(summary).not.toContain('Brannock is');
    expect(summary).toContain('The council named a new harbour master');
  });

  it('takes a title-case first line ended with a full stop for the headline, not the summary’s first sentence', () => {
    const result = analyse([
      'Ilse Brandt Says Korvin’s Ferry Levy Is ‘Unfair’ to the Crews.',
      'KORVIN — Mayor Ilse Brandt said on Monday that the new ferry levy would cost each crew member 300 euros a year.',
      'The council votes on the levy next week, and Tomas Reyes, its chairman, said he expected it to pass.',
    ]);
    expect(result.headline).toBe('Ilse Brandt Says Korvin’s Ferry Levy Is ‘Unfair’ to the Crews.');
    expect(result.summary.startsWith('Mayor Ilse Brandt said on Monday')).toBe(true);
    expect(result.facts.map((fact) => fact.statement)).not.toContain(
      'Ilse Brandt Says Korvin’s Ferry Levy Is ‘Unfair’ to the Crews.',
    );
  });

  it('leaves out a sentence that opens on "The statement", "The latest" or "Pressing this …"', () => {
    const summary = analyse([
      'The Korvin council voted on Monday to raise the ferry levy to 4 euros from June, after a long fight.',
      'The statement came from the harbour board, which had opposed the levy for two years.',
      'The latest councillor to change sides was Tomas Reyes, who had voted against it in March.',
      'Pressing this point, Mayor Ilse Brandt said the ferries would run at a loss without the levy.',
    ]).summary;
    expect(summary).toContain('The Korvin council voted on Monday');
    expect(summary).not.toContain('The statement came');
    expect(summary).not.toContain('The latest councillor');
    expect(summary).not.toContain('Pressing this point');
  });

  it('keeps "Instead of" whole, and reads "And so it was …" as leaning on the sentence before', () => {
    const result = analyse([
      'Instead of paying the harbour levy, Mayor Ilse Brandt filed a complaint in the Korvin court on May 3.',
      'And so it was on Monday, with the council nearing a vote, that Tomas Reyes broke ranks with the mayor.',
      'The council is due to vote on the levy and the ferry rates again in June, the clerk said.',
    ]);
    expect(result.summary).toContain('Instead of paying the harbour levy');
    expect(result.summary).not.toContain('it was on Monday');
    expect(result.facts.map((f) => f.statement).join(' ')).not.toMatch(/^Of /m);
  });

  it('leaves out an embedded post printed under the quote of it, and its key facts too', () => {
    const result = analyse([
      'Mayor Ilse Brandt rejected the audit of the harbour fund on Monday, calling its sums flawed.',
      '“Of course the audit of the harbour fund is wrong!” Brandt posted on Monday.',
      'Of course the audit of the harbour fund is WRONG!!! I answer to the 40,000 voters alone.',
      'The council will debate the audit again on Thursday, its clerk said in a statement.',
    ]);
    expect(result.summary).toContain('Mayor Ilse Brandt rejected the audit');
    expect(result.summary).not.toMatch(/WRONG|voters alone/);
    expect(result.facts.map((f) => f.statement).join(' ')).not.toContain('voters alone');
  });

  it('keeps the story’s own sentence that a pull quote printed before it repeats', () => {
    const result = analyse([
      'The harbour council met in Tarsa on Monday to debate the audit.',
      '"The council voted 7 to 2 to reopen the audit of the harbour fund."',
      'The ferry crews were not consulted, their union said in a statement on Tuesday.',
      'Tomas Reyes, the treasurer, said the fund had lost money for three years.',
      'The council voted 7 to 2 to reopen the audit of the harbour fund on Monday evening.',
    ]);
    expect(result.summary).toContain('The council voted 7 to 2 to reopen the audit');
  });

  it('keeps a lead that names a person and then calls them "the former …", and leaves out one that only says it', () => {
    const result = analyse([
      'Tomas Reyes, the former harbour master of Tarsa, pleaded guilty on Wednesday to one count of fraud over the ferry fund.',
      'The former harbour master had taken 40,000 krona from the fund, the court heard.',
      'During the hearing on Monday, the former mayor said the fund had been badly run for years.',
    ]);
    expect(result.summary).toContain('Tomas Reyes, the former harbour master of Tarsa, pleaded guilty');
    expect(result.summary).not.toMatch(/The former harbour master had|the former mayor said/);
  });

  it('leaves out the outlet’s own loaded portrait, and keeps a judgement someone is quoted making', () => {
    const result = analyse([
      'Mayor Ilse Brandt took a swipe at her rival’s harbour plan, saying that “bombastic promises” do more harm than good.',
      'The bombastic councillor has long courted the ferry crews with grand talk of new piers.',
      'The council will vote on the plan on Thursday, its clerk said in a statement.',
    ]);
    expect(result.summary).toContain('saying that “bombastic promises” do more harm');
    expect(result.summary).not.toContain('The bombastic councillor');
  });

  it('keeps a lead that names a couple with one surname ("Ada and Tomas Brenner")', () => {
    const summary = analyse([
      'Ada and Tomas Brenner earned $2 million last year, according to returns released on Friday.',
      'The candidate posted the returns on her campaign website.',
      'Ada Brenner is running for governor of Lestria.',
    ]).summary;
    expect(summary.startsWith('Ada and Tomas Brenner earned $2 million')).toBe(true);
  });

  it('leaves out a sentence drawn from one the summary does not show ("As a result,", "Without fail,")', () => {
    const summary = analyse([
      'The Lestrian parliament approved the port budget on Tuesday after a week of debate.',
      'Dock workers in Tarsa held a rally outside the harbour office on Monday night.',
      'Without fail, the crowd answered each speaker with a cheer.',
      'As a result, the ferries will run on the old timetable until May.',
      'Thus far, the harbour board has spent 12 million krona on the new terminal.',
    ]).summary;
    expect(summary).not.toMatch(/Without fail|As a result/);
    expect(summary).toContain('Thus far, the harbour board has spent');
  });

  it('leaves out a sentence dated from the one before it ("Moments later,", "Later that night,")', () => {
    const result = analyse([
      'The Lestrian parliament approved the port budget on Tuesday after a week of debate.',
      'Moments later, Brenner wrote about the vote.',
      'Later that night, dock workers marched to the harbour office.',
      'Two days later, the harbour board met in Tarsa.',
      'Soon after the vote, 12 dock workers walked off the job in Tarsa.',
    ]);
    expect(result.summary).not.toMatch(/Moments later|Later that night|Two days later/);
    expect(result.facts.map((fact) => fact.statement).join(' ')).not.toMatch(/Two days later/);
    expect(result.summary).toContain('Soon after the vote, 12 dock workers');
  });
});

describe('a sentence that opens on "Now"', () => {
  it('reads alone without it, and leans back when "it" follows', () => {
    const result = analyse([
      'Harbour pies were once a snack for dock workers in Lestria.',
      'Now it stands for the port’s long quarrel with the council.',
      'At stalls across the port, buyers queued on Saturday to back the bakers after the council banned late trading.',
      'Now, 52 percent of residents say the ban should go, against 31 percent a year ago.',
    ]);
    expect(result.summary).not.toContain('Now it stands');
    expect(result.facts.map((fact) => fact.statement)).toContain(
      '52 percent of residents say the ban should go, against 31 percent a year ago.',
    );
  });
});

describe('a page’s markup pasted with the text', () => {
  it('is in neither the summary nor the key facts', () => {
    const result = analyse([
      'Ferry fares across the Lestria harbour rose by 12 percent on Monday, the port authority said.',
      '<tweet author="@harbourwatch" datetime="2026-03-02">We ride the 7:40 ferry every day and we cannot pay 12 percent more.</tweet>.',
      'The authority said the rise would pay for two new boats by 2028.',
    ]);
    const statements = result.facts.map((fact) => fact.statement);
    expect(result.summary).not.toContain('<tweet');
    expect(statements.some((statement) => statement.includes('<tweet'))).toBe(false);
    expect(statements.length).toBeGreaterThan(0);
  });
});

describe('a sentence whose quote runs on into the next paragraph', () => {
  it('reads badly alone: shown, the sentence after it would read as quoted', () => {
    expect(
      readsBadly(
        'Ada Ortiz posted on her page: “For what it is worth, I like my brother, but he is mistaken.',
      ),
    ).toBe(true);
    expect(readsBadly('Ada Ortiz posted on her page: "For what it is worth, I like my brother.')).toBe(true);
    expect(readsBadly('Ada Ortiz posted on her page: “For what it is worth, I like my brother.”')).toBe(
      false,
    );
    expect(readsBadly('Ada Ortiz called the toll “unfair” and the vote "rushed."')).toBe(false);
  });
});
