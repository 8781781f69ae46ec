// The front door's way to the Bolt receiver behind it: each request that is not an event (slash commands,
// interactive payloads, URL verification, the OAuth install pages, health and readiness) is forwarded as it
// came, over a Unix socket only this user can open, and the answer is passed back as it comes.
import { Agent, type IncomingMessage, type RequestListener, request } from 'node:http';
import type { Logger } from '../../logger.ts';

/** Per hop, never forwarded (RFC 9110 §7.6.1); Node sets its own on each side. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);

export function forwardTo(socketPath: string, logger: Logger): RequestListener {
  const agent = new Agent({ keepAlive: true });
  return (req, res) => {
    // The gate read a Slack request's body already (to check its signature); anything else is still unread.
    const raw = (req as IncomingMessage & { rawBody?: Buffer }).rawBody;
    const headers = withoutHopByHop(req.headers);
    if (raw) headers['content-length'] = String(raw.length);
    const inner = request({ socketPath, agent, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    inner.on('error', (error) => {
      logger.error({ err: error, path: req.url }, 'the app behind the front door did not answer');
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    if (raw) inner.end(raw);
    else req.pipe(inner);
  };
}

function withoutHopByHop(headers: IncomingMessage['headers']): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  }
  return kept;
}
