// The Web API client for a workspace, for work that runs outside a Bolt listener (a queued sheet on any
// instance's worker, a dead process's job answered at recovery). Listeners get theirs from Bolt's authorize.
// With one workspace (SLACK_BOT_TOKEN) it is always the app's client. Installed through OAuth, it holds that
// workspace's bot token from its installation, read again each time (so an uninstall seen by another instance
// counts at once); the client itself is kept per workspace while its token stays the same.
import type { InstallationStore } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';

export interface WorkspaceClients {
  /** Rejects (InstallationError) when copydesk is not installed in that workspace. */
  forTeam(team: string, enterprise?: string | null): Promise<WebClient>;
  /** Drop a workspace's kept client (it uninstalled copydesk). */
  forget(team: string): void;
}

export function singleWorkspaceClients(client: WebClient): WorkspaceClients {
  return { forTeam: async () => client, forget: () => {} };
}

export function installedWorkspaceClients(
  installations: InstallationStore,
  clientOptions: WebClientOptions,
): WorkspaceClients {
  const kept = new Map<string, WebClient>();
  return {
    forTeam: async (team, enterprise) => {
      const installation = await installations.fetchInstallation({
        teamId: team,
        enterpriseId: enterprise ?? undefined,
        isEnterpriseInstall: false,
      });
      const token = installation.bot?.token;
      if (!token) throw new Error(`the installation of workspace ${team} holds no bot token`);
      const current = kept.get(team);
      if (current?.token === token) return current;
      const client = new WebClient(token, clientOptions);
      kept.set(team, client);
      return client;
    },
    forget: (team) => {
      kept.delete(team);
    },
  };
}
