// What the person installing copydesk sees at the end of the install flow: a plain page saying it worked, or why
// it did not and what to do. The log gets the same facts, without any token.
import type { ServerResponse } from 'node:http';
import type { CallbackOptions, Installation } from '@slack/oauth';
import type { Logger } from '../../logger.ts';

const STATE_CODES = new Set(['slack_oauth_invalid_state', 'slack_oauth_missing_state']);
/** No code (or access_denied): the person cancelled on Slack's page. */
const CANCELLED_CODES = new Set(['slack_oauth_missing_code', 'slack_oauth_installer_authorization_error']);

export function installPages(logger: Logger): CallbackOptions {
  return {
    success: (installation, _options, _req, res) => {
      logger.info(
        {
          team: installation.team?.id,
          enterprise: installation.enterprise?.id,
          orgWide: installation.isEnterpriseInstall === true,
        },
        'copydesk installed in a workspace',
      );
      page(
        res,
        200,
        'copydesk is installed',
        `copydesk is installed in ${nameOf(installation)}. Mention @copydesk in a channel, or open it from the top bar, to get a fact sheet.`,
      );
    },
    failure: (error, _options, _req, res) => {
      const stateProblem = STATE_CODES.has(error.code);
      logger.warn({ code: error.code, reason: error.message }, 'copydesk install refused or failed');
      if (stateProblem) {
        page(
          res,
          400,
          'This install link cannot be used',
          'It has expired, was already used, or was started in another browser. Nothing was installed. Start again from /slack/install.',
        );
        return;
      }
      if (CANCELLED_CODES.has(error.code)) {
        page(
          res,
          400,
          'Installation cancelled',
          'Slack did not grant the installation. Nothing was installed.',
        );
        return;
      }
      page(
        res,
        500,
        'copydesk could not be installed',
        'Slack did not complete the installation, or it could not be saved. Nothing was installed. Please try again in a minute.',
      );
    },
  };
}

function nameOf(installation: Installation): string {
  const name = installation.isEnterpriseInstall ? installation.enterprise?.name : installation.team?.name;
  return name ? `“${name}”` : 'your workspace';
}

function page(res: ServerResponse, status: number, title: string, text: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
      `<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
