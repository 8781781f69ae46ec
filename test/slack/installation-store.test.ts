// The installation store's own rules, on the memory store: a workspace install is kept under its team and an
// org-wide one under its enterprise (covering the org's workspaces); a write the store drops is not reported as
// saved; a miss while the store is away is not taken for "not installed"; the tokens are registered as secrets.

import type { Installation } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/secrets.ts';
import { SealedInstallationStore } from '../../src/slack/oauth/installation-store.ts';
import { createSealedBox } from '../../src/store/sealed-box.ts';
import { openStore, type Store } from '../../src/store/store.ts';

const box = createSealedBox('installation-store-test-key-0123456789');

function installation(fields: {
  team?: string;
  enterprise?: string;
  org?: boolean;
  token: string;
}): Installation {
  return {
    team: fields.team ? { id: fields.team, name: 'A newsroom' } : undefined,
    enterprise: fields.enterprise ? { id: fields.enterprise, name: 'A group' } : undefined,
    isEnterpriseInstall: fields.org === true,
    user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
    bot: { token: fields.token, scopes: ['chat:write'], id: 'B0BOT', userId: 'U0BOT' },
    authVersion: 'v2',
  } as Installation;
}

const query = (teamId: string | undefined, enterpriseId?: string, org = false) =>
  ({ teamId, enterpriseId, isEnterpriseInstall: org }) as Parameters<
    SealedInstallationStore['fetchInstallation']
  >[0];

describe('sealed installation store', () => {
  it('keeps a workspace under its team, finds it, registers its token as a secret, and deletes it', async () => {
    const store = openStore('memory');
    const installations = new SealedInstallationStore(store, box);
    await installations.storeInstallation(installation({ team: 'T1', token: 'xoxb-team-one-token-123' }));
    expect(await store.get('installation:team:T1')).toBeDefined();
    expect((await installations.fetchInstallation(query('T1'))).bot?.token).toBe('xoxb-team-one-token-123');
    expect(redactSecrets('token xoxb-team-one-token-123')).toBe('token [redacted]');
    await installations.deleteInstallation(query('T1'));
    await expect(installations.fetchInstallation(query('T1'))).rejects.toThrow(
      'copydesk is not installed in workspace T1 (never installed, or uninstalled)',
    );
  });

  it('keeps an org-wide install under its enterprise, and finds it for any workspace of the org', async () => {
    const installations = new SealedInstallationStore(openStore('memory'), box);
    await installations.storeInstallation(
      installation({ enterprise: 'E1', org: true, token: 'xoxb-org-wide-token-456' }),
    );
    expect((await installations.fetchInstallation(query(undefined, 'E1', true))).bot?.token).toBe(
      'xoxb-org-wide-token-456',
    );
    await expect(installations.fetchInstallation(query('T9'))).rejects.toThrow(
      /not installed in workspace T9/,
    );
    expect((await installations.fetchInstallation(query('T9', 'E1'))).bot?.token).toBe(
      'xoxb-org-wide-token-456',
    );
    // Once an event from T9 named its enterprise, work that knows only the team finds the org's installation.
    expect((await installations.fetchInstallation(query('T9'))).bot?.token).toBe('xoxb-org-wide-token-456');
    await expect(installations.fetchInstallation(query('T8'))).rejects.toThrow(
      /not installed in workspace T8/,
    );
  });

  it('does not report as saved a write the store dropped', async () => {
    const memory = openStore('memory');
    const dropping: Store = { ...memory, set: async () => {} };
    const installations = new SealedInstallationStore(dropping, box);
    await expect(
      installations.storeInstallation(installation({ team: 'T2', token: 'xoxb-dropped-token-789' })),
    ).rejects.toThrow('the installation of workspace T2 could not be saved');
  });

  it('says the store is away rather than "not installed" when a read fails for that reason', async () => {
    const memory = openStore('memory');
    const away: Store = { ...memory, get: async () => undefined, reachable: () => false };
    const installations = new SealedInstallationStore(away, box);
    await expect(installations.fetchInstallation(query('T3'))).rejects.toMatchObject({
      problem: 'unreachable',
      message: 'copydesk cannot reach its store to read the installation of workspace T3',
    });
  });
});
