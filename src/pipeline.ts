// buildFactSheet(): inputs → articles → grounded analyses → comparison. Knows nothing of Slack or terminals.
import { createHash } from 'node:crypto';
import { compareSources } from './analysis/compare/compare-sources.ts';
import type { Engine } from './analysis/engine.ts';
import { checkComparison } from './analysis/ground/check-comparison.ts';
import { prepareCheck } from './analysis/ground/check-written.ts';
import { type Grounding, groundAnalysis, prepareGrounding } from './analysis/ground/ground-analysis.ts';
import { errorCode, userMessage } from './errors.ts';
import { ingest } from './ingest/ingest.ts';
import { isDatelineOnly } from './ingest/title-cleanup.ts';
import type { Logger } from './logger.ts';
import type { Store } from './store/store.ts';
import type {
  Article,
  FactSheet,
  FailedSource,
  ProgressEvent,
  RawAnalysis,
  SourceInput,
  SourceSheet,
  Usage,
} from './types.ts';
import { addUsage, emptyUsage } from './usage.ts';
import { beforeDeadline, budgetWords, type Deadline, notReadInTime } from './util/deadline.ts';
import { mapBounded } from './util/map-bounded.ts';
import { whileSending } from './util/next-turn.ts';

export interface PipelineDeps {
  engine: Engine;
  /** Null disables caching (the CLI's --no-cache). */
  store: Store | null;
  /** Fetches and extracts a web page; throws CopydeskError with a reason fit for users. */
  readUrl: (url: string) => Promise<Article>;
  logger: Logger;
  /** How many sources are read and analysed at once. */
  concurrency: number;
  maxWords: number;
  /**
   * Told each analysed source's clean text: the sheet carries only its hash, and the Slack app keeps the texts
   * for follow-up questions. The CLI passes nothing; the sheet and its JSON are the same either way.
   */
  onText?: (source: { textHash: string; text: string }) => void;
}

/** A source's sheet with the text it was grounded in: the comparison checks names against the text. */
interface Analysed {
  sheet: SourceSheet;
  text: string;
}

export type ProgressListener = (event: ProgressEvent) => void;

/** What bounds one sheet, as opposed to the dependencies every sheet shares. */
export interface SheetRun {
  /**
   * The sheet's deadline (COPYDESK_SHEET_DEADLINE_MS from the request). Sources not read by then are failed
   * as "not read in time", and the comparison is skipped with a note: the user gets what is ready, and why.
   */
  deadline?: Deadline;
}

/** Analyses are kept a month: the same text, model and prompt always give the same answer we want. */
const ANALYSIS_TTL_MS = 30 * 24 * 3600_000;

export async function buildFactSheet(
  inputs: SourceInput[],
  deps: PipelineDeps,
  onProgress: ProgressListener = () => {},
  run: SheetRun = {},
): Promise<FactSheet> {
  const usage = emptyUsage();
  const failed: FailedSource[] = [];
  const { deadline } = run;
  const results = await mapBounded(inputs, deps.concurrency, async (input, index) => {
    const id = `S${index + 1}`;
    const label = input.kind === 'url' ? (input.label ?? input.url) : input.label;
    try {
      if (!deadline) return await analyseOne(id, label, input, deps, usage, onProgress, undefined);
      // A source still waiting for its turn when the time is up is not started at all.
      if (deadline.expired()) throw notReadInTime(deadline);
      const reading = analyseOne(id, label, input, deps, usage, onProgress, deadline);
      return await beforeDeadline(reading, deadline, () => notReadInTime(deadline));
    } catch (error) {
      deps.logger.warn({ err: error, source: id, label }, 'source failed');
      onProgress({ stage: 'failed', sourceId: id, label, detail: userMessage(error) });
      failed.push({ id, label, code: errorCode(error), reason: userMessage(error) });
      return null;
    }
  });
  const analysed = results.filter((result): result is Analysed => result !== null);
  const sources = analysed.map((result) => result.sheet);
  failed.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));

  let comparison: FactSheet['comparison'] = null;
  if (sources.length >= 2 && deadline?.expired()) {
    deps.logger.warn({ sources: sources.length }, 'time limit reached; comparison skipped');
    comparison = skippedComparison(deadline);
  } else if (sources.length >= 2) {
    onProgress({ stage: 'comparing' });
    const [compared, written] = await Promise.all([
      compareSources(analysed, {
        engine: deps.engine,
        store: deps.store,
        logger: deps.logger,
        usage,
        ...(deadline ? { deadline } : {}),
      }),
      // Only a model's comparison is checked against the texts. The check needs nothing else, so it is
      // prepared while the judge's call is in flight (behind compareSources's rules, queued first).
      deps.engine.name === 'llm'
        ? whileSending(() => prepareCheck(analysed.flatMap((result) => [result.text, result.sheet.title])))
        : null,
    ]);
    comparison = written ? checkComparison(compared, written) : compared;
  }
  return {
    engine: deps.engine.name,
    promptVersion: deps.engine.promptVersion,
    model: deps.engine.model,
    sources,
    failed,
    comparison,
    usage,
  };
}

async function analyseOne(
  id: string,
  label: string,
  input: SourceInput,
  deps: PipelineDeps,
  usage: Usage,
  onProgress: ProgressListener,
  deadline: Deadline | undefined,
): Promise<Analysed> {
  onProgress({ stage: 'reading', sourceId: id, label });
  const article = await ingest(input, { readUrl: deps.readUrl, maxWords: deps.maxWords });
  const textHash = hashText(article.text);
  const key = analysisKey(deps.engine, textHash);

  let raw = deps.store ? await deps.store.get<RawAnalysis>(key) : undefined;
  let grounding: Grounding | undefined;
  if (raw) {
    usage.cached += 1;
    onProgress({ stage: 'cached', sourceId: id, label: displayLabel(article) });
  } else {
    onProgress({
      stage: 'analysing',
      sourceId: id,
      label: displayLabel(article),
      detail: `${article.words} words`,
    });
    const [result, prepared] = await Promise.all([
      deps.engine.extract(article, deadline ? { deadline } : {}),
      // What grounding needs of the text alone is prepared while the engine reads it.
      whileSending(() => prepareGrounding(article)),
    ]);
    grounding = prepared;
    raw = result.value;
    addUsage(usage, result.usage);
    await deps.store?.set(key, withoutEchoedMetadata(raw, article), ANALYSIS_TTL_MS);
  }
  const grounded = groundAnalysis(id, article, raw, textHash, grounding);
  // An engine may offer the dateline ("MOSCOW") as the headline when the text has none: it names no story.
  const sheet = grounded.title && isDatelineOnly(grounded.title) ? { ...grounded, title: null } : grounded;
  const quotesFound = sheet.quotes.filter((quote) => quote.match !== 'not_found').length;
  onProgress({
    stage: 'done',
    sourceId: id,
    label: displayLabel(article),
    counts: { words: article.words, quotes: sheet.quotes.length, quotesFound },
  });
  deps.onText?.({ textHash, text: article.text });
  return { sheet, text: article.text };
}

/** Nothing compared: the sheet's time ran out first. The note says so where the comparison would be. */
function skippedComparison(deadline: Deadline): FactSheet['comparison'] {
  return {
    consensus: [],
    disagreements: [],
    quoteVariants: [],
    singleSource: [],
    note: `Not compared: the fact sheet's time limit (${budgetWords(deadline)}) ran out before the sources could be compared.`,
  };
}

/**
 * The cache is keyed by the text alone, so one entry serves every copy of an article: a fetched page and a
 * paste of it. A headline or outlet the engine was handed with the article (and echoed back) describes that
 * copy, not the text, so it is not stored: a later copy gets its own metadata, or none. What the engine read
 * from the text itself (a headline line, a wire credit) is kept, since every copy of the text carries it.
 */
export function withoutEchoedMetadata(raw: RawAnalysis, article: Article): RawAnalysis {
  return {
    ...raw,
    headline: article.title === null ? raw.headline : null,
    outlet: article.outlet === null ? raw.outlet : null,
  };
}

function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

function analysisKey(engine: Engine, textHash: string): string {
  // "analysis2": entries written before metadata echoes were left out may carry another copy's outlet.
  return `analysis2:${engine.name}:${engine.model ?? '-'}:${engine.promptVersion}:${textHash}`;
}

function displayLabel(article: Article): string {
  return article.title ?? article.label;
}
