// TEMPORARY placeholder until the links work lands: every URL is refused with a clear reason.
import { CopydeskError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import type { Store } from '../../store/store.ts';
import type { Article } from '../../types.ts';

export interface UrlReaderOptions {
  store: Store | null;
  /** host:port pairs exempt from the private-address block (COPYDESK_FETCH_ALLOW). */
  allow: string[];
  timeoutMs: number;
  logger: Logger;
}

export function createUrlReader(_options: UrlReaderOptions): (url: string) => Promise<Article> {
  return async (url) => {
    throw new CopydeskError('fetch_failed', `Links aren't supported yet (${url}); paste the article text.`);
  };
}
