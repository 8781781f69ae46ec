// A job taken over after its answer's first message landed but not every reply under it (the owner died while
// posting a split sheet's continuations or the details): the job runs again for the sheet, and this destination
// posts only the replies missing, numbered as the first delivery numbered them (answer-parts.ts). It never touches
// the first message: no progress, no failure sentence over a sheet that is there.
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.ts';
import { followingParts, postParts } from './answer-parts.ts';
import type { AnswerTag } from './answer-tag.ts';
import type { Destination } from './destinations.ts';
import type { AnswerMessageAt } from './landed-answer.ts';

export function resumedDestination(
  client: WebClient,
  landed: { tag: AnswerTag; present: ReadonlySet<number>; where: AnswerMessageAt },
  logger: Logger,
): Destination {
  const { tag, present, where } = landed;
  return {
    showsProgress: false,
    status: async () => {},
    finish: async () => {
      logger.warn({ job: tag.job }, 'a resumed answer could not be completed; its sheet stays as it landed');
    },
    deliver: async (message) => {
      const parts = followingParts(message, tag.split);
      // Built again, the sheet may not cut the same way (another model answer): the numbers still say what is there.
      if (parts.length !== tag.parts) {
        logger.warn({ job: tag.job, expected: tag.parts, built: parts.length }, 'a resumed answer differs');
      }
      const missing = parts.length - [...present].filter((part) => part <= parts.length).length;
      logger.info({ job: tag.job, missing }, 'completing an answer whose owner died while posting it');
      await postParts(client, where, parts, { job: tag.job, first: 1, skip: present }, logger);
      return { channel: where.channel, ts: where.ts, threadTs: where.threadTs };
    },
  };
}
