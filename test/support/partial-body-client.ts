// Sends a request whose body never finishes, from a child process (nock intercepts even raw sockets in the test
// process), and returns the status the server answered: an answer proves the server did not buffer the body.
import { execFile } from 'node:child_process';

const CLIENT = `
import { connect } from 'node:net';
const { port, head, chunkBytes, chunks, chunked } = JSON.parse(process.env.PARTIAL_REQUEST);
const socket = connect(port, '127.0.0.1');
let received = '';
socket.on('data', (data) => {
  received += data.toString('latin1');
  const status = /^HTTP\\/1\\.1 (\\d{3})/.exec(received);
  if (status) { process.stdout.write(status[1]); process.exit(0); }
});
socket.on('error', (error) => { process.stdout.write('error ' + error.code); process.exit(0); });
socket.write('POST /slack/events HTTP/1.1\\r\\n' + head + '\\r\\n');
const chunk = Buffer.alloc(chunkBytes, 'a');
for (let i = 0; i < chunks; i += 1) {
  socket.write(chunked ? Buffer.concat([Buffer.from(chunk.length.toString(16) + '\\r\\n'), chunk, Buffer.from('\\r\\n')]) : chunk);
}
setTimeout(() => { process.stdout.write('no answer'); process.exit(0); }, 10000);
`;

export interface PartialRequest {
  port: number;
  headers: Record<string, string>;
  chunkBytes: number;
  chunks: number;
  chunked?: boolean;
}

export function statusBeforeBodyEnds(request: PartialRequest): Promise<string> {
  const head = Object.entries({ host: `127.0.0.1:${request.port}`, ...request.headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const spec = JSON.stringify({ ...request, head, chunked: request.chunked ?? false });
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', CLIENT],
      { env: { PARTIAL_REQUEST: spec }, timeout: 15_000 },
      (error, stdout) => (error ? reject(error) : resolve(stdout.trim())),
    );
  });
}
