// Metadata a news page states about itself: JSON-LD first (publishers fill it in for search engines, so it
// is the most reliable), then Open Graph and other meta tags, then visible markup. Read before Readability
// runs, because Readability strips scripts (and with them the JSON-LD) from the document.
import { normalizeDate } from '../dates.ts';
import type { MiniDocument } from './mini-dom.ts';

export interface PageMetadata {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
  /** The publisher marks the article as not free (schema.org isAccessibleForFree: false). */
  notFree: boolean;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|TechArticle|SocialMediaPosting)$/;

const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'published_time',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'citation_publication_date',
  'date',
];

export function readPageMetadata(doc: MiniDocument, pageUrl: URL): PageMetadata {
  const meta = metaTags(doc);
  const article = jsonLdArticle(doc);
  const title =
    text(article?.headline) ??
    text(article?.name) ??
    meta.get('og:title') ??
    meta.get('twitter:title') ??
    null;
  const siteName =
    nameOf(article?.publisher) ??
    meta.get('og:site_name') ??
    meta.get('application-name') ??
    meta.get('publisher') ??
    null;
  const byline =
    authorNames(article?.author) ??
    personName(meta.get('author')) ??
    personName(meta.get('parsely-author')) ??
    personName(meta.get('sailthru.author')) ??
    personName(meta.get('byl')?.replace(/^by\s+/i, '')) ??
    personName(meta.get('dc.creator')) ??
    null;
  const timeElement = doc.querySelector(
    'time[itemprop="datePublished"], time[pubdate], article time[datetime]',
  );
  const publishedAt =
    normalizeDate(text(article?.datePublished) ?? text(article?.dateCreated)) ??
    firstDate(DATE_KEYS.map((key) => meta.get(key))) ??
    normalizeDate(timeElement?.getAttribute('datetime')) ??
    null;
  const canonicalHref =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    meta.get('og:url') ??
    idOf(article?.mainEntityOfPage) ??
    text(article?.url);
  return {
    title: clean(title),
    siteName: clean(siteName),
    byline: clean(byline),
    publishedAt,
    canonicalUrl: canonical(canonicalHref ?? null, pageUrl),
    notFree: article ? isNotFree(article) : false,
  };
}

function metaTags(doc: MiniDocument): Map<string, string> {
  const tags = new Map<string, string>();
  const elements = doc.querySelectorAll('meta');
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    const key = (
      element?.getAttribute('property') ??
      element?.getAttribute('name') ??
      element?.getAttribute('itemprop')
    )
      ?.trim()
      .toLowerCase();
    const value = element?.getAttribute('content')?.trim();
    if (key && value && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

/** The first JSON-LD object whose @type is an article, looking inside arrays and @graph. */
function jsonLdArticle(doc: MiniDocument): Json | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = (scripts[i]?.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue; // Broken JSON-LD is common; the meta tags still work.
    }
    const found = findArticle(parsed, 0);
    if (found) return found;
  }
  return null;
}

function findArticle(value: unknown, depth: number): Json | null {
  if (depth > 4 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const object = value as Json;
  const types = ([] as unknown[]).concat(object['@type'] ?? []);
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))) return object;
  return findArticle(object['@graph'], depth + 1);
}

function isNotFree(article: Json): boolean {
  const free = (value: unknown) =>
    value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
  if (free(article.isAccessibleForFree)) return true;
  return ([] as unknown[])
    .concat(article.hasPart ?? [])
    .some((part) => free((part as Json | null)?.isAccessibleForFree));
}

function authorNames(value: unknown): string | null {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((author) => personName(typeof author === 'string' ? author : nameOf(author)))
    .filter((name): name is string => name !== null);
  const unique = [...new Set(names)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0] ?? null;
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** A person's name, not a profile URL or a handle. */
function personName(value: string | null | undefined): string | null {
  const name = value?.trim();
  if (!name || /^(?:https?:|www\.|@)/i.test(name) || name.length > 120) return null;
  return name;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return text((value as Json).name);
  return null;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return text((value as Json)['@id']) ?? text((value as Json).url);
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function firstDate(values: (string | undefined)[]): string | null {
  for (const value of values) {
    const date = normalizeDate(value);
    if (date) return date;
  }
  return null;
}

function clean(value: string | null): string | null {
  const result = value?.replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  return result ? result : null;
}

/**
 * The page's own address for itself, if it is a plausible one: http(s), on the site we actually fetched (a page
 * must not be able to present itself as another outlet's story), and not the site's home page when we were sent
 * to an article (a common CMS misconfiguration).
 */
function canonical(href: string | null, pageUrl: URL): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!sameSite(url.hostname, pageUrl.hostname)) return null;
    if (url.pathname === '/' && pageUrl.pathname !== '/') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Hosts under which unrelated people publish: there, a subdomain is its own site, and one newsletter must not
 * claim another's address.
 */
const SHARED_HOSTS = new Set([
  'substack.com',
  'medium.com',
  'wordpress.com',
  'blogspot.com',
  'tumblr.com',
  'ghost.io',
  'github.io',
  'beehiiv.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
]);

/** Same host, or the same registrable domain (www.example.com and amp.example.com). */
function sameSite(a: string, b: string): boolean {
  const left = a.toLowerCase().replace(/\.$/, '');
  const right = b.toLowerCase().replace(/\.$/, '');
  if (left === right) return true;
  // An address has no registrable domain: 10.0.1.1 and 192.168.1.1 share their last two labels and nothing else.
  if (isIpAddress(left) || isIpAddress(right)) return false;
  return registrableDomain(left) === registrableDomain(right);
}

/**
 * An approximation without the public suffix list: the last two labels, or three under a country's short
 * second level (bbc.co.uk, abc.net.au). Erring towards too specific only costs keeping the fetched URL.
 */
function registrableDomain(host: string): string {
  const labels = host.replace(/^www\./, '').split('.');
  const top = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  const shortCountrySecond = top.length === 2 && second.length >= 2 && second.length <= 3;
  const keep = shortCountrySecond || SHARED_HOSTS.has(`${second}.${top}`) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function isIpAddress(host: string): boolean {
  return host.startsWith('[') || host.includes(':') || /^\d+(?:\.\d+){3}$/.test(host);
}
