import { describe, expect, it } from 'vitest';
import { normalizeDate, parseDateLine } from '../../src/ingest/dates.ts';

describe('normalizeDate', () => {
  it.each([
    ['2025-11-19T14:05:00-05:00', '2025-11-19T14:05:00-05:00'],
    ['2025-11-19T14:05:00+0100', '2025-11-19T14:05:00+01:00'],
    ['2025-11-19T14:05Z', '2025-11-19T14:05:00Z'],
    ['2025-11-19', '2025-11-19'],
    ['November 19, 2025', '2025-11-19'],
    ['Nov. 19, 2025', '2025-11-19'],
    ['19th November 2025', '2025-11-19'],
    ['Wed 19 Nov 2025 14.05 GMT', '2025-11-19'],
    ['2025/11/19', '2025-11-19'],
    ['2025-02-30', null],
    ['11/19/2025', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('parseDateLine', () => {
  it.each([
    ['Published November 12, 2025 3:25 PM EST', { date: '2025-11-12', kind: 'published' }],
    ['Wednesday, Nov 12, 2025 - 03:25 PM', { date: '2025-11-12', kind: 'published' }],
    ['Updated: 12 November 2025 14:03 GMT', { date: '2025-11-12', kind: 'updated' }],
    ['12 November 2025', { date: '2025-11-12', kind: 'published' }],
  ])('%j is a dateline', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });

  it.each([
    'The vote on November 12, 2025 was close.',
    'On November 12, 2025, the council met.',
    'Published by the council',
  ])('%j is not a dateline', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});
