// The equivalence tests' helper must be able to fail: a reading that differs on one string in many is caught.
import { describe, expect, it } from 'vitest';
import { expectSameOnRandomText } from './same-on-random-text.ts';

const TEXTS = { alphabet: ['a', 'b', ' '], seeds: 200, length: (seed: number) => 1 + (seed % 9) };

describe('expectSameOnRandomText', () => {
  it('passes when the reading is the definition', () => {
    expectSameOnRandomText(
      TEXTS,
      (text) => text.split(' '),
      (text) => text.split(/ /),
    );
  });

  it('fails on a string where they differ, naming it', () => {
    expect(() =>
      expectSameOnRandomText(
        TEXTS,
        (text) => /ab a/.test(text),
        () => false,
      ),
    ).toThrow(/seed \d+: ".*ab a.*"/);
  });

  it('fails when an array differs in one element', () => {
    expect(() =>
      expectSameOnRandomText(
        TEXTS,
        (text) => text.split(' ').map((word) => word.replace('bb', 'b')),
        (text) => text.split(' '),
      ),
    ).toThrow();
  });
});
