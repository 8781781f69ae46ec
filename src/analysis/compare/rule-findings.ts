// Every deterministic rule of the comparison, run over the grounded sheets and their texts. Each rule runs in
// its own turn of the event loop: the judge's request, sent just before them, goes out and is answered in
// parallel (a server in this process, as in the bench, gets the turns it needs to read it), and a Slack app's
// acknowledgements are not held up behind the rules' ~20 ms of CPU a 5-source sheet.
import type { Disagreement } from '../../types.ts';
import { nextTurn, whileSending } from '../../util/next-turn.ts';
import { findFragmentSubjects } from './fragment-subject.ts';
import { findGivenNamesAsSurnames } from './given-name-as-surname.ts';
import { findInjurySites } from './injury-site.ts';
import { findNameForms } from './name-forms.ts';
import { findNameVariants, type SourceText } from './name-variants.ts';
import { alignNumbers, type NumberAlignment } from './number-differences.ts';
import { findPricesOfMeasures } from './price-of-measure.ts';
import { alignQuotes, type QuoteAlignment } from './quote-alignment.ts';
import { findQuoteChannels } from './quote-channel.ts';
import { findCutShort } from './quote-cut-short.ts';
import { findQuoteDays } from './quote-days.ts';
import { findQuotedTitleSpellings } from './quoted-title-spelling.ts';
import { findSameStatements } from './same-statement.ts';
import { findSharedCopy } from './shared-copy.ts';
import { findTermManners } from './term-manner.ts';
import { findTitleDifferences } from './title-differences.ts';
import { verifyFlags } from './verify-flag.ts';
import { findVoteDays } from './vote-days.ts';

export interface RuleFindings {
  /** The rules' flags, verified like the judge's. */
  ruled: Disagreement[];
  quotes: QuoteAlignment;
  numbers: NumberAlignment;
}

export async function ruleFindings(sources: SourceText[]): Promise<RuleFindings> {
  const sheets = sources.map((source) => source.sheet);
  const bodies = new Map(sources.map((source) => [source.sheet.id, source.text]));
  // The quote alignment, the longest rule, holds the loop only once the judge's request is on its way.
  const quotes = await whileSending(() => alignQuotes(sheets));
  await nextTurn();
  const numbers = alignNumbers(sheets, bodies);
  const rules: (() => Disagreement[])[] = [
    () => quotes.attributions,
    () => findCutShort(quotes.clusters, bodies),
    () => findQuoteChannels(quotes.clusters, bodies),
    () => numbers.disagreements,
    () => findNameVariants(sources),
    () => findNameForms(sources),
    () => findGivenNamesAsSurnames(sources),
    () => findQuotedTitleSpellings(sources),
    () => findTermManners(sources),
    () => findInjurySites(sources),
    () => findFragmentSubjects(sources),
    () => findPricesOfMeasures(sources),
    () => findTitleDifferences(sources),
    () => findQuoteDays(sources),
    () => findVoteDays(sources),
    () => findSameStatements(sources).filter((item) => !shownAsVariant(item, quotes.variants)),
    // One passage printed word for word by two sources is one report, not two confirmations.
    () => findSharedCopy(sources),
  ];
  const found: Disagreement[] = [];
  for (const rule of rules) {
    await nextTurn();
    found.push(...rule());
  }
  await nextTurn();
  return { ruled: verifyFlags(found, sources), quotes, numbers };
}

/** A quote worded differently that the quote alignment already shows, side by side, is not shown twice. */
function shownAsVariant(item: Disagreement, variants: QuoteAlignment['variants']): boolean {
  if (item.kind !== 'quote_wording') return false;
  return variants.some((variant) =>
    item.versions.every((v) =>
      variant.versions.some((shown) => shown.source === v.source && shown.text.includes(v.text)),
    ),
  );
}
