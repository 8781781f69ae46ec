// Regenerates the golden extraction fixtures: node scripts/regen-golden.ts [NAME…]
// Review the diff before committing: a golden file is a claim about what the right answer is.
import { writeFileSync } from 'node:fs';
import { extractFixture, goldenPath, pageNames, readGolden } from '../test/ingest/support/golden-pages.ts';

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : pageNames();
let changed = 0;
for (const name of names) {
  const golden = extractFixture(name);
  const text = `${JSON.stringify(golden, null, 2)}\n`;
  let before = '';
  try {
    before = `${JSON.stringify(readGolden(name), null, 2)}\n`;
  } catch {
    // New fixture: no golden yet.
  }
  if (before === text) {
    console.log(`unchanged  ${name}`);
    continue;
  }
  writeFileSync(goldenPath(name), text);
  changed++;
  console.log(`${before === '' ? 'created' : 'updated'}    ${name} (${golden.words} words)`);
}
console.log(`${changed} of ${names.length} golden files written.`);
