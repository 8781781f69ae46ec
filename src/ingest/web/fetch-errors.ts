// One sentence per way a link can fail, written for a reporter and naming the site. What actually happened
// (status, errno, undici error) goes into `cause` and `detail` for the log, never into the message.
import { CopydeskError } from '../../errors.ts';
import { describeAddressClass } from './address-policy.ts';
import { BlockedAddressError } from './blocked-address-error.ts';

/** "example.com", or "example.com (redirected from news.example)" when a redirect took us elsewhere. */
export function siteName(url: URL, original?: URL): string {
  if (!original || original.host === url.host) return url.hostname;
  // Same name, other port: show the ports, or the two would read as one site.
  const samePlace = original.hostname === url.hostname;
  return `${samePlace ? url.host : url.hostname} (redirected from ${samePlace ? original.host : original.hostname})`;
}

export function invalidUrl(input: string, why: string): CopydeskError {
  const shown = input.length > 80 ? `${input.slice(0, 77)}…` : input;
  return new CopydeskError('fetch_invalid_url', `"${shown}" is not a link copydesk can read: ${why}.`, {
    detail: { url: input },
  });
}

export function blocked(site: string, reason: string, cause?: unknown): CopydeskError {
  return new CopydeskError(
    'fetch_blocked',
    `Not fetched: the link to ${site} points to ${reason}. copydesk never connects to private or internal addresses.`,
    { cause, detail: { site } },
  );
}

export function badScheme(site: string, scheme: string): CopydeskError {
  return new CopydeskError(
    'fetch_blocked',
    `Not fetched: the link to ${site} redirects to a ${scheme.replace(/:$/, '')} address, which copydesk doesn't follow.`,
    { detail: { site, scheme } },
  );
}

export function badPort(site: string, port: number): CopydeskError {
  return new CopydeskError(
    'fetch_blocked',
    `Not fetched: the link to ${site} uses port ${port}, which is not a web port.`,
    {
      detail: { site, port },
    },
  );
}

export function statusError(status: number, site: string, url: string): CopydeskError {
  const detail = { status, url };
  if (status === 404) {
    return new CopydeskError(
      'fetch_not_found',
      `${site} says this page doesn't exist (404). Check the link.`,
      { detail },
    );
  }
  if (status === 410) {
    return new CopydeskError('fetch_not_found', `${site} says this page has been removed (410).`, { detail });
  }
  if (status === 401 || status === 403) {
    return new CopydeskError(
      'fetch_forbidden',
      `${site} refused to let copydesk read this page (${status}): it may need a login or block automated readers. Paste the article text instead.`,
      { detail },
    );
  }
  if (status === 429) {
    return new CopydeskError(
      'fetch_forbidden',
      `${site} is turning copydesk away for asking too often (429). Try again later, or paste the article text.`,
      { detail },
    );
  }
  if (status === 451) {
    return new CopydeskError(
      'fetch_forbidden',
      `${site} won't show this page here for legal reasons (451).`,
      {
        detail,
      },
    );
  }
  if (status >= 500) {
    return new CopydeskError(
      'fetch_server_error',
      `${site} had a server error (${status}). Try again later, or paste the article text.`,
      { detail },
    );
  }
  return new CopydeskError(
    'fetch_failed',
    `${site} answered with an error (${status}) instead of the page.`,
    {
      detail,
    },
  );
}

export function timedOut(site: string, timeoutMs: number, cause?: unknown): CopydeskError {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return new CopydeskError(
    'fetch_timeout',
    `${site} took too long to send the page (over ${seconds} s). Try again later, or paste the article text.`,
    { cause, detail: { timeoutMs } },
  );
}

export function tooLarge(site: string, maxBytes: number): CopydeskError {
  const mb = Math.round((maxBytes / 1_048_576) * 10) / 10;
  return new CopydeskError(
    'fetch_too_large',
    `The page at ${site} is larger than ${mb} MB, too big to be an article page. Paste the article text instead.`,
    { detail: { maxBytes } },
  );
}

export function tooManyRedirects(site: string, max: number): CopydeskError {
  return new CopydeskError(
    'fetch_too_many_redirects',
    `The link to ${site} redirects more than ${max} times. Open it in a browser and share the final address, or paste the text.`,
    { detail: { max } },
  );
}

export function notArticle(site: string, mime: string): CopydeskError {
  if (mime === 'application/pdf' || mime === 'application/x-pdf') {
    return new CopydeskError(
      'fetch_not_article',
      `The link to ${site} is a PDF. PDF links aren't supported yet; paste the text.`,
      {
        detail: { mime },
      },
    );
  }
  const what = /^image\//.test(mime)
    ? 'an image'
    : /^video\//.test(mime)
      ? 'a video'
      : /^audio\//.test(mime)
        ? 'an audio file'
        : mime
          ? `a ${mime} file`
          : 'a file of unknown type';
  return new CopydeskError(
    'fetch_not_article',
    `The link to ${site} is ${what}, not a web page with an article.`,
    {
      detail: { mime },
    },
  );
}

export function unreadableEncoding(site: string, cause: Error & { encoding: string }): CopydeskError {
  return new CopydeskError('fetch_failed', `${site} sent the page compressed in a way copydesk can't read.`, {
    cause,
    detail: { encoding: cause.encoding },
  });
}

/** Map a thrown network error to the sentence a reporter sees. */
export function networkError(error: unknown, site: string, timeoutMs: number): CopydeskError {
  const blockedBy = findBlocked(error);
  if (blockedBy) return blocked(site, describeAddressClass(blockedBy.kind), error);
  const code = errorCodeOf(error);
  if (/^(UND_ERR_(CONNECT|HEADERS|BODY)_TIMEOUT|ETIMEDOUT|ABORT_ERR)$/.test(code)) {
    return timedOut(site, timeoutMs, error);
  }
  if (/^(ENOTFOUND|EAI_AGAIN|EAI_NODATA|EAI_NONAME|EAI_FAIL)$/.test(code)) {
    return new CopydeskError('fetch_failed', `Couldn't find the site ${site}. Check the link for typos.`, {
      cause: error,
      detail: { code },
    });
  }
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return new CopydeskError('fetch_failed', `Couldn't connect to ${site}: the site isn't answering.`, {
      cause: error,
      detail: { code },
    });
  }
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return new CopydeskError(
      'fetch_failed',
      `${site}'s secure connection couldn't be verified, so copydesk didn't read it.`,
      { cause: error, detail: { code } },
    );
  }
  if (/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED|HPE_.*)$/.test(code)) {
    return new CopydeskError('fetch_failed', `${site} broke off the connection before sending the page.`, {
      cause: error,
      detail: { code },
    });
  }
  return new CopydeskError('fetch_failed', `Couldn't read the page at ${site}.`, {
    cause: error,
    detail: { code },
  });
}

function findBlocked(error: unknown, depth = 0): BlockedAddressError | null {
  if (depth > 5 || typeof error !== 'object' || error === null) return null;
  if (error instanceof BlockedAddressError) return error;
  const errors = (error as { errors?: unknown }).errors;
  const nested = [(error as { cause?: unknown }).cause, ...(Array.isArray(errors) ? errors : [])];
  for (const inner of nested) {
    const found = findBlocked(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

function errorCodeOf(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return 'unknown';
}
