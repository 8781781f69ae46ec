// CI check, run when ../shared/data is beside the clone: no run of seven words in the repository's source,
// tests, docs or examples may come from the real corpora there (their licences forbid copying; tests use text
// written here). Page furniture every outlet prints is allowed by name below.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const RUN = 7;
const CHECKED = ['src', 'test', 'scripts', 'examples', 'prompts', 'README.md'];
const EXTENSIONS = /\.(?:ts|mjs|js|md|txt|json|yml)$/;
/** Boilerplate, not an article's words: "A version of this article appears in print on …". */
const FURNITURE = ['a version of this article appears in print on'];

const [dataDir = '../shared/data'] = process.argv.slice(2);
const root = join(import.meta.dirname, '..');

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function* runs(text: string): Generator<string> {
  const list = words(text);
  for (let i = 0; i + RUN <= list.length; i++) yield list.slice(i, i + RUN).join(' ');
}

function filesUnder(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : filesUnder(join(path, entry.name)),
  );
}

const corpus = new Set<string>();
for (const file of filesUnder(dataDir)) {
  if (file.endsWith('.txt')) for (const run of runs(readFileSync(file, 'utf8'))) corpus.add(run);
}
const allowed = new Set(FURNITURE.flatMap((phrase) => [...runs(phrase)]));
let found = 0;
for (const file of CHECKED.flatMap((path) => filesUnder(join(root, path)))) {
  if (!EXTENSIONS.test(file) || file === import.meta.filename) continue;
  const copied = [...new Set(runs(readFileSync(file, 'utf8')))].filter(
    (run) => corpus.has(run) && !allowed.has(run),
  );
  if (copied.length === 0) continue;
  found += copied.length;
  console.error(
    `${relative(root, file)}: ${copied.length} run(s) of ${RUN} words from the real corpora, e.g. “${copied[0]}”`,
  );
}
if (found > 0) {
  console.error('Text from ../shared/data must not be copied into the repository: write your own.');
  process.exit(1);
}
console.log(`No run of ${RUN} words from the real corpora in the repository (${corpus.size} runs checked).`);
