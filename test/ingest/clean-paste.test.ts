// Paste cleaning on messy samples: each fixture states the exact article text expected, so a test fails both
// when furniture survives and when a sentence of the article goes missing.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanPaste } from '../../src/ingest/clean-paste.ts';
import { furnitureKind } from '../../src/ingest/paste/furniture-lines.ts';

const PASTES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pastes');

interface Expected {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  note: string | null;
  text: string[];
  gone: string[];
}

const names = readdirSync(PASTES)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -4));

describe.each(names)('paste fixture %s', (name) => {
  const raw = readFileSync(join(PASTES, `${name}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(join(PASTES, `${name}.json`), 'utf8')) as Expected;
  const cleaned = cleanPaste(raw);

  it('keeps every article paragraph, in order, and nothing else', () => {
    expect(cleaned.text.split('\n\n')).toEqual(expected.text);
  });

  it('removes the furniture', () => {
    for (const furniture of expected.gone) expect(cleaned.text).not.toContain(furniture);
  });

  it('reads the metadata the paste states', () => {
    expect({
      title: cleaned.title,
      outlet: cleaned.outlet,
      byline: cleaned.byline,
      publishedAt: cleaned.publishedAt,
      note: cleaned.note,
    }).toEqual({
      title: expected.title,
      outlet: expected.outlet,
      byline: expected.byline,
      publishedAt: expected.publishedAt,
      note: expected.note,
    });
  });
});

describe('cleanPaste', () => {
  it('keeps the old contract: headline out, paragraphs separated by a blank line', () => {
    const cleaned = cleanPaste(
      'Fed holds rates\r\n\r\nThe Federal Reserve held rates on Wednesday.\r\nMarkets rose.',
    );
    expect(cleaned.title).toBe('Fed holds rates');
    expect(cleaned.text).toBe('The Federal Reserve held rates on Wednesday.\n\nMarkets rose.');
  });

  it('does not take a lone sentence or a single line for a headline', () => {
    expect(cleanPaste('Just one line without a period').title).toBeNull();
    expect(cleanPaste('The council met on Monday.\nIt voted 5-4.').title).toBeNull();
  });

  it('takes a question as the headline only when a byline or dateline proves it', () => {
    expect(cleanPaste('Who pays for the bridge?\nBy Ana Ruiz\n\nThe county has not said.').title).toBe(
      'Who pays for the bridge?',
    );
    expect(cleanPaste('Who pays for the bridge?\nThe county has not said.').title).toBeNull();
  });

  it('turns "Authored by X via Y" into byline and outlet, keeping text on the same line', () => {
    const cleaned = cleanPaste(
      'Rates are going nowhere\n\nAuthored by Mike Shedlock via MishTalk.com, The Fed held rates again on Wednesday, as expected.\n\nMarkets shrugged.',
    );
    expect(cleaned).toMatchObject({ byline: 'Mike Shedlock', outlet: 'MishTalk.com' });
    expect(cleaned.text).toBe('The Fed held rates again on Wednesday, as expected.\n\nMarkets shrugged.');
  });

  it('splits "Headline | Outlet"', () => {
    expect(
      cleanPaste('Harbor tax delayed again | Calloway Courier\n\nThe council postponed the vote.'),
    ).toMatchObject({
      title: 'Harbor tax delayed again',
      outlet: 'Calloway Courier',
    });
  });

  it('removes the links under "Related:", in title case though an archive ended each with a full stop', () => {
    const cleaned = cleanPaste(
      [
        'Harbour levy passes',
        'The council approved the harbour levy on Tuesday by a vote of 7-2.',
        '"Related:"',
        'Mayor Put On The Defensive Over Ferry Fares.',
        'Ruiz Sides With The Unions On ‘Fair Pay.’',
        'Vance Pins The Deficit On The Port',
        'The levy takes effect in July, the clerk said.',
      ].join('\n\n'),
    );
    expect(cleaned.text).toBe(
      'The council approved the harbour levy on Tuesday by a vote of 7-2.\n\nThe levy takes effect in July, the clerk said.',
    );
  });

  it('keeps a lone title-case line under a header, capitals, and a quote that opens like a widget', () => {
    const lone = cleanPaste(
      'Ruiz resigns\n\nMayor Ana Ruiz resigned on Friday.\n\nRelated:\n\nDeputy Mayor Lena Marr Will Take Over Until June.\n\n"I am a caretaker," she said.',
    );
    expect(lone.text).toContain('Deputy Mayor Lena Marr Will Take Over Until June.');
    const capitals = cleanPaste(
      'Crew rescued\n\nTrending\n\nNINE CREWMEN WERE RESCUED OFF THE COAST ON TUESDAY.\n\nTHE COAST GUARD SAID ALL WERE WELL.',
    );
    expect(capitals.text).toContain('NINE CREWMEN WERE RESCUED OFF THE COAST ON TUESDAY.');
    expect(furnitureKind('“Sign up for the flood alerts,” the mayor said.')).toBeNull();
    expect(furnitureKind('Contributing: Dana Morrow, Harbour News Service.')).toBe('credit');
    expect(
      furnitureKind('Contributors: The Harbour Trust gave $10,000 and Korvin Steel gave $5,000.'),
    ).toBeNull();
    expect(furnitureKind('DANA MORROW via Getty Images.')).toBe('caption');
    expect(
      furnitureKind('The mayor waved, and the picture went around the world via Getty Images.'),
    ).toBeNull();
  });

  it('keeps a sentence after "Related:" that is not in title case', () => {
    const cleaned = cleanPaste(
      'Harbour levy passes\n\nThe council approved the levy.\n\nRelated:\n\nThe mayor said the fares would not rise.',
    );
    expect(cleaned.text).toBe('The council approved the levy.\n\nThe mayor said the fares would not rise.');
  });

  it('removes a repeated headline wherever it appears', () => {
    const cleaned = cleanPaste(
      'Harbor tax delayed\nHarbor Tax Delayed\n\nThe council postponed the vote.\n\nHARBOR TAX DELAYED',
    );
    expect(cleaned.text).toBe('The council postponed the vote.');
  });

  it('returns empty text for an empty paste', () => {
    expect(cleanPaste('   \n\n ').text).toBe('');
  });
});

describe('furnitureKind', () => {
  it.each([
    ['You May Also Like', 'related-header'],
    ['More From Author', 'related-header'],
    ['Similar Posts', 'related-header'],
    ['Related Articles:', 'related-header'],
    ['"Related:"', 'related-header'],
    ['+ There are no comments', 'comments'],
    ['Add yours', 'comments'],
    ['Leave a Reply Cancel reply', 'comments'],
    ['23 Comments', 'comments'],
    ['#Calloway #PortStrike', 'hashtags'],
    ['Advertisement', 'ad'],
    ['Story continues below advertisement', 'ad'],
    ['Share on Facebook', 'share'],
    ['Facebook Twitter Email', 'share'],
    ['Sign up for our morning newsletter', 'newsletter'],
    ['Subscribe to continue reading', 'paywall'],
    ['Already a subscriber? Log in', 'paywall'],
    ['5 min read', 'reading-time'],
    ['3 hours ago', 'reading-time'],
    ['Idle cranes at the port on Tuesday. (Photo: Lena Ortiz/Getty Images)', 'caption'],
    ['Lawmakers vote in Sacramento. REUTERS/Carlos Mendez', 'caption'],
    ['President Moreno speaks in the capital. AP Photo/Evan Vucci', 'caption'],
    ['The harbor at dawn. Photograph: Jo Lin/AFP via Getty Images', 'caption'],
    ['Watch: Drone footage shows ships queued outside Calloway', 'video'],
    ['▶ Inside the strike', 'video'],
    ['Strike day one, explained (2:31)', 'video'],
    ['02:31', 'video'],
    ['Home › News › Business', 'breadcrumb'],
    ['© 2025 The Harbor Ledger. All rights reserved.', 'copyright'],
    ['Read more: What the strike means for shoppers', 'inline-related'],
    ['Tags: Ports, Labor', 'tags'],
  ])('%j is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it.each([
    'Comments from local business owners have been mixed.',
    'Share prices of the contractor fell 4% after the announcement.',
    'Subscribe to the idea that public works pay for themselves, and the numbers look fine, said Paul Varga.',
    'The photo, taken by Jane Doe for Reuters, showed the unfinished span at dusk.',
    'He told the AP that the cranes would cut loading times by a third.',
    'Advertisement revenue at the paper has also suffered, its editor said.',
    'Related to the dispute, the union said it would not sign.',
    'Copyright lawsuits rose 20% last year, the report said.',
    'Watch the vote closely, she said: it will decide the harbor tax.',
    'To continue reading the tea leaves, analysts look to the port.',
    'More than 40 ships were waiting on Wednesday.',
    'Home prices near the port fell 3% in October.',
    'He said the pictures were taken by a drone.',
    '"We will not cross a picket line," said Captain Ruth Adeyemi. (Reporting by Owen Batra)',
  ])('keeps the sentence %j', (line) => {
    expect(furnitureKind(line)).toBeNull();
  });
});
