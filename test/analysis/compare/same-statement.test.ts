import { describe, expect, it } from 'vitest';
import { similarClauses } from '../../../src/analysis/compare/clause-pairs.ts';
import { findSameStatements } from '../../../src/analysis/compare/same-statement.ts';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { makeSources } from './sources.ts';

const flags = (...texts: string[]) => {
  const sources = makeSources(...texts.map((text) => ({ text })));
  return verifyFlags(findSameStatements(sources), sources);
};

describe('the same statement with one thing changed', () => {
  it('shows a different year in an otherwise identical clause', () => {
    const [item, ...rest] = flags(
      'The vote was close. Mara Olsen has led the Harbour Party since 2002. She won again.',
      'Olsen won easily. Mara Olsen has led the Harbour Party since 2003, and critics say that is too long.',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('date');
    expect(item?.versions.map((v) => v.text)).toEqual([
      'Mara Olsen has led the Harbour Party since 2002',
      'Mara Olsen has led the Harbour Party since 2003',
    ]);
  });

  it('shows the same event tied to different weekdays', () => {
    const [item] = flags(
      'The ferry union said its crews walked off the job on Thursday in Port Vell.',
      'The ferry union said its crews walked off the job on Friday in Port Vell.',
    );
    expect(item?.kind).toBe('date');
    expect(item?.topic).toContain('“Thursday” or “Friday”');
  });

  it('shows a different figure, and a different person met in the same slot', () => {
    const items = flags(
      'The minister said the new bridge would cost 40 million lira to build. On Monday Envoy Tomas Arl met Deputy Foreign Minister Ivo Kresnik in Varna.',
      'The minister said the new bridge would cost 48 million lira to build. On Monday Envoy Tomas Arl met Peter Drobny in Varna. Drobny is a deputy foreign minister.',
    );
    expect(items.map((i) => i.kind).sort()).toEqual(['name', 'number']);
  });

  it('never sets a subject against a subject, places against places, or a source that says both', () => {
    expect(
      flags(
        'Anna Lind said the budget plan would cut school funding.',
        'Peter Hall said the budget plan would cut school funding.',
      ),
    ).toEqual([]);
    expect(
      flags(
        'Storms hit West Bay and Fort Lune on Sunday evening.',
        'Storms hit West Bay and Kessel on Sunday evening.',
      ),
    ).toEqual([]);
    expect(
      flags(
        'The council met in 2019 to approve the plan. The council met in 2020 to approve the plan.',
        'The council met in 2020 to approve the plan.',
      ),
    ).toEqual([]);
  });

  it('shows a quote worded differently inside the quote, not a different cut or a contraction', () => {
    const [item, ...rest] = flags(
      'Governor Ilse Varga said: “We will win at the high court, as we did before.”',
      'Governor Ilse Varga said: “We will win in the high court, as we did before.”',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('quote_wording');
    expect(item?.severity).toBe('low');
    expect(
      flags(
        'Varga said: “I would want to hear which landlords they mean, frankly.”',
        'Varga said: “I’d want to hear which landlords they mean, frankly.”',
      ),
    ).toEqual([]);
    expect(
      flags(
        'Varga said: “It’s not enough to be less bad than the others.”',
        'Varga said that “it is not enough to be less bad than the others.”',
      ),
    ).toEqual([]);
  });

  it('shows no change where a name in the quote is only transliterated two ways', () => {
    expect(
      flags(
        'Varga said: “Now it looks like (port strongman Khalid) al-Mansouri will keep the ferries for good.”',
        'Varga said: “Now it looks like (port strongman Khaled) Mansuri will keep the ferries for good.”',
      ),
    ).toEqual([]);
    const [item] = flags(
      'Varga said: “Now it looks like (port strongman Khalid) al-Mansouri will keep the ferries for good.”',
      'Varga said: “Now it looks like (port strongman Khalid) Berisha will keep the ferries for good.”',
    );
    expect(item?.kind).toBe('quote_wording');
  });

  it('shows a quote whose last word each source gives differently, but not one cut shorter', () => {
    const [item, ...rest] = flags(
      '“Each season the tide creeps higher toward our harbour homes,” Mayor Lena Castrell says in the spot.',
      'In the new spot, Ms. Castrell warns: “Each season the tide creeps higher toward our harbour flats.”',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('quote_wording');
    expect(item?.topic).toBe('Same quote, different words: “homes” or “flats”');
    expect(
      flags(
        '“Each season the tide creeps higher toward our harbour homes,” Mayor Lena Castrell says in the spot.',
        'In the new spot, Ms. Castrell warns: “Each season the tide creeps higher toward our harbour.”',
      ),
    ).toEqual([]);
  });

  it('counts the words two quotes go on with past a comma as the frame of a swapped last word', () => {
    const [item, ...rest] = flags(
      'Kiel mocked the council. “What have you all been arguing, Tom? You have been arguing over a coin?” Kiel said.',
      'Kiel went after the council. “In the chamber, what have you all been doing, Tom?” Kiel asked.',
    );
    expect(rest).toEqual([]);
    expect(item?.topic).toBe('Same quote, different words: “arguing” or “doing”');
    expect(
      flags(
        'Kiel mocked the council. “What have you all been arguing, Tom?” Kiel said.',
        'Kiel went after the council. “What have you all been doing, Ana?” Kiel asked.',
      ),
    ).toEqual([]);
  });

  it('shows a quoted fragment worded differently inside a long sentence of its own', () => {
    const [item, ...rest] = flags(
      'Winning gave her a lift, she said, since it lets her “draw a line between us and the council coming in after March.”',
      '“We must draw a line between us and the council that will take over after March,” Varga said.',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('quote_wording');
    expect(item?.versions.map((v) => v.text)).toEqual([
      'draw a line between us and the council coming in after March',
      'draw a line between us and the council that will take over after March',
    ]);
  });

  it('never sets a short shared phrase, or two speakers’ quotes, against each other', () => {
    expect(
      flags(
        'Varga called the bill “a land grab on behalf of the farmers.”',
        '“It’s a land grab for the poorest farmers,” said Olsen.',
      ),
    ).toEqual([]);
    const sources = makeSources(
      {
        text: 'Varga said: “We will open the northern harbour gates to every ship in May.”',
        quotes: [
          { speaker: 'Ilse Varga', text: 'We will open the northern harbour gates to every ship in May.' },
        ],
      },
      {
        text: 'Olsen said: “We will open the northern harbour gates to some ships in May.”',
        quotes: [
          { speaker: 'Mara Olsen', text: 'We will open the northern harbour gates to some ships in May.' },
        ],
      },
    );
    expect(verifyFlags(findSameStatements(sources), sources)).toEqual([]);
  });

  it('compares only clauses that share rare words', () => {
    const many = Array.from(
      { length: 200 },
      (_, i) => `Item ${i} of the ledger was filed by clerk number ${i}.`,
    );
    const pairs = similarClauses([
      { id: 'S1', text: many.join(' ') },
      { id: 'S2', text: many.join(' ') },
    ]);
    // Words shared by every clause are no clue: no clause is compared with every other.
    expect(pairs.length).toBeLessThan(200 * 10);
  });
});
