// Where each workspace's installation (its bot token, bot user, team or enterprise) is kept: @slack/oauth's
// InstallationStore over our Store, so it lives in the same SQLite file or Redis as everything else and every
// instance sees it. An org-wide install (Enterprise Grid) is one installation for all its workspaces, kept under
// the enterprise; any other under its team. Values are sealed (AES-256-GCM, sealed-box.ts) and never expire.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { registerSecret } from '../../secrets.ts';
import { type SealedBox, UnsealError } from '../../store/sealed-box.ts';
import type { Store } from '../../store/store.ts';

export type InstallationProblem = 'not_installed' | 'unreadable' | 'not_saved' | 'unreachable';

/** Why a workspace has no usable installation, in one line that names the workspace. Never holds a token. */
export class InstallationError extends Error {
  readonly problem: InstallationProblem;

  constructor(problem: InstallationProblem, message: string) {
    super(message);
    this.name = 'InstallationError';
    this.problem = problem;
  }
}

interface Where {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}

export function installationKey(where: Where): string {
  if (where.isEnterpriseInstall && where.enterpriseId) return `installation:org:${where.enterpriseId}`;
  if (where.teamId) return `installation:team:${where.teamId}`;
  throw new InstallationError('not_installed', 'an installation needs a team or an enterprise');
}

export class SealedInstallationStore implements InstallationStore {
  readonly #store: Store;
  readonly #box: SealedBox;
  readonly #noted = new Set<string>();

  constructor(store: Store, box: SealedBox) {
    this.#store = store;
    this.#box = box;
  }

  async storeInstallation(installation: Installation): Promise<void> {
    registerTokens(installation);
    const key = installationKey({
      teamId: installation.team?.id,
      enterpriseId: installation.enterprise?.id,
      isEnterpriseInstall: installation.isEnterpriseInstall,
    });
    const sealed = this.#box.seal(JSON.stringify(installation), key);
    // No TTL: an installation lasts until the workspace uninstalls copydesk or revokes its token.
    await this.#store.set(key, sealed);
    // A store that drops writes while unreachable (the Redis cache does) must not show "installed" for nothing.
    const saved = await this.#store.get<{ iv?: string }>(key);
    if (saved?.iv !== sealed.iv) {
      throw new InstallationError(
        'not_saved',
        `the installation of ${describe(installation)} could not be saved`,
      );
    }
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const keys = [installationKey(query)];
    // A workspace of an org-wide install has no installation of its own: its enterprise's covers it. Work that
    // knows only the team (a dead process's job) finds the enterprise through the note written the first time
    // an event from that workspace was authorized.
    const enterprise = query.isEnterpriseInstall
      ? undefined
      : (query.enterpriseId ?? (await this.#store.get<string>(orgNoteKey(query.teamId))));
    if (enterprise) keys.push(installationKey({ enterpriseId: enterprise, isEnterpriseInstall: true }));
    for (const key of keys) {
      const sealed = await this.#store.get<unknown>(key);
      if (sealed === undefined || sealed === null) continue;
      let plaintext: string;
      try {
        plaintext = this.#box.open(sealed, key);
      } catch (error) {
        if (!(error instanceof UnsealError)) throw error;
        throw new InstallationError(
          'unreadable',
          `copydesk cannot read the installation of ${where(query)}: ${error.message}. Restore the key it was saved with, or install copydesk in that workspace again.`,
        );
      }
      const installation = JSON.parse(plaintext) as Installation;
      registerTokens(installation);
      if (enterprise && query.enterpriseId && key !== keys[0]) await this.#noteOrg(query.teamId, enterprise);
      return installation;
    }
    // A miss while Redis is away says nothing about the installation: say what is really wrong.
    if (this.#store.reachable?.() === false) {
      throw new InstallationError(
        'unreachable',
        `copydesk cannot reach its store to read the installation of ${where(query)}`,
      );
    }
    throw new InstallationError(
      'not_installed',
      `copydesk is not installed in ${where(query)} (never installed, or uninstalled)`,
    );
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.#store.delete(installationKey(query));
  }

  /** Once per workspace and process: which enterprise's org-wide install covers the team. */
  async #noteOrg(team: string | undefined, enterprise: string): Promise<void> {
    if (!team || this.#noted.has(team)) return;
    this.#noted.add(team);
    await this.#store.set(orgNoteKey(team), enterprise);
  }
}

function orgNoteKey(team: string | undefined): string {
  return `installation:org-of:${team ?? 'unknown'}`;
}

/** Every token an installation holds is kept out of logs and messages from the moment it is seen. */
function registerTokens(installation: Installation): void {
  registerSecret(installation.bot?.token);
  registerSecret(installation.bot?.refreshToken);
  registerSecret(installation.user?.token);
  registerSecret(installation.user?.refreshToken);
}

function where(query: Where): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `enterprise ${query.enterpriseId}`;
  return `workspace ${query.teamId ?? 'unknown'}`;
}

function describe(installation: Installation): string {
  return where({
    teamId: installation.team?.id,
    enterpriseId: installation.enterprise?.id,
    isEnterpriseInstall: installation.isEnterpriseInstall,
  });
}
