// Progress lines on stderr, only when a person is watching (a TTY). Pipes and CI stay quiet.
import type { ProgressEvent } from '../types.ts';

const VERBS: Record<ProgressEvent['stage'], string> = {
  reading: 'reading',
  analysing: 'analysing',
  cached: 'from cache',
  done: 'done',
  failed: 'failed',
  comparing: 'comparing the sources',
};

export function progressPrinter(stream: NodeJS.WriteStream): (event: ProgressEvent) => void {
  if (!stream.isTTY) return () => {};
  return (event) => {
    const who = event.sourceId ? `${event.sourceId} ` : '';
    const label = event.label ? ` ${event.label}` : '';
    const detail = event.detail ? ` (${event.detail})` : '';
    stream.write(`copydesk: ${who}${VERBS[event.stage]}${label}${detail}\n`);
  };
}
