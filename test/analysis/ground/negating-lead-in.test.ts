// A partial quote under a negation in the reporter's words: the sheet shows the negation with the quote, so
// "back down" is never read as the mayor's promise. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { groundAnalysis } from '../../../src/analysis/ground/ground-analysis.ts';
import { negatingLeadIn } from '../../../src/analysis/ground/negating-lead-in.ts';
import { articleFromPaste } from '../../../src/ingest/ingest.ts';
import { renderBlocks } from '../../../src/render/blocks/render-blocks.ts';
import { renderMarkdown } from '../../../src/render/markdown.ts';
import { makeSheet } from '../../support/slack-sheets.ts';

/** The lead-in of the first quoted passage in `text`. */
function leadIn(text: string): string | null {
  const open = text.search(/[“"‘]/);
  const close = text.slice(open + 1).search(/[”"’]/) + open + 1;
  return negatingLeadIn(text, { start: open + 1, end: close });
}

describe('negatingLeadIn', () => {
  it('reads the negation before a partial quote, with the auxiliary it hangs on', () => {
    expect(leadIn('The mayor said she will not “back down” on the levy.')).toBe('will not');
    expect(leadIn('He said he didn’t ‘care about the polls’ at all.')).toBe('didn’t');
    expect(leadIn('The council couldn’t “confirm” the letters.')).toBe('couldn’t');
    expect(leadIn('Reyes did not want to “play that game” again.')).toBe('did not want to');
  });

  it('reads "nothing", "nobody" and "without" as negations too', () => {
    expect(leadIn('The treasurer said the clerk had done nothing “dishonest or reckless.”')).toBe('nothing');
    expect(leadIn('Kiel said nobody “wants the levy” in Tarsa.')).toBe('nobody');
    expect(leadIn('The board acted without “any regard for the crews.”')).toBe('without');
  });

  it('reads a condition before a partial quote: the words alone would read as a charge the speaker made', () => {
    expect(
      leadIn('Brandt wrote that if Reyes “will not sign the harbour deal,” the talks should stop.'),
    ).toBe('if Reyes');
    expect(leadIn('She said the ferry would run unless the council “cuts the fuel budget again.”')).toBe(
      'unless the council',
    );
  });

  it('reads a false hope the speaker names before a partial quote, across a condition with its dots', () => {
    expect(
      leadIn(
        'Brenner warned it’s unrealistic to believe that if the U.S. fleet sails home, “the sea will save us.”',
      ),
    ).toBe('it’s unrealistic to believe that if the U.S. fleet sails home,');
    expect(leadIn('Reyes said it is wrong to believe “the tolls pay for themselves.”')).toBe(
      'it is wrong to believe',
    );
    expect(leadIn('Reyes said he wanted to think that “the tolls pay for themselves.”')).toBeNull();
    expect(leadIn('Reyes said it is never naive to expect “a fair deal.”')).toBe(
      'it is never naive to expect',
    );
    expect(leadIn('Reyes said it would not be a mistake to believe “the tolls pay.”')).toBe(
      'it would not be a mistake to believe',
    );
  });

  it('leaves a whole quote, a negation in another clause and a quote with none alone', () => {
    expect(leadIn('Reyes said, “We will not back down.”')).toBeNull();
    expect(leadIn('Nobody, she said, is “above the law.”')).toBeNull();
    expect(leadIn('He called the vote “a disgrace.”')).toBeNull();
    expect(leadIn('It was not clear. “We will win,” he said.')).toBeNull();
  });

  it('shows a negation inside a question with the words that ask it, where the speaker means the quote’s own words', () => {
    expect(
      leadIn('Brandt wrote that she cannot see how the new permit would not “HELP the poachers” in Korvin.'),
    ).toBe('she cannot see how the new permit would not');
    expect(leadIn('Reyes asked why the board would not “tell the crews” first.')).toBe(
      'Reyes asked why the board would not',
    );
    expect(
      leadIn('The host said she did not understand how the ban would not “RAISE the tolls,” she wrote.'),
    ).toBe('did not understand how the ban would not');
  });
});

describe('a verb of denial or opposition before a report or a partial quote', () => {
  /** The lead-in of the report that opens at `clause` in `text`. */
  const reportLeadIn = (text: string, clause: string) => {
    const start = text.indexOf(clause);
    return negatingLeadIn(text, { start, end: start + clause.length });
  };

  it('is shown with it, since the words alone say the opposite', () => {
    expect(
      reportLeadIn(
        'Mayor Brandt denied on Friday that she had signed the permit.',
        'she had signed the permit',
      ),
    ).toBe('denied on Friday that');
    expect(
      reportLeadIn('The firm rejected claims that it had hidden the losses.', 'it had hidden the losses'),
    ).toBe('rejected claims that');
    expect(leadIn('Okafor has long opposed an “open-door” policy for the port.')).toBe('opposed an');
  });

  it('never reaches across "and" or "but" into another clause', () => {
    expect(
      reportLeadIn('The board opposed and Reyes said she would veto the levy.', 'she would veto the levy'),
    ).toBeNull();
    expect(leadIn('The plans are not perfect but “getting better,” she said.')).toBeNull();
    expect(leadIn('She won’t be cowed or “distracted by the noise,” her aide said.')).toBe(
      'won’t be cowed or',
    );
  });

  it('leaves a report under a plain verb of saying alone', () => {
    expect(
      reportLeadIn(
        'Mayor Brandt said on Friday that she had signed the permit.',
        'she had signed the permit',
      ),
    ).toBeNull();
  });
});

describe('a negated partial quote on the sheet', () => {
  const text =
    'Mayor Ilse Brandt spoke in Tarsa on Monday. She said the council would not “back down” on the harbour levy.';
  const article = articleFromPaste(text, 'test');
  const grounded = groundAnalysis(
    'S1',
    article,
    {
      headline: null,
      outlet: null,
      summary: 'Mayor Ilse Brandt spoke in Tarsa on Monday.',
      facts: [],
      quotes: [{ speaker: 'Ilse Brandt', role: 'mayor', text: 'back down', kind: 'direct', cue: 'said' }],
    },
    'hash',
  );

  it('keeps the quote as printed and the negation beside it', () => {
    // A fragment of two words: shown from the verb that frames it, the negation inside (fragment-lead-in.ts).
    expect(grounded.quotes[0]).toMatchObject({
      sourceText: 'back down',
      leadIn: 'said the council would not',
    });
  });

  it('shows the negation before the quote in Markdown and in Slack', () => {
    const sheet = makeSheet(1);
    sheet.sources = [{ ...(sheet.sources[0] as (typeof sheet.sources)[number]), quotes: grounded.quotes }];
    expect(renderMarkdown(sheet)).toContain('- Ilse Brandt (mayor): …said the council would not “back down”');
    expect(JSON.stringify(renderBlocks(sheet))).toContain('> …said the council would not “back down”');
  });

  it('never merges it in Slack with another source quoting the same words without the negation', () => {
    const sheet = makeSheet(2);
    const [first, second] = sheet.sources as [(typeof sheet.sources)[number], (typeof sheet.sources)[number]];
    const { leadIn: _negation, ...negated } = grounded.quotes[0] as (typeof grounded.quotes)[number];
    const plain = { ...negated, id: 'S2.Q1' };
    sheet.sources = [
      { ...first, quotes: grounded.quotes },
      { ...second, quotes: [plain] },
    ];
    const blocks = JSON.stringify(renderBlocks(sheet));
    expect(blocks).toContain('> …said the council would not “back down”');
    expect(blocks).toContain('> “back down”');
  });
});

describe('a denied report on the sheet', () => {
  const text =
    'Mayor Ilse Brandt spoke in Tarsa. She denied on Friday that she had signed the harbour permit.';
  const grounded = groundAnalysis(
    'S1',
    articleFromPaste(text, 'test'),
    {
      headline: null,
      outlet: null,
      summary: 'Mayor Ilse Brandt spoke in Tarsa.',
      facts: [],
      quotes: [
        {
          speaker: 'Ilse Brandt',
          role: null,
          text: 'she had signed the harbour permit',
          kind: 'indirect',
          cue: 'denied',
        },
      ],
    },
    'hash',
  );

  it('shows the denial before the report in Markdown and in Slack', () => {
    expect(grounded.quotes[0]).toMatchObject({ leadIn: 'denied on Friday that' });
    const sheet = makeSheet(1);
    sheet.sources = [{ ...(sheet.sources[0] as (typeof sheet.sources)[number]), quotes: grounded.quotes }];
    expect(renderMarkdown(sheet)).toContain(
      '- Ilse Brandt: …denied on Friday that she had signed the harbour permit\n',
    );
    expect(JSON.stringify(renderBlocks(sheet))).toContain(
      '• *Ilse Brandt*: …denied on Friday that she had signed the harbour permit',
    );
  });
});

describe('a one-word quote whose word the story also uses unquoted', () => {
  it('is placed, and its lead-in read, where it is quoted', () => {
    const text =
      'Her rival said she backed what critics call amnesty for migrants. In her fliers she said she opposed an “amnesty” plan.';
    const grounded = groundAnalysis(
      'S1',
      articleFromPaste(text, 'test'),
      {
        headline: null,
        outlet: null,
        summary: '',
        facts: [],
        quotes: [{ speaker: 'Ilse Brandt', role: null, text: 'amnesty', kind: 'direct', cue: 'said' }],
      },
      'hash',
    );
    expect(grounded.quotes[0]?.span?.start).toBe(text.indexOf('“amnesty”') + 1);
    expect(grounded.quotes[0]?.leadIn).toBe('said she opposed an');
  });

  it('reads a negated subject many words back: "none of the methods … were “suited”" (an editor’s read)', () => {
    expect(
      leadIn(
        'The agency found that none of the sensors used to trace the leaks were “fit for the crews’ needs.”',
      ),
    ).toBe('none of the sensors used to trace the leaks were');
    expect(leadIn('Nobody on the harbour board was “pleased with the deal.”')).toBe(
      'Nobody on the harbour board was',
    );
    expect(leadIn('The mayor says there is nobody on the council who is “ready to lead.”')).toBeNull();
    expect(leadIn('The mayor says there is nobody on the council is “ready to lead.”')).toBe(
      'nobody on the council is',
    );
    // A negation in another clause, or not the clause's subject, governs nothing here (a reviewer's probes).
    expect(leadIn('She said none of it mattered, and that the plan was “a disaster.”')).toBeNull();
    expect(leadIn('The port is second to none and its dockers are “the best in Lestria.”')).toBeNull();
    expect(leadIn('Corbin said he had nothing to hide and that the audit was “a witch hunt.”')).toBeNull();
    expect(leadIn('Reyes said that if nothing else the vote was “a wake-up call.”')).toBeNull();
    expect(
      leadIn('The report said nothing about the finances of a port that was “close to collapse.”'),
    ).toBeNull();
    // After any verb, "and", or a degree word, the negated subject still governs the quote.
    expect(leadIn('Ruiz insisted none of the crews were “paid on time.”')).toBe('none of the crews were');
    expect(leadIn('The audit was late, and none of the figures were “reliable.”')).toBe(
      'none of the figures were',
    );
    expect(leadIn('Corbin said almost none of the ferries were “safe to sail.”')).toBe(
      'almost none of the ferries were',
    );
  });

  it('reads "whether" before a quote: the words alone would read as the charge itself (an editor’s read)', () => {
    expect(
      leadIn('The senator asks for an inquiry to determine whether “the firm broke the harbour law.”'),
    ).toBe('to determine whether');
    expect(leadIn('The rivals spent all of May bickering over whether the other is “fit to lead.”')).toBe(
      'bickering over whether the other is',
    );
  });

  it('reads a condition set off by its comma right before a quote: without it the quote reads as a promise', () => {
    expect(leadIn('She said that if the claims hold, “the harbour master will resign by Friday.”')).toBe(
      'if the claims hold,',
    );
    expect(leadIn('Brandt said, “We will go.”')).toBeNull();
    expect(leadIn('After the vote, “we will go,” he said.')).toBeNull();
    // A long one too: "if the party loses the harbour seat by a wider margin than in 2010 or 2014" (an editor's
    // read: cut, a conditional forecast read as a flat one).
    expect(
      leadIn(
        'Ivo Marsh wrote, adding that if the party loses the harbour seat by a wider margin than it did in 2010 or 2014, “keeping the council would be a long shot.”',
      ),
    ).toBe('if the party loses the harbour seat by a wider margin than it did in 2010 or 2014,');
    // No condition on the quote: a concession ("even if"), a manner ("as if"), a question ("asked if").
    expect(leadIn('He said that even if the vote fails, “we will go on.”')).toBeNull();
    expect(leadIn('He spoke as if the race were over, “done and dusted.”')).toBeNull();
    expect(leadIn('She asked if the port would reopen, “because we need it.”')).toBeNull();
  });
});
