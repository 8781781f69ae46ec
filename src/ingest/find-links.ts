// Finds the links in what users send: CLI arguments, Slack message text (where links arrive as
// <https://…> or <https://…|label>, with &amp; escaping) and Slack rich_text blocks (where they arrive clean).

/** How deep we follow a blocks payload; real ones are 4-5 levels, junk may be anything. */
const MAX_BLOCK_DEPTH = 12;

/** A Slack angle-bracket token: <target> or <target|label>. */
const SLACK_TOKEN = /<([^<>|\s]*)(?:\|([^<>]*))?>/g;
/** Links typed without Slack's brackets (API posts, the slash command's unescaped text). */
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`]+/gi;

/** True for an http(s) URL with a host: what the CLI treats as a link rather than a file name. */
export function isHttpUrl(arg: string): boolean {
  return httpUrl(arg) !== null;
}

/** Links in Slack mrkdwn text, in order, deduplicated. Mentions, channels and mailto are not links to read. */
export function linksFromSlackText(text: string): string[] {
  return splitSlackMessage(text).urls;
}

/** Links in Slack blocks (rich_text `link` elements at any depth). Any other shape is ignored, never thrown on. */
export function linksFromSlackBlocks(blocks: unknown): string[] {
  const found: string[] = [];
  const seen = new WeakSet<object>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_BLOCK_DEPTH || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (record.type === 'link' && typeof record.url === 'string') {
      const link = toLink(record.url);
      if (link) found.push(link);
    }
    for (const key of ['elements', 'blocks', 'text', 'fields', 'accessory']) {
      if (key in record) visit(record[key], depth + 1);
    }
  };
  visit(blocks, 0);
  return dedupe(found);
}

/**
 * Links (from the text and the blocks) plus the text that is left once links and mentions are gone, with
 * Slack's &amp; &lt; &gt; unescaped. A link with its own label (<https://…|the report>) leaves its label in
 * the text: in a pasted article the label is part of a sentence.
 */
export function splitSlackMessage(text: string, blocks?: unknown): { urls: string[]; text: string } {
  const urls: string[] = [];
  const withoutTokens = text.replace(SLACK_TOKEN, (_token, target: string, label: string | undefined) => {
    // <@U123>, <#C123|general>, <!here>, <!subteam^S1|@team>: mentions carry no article text.
    if (/^[@#!]/.test(target)) return /^!date\^/.test(target) && label ? label : ' ';
    if (/^https?:\/\//i.test(target)) {
      const link = toLink(unescapeSlack(target));
      if (link) urls.push(link);
      return label && !(link && sameLink(unescapeSlack(label), link)) && !/^https?:\/\//i.test(label)
        ? label
        : ' ';
    }
    // mailto:, tel: and other schemes: keep what the reader saw. (Unescaped once, below, with the rest.)
    return label ?? target.replace(/^mailto:/i, '');
  });
  const withoutBare = unescapeSlack(withoutTokens).replace(BARE_URL, (match) => {
    const { url, trailing } = trimTrailingPunctuation(match);
    const link = toLink(url);
    if (link) urls.push(link);
    return ` ${trailing}`;
  });
  return {
    urls: dedupe([...urls, ...linksFromSlackBlocks(blocks)]),
    text: tidy(withoutBare),
  };
}

/** Normalised http(s) link without its fragment, or null. */
function httpUrl(raw: string): URL | null {
  const value = raw.trim();
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return null;
  try {
    const url = new URL(value);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/** A link worth reading as a source. Slack's own pages (permalinks, files) are not articles. */
function toLink(raw: string): string | null {
  const url = httpUrl(raw);
  if (!url || /(^|\.)slack\.com$/.test(url.hostname)) return null;
  return url.href;
}

function sameLink(label: string, link: string): boolean {
  const asLink = toLink(/^https?:\/\//i.test(label) ? label : `https://${label}`);
  return (
    asLink !== null &&
    asLink.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') ===
      link.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')
  );
}

/** "https://x.com/a)." → the URL and the punctuation that ended the sentence. Balanced parentheses stay. */
function trimTrailingPunctuation(match: string): { url: string; trailing: string } {
  let url = match;
  let trailing = '';
  while (/[.,;:!?)\]}'"”’]$/.test(url)) {
    const last = url.at(-1) ?? '';
    if (last === ')' && (url.match(/\(/g)?.length ?? 0) >= (url.match(/\)/g)?.length ?? 0)) break;
    trailing = last + trailing;
    url = url.slice(0, -1);
  }
  return { url, trailing };
}

function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Collapse the gaps left behind, keeping paragraph breaks. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function dedupe(links: string[]): string[] {
  return [...new Set(links)];
}
