// With an LLM: one structured call over the sheet and the kept source texts. The model's citations are
// then checked against the texts (check-citations.ts); nothing it says reaches a reader unchecked.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ChatClient } from '../analysis/llm/chat-client.ts';
import type { ChatMessage } from '../analysis/llm/messages.ts';
import { structuredCall } from '../analysis/llm/structured-call.ts';
import type { FactSheet } from '../types.ts';
import type { DraftSentence } from './check-citations.ts';
import type { KeptSource } from './kept-sources.ts';

const PROMPT_FILE = new URL('../../prompts/followup.v1.md', import.meta.url);
export const FOLLOWUP_PROMPT_VERSION = 'followup.v1';
const PROMPT = readFileSync(PROMPT_FILE, 'utf8').trim();

/** Strict-mode shape: every field required, two levels deep. */
export const FollowupSchema = z.object({
  sentences: z.array(
    z.object({
      text: z.string(),
      citations: z.array(z.object({ source: z.string(), quote: z.string() })),
    }),
  ),
});

export interface LlmTransport {
  client: ChatClient;
  model: string;
}

export interface Drafted {
  drafts: DraftSentence[];
  usage: { llmCalls: number; inputTokens: number; outputTokens: number };
}

export async function llmDraft(
  question: string,
  sheet: FactSheet,
  sources: KeptSource[],
  llm: LlmTransport,
): Promise<Drafted> {
  const result = await structuredCall({
    client: llm.client,
    model: llm.model,
    schema: FollowupSchema,
    name: 'followup_answer',
    messages: followupMessages(question, sheet, sources),
    purpose: 'answering a question about the sources',
  });
  return { drafts: result.value.sentences, usage: result.usage };
}

/** Static instructions first (cacheable), then the sheet, the texts, and the question last. */
export function followupMessages(question: string, sheet: FactSheet, sources: KeptSource[]): ChatMessage[] {
  const outline = {
    sources: sources.map(({ sheet: source }) => ({
      id: source.id,
      outlet: source.outlet,
      title: source.title,
      url: source.url,
    })),
    disagreements: (sheet.comparison?.disagreements ?? []).map((item) => ({
      topic: item.topic,
      kind: item.kind,
      versions: item.versions.map((version) => ({ source: version.source, text: version.text })),
    })),
  };
  const texts = sources.map(
    ({ sheet: source, text }) => `<source id="${source.id}">\n${defuse(text)}\n</source>`,
  );
  const body = [
    '<sheet>',
    defuse(JSON.stringify(outline, null, 1)),
    '</sheet>',
    '<sources>',
    texts.join('\n'),
    '</sources>',
    '<question>',
    defuse(question.trim()),
    '</question>',
  ].join('\n');
  return [
    { role: 'system', content: PROMPT },
    { role: 'user', content: body },
  ];
}

/** Text from an article or a user cannot open or close one of our delimiters: look-alikes lose their brackets. */
function defuse(text: string): string {
  return text.replace(/<\s*\/?\s*(?:sheet|sources?|question)\b[^>]*>/gi, (match) =>
    match.replace(/[<>]/g, ''),
  );
}
