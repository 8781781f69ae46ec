// A responder that answers like a model would for the three examples, from the hand-written fixtures.
import {
  articleOf,
  type ChatRequest,
  chatCompletion,
  type FakeReply,
  type Responder,
  schemaName,
} from './fake-openai-server.ts';
import { llmFixture } from './fixtures.ts';

const BY_CONTENT: [RegExp, string][] = [
  [/Rescue crews worked through the night/, 'extract-northern-courier'],
  [/Fourteen people died/, 'extract-coastline-wire'],
  [/flipped over in a crosswind/, 'extract-daily-ledger'],
];

/** The fixture's judgement cites S1 = Courier, S2 = Wire, S3 = Ledger; which IDs they got depends on the order. */
const FIXTURE_ORDER: [RegExp, string][] = [
  [/Northern Courier|at least 12 dead/, 'S1'],
  [/Coastline Wire|Fourteen people died/, 'S2'],
  [/Death trap|flipped over/, 'S3'],
];

/** Reads the judge's input (one line per source, then its facts and quotes) back into blocks per source. */
function sourceIds(request: ChatRequest): Map<string, string> {
  const user = request.body.messages.find((message) => message.role === 'user')?.content ?? '';
  const body = user.slice(
    user.indexOf('<sources>\n') + '<sources>\n'.length,
    user.lastIndexOf('\n</sources>'),
  );
  const blocks: { id: string; text: string }[] = [];
  for (const line of body.split('\n')) {
    const id = /^(S\d+)(?: ·|$)/.exec(line)?.[1];
    if (id) blocks.push({ id, text: line });
    else if (blocks.length > 0) (blocks.at(-1) as { text: string }).text += `\n${line}`;
  }
  const ids = new Map<string, string>();
  for (const block of blocks) {
    const fixtureId = FIXTURE_ORDER.find(([pattern]) => pattern.test(block.text))?.[1];
    if (fixtureId) ids.set(fixtureId, block.id);
  }
  return ids;
}

/** Rewrites "S2.F6" to whatever ID the Wire's fact 6 has in this request; unknown sources keep their IDs. */
function renumber(judgement: unknown, ids: Map<string, string>): unknown {
  return JSON.parse(
    JSON.stringify(judgement).replace(/"(S\d+)(\.[FQ]\d+)"/g, (whole, source: string, rest: string) => {
      const actual = ids.get(source);
      return actual ? `"${actual}${rest}"` : whole;
    }),
  );
}

export function exampleResponder(options: { delayMs?: number } = {}): Responder {
  return (request): FakeReply => {
    const delay = options.delayMs === undefined ? {} : { delayMs: options.delayMs };
    if (schemaName(request) === 'source_comparison') {
      const judgement = renumber(llmFixture('judgement-examples'), sourceIds(request));
      return { ...delay, body: chatCompletion(judgement, { promptTokens: 2100, completionTokens: 380 }) };
    }
    // A question about a sheet: one sentence, citing the Courier's opening words word for word.
    if (schemaName(request) === 'followup_answer') {
      const answer = {
        sentences: [
          {
            text: 'The Northern Courier says rescue crews worked through the night.',
            citations: [{ source: 'S1', quote: 'Rescue crews worked through the night' }],
          },
        ],
      };
      return { ...delay, body: chatCompletion(answer) };
    }
    const article = articleOf(request);
    const fixture = BY_CONTENT.find(([pattern]) => pattern.test(article))?.[1];
    if (!fixture)
      return {
        status: 400,
        body: { error: { message: 'unexpected article in test', type: 'invalid_request_error' } },
      };
    return {
      ...delay,
      body: chatCompletion(llmFixture(fixture), { promptTokens: 1500, completionTokens: 420 }),
    };
  };
}
