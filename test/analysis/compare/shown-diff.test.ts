import { describe, expect, it } from 'vitest';
import { shownDiff } from '../../../src/analysis/compare/shown-diff.ts';
import type { DiffToken } from '../../../src/types.ts';

const line = (diff: DiffToken[]) =>
  diff
    .map((token) =>
      token.op === 'same'
        ? token.text
        : token.op === 'elided'
          ? `[…${token.text}]`
          : token.op === 'removed'
            ? `-(${token.text})`
            : `+(${token.text})`,
    )
    .join(' ');

describe('the change shown for a quote worded differently', () => {
  it('shows words left out at a source’s ellipsis as its cut, not as words struck out', () => {
    expect(
      line(
        shownDiff(
          'Lestria will keep the night ferry, whatever Korvin says, because the board has the money for it',
          'Lestria will keep the night ferry … because the board has the cash for it',
        ),
      ),
    ).toBe(
      'Lestria will keep the night ferry […whatever Korvin says,] because the board has the -(money) +(cash) for it',
    );
  });

  it('marks a cut at either side: the ellipsis may be in the first wording or the second', () => {
    expect(
      line(
        shownDiff(
          'We heard every crew … we will keep the ferry',
          'We heard every crew tonight and we will keep the ferry',
        ),
      ),
    ).toBe('We heard every crew […tonight and] we will keep the ferry');
  });

  it('shows a leading sentence one source quotes and the other does not as a cut at the start, not inside it', () => {
    expect(
      line(
        shownDiff(
          'We heard every crew. We have the money to keep the night ferry running.',
          'We have the cash to keep the night ferry running',
        ),
      ),
    ).toBe('[…We heard every crew.] We have the -(money) +(cash) to keep the night ferry running');
  });

  it('shows a closing sentence one source quotes as a cut at the end, and a word replaced at an edge as a change', () => {
    expect(
      line(
        shownDiff(
          'We have the money to keep the night ferry running',
          'We have the cash to keep the night ferry running. And the crews know it.',
        ),
      ),
    ).toBe('We have the -(money) +(cash) to keep the night ferry running. […And the crews know it.]');
    expect(line(shownDiff('Crews will keep the ferry running', 'Pilots will keep the ferry running'))).toBe(
      '-(Crews) +(Pilots) will keep the ferry running',
    );
  });

  it('leaves a word dropped inside the quote without an ellipsis as a change', () => {
    expect(
      line(
        shownDiff(
          'Ilse Brandt went too far and was wrong',
          'Ilse Brandt went too far, made a mistake and was wrong',
        ),
      ),
    ).toBe('Ilse Brandt went too far, +(made a mistake) and was wrong');
  });
});
