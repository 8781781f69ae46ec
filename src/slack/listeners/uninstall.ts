// A workspace uninstalls copydesk (app_uninstalled) or revokes its bot token (tokens_revoked): its installation,
// and with it the token, is deleted at once. Its later events find no installation and are not answered (Bolt's
// authorize fails; register-listeners logs it). Bolt skips authorize for these two events and deletes nothing
// itself. Registered only when installed through OAuth: with SLACK_BOT_TOKEN there is nothing stored to delete.
import type { App, InstallationStore } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import type { WorkspaceClients } from '../oauth/workspace-clients.ts';

interface Workspace {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}

export function registerUninstall(
  app: App,
  installations: InstallationStore,
  clients: WorkspaceClients,
  logger: Logger,
): void {
  const forget = async (workspace: Workspace, why: string): Promise<void> => {
    const query = {
      teamId: workspace.teamId,
      enterpriseId: workspace.enterpriseId,
      isEnterpriseInstall: workspace.isEnterpriseInstall === true,
    };
    await installations.deleteInstallation?.(query as Parameters<InstallationStore['fetchInstallation']>[0]);
    if (workspace.teamId) clients.forget(workspace.teamId);
    logger.info(
      { team: workspace.teamId, enterprise: workspace.enterpriseId, why },
      'installation deleted: copydesk no longer answers this workspace',
    );
  };

  app.event('app_uninstalled', async ({ context }) => {
    await forget(context, 'app_uninstalled');
  });

  app.event('tokens_revoked', async ({ event, context }) => {
    // copydesk keeps only the bot token: a revoked user token changes nothing.
    if ((event.tokens.bot ?? []).length === 0) return;
    await forget(context, 'tokens_revoked');
  });
}
