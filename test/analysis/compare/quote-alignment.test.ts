import { describe, expect, it } from 'vitest';
import { alignQuotes } from '../../../src/analysis/compare/quote-alignment.ts';
import { makeSources } from './sources.ts';

const align = (...pairs: { speaker: string; text: string }[]) =>
  alignQuotes(
    makeSources(...pairs.map((quote) => ({ text: `“${quote.text}”`, quotes: [quote] }))).map((s) => s.sheet),
  );

describe('attribution flags', () => {
  it('flags the same words given to two named people', () => {
    const { attributions } = align(
      { speaker: 'Ruth Okafor', text: 'The levy will not survive the winter session' },
      { speaker: 'Anton Brisk', text: 'The levy will not survive the winter session' },
    );
    expect(attributions).toHaveLength(1);
    expect(attributions[0]?.note).toBe('S1 attributes it to Ruth Okafor; S2 attributes it to Anton Brisk');
  });

  it('never sets a fragment against a longer version of the same words', () => {
    const { attributions } = align(
      {
        speaker: 'Ruth Okafor',
        text: 'With respect to that remark, I think the governor knows the levy will fail',
      },
      { speaker: 'Anton Brisk', text: 'I think the governor knows the levy will fail' },
    );
    expect(attributions).toEqual([]);
  });

  it('never sets a body against a description, a weekday or a cut-off name', () => {
    for (const other of ['the regional rowing federation', 'Thursday', 'Dec', 'Carla B']) {
      const { attributions } = align(
        { speaker: 'Norland Rowing Union', text: 'The regatta will go ahead as planned this year' },
        { speaker: other, text: 'The regatta will go ahead as planned this year' },
      );
      expect(attributions).toEqual([]);
    }
  });

  it('takes "Pieter Vos Jr." and "Pieter Vos" for one speaker', () => {
    const { attributions } = align(
      { speaker: 'Pieter Vos Jr.', text: 'I look forward to being cleared of every charge' },
      { speaker: 'Pieter Vos', text: 'I look forward to being cleared of every charge' },
    );
    expect(attributions).toEqual([]);
  });
});

describe('quote variants', () => {
  it('reports a change inside the quote', () => {
    const { variants } = align(
      { speaker: 'Ruth Okafor', text: 'We built it together and we will run it together' },
      { speaker: 'Ruth Okafor', text: 'We built it together and we will keep it together' },
    );
    expect(variants).toHaveLength(1);
  });

  it('does not show two sentences sharing a phrase as one quote worded differently', () => {
    const { variants } = align(
      {
        speaker: 'Dov Keller',
        text: 'I have to find out what she erased (from the phone) and when she erased it and above all why she erased it',
      },
      {
        speaker: 'Dov Keller',
        text: 'only deepens our need to grasp what the mayor erased, when she erased it and why she erased it.',
      },
    );
    expect(variants).toEqual([]);
  });

  it('still reports versions that open differently and share a long run of words', () => {
    const { variants } = align(
      {
        speaker: 'Ruth Okafor',
        text: 'To pass the levy within the next two weeks would raise the risk that the port stalls',
      },
      {
        speaker: 'Ruth Okafor',
        text: 'If they do not pass the levy within the next two weeks it will raise the risk that the port stalls',
      },
    );
    expect(variants).toHaveLength(1);
  });

  it('does not report a longer cut or a punctuation difference as a wording change', () => {
    expect(
      align(
        { speaker: 'Ruth Okafor', text: 'the only thing bigger than the budget is the bluster' },
        {
          speaker: 'Ruth Okafor',
          text: 'Truth be told, the only thing bigger than the budget is the bluster',
        },
      ).variants,
    ).toEqual([]);
    expect(
      align(
        { speaker: 'Ruth Okafor', text: 'I am the mayor of this town, but I am also a mother' },
        { speaker: 'Ruth Okafor', text: 'I am the mayor of this town. But I am also a mother.' },
      ).variants,
    ).toEqual([]);
  });

  it('takes an ampersand for "and"', () => {
    const { variants } = align(
      { speaker: 'Ruth Okafor', text: 'The ferry and the bridge will both reopen on Monday' },
      { speaker: 'Ruth Okafor', text: 'The ferry & the bridge will both reopen on Monday' },
    );
    expect(variants).toEqual([]);
  });

  it('does not pair two quotes that share only small words', () => {
    const { variants, attributions } = align(
      { speaker: 'Ruth Okafor', text: 'There is a whole lot of anger' },
      { speaker: 'Anton Brisk', text: 'I think there will be much soul-searching' },
    );
    expect([...variants, ...attributions]).toEqual([]);
  });
});

describe('quotes worded differently', () => {
  it('never sets two named people’s like words side by side as one quote', () => {
    const { variants } = align(
      {
        speaker: 'Dana Whitfield',
        text: 'publish the full audit of the harbour fund to the people of this county',
      },
      {
        speaker: 'Marco Ilves',
        text: 'Commissioner Hale, publish the audit of the harbour fund to the county. Today',
      },
    );
    expect(variants).toEqual([]);
  });

  it('still shows one person’s quote worded two ways, and an unnamed speaker’s beside it', () => {
    const { variants } = align(
      {
        speaker: 'Dana Whitfield',
        text: 'publish the full audit of the harbour fund to the people of this county',
      },
      { speaker: 'a spokeswoman', text: 'publish the audit of the harbour fund to the people of the county' },
      {
        speaker: 'Whitfield',
        text: 'publish the full audit of the harbour fund to the voters of this county',
      },
    );
    expect(variants).toHaveLength(1);
    expect(variants[0]?.speaker).toBe('Dana Whitfield');
    expect(variants[0]?.versions.map((v) => v.source)).toEqual(['S1', 'S2', 'S3']);
  });

  it('takes a number spelled out in one source and in digits in the other for one wording', () => {
    const { variants, attributions } = align(
      {
        speaker: 'Ida Marsh',
        text: 'The odds are three-in-four that we hold the council, and twenty-one seats are close',
      },
      { speaker: 'Ida Marsh', text: 'The odds are 3 in 4 that we hold the council. And 21 seats are close' },
      {
        speaker: 'Ida Marsh',
        text: 'The odds are three in four that we hold the council, and ten percent are close',
      },
    );
    // The third source's "ten percent" is a change: the one variant shows it, against the first.
    expect(variants).toHaveLength(1);
    expect(variants[0]?.diff).toContainEqual({ op: 'removed', text: 'twenty-one seats' });
    expect(attributions).toEqual([]);
  });

  it('still shows a changed number as a change, and a spelled one beside a changed word', () => {
    for (const other of [
      'The odds are 1 in 4 that we hold the council',
      'The odds are 3 in 4 that we win the council',
    ]) {
      const { variants } = align(
        { speaker: 'Ida Marsh', text: 'The odds are three-in-four that we hold the council' },
        { speaker: 'Ida Marsh', text: other },
      );
      expect(variants).toHaveLength(1);
    }
  });

  it('never sets a described speaker’s reworded line beside a named one’s, as if one were misattributed', () => {
    const { variants } = align(
      { speaker: 'a guild spokeswoman', text: 'Stay calm -- our stance has not shifted on the harbour levy' },
      { speaker: 'Ada Brenner', text: 'The guild has not shifted its stance on the harbour levy.' },
    );
    expect(variants).toEqual([]);
  });
});

describe('quotes with an ellipsis', () => {
  // One source prints two quotes; the other joins them with an ellipsis and adds a word to the first.
  const sources = (added: string) =>
    makeSources(
      {
        text: '“We asked for two more pilots on every night shift,” Osk said. “So our members will stay ashore until the board comes back with a real offer.”',
        quotes: [
          { speaker: 'Marit Osk', text: 'We asked for two more pilots on every night shift' },
          {
            speaker: 'Marit Osk',
            text: 'So our members will stay ashore until the board comes back with a real offer.',
          },
        ],
      },
      {
        text: `“We asked for two more ${added}pilots on every night shift… so our members will stay ashore until the board comes back with a real offer,” Osk said.`,
        quotes: [
          {
            speaker: 'Marit Osk',
            text: `We asked for two more ${added}pilots on every night shift… so our members will stay ashore until the board comes back with a real offer`,
          },
        ],
      },
    ).map((source) => source.sheet);

  it('shows a word changed inside one passage, set against the quote it matches', () => {
    const { variants } = alignQuotes(sources('trained '));
    expect(variants).toHaveLength(1);
    expect(variants[0]?.speaker).toBe('Marit Osk');
    expect(variants[0]?.versions.map((v) => [v.source, v.text])).toEqual([
      ['S1', 'We asked for two more pilots on every night shift'],
      ['S2', 'We asked for two more trained pilots on every night shift'],
    ]);
  });

  it('shows nothing when the passages are printed alike', () => {
    expect(alignQuotes(sources('')).variants).toEqual([]);
  });

  it('shows one quote worded three ways as one item, though one source cut it into passages', () => {
    const { variants } = align(
      { speaker: 'Tomas Reyes Jr', text: "spent funds that shouldn't have been spent" },
      { speaker: 'Tomas A. Reyes Jr', text: 'I spent funds I shouldn’t have spent on my own house.' },
      {
        speaker: 'Tomas Reyes Jr',
        text: 'I broke the rules. … I spent funds that should have been spent on my campaign.',
      },
    );
    expect(variants).toHaveLength(1);
    expect(variants[0]?.versions.map((v) => [v.source, v.text])).toEqual([
      ['S1', "spent funds that shouldn't have been spent"],
      ['S2', 'I spent funds I shouldn’t have spent on my own house.'],
      ['S3', 'I spent funds that should have been spent on my campaign.'],
    ]);
  });

  it('never shows a passage that goes on a sentence whose start was cut as a version of its own', () => {
    // "I won't… set rules for anyone" cut at its ellipsis would read "set rules for anyone": the opposite.
    const { variants } = align(
      {
        speaker: 'Ada Brenner',
        text: 'That is not my language and I would not use it. I won’t….set rules for my colleagues on the harbour board, but I think it was nothing worse than the mayor has said.',
      },
      { speaker: 'Ada Brenner', text: 'But I think it was no worse than the mayor has said' },
    );
    for (const variant of variants)
      for (const version of variant.versions) expect(version.text).not.toMatch(/^set rules/);
  });
});

describe('quotes printed with other contractions, starred words or a name spelled its own way', () => {
  it('shows no variant where two outlets only contract or star out words differently', () => {
    const { variants } = align(
      {
        speaker: 'Ada Brenner',
        text: 'The mayor has said he’s going to fix the damn pier before the winter storms',
      },
      {
        speaker: 'Ada Brenner',
        text: 'The mayor has said he is gonna fix the d**n pier before the winter storms',
      },
    );
    expect(variants).toEqual([]);
  });

  it('shows no variant where a name is only transliterated two ways, and one where it is another name', () => {
    const quote = (name: string) => ({
      speaker: 'Ada Brenner',
      text: `Now it looks like the colonel ${name} will keep the ferries for good, whatever we do`,
    });
    expect(align(quote('Khalid al-Mansouri'), quote('Khaled Mansuri')).variants).toEqual([]);
    expect(align(quote('Muammar al-Qaddafi'), quote('Moammar Gadhafi')).variants).toEqual([]);
    expect(align(quote('Khalid al-Mansouri'), quote('Khalid Berisha')).variants).toHaveLength(1);
  });

  it('still shows a variant when a word changes beside a contraction', () => {
    const { variants } = align(
      {
        speaker: 'Ada Brenner',
        text: 'The mayor has said he’s going to fix the old pier before the winter storms',
      },
      {
        speaker: 'Ada Brenner',
        text: 'The mayor has said he is gonna fix the new pier before the winter storms',
      },
    );
    expect(variants).toHaveLength(1);
  });
});
