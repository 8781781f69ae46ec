// The real-text report for the terminal: the figures against issue 8's targets, then the worst errors, so an
// editor can read what went wrong (labels are never complete: unmatched flags must be judged by reading).
import type { RealFigure } from './real-figures.ts';
import type { RealEvalReport } from './run-real-eval.ts';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

export function formatRealReport(report: RealEvalReport, figures: RealFigure[], errorsShown: number): string {
  const lines: string[] = [`Real text — engine ${report.engine}`];
  if (report.polnear) lines.push(`PolNeAR ${report.polnear.split}: ${report.polnear.articles} articles`);
  if (report.basil) lines.push(`BASIL: ${report.basil.events} labelled events (Fox News, NYT, HuffPost)`);
  lines.push('');
  for (const f of figures) {
    const mark =
      f.target === null ? '' : f.value >= f.target ? `  ✓ ≥ ${f.target}` : `  ✗ target ${f.target}`;
    lines.push(`${f.label.padEnd(76)} ${pct(f.value).padStart(7)}  (${f.of})${mark}`);
  }
  if (errorsShown > 0) lines.push('', ...worst(report, errorsShown));
  return lines.join('\n');
}

function worst(report: RealEvalReport, n: number): string[] {
  const lines: string[] = [];
  const section = <T>(title: string, items: T[], show: (item: T) => string) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}; first ${Math.min(n, items.length)}):`);
    for (const item of items.slice(0, n)) lines.push(`  ${show(item)}`);
  };
  const cut = (text: string) => (text.length > 110 ? `${text.slice(0, 107)}…` : text);
  if (report.polnear) {
    const e = report.polnear.errors;
    section(
      'PolNeAR wrong speakers',
      e.wrongSpeaker,
      (x) => `${x.gold} ≠ ${x.predicted}: “${cut(x.text)}” [${x.file}]`,
    );
    section(
      'PolNeAR spurious direct quotes',
      e.spurious,
      (x) => `${x.speaker}: “${cut(x.text)}” [${x.file}]`,
    );
    section(
      'PolNeAR missed direct quotes',
      e.missed,
      (x) => `${x.speaker ?? '?'}: “${cut(x.text)}” [${x.file}]`,
    );
    section(
      'PolNeAR spurious reported speech',
      e.spuriousIndirect,
      (x) => `${x.speaker}: ${cut(x.text)} [${x.file}]`,
    );
    section(
      'PolNeAR missed reported speech',
      e.missedIndirect,
      (x) => `${x.speaker ?? '?'}${x.cue ? ` (${x.cue})` : ''}: ${cut(x.text)} [${x.file}]`,
    );
  }
  if (report.basil) {
    const e = report.basil.errors;
    section(
      'BASIL flags matching no label (judge by reading)',
      e.unmatchedFlags,
      (x) =>
        `${x.kind}/${x.severity} ${cut(x.topic)}\n      ${x.versions.map((v) => `${v.file}: “${cut(v.text)}”`).join('\n      ')}`,
    );
    section('BASIL labelled disagreements not found', e.missedDisagreements, (x) => cut(x));
    section(
      'BASIL wrong speakers',
      e.wrongSpeaker,
      (x) => `${x.gold} ≠ ${x.predicted}: “${cut(x.text)}” [${x.file}]`,
    );
    section('BASIL spurious quotes', e.spurious, (x) => `${x.speaker}: “${cut(x.text)}” [${x.file}]`);
    section('BASIL missed quotes', e.missed, (x) => `${x.speaker}: “${cut(x.text)}” [${x.file}]`);
  }
  return lines;
}
