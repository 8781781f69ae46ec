// The pipeline's onText hook for the Slack app: each analysed source's text is kept by content hash for
// COPYDESK_KEEP_SOURCES_DAYS, so questions asked later in the sheet's thread can be answered from it. Kept in
// the background, long before the sheet is posted; a failure costs only the follow-ups, never the sheet.
import type { Logger } from '../logger.ts';
import type { PipelineDeps } from '../pipeline.ts';
import type { Store } from '../store/store.ts';
import { keepSources } from './kept-sources.ts';

export function keepTexts(store: Store, days: number, logger: Logger): NonNullable<PipelineDeps['onText']> {
  return (source) => {
    keepSources(store, [source], days).catch((error: unknown) => {
      logger.warn({ err: error }, 'could not keep a source text for follow-up questions');
    });
  };
}
