// The front door's way to the Bolt receiver behind it: each request that is not an event (slash commands,
// interactive payloads, URL verification, the OAuth install pages, health and readiness) is forwarded as it
// came, over a Unix socket only this user can open, and the answer is passed back as it comes.
import { type IncomingMessage, type RequestListener, request } from 'node:http';
import type { Logger } from '../../logger.ts';

/** Per hop, never forwarded (RFC 9110 §7.6.1), with any the Connection header names; Node sets its own. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

export function forwardTo(socketPath: string, logger: Logger): RequestListener {
  return (req, res) => {
    // The gate read a Slack request's body already (to check its signature); anything else is still unread.
    const raw = (req as IncomingMessage & { rawBody?: Buffer }).rawBody;
    const headers = withoutHopByHop(req.headers);
    if (raw) headers['content-length'] = String(raw.length);
    // A new connection each time: over a Unix socket it costs next to nothing, and a kept one can be closed by
    // the receiver's keep-alive timeout just as it is reused (a command answered 502).
    const inner = request({ socketPath, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    inner.on('error', (error) => {
      // The path without its query: an OAuth redirect's carries the code and state.
      const path = (req.url ?? '/').split('?')[0];
      logger.error({ err: error, path }, 'the app behind the front door did not answer');
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    // A client that leaves does not keep the app's side of its request open.
    res.on('close', () => {
      if (!res.writableFinished) inner.destroy();
    });
    if (raw) inner.end(raw);
    else req.pipe(inner);
  };
}

function withoutHopByHop(headers: IncomingMessage['headers']): Record<string, string | string[]> {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name)) kept[name] = value;
  }
  return kept;
}
