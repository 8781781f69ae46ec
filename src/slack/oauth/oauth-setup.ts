// Bolt's built-in OAuth, as the receivers take it: GET /slack/install sends the installer straight to Slack's
// authorize page (directInstall) with a one-time state, and GET /slack/oauth_redirect exchanges the code
// (oauth.v2.access, through SLACK_API_URL's client like every Web API call), stores the installation sealed in
// our store, and answers with a plain page.
import type { InstallationStore } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import type { Config } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import { createSealedBox } from '../../store/sealed-box.ts';
import type { Store } from '../../store/store.ts';
import { BOT_SCOPES } from './bot-scopes.ts';
import { installPages } from './install-pages.ts';
import { SealedInstallationStore } from './installation-store.ts';
import { oneTimeStateStore } from './state-store.ts';

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

export interface OAuthSetup {
  installations: InstallationStore;
  /** Spread into the receiver's options. */
  receiverOptions: {
    clientId: string;
    clientSecret: string;
    scopes: string[];
    installationStore: InstallationStore;
    redirectUri?: string;
  };
  /** The receiver's installerOptions. */
  installerOptions: {
    directInstall: true;
    installPath: string;
    redirectUriPath: string;
    stateStore: ReturnType<typeof oneTimeStateStore>;
    callbackOptions: ReturnType<typeof installPages>;
    clientOptions: Omit<WebClientOptions, 'logger' | 'logLevel'>;
    authorizationUrl?: string;
  };
}

export function oauthSetup(options: {
  config: Config;
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  encryptionKey: string;
  store: Store;
  clientOptions: Omit<WebClientOptions, 'logger' | 'logLevel'>;
  logger: Logger;
}): OAuthSetup {
  const { config } = options;
  const installations = new SealedInstallationStore(options.store, createSealedBox(options.encryptionKey));
  return {
    installations,
    receiverOptions: {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      scopes: [...BOT_SCOPES],
      installationStore: installations,
      ...(config.SLACK_REDIRECT_URI ? { redirectUri: config.SLACK_REDIRECT_URI } : {}),
    },
    installerOptions: {
      directInstall: true,
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      stateStore: oneTimeStateStore(options.store, options.stateSecret),
      callbackOptions: installPages(options.logger),
      clientOptions: options.clientOptions,
      ...(config.SLACK_AUTHORIZE_URL ? { authorizationUrl: config.SLACK_AUTHORIZE_URL } : {}),
    },
  };
}
