// Validates manifest.yml against Slack's own published manifest schema, when a copy of it is at hand:
//   node scripts/validate-manifest.ts PATH/TO/manifest.schema.json
// `.ci/run` runs it when ../shared/data/slack-manifest-schema is beside the clone. It is not a unit test,
// because a user's clone has no copy of the schema; test/slack/manifest.test.ts keeps what the features need.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

const schemaPath = process.argv[2];
if (!schemaPath) {
  process.stderr.write('usage: node scripts/validate-manifest.ts PATH/TO/manifest.schema.json\n');
  process.exit(2);
}
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const manifest = parse(readFileSync(join(import.meta.dirname, '..', 'manifest.yml'), 'utf8')) as Record<
  string,
  unknown
>;
// Slack's schema uses a non-standard "regex" keyword: honour it rather than ignore it.
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addKeyword({
  keyword: 'regex',
  type: 'string',
  schemaType: 'string',
  validate: (pattern: string, data: string) => new RegExp(pattern).test(data),
});
const validate = ajv.compile(schema);
// The schema must be able to fail: a manifest with an empty app name is not valid.
if (validate({ ...manifest, display_information: { name: '' } })) {
  process.stderr.write('manifest: the schema accepted a broken manifest; is it the right file?\n');
  process.exit(1);
}
if (!validate(manifest)) {
  for (const error of validate.errors ?? [])
    process.stderr.write(`manifest.yml${error.instancePath}: ${error.message}\n`);
  process.exit(1);
}
process.stdout.write("manifest.yml is valid against Slack's manifest schema.\n");
