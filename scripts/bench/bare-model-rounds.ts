// The pipeline bench's floor: a bare client sends the very requests a 5-source sheet sends (five extractions at
// once, then the judge) to the same stub and reads the replies, doing nothing else. Its time is the stub's
// latency plus what this machine's loopback and process wake-ups cost a round trip (1–3 ms a hop here), which
// copydesk pays too but does not cause; the sheet's time minus this floor is copydesk's own work.
import { request } from 'node:http';
import type { ChatRequest } from '../../test/support/fake-openai-server.ts';

/** One POST of `body` to `url`, resolved once the whole reply has been read. */
function post(url: URL, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    });
    req.once('response', (res) => {
      res.resume();
      res.once('end', resolve);
      res.once('error', reject);
    });
    req.once('error', reject);
    req.end(body);
  });
}

/**
 * A function that runs one sheet's model rounds as a bare client: every request but the last at once, then
 * the last (the judge, which needs the extractions' answers).
 */
export function bareModelRounds(baseUrl: string, requests: ChatRequest[]): () => Promise<void> {
  const calls = requests.map((sent) => ({
    url: new URL(`${baseUrl}${sent.path.replace(/^\/v1/, '')}`),
    body: JSON.stringify(sent.body),
  }));
  const judge = calls.at(-1);
  const extractions = calls.slice(0, -1);
  if (!judge || extractions.length === 0)
    throw new Error('a sheet sends extraction calls and then the judge');
  return async () => {
    await Promise.all(extractions.map((call) => post(call.url, call.body)));
    await post(judge.url, judge.body);
  };
}
