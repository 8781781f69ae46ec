// mrkdwn escaping. Every string that comes from an article, a model or a user goes through here before it
// reaches a block: otherwise a source could ping <!channel>, fake a <link|label> or break the layout.

/** Escape the three characters Slack reserves. Only these: Slack decodes nothing else. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Collapse whitespace to single spaces: keeps a one-line item on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cut to `max` characters at a word boundary when one is near, with an ellipsis. Counts code points. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(1, max - 1)).join('');
  const space = cut.lastIndexOf(' ');
  const base = space > cut.length * 0.7 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Escaped text of at most `max` characters after escaping: entities can make a string five times longer. */
export function escapeWithin(text: string, max: number): string {
  let limit = max;
  let escaped = escapeMrkdwn(truncate(text, limit));
  while (escaped.length > max && limit > 1) {
    limit = Math.max(1, limit - Math.max(1, escaped.length - max));
    escaped = escapeMrkdwn(truncate(text, limit));
  }
  return escaped;
}

/** Plain text → safe one-line mrkdwn of at most `max` visible characters. */
export function safeLine(text: string, max: number): string {
  return escapeMrkdwn(truncate(oneLine(text), max));
}

/**
 * A mrkdwn link, or just the escaped label when the URL is not http(s).
 * The label may not contain `|` or `>` (they end it); the URL may not contain `|`, `<`, `>` or spaces.
 */
export function mrkdwnLink(url: string | null, label: string): string {
  const safeLabel = escapeMrkdwn(label.replace(/\|/g, '¦'));
  if (url === null || !/^https?:\/\/\S+$/i.test(url)) return safeLabel;
  const safeUrl = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${safeUrl}|${safeLabel}>`;
}
