// Lines editors and a reviewer marked wrong on real sheets in session 46, each rebuilt from invented text. Every
// text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('lines editors marked wrong (session 46)', () => {
  it('gives no "he said" to a fully named object when the subject is a known surname never named in full', () => {
    expect(
      directQuotes(
        analyse(['Reyes fired Dale Woodard from the panel on Monday. “I have no regrets,” he said.']),
      ),
    ).toEqual([]);
    expect(
      indirectQuotes(
        analyse(['Reyes has clashed with Mark Fenn for years. On Tuesday he said the strike was illegal.']),
      ),
    ).toEqual([]);
  });

  it('reads past a relative clause to the lone surname’s verb, and leaves a word it knows as no surname alone', () => {
    const relative =
      'Reyes, who fired Dale Woodard on Monday, spoke to reporters. “I have no regrets,” he said.';
    expect(directQuotes(analyse([relative]))).toEqual([]);
    expect(
      directQuotes(analyse(['Brexit cost Dale Woodard his seat. “I am grateful for the years,” he said.'])),
    ).toEqual(['I am grateful for the years, → Dale Woodard']);
  });

  it('still gives the "he said" to the object when the subject is a company or the object opens the sentence', () => {
    expect(
      directQuotes(analyse(['Google hired Dale Woodard on Friday. “It is a dream job,” he said.'])),
    ).toEqual(['It is a dream job, → Dale Woodard']);
    expect(
      directQuotes(analyse(['Dale Woodard was fired by Brandt on Monday. “I have no regrets,” he said.'])),
    ).toEqual(['I have no regrets, → Dale Woodard']);
  });

  it('goes on with the speaker a report is credited to after it, not a name inside the report', () => {
    const result = analyse([
      'Mayor Lena Reyes opened the harbour on Monday.',
      'The Reyes approach is made possible by its budget, said Ada Ruiz, the port’s director. Other ports are “having to do more with less,” she said.',
    ]);
    expect(directQuotes(result)).toEqual(['having to do more with less, → Ada Ruiz']);
  });

  it('credits a source after its report only for words it is credited with, and only when the report names no one', () => {
    // The source goes on with "He added that …" but not with a deed: "He conceded at midnight" is the subject's.
    const added = analyse([
      'The Tarsa levy was “heavy-handed,” said Ivo Kiel, a professor at the University of Varna.',
      'He added that the council had “doubled its bets” on the port.',
    ]);
    expect(directQuotes(added)).toContain('doubled its bets → Ivo Kiel');
    const deed = analyse([
      'Tomas Reyes lost the race, said Mr. Pell. He conceded at midnight, calling the result “painful.”',
    ]);
    expect(directQuotes(deed)).toEqual(['painful. → Tomas Reyes']);
    // "Ana Ruiz cried, wrote Mara Lind. “…,” she said": the report's own subject goes on, as before.
    const either = analyse([
      'Ana Ruiz cried when she heard the verdict, wrote Mara Lind, who sat beside her. “I never thought it would end like this,” she said.',
    ]);
    expect(directQuotes(either)).toEqual(['I never thought it would end like this, → Ana Ruiz']);
  });

  it('keeps a name after "said" as the report’s subject when its own verb follows', () => {
    const result = analyse([
      'Mayor Tomas Reyes spoke in Varna on Monday.',
      'Councillor Ivo Kiel, who represents the harbour district, said Mr. Reyes had misled the council.',
      '“I am deeply offended by what the mayor did,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['I am deeply offended by what the mayor did, → Ivo Kiel']);
  });

  it('credits what a study shows to no one, not to the one who shared it', () => {
    expect(
      directQuotes(
        analyse([
          'Ada Ruiz answered the mayor by tweeting a link to a study proving “ferry fares fell by a third.”',
        ]),
      ),
    ).toEqual([]);
    expect(
      directQuotes(analyse(['Ada Ruiz answered the mayor by tweeting “ferry fares fell by a third.”'])),
    ).toEqual(['ferry fares fell by a third. → Ada Ruiz']);
  });

  it('keeps a verdict on a document as the speaker’s, and a noun "finding" as no participle', () => {
    expect(
      directQuotes(analyse(['Governor Ivo Brandt called the audit finding “a partisan hit job.”'])),
    ).toEqual(['a partisan hit job. → Ivo Brandt']);
    expect(
      directQuotes(analyse(['Ana Ruiz called the report showing job losses “fake news” on Monday.'])),
    ).toEqual(['fake news → Ana Ruiz']);
  });

  it('shows a share spelled out or "out of 10" with the group it counts', () => {
    const result = analyse([
      'Sixty-seven percent of residents said they had an unfavourable view of the harbour plan.',
      'About four out of 10 parents said schools had got worse.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they had an unfavourable view of the harbour plan → Sixty-seven percent of residents',
      'schools had got worse → About four out of 10 parents',
    ]);
  });

  it('shows a company’s findings under its name where the story gives its founder an honorific', () => {
    const result = analyse([
      'Ivo Vance founded Vance Holdings in 1990. Mr. Vance does not appear on Vance’s own list of the rich.',
      'Mr. Vance declined to comment. Vance says its reporters found that the fund is still under the family’s control.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'its reporters found that the fund is still under the family’s control → Vance',
    ]);
  });

  it('credits a phrase "many are calling" a thing to no one, not to the sentence’s subject', () => {
    const result = analyse([
      'Varna beat unbeaten Tarsa 45-40 on Monday night in a final many are calling an “instant classic.”',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('reads "agrees only on <a thing>" as no report, and "says only <clause>" as one', () => {
    expect(
      indirectQuotes(
        analyse([
          'These days the Harbour Party agrees only on its dislike of whatever Mayor Reyes proposes.',
        ]),
      ),
    ).toEqual([]);
    expect(indirectQuotes(analyse(['The Harbour Party says only its own leader can win the seat.']))).toEqual(
      ['only its own leader can win the seat → Harbour Party'],
    );
    expect(
      indirectQuotes(analyse(['Senator Ana Ruiz said only with a new leader could the party win.'])),
    ).toEqual(['only with a new leader could the party win → Ana Ruiz']);
  });

  it('keeps a role’s second field after "and" when the field ends the role', () => {
    const result = analyse([
      '“They seem to be copying a publisher,” said Ivo Wertan, an adviser to farm co-ops and seed start-ups and a former director at Glimmer.',
      '“They seem lost,” said Ada Roe, a lawyer for banks and left the firm in May.',
    ]);
    expect(result.quotes.map((q) => q.role)).toEqual([
      'adviser to farm co-ops and seed start-ups',
      'lawyer for banks',
    ]);
  });

  it('ends a sentence at a state’s initials after a city, before a capitalised name', () => {
    const result = analyse([
      'The deal was struck on Sunday at the club in Tarsa, N.J. Peter Roe also met the owner that day and will advise him, according to two people briefed on the talks.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Peter Roe also met the owner that day and will advise him → two people briefed on the talks',
    ]);
  });

  it('leaves the guards the reviewers asked for: an arrested subject, an award’s winner, "two others"', () => {
    const arrested = analyse([
      'Police arrested Ana Ruiz on Tuesday, said Mara Lind, a police spokeswoman. “I am innocent,” she said.',
    ]);
    expect(directQuotes(arrested)).toEqual(['I am innocent, → Ana Ruiz']);
    const award = analyse([
      'The award went to Ana Ruiz, said Mara Lind, the jury’s chair. “I am speechless,” she said.',
    ]);
    expect(directQuotes(award)).toEqual(['I am speechless, → Ana Ruiz']);
    const others = analyse(['Ana Ruiz and two others called the plan “a disgrace.”']);
    expect(directQuotes(others)).toEqual(['a disgrace. → Ana Ruiz']);
    const verdict = analyse(['Governor Ivo Brandt said a report showing “steady growth” was “a fantasy.”']);
    expect(directQuotes(verdict)).toEqual(['steady growth → Ivo Brandt', 'a fantasy. → Ivo Brandt']);
  });

  it('gives a "he said" in a sentence opening on a condition to the subject before it, not the one it names', () => {
    const result = analyse([
      'Jim Benn is less warm toward Kell. If Tomas Roe is not picked, he said he could live with one of the tycoon’s rivals.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he could live with one of the tycoon’s rivals → Jim Benn']);
  });

  it('reads a "party boss" as a role and "Kell fans" as fans, not Kell', () => {
    const boss = analyse([
      'Tomas Kell arrived on Monday. “The row costs us a little,” said party boss Ivo Brandt, though he added that he thought the fuss would pass soon.',
    ]);
    expect(indirectQuotes(boss)).toEqual(['he thought the fuss would pass soon → Ivo Brandt']);
    const fans = analyse([
      'Tomas Kell won the vote on Monday. Kell fans argue the delegates owe him the nomination outright.',
    ]);
    // Fans speak as a group since session 49: the line is theirs, never Kell's.
    expect(indirectQuotes(fans)).toEqual(['the delegates owe him the nomination outright → Kell fans']);
  });
});
