// The rules version is part of every cache key: a sheet cached under it is served as long as it stands. A rule
// changed without a new version left a whole session's fixes unseen behind cached sheets (an editor read stale
// sheets). So the version is recorded with a fingerprint of everything the offline engine's output depends on,
// and this test fails when they no longer match: bump OFFLINE_RULES_VERSION and record the fingerprint it prints
// (rules-version.ts says when the version may stay).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OFFLINE_RULES_FINGERPRINT,
  OFFLINE_RULES_VERSION,
} from '../../../src/analysis/offline/rules-version.ts';

const root = new URL('../../../', import.meta.url).pathname;
const OFFLINE = 'src/analysis/offline';

/** The engine's modules and those outside its folder they import (one step): what its output depends on. */
function sources(): string[] {
  const own = readdirSync(join(root, OFFLINE)).filter(
    (file) => file.endsWith('.ts') && file !== 'rules-version.ts',
  );
  const shared = new Set<string>();
  for (const file of own) {
    const text = readFileSync(join(root, OFFLINE, file), 'utf8');
    for (const [, path] of text.matchAll(/from '(\.\.\/[^']+)'/g))
      shared.add(relative(root, resolve(root, OFFLINE, path as string)));
  }
  return [...own.map((file) => `${OFFLINE}/${file}`), ...shared].sort();
}

function fingerprint(): string {
  const files = sources();
  const hash = createHash('sha256');
  // Line ends as committed: a checkout that writes CRLF reads the same rules.
  for (const file of files)
    hash.update(`${file}\n${readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n')}\n`);
  // compromise's lexicon feeds the rules too.
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  hash.update(`compromise ${manifest.dependencies.compromise}`);
  return hash.digest('hex').slice(0, 16);
}

describe('the offline rules version', () => {
  it('names the rules it was recorded for: a changed rule needs a new version', () => {
    const now = fingerprint();
    expect(
      now,
      `the offline rules changed: bump OFFLINE_RULES_VERSION (${OFFLINE_RULES_VERSION}) and record ${now}`,
    ).toBe(OFFLINE_RULES_FINGERPRINT);
  });
});
