// The comparison: deterministic alignment (it needs no model and never invents text) and the engine's judge over
// the extracted facts and quotes, merged without repeating what the rules found. The judge's call is sent first
// and the rules (rule-findings.ts) run while it is in flight: their CPU hides in the model's latency.
import { userMessage } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import type { Store } from '../../store/store.ts';
import type { Comparison, Disagreement, SourceSheet, Usage } from '../../types.ts';
import type { Deadline } from '../../util/deadline.ts';
import type { CompareInput, Engine, Judgement } from '../engine.ts';
import { dropContestedAgreements } from './contested-consensus.ts';
import { cachedJudgement } from './judgement-cache.ts';
import type { SourceText } from './name-variants.ts';
import { resolveJudgement } from './resolve-judgement.ts';
import { ruleFindings } from './rule-findings.ts';
import { verifyFlags } from './verify-flag.ts';

export interface CompareDeps {
  engine: Engine;
  store: Store | null;
  logger: Logger;
  /** Updated in place with the judge's usage. */
  usage: Usage;
  /** The sheet's deadline: the judge's call must end by it (the rules' findings stand without it). */
  deadline?: Deadline;
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export async function compareSources(sources: SourceText[], deps: CompareDeps): Promise<Comparison> {
  const sheets = sources.map((source) => source.sheet);
  // Sent first: the rules run while the model reads.
  const judging = judgeOrNote(sheets, deps);
  const { ruled, quotes, numbers } = await ruleFindings(sources);
  const { judgement, note } = await judging;
  const resolved = judgement ? resolveJudgement(judgement, sheets) : null;
  if (resolved && resolved.unknownRefs > 0) {
    deps.logger.info({ unknownRefs: resolved.unknownRefs }, 'judge cited IDs that do not exist; dropped');
  }

  const variantRefs = new Set(quotes.variants.flatMap((variant) => variant.versions.map((v) => v.ref)));
  // The judge's flags pass the same deterministic check as the rules' before they are shown.
  const verified = verifyFlags(resolved?.disagreements ?? [], sources);
  // A rule's flag the judge states with more context (the whole sentence, the fact's reference) gives way.
  const kept = ruled.filter((rule) => !verified.some((item) => restates(item, rule)));
  const fromJudge = verified.filter(
    (item) =>
      !coveredBy(item, kept) &&
      !(item.kind === 'quote_wording' && item.versions.every((v) => variantRefs.has(v.ref))),
  );
  const disagreements = [...kept, ...fromJudge].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return {
    // An agreement a flag on the same figure refutes is not shown (the rules' and the judge's alike).
    consensus: dropContestedAgreements([...numbers.consensus, ...(resolved?.consensus ?? [])], disagreements),
    disagreements,
    quoteVariants: quotes.variants,
    singleSource: resolved?.singleSource ?? [],
    note,
  };
}

/**
 * The judge's answer, or the note that says why the comparison is the rules' alone: the rules' findings and
 * every source's sheet are worth showing even when the judge fails. Never rejects, so the rules may run (and,
 * on a bug, throw) while it is pending without leaving a rejection unhandled.
 */
async function judgeOrNote(
  sheets: SourceSheet[],
  deps: CompareDeps,
): Promise<{ judgement: Judgement | null; note: string | null }> {
  try {
    const judgement = await cachedJudgement(sheets, deps, () =>
      deps.engine.judge(toCompareInput(sheets), deps.deadline ? { deadline: deps.deadline } : {}),
    );
    return { judgement, note: null };
  } catch (error) {
    deps.logger.warn({ err: error }, 'comparison by the model failed; showing the rule-based comparison');
    return { judgement: null, note: `Only the rule-based comparison is shown: ${userMessage(error)}` };
  }
}

/** A judge's item repeats a rule's when it is of the same kind and cites the same evidence. */
function coveredBy(item: Disagreement, ruled: Disagreement[]): boolean {
  const refs = new Set(item.versions.map((v) => v.ref ?? `${v.source}:${v.text}`));
  return ruled.some(
    (rule) =>
      rule.kind === item.kind && rule.versions.some((v) => refs.has(v.ref ?? `${v.source}:${v.text}`)),
  );
}

/** The judge's title flag is about the rule's person: each of its versions holds the rule's words for that source. */
function restates(item: Disagreement, rule: Disagreement): boolean {
  return (
    item.kind === rule.kind &&
    rule.kind === 'title' &&
    item.versions.every((v) => rule.versions.some((r) => v.source === r.source && v.text.includes(r.text)))
  );
}

function toCompareInput(sheets: SourceSheet[]): CompareInput {
  return {
    sources: sheets.map((sheet) => ({
      id: sheet.id,
      title: sheet.title,
      outlet: sheet.outlet,
      facts: sheet.facts
        .filter((fact) => fact.match !== 'not_found')
        .map((fact) => ({
          id: fact.id,
          statement: fact.statement,
          kind: fact.kind,
          value: fact.value,
          evidence: fact.sourceText ?? fact.evidence,
        })),
      quotes: sheet.quotes
        .filter((quote) => quote.match !== 'not_found')
        .map((quote) => ({
          id: quote.id,
          speaker: quote.speaker,
          role: quote.role,
          text: quote.sourceText ?? quote.text,
        })),
    })),
  };
}
