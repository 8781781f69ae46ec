// The pipeline's progress events as the steps of a streamed answer: one task per source ("Reading Reuters —
// 612 words", then "13 quotes, 12 found in the text, 1 left out"), one for the comparison, one for the sheet.
// Pure: which task_update chunks to send; stream-destination.ts sends them.
import type { TaskUpdateChunk } from '@slack/types';
import type { ProgressEvent, SourceInput } from '../../types.ts';

/** Task titles and details are short lines: Slack's limit is not published in the types, so keep well under. */
const TITLE_CHARS = 120;
const DETAIL_CHARS = 200;

export type StepState = TaskUpdateChunk['status'];

export interface Steps {
  /** Apply one progress event; returns the ids of the tasks it changed. */
  apply(event: ProgressEvent): string[];
  /** The current chunk of each task named. */
  chunks(ids: Iterable<string>): TaskUpdateChunk[];
  /** Every task, ended: the comparison and the sheet complete, anything still running as `ending`. */
  finish(ending: 'complete' | 'error'): TaskUpdateChunk[];
}

export function createSteps(inputs: SourceInput[]): Steps {
  const tasks = new Map<string, TaskUpdateChunk>();
  inputs.forEach((input, index) => {
    const id = `S${index + 1}`;
    tasks.set(id, task(id, `Waiting to read ${labelOf(input)}`, 'pending'));
  });
  if (inputs.length > 1) tasks.set('compare', task('compare', `Compare ${inputs.length} sources`, 'pending'));
  tasks.set('sheet', task('sheet', 'Write the fact sheet', 'pending'));

  const apply = (event: ProgressEvent): string[] => {
    if (event.stage === 'comparing') {
      tasks.set('compare', task('compare', `Comparing ${inputs.length} sources`, 'in_progress'));
      return ['compare'];
    }
    const id = event.sourceId;
    const before = id ? tasks.get(id) : undefined;
    if (!id || !before) return [];
    const label = event.label ?? before.title.replace(/^(Waiting to read|Reading|Read) /, '');
    const next = stepFor(id, label, event, before);
    tasks.set(id, next);
    return [id];
  };

  return {
    apply,
    chunks: (ids) => [...new Set(ids)].flatMap((id) => tasks.get(id) ?? []),
    finish: (ending) => {
      for (const [id, current] of tasks) {
        if (id === 'sheet' || id === 'compare') {
          tasks.set(id, { ...current, title: finishedTitle(id, inputs.length, ending), status: ending });
        } else if (current.status !== 'complete' && current.status !== 'error') {
          tasks.set(id, { ...current, status: ending });
        }
      }
      return [...tasks.values()];
    },
  };
}

function stepFor(id: string, label: string, event: ProgressEvent, before: TaskUpdateChunk): TaskUpdateChunk {
  switch (event.stage) {
    case 'reading':
      return task(id, `Reading ${label}`, 'in_progress');
    case 'analysing':
      return task(id, `Reading ${label}${event.detail ? ` — ${event.detail}` : ''}`, 'in_progress');
    case 'cached':
      return task(id, `Reading ${label}`, 'in_progress', 'Read before: taken from the cache');
    case 'failed':
      return task(id, `Could not read ${label}`, 'error', event.detail ?? undefined);
    case 'done': {
      const counts = event.counts;
      if (!counts) return { ...before, title: line(`Read ${label}`, TITLE_CHARS), status: 'complete' };
      const left = counts.quotes - counts.quotesFound;
      return task(
        id,
        `Read ${label} — ${counts.words} words`,
        'complete',
        `${plural(counts.quotes, 'quote')}, ${counts.quotesFound} found in the text, ${left} left out`,
      );
    }
    default:
      return before;
  }
}

function finishedTitle(id: string, sources: number, ending: 'complete' | 'error'): string {
  if (id === 'compare')
    return ending === 'complete' ? `Compared ${sources} sources` : 'Comparison not finished';
  return ending === 'complete' ? 'Fact sheet written' : 'No fact sheet';
}

function task(id: string, title: string, status: StepState, details?: string): TaskUpdateChunk {
  return {
    type: 'task_update',
    id,
    title: line(title, TITLE_CHARS),
    status,
    ...(details ? { details: line(details, DETAIL_CHARS) } : {}),
  };
}

function labelOf(input: SourceInput): string {
  return input.kind === 'url' ? (input.label ?? input.url) : input.label;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * One plain line: titles come from articles. Whether Slack parses mrkdwn in task text is not documented in the
 * types, so angle brackets (which could spell <!channel> or a fake link) are replaced rather than escaped.
 */
export function line(text: string, max: number): string {
  const flat = text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
