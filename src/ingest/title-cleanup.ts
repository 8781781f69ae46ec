// A headline as a reader should see it: never a dateline ("MOSCOW", "WASHINGTON (AP) —") standing in for one,
// and without the site's name that pages append to their <title> ("… | The Ledger", "… - Harbour Gazette",
// "… all sides newsbhunt").

const SITE_WORDS =
  /\b(?:news|times|post|journal|herald|tribune|daily|wire|online|network|media|tv|radio|gazette|chronicle|telegraph|guardian|observer|courier|ledger|reuters|ap|afp|bbc|cnn|fox|npr|politico|examiner|independent|express|mirror|sun|star|review|report|today|digest|magazine|weekly|dispatch|bulletin|insider|hunt)\b/i;

/** A line that is only a dateline: capitals, an optional agency in brackets, an optional dash. */
export function isDatelineOnly(line: string): boolean {
  const text = line.trim();
  if (text === '' || /\p{Ll}/u.test(text.replace(/\([^)]*\)/g, ''))) return false;
  if (text.split(/\s+/).length > 5) return false;
  return /^\p{Lu}{2,}[\p{Lu} .,'’-]*(?:\s*\([^)]{2,40}\))?\s*[-–—―:]?$/u.test(text);
}

/**
 * The title without a trailing site name. A suffix after " | " is always the site's; after a dash only when
 * it names the outlet or host, or reads like a site's name ("Metro Daily", "example.com"); with no separator
 * only when it is the outlet's or host's own name ("… newsbhunt" on newsbhunt.com).
 */
export function trimSiteName(title: string, site: { outlet?: string | null; host?: string | null }): string {
  const names = [
    site.outlet,
    site.host?.replace(/^www\./, ''),
    site.host?.replace(/^www\./, '').split('.')[0],
  ]
    .filter((name): name is string => Boolean(name))
    .map(fold);
  const piped = /^(.{10,}?)\s+\|\s+([^|]{2,60})$/.exec(title);
  if (piped?.[1] && piped[2] && words(piped[2]) <= 6) return piped[1].trim();
  const dashed = /^(.{10,}?)\s+(?:[-–—―]|::)\s+([^-–—―]{2,60})$/u.exec(title);
  if (dashed?.[1] && dashed[2]) {
    const suffix = dashed[2].trim();
    const named = names.includes(fold(suffix));
    const siteLike =
      words(suffix) <= 4 &&
      (/\.\p{L}{2,}$/u.test(suffix) || (SITE_WORDS.test(suffix) && /^\p{Lu}/u.test(suffix)));
    if (named || siteLike) return dashed[1].trim();
  }
  for (const name of names) {
    if (name.length < 4) continue;
    const tail = new RegExp(`^(.{10,}?)[\\s|:–—-]+${name.split('').join('[\\s.]?')}\\s*$`, 'iu').exec(title);
    if (tail?.[1]) return tail[1].trim();
  }
  return title;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(text: string): number {
  return text.trim().split(/\s+/).length;
}
