// A real HTTP server on 127.0.0.1 (port 0) for fetch tests. It counts connections and requests, so a test
// can prove that a refused link never opened a socket.
import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const SETTLE_PATH = '/__settle__';

export type Handler = (req: IncomingMessage, res: ServerResponse, server: PageServer) => void;

export interface PageServer {
  port: number;
  /** "127.0.0.1:PORT", the form COPYDESK_FETCH_ALLOW takes. */
  hostPort: string;
  url(path: string): string;
  /** Paths requested, in order. */
  requests: string[];
  connections: number;
  /**
   * Make one request of our own and wait for it: connections are accepted in order, so any connection a
   * refused fetch had opened is counted by the time this returns. Returns `connections` minus this one.
   */
  settledConnections(): Promise<number>;
  close(): Promise<void>;
}

export async function startPageServer(routes: Record<string, Handler> = {}): Promise<PageServer> {
  let server: Server | null = null;
  const state: PageServer = {
    port: 0,
    hostPort: '',
    url: (path) => `http://127.0.0.1:${state.port}${path}`,
    requests: [],
    connections: 0,
    settledConnections: () =>
      new Promise<number>((resolve, reject) => {
        get({ host: '127.0.0.1', port: state.port, path: SETTLE_PATH, agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(state.connections - 1));
        }).on('error', reject);
      }),
    close: async () => {
      server?.closeAllConnections();
      await new Promise<void>((resolve) => server?.close(() => resolve()));
    },
  };
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === SETTLE_PATH) {
      res.end('ok');
      return;
    }
    state.requests.push(path);
    const handler = routes[path];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    handler(req, res, state);
  });
  server.on('connection', () => {
    state.connections++;
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.hostPort = `127.0.0.1:${state.port}`;
  return state;
}

/** Send a body with a content type (and optional extra headers). */
export function send(
  body: string | Buffer,
  contentType: string,
  headers: Record<string, string> = {},
): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': contentType, ...headers }).end(body);
  };
}

export function status(code: number, body = `<h1>${code}</h1>`): Handler {
  return (_req, res) => {
    res.writeHead(code, { 'content-type': 'text/html' }).end(body);
  };
}

export function redirect(location: string | ((server: PageServer) => string), code = 302): Handler {
  return (_req, res, server) => {
    res.writeHead(code, { location: typeof location === 'string' ? location : location(server) }).end();
  };
}

/** Headers, then one byte every `everyMs` forever: only the total deadline can stop it. */
export function drip(everyMs: number): Handler {
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>');
    const timer = setInterval(() => res.write('a'), everyMs);
    // close() ends every connection, which stops the drip.
    req.socket.on('close', () => clearInterval(timer));
  };
}

/** Accepts the request and never answers. */
export function hang(): Handler {
  return () => {};
}
