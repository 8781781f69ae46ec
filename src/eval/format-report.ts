// The eval report as a readable table for the terminal. Pure: report in, text out.
import type { EvalReport, QuoteFigures } from './run-eval.ts';

export interface FormatOptions {
  /** List every missed, spurious and misattributed quote, and every missed disagreement. */
  verbose?: boolean;
}

export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const lines: string[] = [];
  const engine = `${report.engine}${report.model ? ` ${report.model}` : ''} (${report.promptVersion})`;
  lines.push(`Engine ${engine} — ${report.clusters} clusters, ${report.articles} articles`);
  lines.push(
    `Exact span: same text after normalising quote marks, dashes, spaces and edge punctuation. ` +
      `Relaxed span: word-overlap Dice ≥ ${report.relaxedMinDice}.`,
  );
  lines.push('');
  lines.push(row(['quotes', 'gold', 'found', 'exact P', 'R', 'F1', 'relaxed P', 'R', 'F1', 'attribution']));
  lines.push(quoteRow('direct', report.direct));
  lines.push(quoteRow('indirect', report.indirect));
  lines.push('');
  const d = report.disagreements;
  if (!d.scored) {
    lines.push('Disagreement recall: not scored — no cluster produced a comparison.');
  } else {
    const scope =
      report.engine === 'offline'
        ? ' (rule-based comparison only: the offline engine has no judge, so kinds without a rule score 0)'
        : ' (rule-based comparison plus the LLM judge)';
    lines.push(
      `Disagreement recall: ${d.overall.found}/${d.overall.total} = ${pct(d.overall.recall)}${scope}`,
    );
    for (const [kind, value] of Object.entries(d.byKind)) {
      lines.push(`  ${kind.padEnd(17)} ${`${value.found}/${value.total}`.padStart(6)}  ${pct(value.recall)}`);
    }
  }
  const failures = report.details.filter((detail) => detail.failure);
  for (const failure of failures)
    lines.push(`! ${failure.cluster}/${failure.file} failed: ${failure.failure}`);
  if (options.verbose) lines.push('', ...details(report));
  return lines.join('\n');
}

function quoteRow(label: string, q: QuoteFigures): string {
  const attribution = `${pct(q.attribution.accuracy)} (${q.attribution.correct}/${q.attribution.total})`;
  return row([
    label,
    String(q.exact.gold),
    String(q.exact.predicted),
    num(q.exact.precision),
    num(q.exact.recall),
    num(q.exact.f1),
    num(q.relaxed.precision),
    num(q.relaxed.recall),
    num(q.relaxed.f1),
    attribution,
  ]);
}

function details(report: EvalReport): string[] {
  const out: string[] = [];
  for (const detail of report.details) {
    const where = `${detail.cluster}/${detail.file}`;
    for (const kind of ['direct', 'indirect'] as const) {
      const score = detail[kind];
      for (const miss of score.missed)
        out.push(`missed   ${kind.padEnd(8)} ${where}: “${cut(miss.text)}” (${miss.speaker})`);
      for (const extra of score.spurious)
        out.push(`spurious ${kind.padEnd(8)} ${where}: “${cut(extra.text)}” (${extra.speaker})`);
      for (const wrong of score.wrongSpeaker) {
        out.push(
          `speaker  ${kind.padEnd(8)} ${where}: “${cut(wrong.gold.text)}” ${wrong.predicted.speaker} ≠ ${wrong.gold.speaker}`,
        );
      }
    }
  }
  for (const item of report.disagreements.items) {
    if (!item.found) out.push(`not found ${item.kind.padEnd(16)} ${item.cluster}: ${item.topic}`);
  }
  return out;
}

const WIDTHS = [9, 5, 6, 8, 5, 5, 10, 5, 5, 14];

function row(cells: string[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[i] ?? 8) : cell.padStart(WIDTHS[i] ?? 8)))
    .join(' ');
}

function num(value: number): string {
  return value.toFixed(2);
}

function pct(value: number): string {
  return `${(value * 100).toFixed(0)}%`;
}

function cut(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}
