// The door in front of Bolt's HTTP receiver. Bolt buffers up to 4 MB of any body before it looks at the
// signature, accepts timestamps from any time in the future, lets the same signed request through as often as it
// is sent, and crashes the process on a signed body of `null`. This gate checks, in order and as cheaply as it
// can: the headers (signature present, timestamp within five minutes either way), the declared and actual size
// (never more than MAX_BODY_BYTES read), the signature, that the body is an object, and that this exact signed
// request was not seen before. Only then does Bolt get the request, already buffered.
//
// An Events API delivery is acknowledged here, not by Bolt: held in the job journal (so a process killed right
// after the 200 loses nothing: whoever recovers it replays it), answered 200, and only then handed on to its
// listeners (listenersLater in this thread; the front door's thread posts it to the main thread).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from '../../logger.ts';
import { type Held, type Hold, heldDeliveryOf } from '../jobs/held-delivery.ts';
import { onePerTurn } from './one-per-turn.ts';

/** Slack's largest payloads (a message action carrying a long message) are far below this. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Slack's own rule, applied both ways: a request dated in the future is as suspect as a stale one. */
export const MAX_CLOCK_SKEW_S = 300;

export interface RequestGateOptions {
  signingSecret: string;
  /** Paths whose POSTs are Slack's; everything else (health) goes straight through. */
  endpoints: string[];
  /** Atomic claim (the store's), so a replay is refused even when it reaches another process. */
  claim: (key: string, ttlMs: number) => Promise<boolean>;
  logger: Logger;
  maxBodyBytes?: number;
  now?: () => number;
  /** Events API deliveries, acknowledged by the gate itself; absent, Bolt acknowledges them. */
  events?: EventHandoff;
}

export interface EventHandoff {
  /** Keep the delivery until its listeners are done (JobLedger.hold): resolves to letting it go. */
  hold: Hold;
  /** After the 200: run the listeners (App.processEvent), then let go of the delivery. */
  handOff(delivery: EventDelivery, held: Held): void;
}

export interface EventDelivery {
  body: Record<string, unknown>;
  /** Slack's retry headers, as Bolt's receiver passes them on. */
  retryNum?: number;
  retryReason?: string;
}

export function requestGate(next: RequestListener, options: RequestGateOptions): RequestListener {
  const maxBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const now = options.now ?? Date.now;
  return (req, res) => {
    const refuse = (status: number, why: string): void => {
      options.logger.warn({ status, why }, 'Slack request refused');
      if (!res.headersSent) res.writeHead(status, { connection: 'close' });
      res.end();
      // Unread body: stop reading it rather than buffer it for nothing.
      req.resume();
    };
    // The path as Bolt routes it ("/slack/./events" and "/slack/x/../events" are its /slack/events), so no
    // spelling of an endpoint's path gets past this gate to Bolt's handler.
    const path = routedPath(req.url);
    if (path === null) return refuse(400, 'unreadable path');
    if (req.method !== 'POST' || !options.endpoints.includes(path)) {
      next(req, res);
      return;
    }
    const signature = header(req, 'x-slack-signature');
    const timestamp = Number(header(req, 'x-slack-request-timestamp'));
    if (!signature || !Number.isInteger(timestamp)) {
      answerSslCheck(req, res, () => refuse(401, 'unsigned'));
      return;
    }
    if (Math.abs(now() / 1000 - timestamp) > MAX_CLOCK_SKEW_S) return refuse(401, 'timestamp out of window');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) return refuse(413, 'body too large');
    readCapped(req, maxBytes)
      .then(
        async (raw) => {
          if (raw === null) return refuse(413, 'body too large');
          if (!signatureMatches(options.signingSecret, timestamp, raw, signature)) {
            return refuse(401, 'bad signature');
          }
          const text = raw.toString('utf8');
          const body = objectBody(text, header(req, 'content-type'));
          if (!body) return refuse(400, 'body is not an object');
          // The same signature is the same request: Slack's own retries are re-signed with a new timestamp.
          const replayKey = `request:${createHash('sha256').update(signature).digest('hex').slice(0, 32)}`;
          // With the store unreachable (Redis away) the request still goes through: the signature and its
          // 5-minute window still hold, the event is acknowledged, and the listener tells the user what happened.
          const claimed = options.claim(replayKey, 2 * MAX_CLOCK_SKEW_S * 1000).catch((error: unknown) => {
            options.logger.warn({ err: error }, 'replay check skipped: the store is unreachable');
            return true;
          });
          // An event is held alongside the claim, never after it: both leave in the same turn of the event loop
          // (to Redis in one round trip; on SQLite both are written before anything else runs), so a process
          // killed cannot leave a request claimed that nobody holds. A balancer's resend of the same bytes is then
          // dropped as a replay while the first delivery is replayed by whoever recovers it.
          const event = options.events ? heldDeliveryOf(body, text) : null;
          const [fresh, held] = await Promise.all([claimed, event && options.events?.hold(event)]);
          if (!fresh) {
            held?.release();
            options.logger.info('replayed Slack request answered once');
            res.writeHead(200);
            res.end();
            return;
          }
          if (event && held && options.events) {
            acknowledge(options.events, body, held, req, res);
            return;
          }
          // Bolt takes a request whose rawBody is already a Buffer as read (bufferIncomingMessage).
          (req as IncomingMessage & { rawBody: Buffer }).rawBody = raw;
          next(req, res);
        },
        (error: unknown) => {
          options.logger.warn({ err: error }, 'could not read a Slack request');
          refuse(400, 'unreadable body');
        },
      )
      .catch((error: unknown) => {
        options.logger.error({ err: error }, 'Slack request gate failed');
        if (!res.headersSent) refuse(500, 'gate failed');
      });
  };
}

function routedPath(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

/** Slack checks a command URL's certificate with an unsigned `ssl_check=1` form: answer 200, run nothing. */
function answerSslCheck(req: IncomingMessage, res: ServerResponse, otherwise: () => void): void {
  if (header(req, 'content-type') !== 'application/x-www-form-urlencoded') {
    otherwise();
    return;
  }
  readCapped(req, 4096).then(
    (raw) => {
      if (raw === null || parseQuery(raw.toString('utf8')).ssl_check !== '1') return otherwise();
      res.writeHead(200);
      res.end();
    },
    () => otherwise(),
  );
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** The body, or null as soon as it passes `max` bytes (the rest is never held). */
function readCapped(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        chunks.length = 0;
        req.removeAllListeners('data');
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function signatureMatches(secret: string, timestamp: number, raw: Buffer, signature: string): boolean {
  const expected = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(raw).digest('hex')}`;
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The body as an object, or null: Bolt reads `body.type`, `body.ssl_check`… at once, and anything but an object
 * (null, 3, "x", []) crashes it. A form (a slash command) is its fields; an interactive payload, its JSON.
 */
function objectBody(text: string, contentType: string | undefined): Record<string, unknown> | null {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parseQuery(text);
      if (typeof form.payload !== 'string') return form;
      return asPlainObject(JSON.parse(form.payload));
    }
    return asPlainObject(JSON.parse(text));
  } catch {
    return null;
  }
}

function asPlainObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Held already: answered 200, then handed on. */
function acknowledge(
  events: EventHandoff,
  body: Record<string, unknown>,
  held: Held,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  // The connection is gone (a shutdown cut it while the hold was written): Slack sends the event again, so it
  // is not handed on here too.
  if (res.destroyed || req.socket.destroyed) {
    held.release();
    return;
  }
  res.writeHead(200);
  res.end();
  const retryNum = Number(header(req, 'x-slack-retry-num'));
  const retryReason = header(req, 'x-slack-retry-reason');
  events.handOff(
    {
      body,
      ...(Number.isInteger(retryNum) ? { retryNum } : {}),
      ...(retryReason ? { retryReason } : {}),
    },
    held,
  );
}

/**
 * Run each delivery's listeners on a later turn (one delivery a turn, so the acknowledgements of a burst are not
 * queued behind listener work), and let go of it once they are done, however they end.
 */
export function listenersLater(
  dispatch: (delivery: EventDelivery) => Promise<void>,
  logger: Logger,
): EventHandoff['handOff'] {
  const later = onePerTurn();
  return (delivery, held) =>
    later(() => {
      held
        .within(() => dispatch(delivery))
        .catch((error: unknown) =>
          logger.error({ err: error, event: delivery.body.event_id }, 'an event’s listeners failed'),
        )
        .finally(() => held.release());
    });
}
