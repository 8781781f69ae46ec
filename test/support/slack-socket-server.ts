// Just enough of a WebSocket server (RFC 6455: handshake, text frames, ping, close) to play Slack's Socket Mode
// end of the connection in tests. Socket Mode's client uses undici's WebSocket, so no ws package is needed.
import { createHash } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export interface SocketPeer {
  /** Messages the clients sent, parsed from JSON. */
  received: Record<string, unknown>[];
  /** To the latest connection. */
  send(message: unknown): void;
  /** To the `index`th connection (0 is the first), as Slack delivers each envelope to one of an app's sockets. */
  sendTo(index: number, message: unknown): void;
  /** The first connection. */
  connected: Promise<void>;
  /** Resolves once `count` connections are open. */
  connections(count: number): Promise<void>;
  close(): void;
}

export function attachSocketServer(server: Server, path = '/socket'): SocketPeer {
  const received: Record<string, unknown>[] = [];
  const sockets: Duplex[] = [];
  let waiters: { count: number; resolve: () => void }[] = [];
  const onConnected = (): void => {
    const ready = waiters.filter((waiter) => sockets.length >= waiter.count);
    waiters = waiters.filter((waiter) => sockets.length < waiter.count);
    for (const waiter of ready) waiter.resolve();
  };
  const connections = (count: number): Promise<void> =>
    new Promise((resolve) => {
      waiters.push({ count, resolve });
      onConnected();
    });
  const connected = connections(1);
  const frame = (opcode: number, payload: Buffer): Buffer => {
    const length = payload.length;
    const head =
      length < 126
        ? Buffer.from([0x80 | opcode, length])
        : length < 65_536
          ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
          : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
    return Buffer.concat([head, payload]);
  };
  server.on('upgrade', (req: IncomingMessage, duplex: Duplex) => {
    if (!req.url?.startsWith(path)) {
      duplex.destroy();
      return;
    }
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
    duplex.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    sockets.push(duplex);
    let buffer = Buffer.alloc(0);
    duplex.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const parsed = readFrame(buffer);
        if (!parsed) break;
        buffer = buffer.subarray(parsed.size);
        if (parsed.opcode === 0x1) received.push(JSON.parse(parsed.payload.toString('utf8')));
        else if (parsed.opcode === 0x9) duplex.write(frame(0xa, parsed.payload));
        else if (parsed.opcode === 0x8) duplex.end(frame(0x8, Buffer.alloc(0)));
      }
    });
    duplex.on('error', () => {});
    onConnected();
  });
  return {
    received,
    connected,
    send: (message) => sockets.at(-1)?.write(frame(0x1, Buffer.from(JSON.stringify(message), 'utf8'))),
    sendTo: (index, message) =>
      sockets[index]?.write(frame(0x1, Buffer.from(JSON.stringify(message), 'utf8'))),
    connections,
    close: () => {
      for (const socket of sockets) socket.destroy();
    },
  };
}

function bigLength(length: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64BE(BigInt(length));
  return buffer;
}

/** One client frame (always masked), or null when more bytes are needed. */
function readFrame(buffer: Buffer): { opcode: number; payload: Buffer; size: number } | null {
  if (buffer.length < 2) return null;
  const opcode = (buffer[0] as number) & 0x0f;
  let length = (buffer[1] as number) & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return null;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = ((buffer[1] as number) & 0x80) !== 0;
  const maskSize = masked ? 4 : 0;
  if (buffer.length < offset + maskSize + length) return null;
  const mask = buffer.subarray(offset, offset + maskSize);
  const payload = Buffer.from(buffer.subarray(offset + maskSize, offset + maskSize + length));
  if (masked)
    for (let i = 0; i < payload.length; i += 1) payload[i] = (payload[i] as number) ^ (mask[i % 4] as number);
  return { opcode, payload, size: offset + maskSize + length };
}
