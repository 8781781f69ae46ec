// The request gate acknowledges Events API deliveries itself (issues 10 and 11): each is held before its 200
// and let go only once its listeners are done, and no 200 waits on any listener's work, so a burst's acks all
// go out first. Everything that is not an event (URL verification, commands) still goes to Bolt. In Socket
// Mode, where Bolt acknowledges, each delivery is held around its processing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import { type EventDelivery, listenersLater, requestGate } from '../../src/slack/http/request-gate.ts';
import { holdingApp } from '../../src/slack/jobs/held-delivery.ts';
import { commandForm, eventEnvelope, mentionEvent } from '../support/slack-events.ts';
import { postSigned, SIGNING_SECRET } from '../support/slack-signed-request.ts';

interface Gate {
  port: number;
  log: string[];
  /** Lets every dispatched delivery's listeners finish. */
  finishListeners(): void;
  dispatched: EventDelivery[];
}

let server: Server | undefined;
afterEach(async () => {
  const open = server;
  server = undefined;
  if (open) await new Promise((resolve) => open.close(resolve));
});

async function startGate(options: { failListeners?: boolean } = {}): Promise<Gate> {
  const log: string[] = [];
  const dispatched: EventDelivery[] = [];
  let finish = () => {};
  const listenersDone = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const claimed = new Set<string>();
  const gate = requestGate(
    (_req, res) => {
      log.push('bolt');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"from":"bolt"}');
    },
    {
      signingSecret: SIGNING_SECRET,
      endpoints: ['/slack/events'],
      claim: async (key) => {
        log.push('claim');
        if (claimed.has(key)) return false;
        claimed.add(key);
        return true;
      },
      logger: silentLogger(),
      events: {
        hold: async (event) => {
          log.push(`hold ${event.id} ${event.team}`);
          return {
            id: event.id,
            within: (listeners) => listeners(),
            release: () => log.push(`let go ${event.id}`),
          };
        },
        handOff: listenersLater(async (delivery) => {
          dispatched.push(delivery);
          log.push(`listeners ${String(delivery.body.event_id)}`);
          await listenersDone;
          if (options.failListeners) throw new Error('a listener failed');
        }, silentLogger()),
      },
    },
  );
  server = createServer(gate);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, log, finishListeners: () => finish(), dispatched };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('an Events API delivery', () => {
  it('is held before its 200, and let go only once its listeners are done', async () => {
    const gate = await startGate();
    const envelope = eventEnvelope(mentionEvent({ text: '<@UCOPYDESK> hello' }), 'EvHANDOFF1');
    const response = await postSigned(gate.port, envelope, { retryNum: 2 });
    expect(response.status).toBe(200);
    await settle();
    // Held alongside the replay claim; answered while the listeners are still running: nothing let go yet.
    expect(gate.log).toEqual(['claim', 'hold EvHANDOFF1 T0NEWSROOM', 'listeners EvHANDOFF1']);
    expect(gate.dispatched[0]).toMatchObject({ body: envelope, retryNum: 2, retryReason: 'http_timeout' });
    gate.finishListeners();
    await settle();
    expect(gate.log.at(-1)).toBe('let go EvHANDOFF1');
  });

  it('is let go when its listeners fail', async () => {
    const gate = await startGate({ failListeners: true });
    const envelope = eventEnvelope(mentionEvent({ text: '<@UCOPYDESK> hello' }), 'EvHANDOFF2');
    expect((await postSigned(gate.port, envelope)).status).toBe(200);
    gate.finishListeners();
    await settle();
    expect(gate.log).toEqual([
      'claim',
      'hold EvHANDOFF2 T0NEWSROOM',
      'listeners EvHANDOFF2',
      'let go EvHANDOFF2',
    ]);
  });

  it('sent twice with the same bytes (a balancer’s resend) runs once; the resend lets go of its own hold', async () => {
    const gate = await startGate();
    const envelope = eventEnvelope(mentionEvent({ text: '<@UCOPYDESK> hello' }), 'EvHANDOFF3');
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await postSigned(gate.port, envelope, { timestamp })).status).toBe(200);
    expect((await postSigned(gate.port, envelope, { timestamp })).status).toBe(200);
    await settle();
    expect(gate.log).toEqual([
      'claim',
      'hold EvHANDOFF3 T0NEWSROOM',
      'listeners EvHANDOFF3',
      'claim',
      'hold EvHANDOFF3 T0NEWSROOM',
      'let go EvHANDOFF3',
    ]);
    gate.finishListeners();
  });

  it('in a burst, every 200 goes out while no listener has finished', async () => {
    const gate = await startGate();
    const envelopes = Array.from({ length: 20 }, (_, i) =>
      eventEnvelope(mentionEvent({ text: `<@UCOPYDESK> story ${i}` }), `EvBURST${i}`),
    );
    const statuses = await Promise.all(envelopes.map(async (e) => (await postSigned(gate.port, e)).status));
    expect(statuses).toEqual(envelopes.map(() => 200));
    expect(gate.log.filter((line) => line.startsWith('let go'))).toEqual([]);
    gate.finishListeners();
    await settle();
    expect(gate.log.filter((line) => line.startsWith('let go'))).toHaveLength(20);
  });
});

describe('what is not an event goes to Bolt', () => {
  it.each([
    ['URL verification', { type: 'url_verification', challenge: 'abc', token: 't' }, {}],
    ['a slash command', commandForm('https://example.org/a', 'http://127.0.0.1:9/respond'), { form: true }],
  ])('%s', async (_label, payload, options) => {
    const gate = await startGate();
    const response = await postSigned(gate.port, payload as Record<string, unknown>, options);
    expect(response.json).toEqual({ from: 'bolt' });
    expect(gate.log).toEqual(['claim', 'bolt']);
  });
});

describe('Socket Mode', () => {
  it('holds each delivery around processEvent, where Bolt acknowledges it, and lets it go however it ends', async () => {
    const log: string[] = [];
    const app = {
      processEvent: async (event: { body: Record<string, unknown> }) => {
        log.push(`listeners ${String(event.body.event_id ?? event.body.type)}`);
        if (event.body.event_id === 'EvSOCKET2') throw new Error('a listener failed');
      },
    } as unknown as App;
    const held = holdingApp(app, async (delivery) => {
      log.push(`hold ${delivery.id}`);
      return {
        id: delivery.id,
        within: (listeners) => listeners(),
        release: () => log.push(`let go ${delivery.id}`),
      };
    });
    const event = (body: Record<string, unknown>) => ({ body, ack: async () => {} });
    await held.processEvent(event(eventEnvelope(mentionEvent({ text: 'hi' }), 'EvSOCKET1')));
    await expect(
      held.processEvent(event(eventEnvelope(mentionEvent({ text: 'hi' }), 'EvSOCKET2'))),
    ).rejects.toThrow();
    await held.processEvent(event({ type: 'block_actions' }));
    expect(log).toEqual([
      'hold EvSOCKET1',
      'listeners EvSOCKET1',
      'let go EvSOCKET1',
      'hold EvSOCKET2',
      'listeners EvSOCKET2',
      'let go EvSOCKET2',
      'listeners block_actions',
    ]);
  });
});
