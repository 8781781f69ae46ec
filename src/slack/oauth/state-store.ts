// The install flow's state parameter (CSRF protection), kept in our Store rather than in a self-contained JWT
// (@slack/oauth's default): a JWT state verifies as often as it is presented for ten minutes, ours is taken once.
// A state is a random id signed with SLACK_STATE_SECRET: a forged one is refused without a store read, and a
// signed one is good only while its record lives (ten minutes) and only the first time (an atomic claim, so two
// instances cannot both accept it). @slack/oauth also checks it against the cookie of the browser that started.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { InstallURLOptions, StateStore } from '@slack/bolt';
import { InvalidStateError } from '@slack/oauth';
import type { Store } from '../../store/store.ts';

/** Time from "Add to Slack" to the redirect back: what @slack/oauth's own state and cookie allow. */
export const STATE_TTL_MS = 10 * 60_000;

export function oneTimeStateStore(store: Store, secret: string): StateStore {
  const sign = (id: string) => createHmac('sha256', secret).update(`oauth-state:${id}`).digest('base64url');
  return {
    generateStateParam: async (installOptions) => {
      const id = randomBytes(18).toString('base64url');
      await store.set(`oauth-state:${id}`, installOptions, STATE_TTL_MS);
      return `${id}.${sign(id)}`;
    },
    verifyStateParam: async (_now, state) => {
      const [id = '', signature = ''] = state.split('.');
      const expected = Buffer.from(sign(id));
      const given = Buffer.from(signature);
      if (!id || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new InvalidStateError('The state parameter was not issued by this app.');
      }
      const installOptions = await store.get<InstallURLOptions>(`oauth-state:${id}`);
      if (!installOptions) throw new InvalidStateError('The state parameter has expired.');
      if (!(await store.claim(`oauth-state-used:${id}`, STATE_TTL_MS))) {
        throw new InvalidStateError('The state parameter was already used.');
      }
      return installOptions;
    },
  };
}
