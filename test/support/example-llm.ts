// A responder that answers like a model would for the three examples, from the hand-written fixtures.
import {
  articleOf,
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

export function exampleResponder(options: { delayMs?: number } = {}): Responder {
  return (request): FakeReply => {
    const delay = options.delayMs === undefined ? {} : { delayMs: options.delayMs };
    if (schemaName(request) === 'source_comparison') {
      return {
        ...delay,
        body: chatCompletion(llmFixture('judgement-examples'), { promptTokens: 2100, completionTokens: 380 }),
      };
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
