// The --help text. On its own, with no imports, so `copydesk --help` is answered without loading the pipeline.
export const USAGE = `Usage: copydesk [--format md|json|blocks] [--offline] [--no-cache] SOURCE…

SOURCE is a text file, an http(s) link, or - for standard input. Two or more sources are compared.

  --format md|json|blocks  Markdown (default), the JSON contract, or the Slack Block Kit payload
  --offline                use the rule-based engine: no LLM, no network for analysis
  --no-cache               neither read nor write the cache
  -h, --help               show this help
  --version                print the version`;
