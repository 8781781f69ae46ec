// Values sealed with COPYDESK_ENCRYPTION_KEY: unreadable without it, tamper-evident, bound to their record, and
// a value sealed with another key says so rather than passing for damage.
import { describe, expect, it } from 'vitest';
import { createSealedBox, UnsealError } from '../../src/store/sealed-box.ts';

const KEY = 'sealed-box-test-key-0123456789abcdef-xyz';
const SECRET = 'xoxb-a-bot-token-that-must-not-show';

function reasonOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof UnsealError) return error.reason;
    throw error;
  }
  return 'opened';
}

describe('sealed box', () => {
  it('opens what it sealed, and the sealed value holds none of the text', () => {
    const box = createSealedBox(KEY);
    const sealed = box.seal(JSON.stringify({ token: SECRET }), 'installation:team:T1');
    expect(JSON.stringify(sealed)).not.toContain(SECRET);
    expect(JSON.stringify(sealed)).not.toContain('token');
    expect(box.open(sealed, 'installation:team:T1')).toBe(JSON.stringify({ token: SECRET }));
  });

  it('derives the same key in every instance that shares the secret, and a fresh IV for every seal', () => {
    const a = createSealedBox(KEY);
    const b = createSealedBox(KEY);
    const first = a.seal('same text', 'k');
    expect(b.open(first, 'k')).toBe('same text');
    expect(a.seal('same text', 'k').iv).not.toBe(first.iv);
  });

  it('says a value was sealed with another key', () => {
    const sealed = createSealedBox(KEY).seal('text', 'k');
    const other = createSealedBox('another-secret-of-at-least-32-characters');
    expect(reasonOf(() => other.open(sealed, 'k'))).toBe('other-key');
    expect(() => other.open(sealed, 'k')).toThrow(/another COPYDESK_ENCRYPTION_KEY/);
  });

  it('refuses an altered value, a value moved to another record, and anything not sealed', () => {
    const box = createSealedBox(KEY);
    const sealed = box.seal('the installation', 'installation:team:T1');
    const data = Buffer.from(sealed.data, 'base64');
    data[0] = (data[0] ?? 0) ^ 1;
    expect(
      reasonOf(() => box.open({ ...sealed, data: data.toString('base64') }, 'installation:team:T1')),
    ).toBe('damaged');
    expect(reasonOf(() => box.open(sealed, 'installation:team:T2'))).toBe('damaged');
    expect(reasonOf(() => box.open({ token: SECRET }, 'installation:team:T1'))).toBe('damaged');
  });
});
