// Loads the versioned prompt files. The version comes from the file name and goes into cache keys and the output.
import { readFileSync } from 'node:fs';

export interface Prompt {
  name: string;
  version: string;
  text: string;
}

const PROMPTS_DIR = new URL('../../../prompts/', import.meta.url);

export const EXTRACT_PROMPT = loadPrompt('extract', 'v2');
export const COMPARE_PROMPT = loadPrompt('compare', 'v2');

/** One string for the pair: changing either prompt must invalidate cached analyses and comparisons. */
export const LLM_PROMPT_VERSION = `${EXTRACT_PROMPT.name}.${EXTRACT_PROMPT.version}+${COMPARE_PROMPT.name}.${COMPARE_PROMPT.version}`;

function loadPrompt(name: string, version: string): Prompt {
  return { name, version, text: readFileSync(new URL(`${name}.${version}.md`, PROMPTS_DIR), 'utf8').trim() };
}
