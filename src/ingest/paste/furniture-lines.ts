// Recognises single lines of site furniture: widgets, labels, captions and prompts that are never a sentence
// of the article. Every pattern is anchored to the whole line (or to a caption's credit) and bounded in
// length, because the rule of the house is that an article sentence is never dropped: when unsure, keep.
import { countWords } from '../../util/word-count.ts';

export type FurnitureKind =
  | 'related-header'
  | 'inline-related'
  | 'ad'
  | 'share'
  | 'comments'
  | 'newsletter'
  | 'paywall'
  | 'reading-time'
  | 'hashtags'
  | 'caption'
  | 'video'
  | 'gallery'
  | 'breadcrumb'
  | 'navigation'
  | 'copyright'
  | 'cookies'
  | 'credit'
  | 'tags';

/** Headings that introduce a list of links to other stories: the link titles after them go too. */
const QUOTED_HEADER = /^["“].*["”]$/u;
const RELATED_HEADER =
  /^(?:you (?:may|might) (?:also )?like|more from (?:the )?author|more from [\p{L}.' -]{2,40}|more by [\p{L}.' -]{2,40}|similar (?:posts|articles|stories)|related(?: (?:posts|articles|stories|content|coverage|news|reading|links))?|recommended(?: for you| stories| articles| reading)?|more (?:stories|news|articles|on this story|top stories)|more in [\p{L}& -]{2,30}|top stories|trending(?: now| stories| articles)?|most (?:popular|read|viewed|shared)|popular (?:posts|now|stories|articles)|latest (?:news|stories|articles|posts)|recent (?:posts|articles|stories)|don'?t miss|also (?:read|see)|see also|editor'?s picks?|what to read next|sponsored stories|promoted (?:stories|content)|from (?:our|the) partners|around the (?:web|site)|you (?:may|might) have missed|in case you missed it)$/iu;

const LINE_PATTERNS: [FurnitureKind, RegExp][] = [
  [
    'ad',
    /^(?:advertisements?|ad|ads|sponsored(?: content| post)?|paid (?:content|post|partner content)|promoted|skip (?:advertisement|ad)|ad feedback|(?:story|article|content) continues below(?: advertisement)?|continue reading (?:the main story|below)|scroll (?:down )?to continue(?: with content)?|advertisement\s*[-–—:]?\s*scroll to continue)$/i,
  ],
  [
    'share',
    /^(?:share(?: this| this (?:article|story|post|page))?(?: on (?:facebook|twitter|x|linkedin|whatsapp|email|reddit|telegram))?|tweet|e-?mail|print|copy(?: the)? link(?: to clipboard)?|link copied|save(?: (?:article|story|for later))?|gift(?: this)?(?: article)?|listen(?: to (?:this )?(?:article|story))?(?:\s*[·•|-]?\s*\d+\s*min(?:utes?)?)?|facebook|twitter|linkedin|whatsapp|reddit|pinterest|flipboard|telegram|messenger|comment|comments?\s*\(?\d*\)?)$/i,
  ],
  [
    'share',
    /^(?:(?:share|tweet|e-?mail|print|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|flipboard|telegram|copy link)[\s,|·•/]*){2,8}$/i,
  ],
  [
    'share',
    /^follow (?:us|@?[\p{L}\p{N}_.]{2,30}) on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|google news)\b.{0,60}$/iu,
  ],
  [
    'comments',
    /^\+?\s*(?:there are no comments(?: yet)?|no comments(?: yet)?|add yours|leave a (?:comment|reply)(?: cancel reply)?|cancel reply|post (?:a )?comment|add a comment|write a comment|(?:show|view|hide|load more|read|see all) comments|\d+\s+comments?|comments?\s*\(\d+\)|join the (?:conversation|discussion)|be the first to comment|comments are closed\.?|you must be logged in to post a comment\.?|(?:log|sign) in to (?:comment|reply)|reply|report(?: comment| abuse)?|\d+\s+(?:likes?|replies|reactions)|conversation)$/i,
  ],
  [
    'newsletter',
    /^(?:newsletter|sign up|subscribe(?: now| today)?|enter your e-?mail(?: address)?|e-?mail address|(?:sign up|subscribe)\b.{0,80}\b(?:newsletters?|inbox|alerts|briefing)\b.{0,40}|get (?:the|our)\b.{0,60}\b(?:newsletter|inbox)\b.{0,30}|by (?:signing up|subscribing|clicking)\b.{0,200}\b(?:privacy|terms)\b.{0,80})$/i,
  ],
  [
    'paywall',
    /^(?=.*\b(?:subscri\w*|members?|membership|sign in|log in|register\w*|account|trial|access|free articles?|limit)\b)(?:subscribe to (?:continue|read|keep reading|unlock)|already (?:a )?(?:subscriber|member|registered)\??|to continue reading\b|continue reading with\b|this (?:article|story|content) is (?:only )?(?:for|available (?:to|for)|exclusive to) (?:paid )?(?:subscribers|members)|you(?:'ve| have) (?:reached|read) (?:your|the) (?:limit|maximum|\d+ free)|unlock (?:this|full|unlimited)|create a free account to\b|register (?:now )?(?:for free )?to (?:continue|read)|(?:sign|log) in (?:or subscribe )?to (?:continue|read)|become a (?:member|subscriber) to\b|get (?:unlimited|full|digital) access\b|want to read more\?|start your free trial\b|subscribers only\b)/i,
  ],
  [
    'reading-time',
    /^(?:(?:reading time|estimated reading time|read time)\s*:?\s*)?\d+\s*(?:min|mins|minutes?)(?:\s+read)?$/i,
  ],
  [
    'reading-time',
    /^(?:updated |posted |published )?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i,
  ],
  ['hashtags', /^(?:#[\p{L}\p{N}_]+[\s,·]*)+$/u],
  ['tags', /^(?:tags|topics|filed under|categories|related topics|keywords)\s*:\s*[^.!?]{0,200}$/i],
  ['gallery', /^(?:(?:image|photo|slide|picture)\s+)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i],
  [
    'gallery',
    /^(?:image|photo|picture|video|enlarge this image|toggle caption|hide caption|show caption|expand(?: image)?|view (?:gallery|image|slideshow|full gallery)|open (?:gallery|image)|view image in fullscreen|zoom|fullscreen|close|\[image\]|\[photo\])$/i,
  ],
  [
    'video',
    /^(?:video|watch(?: now| live| video| the video)?|now playing|up next|play(?: video)?|pause|replay|mute|unmute|video ad feedback|(?:video )?duration:?\s*\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?)$/i,
  ],
  ['video', /^(?:video|watch|watch now|watch live)\s*[:|–—-]\s*[^.]{1,140}[^.]$/i],
  ['video', /^[▶►▷⏵]\s*.{1,140}$/u],
  ['video', /^[^.]{1,140}\(\d{1,2}:\d{2}(?::\d{2})?\)$/],
  [
    'navigation',
    /^(?:read (?:more|next)|latest|up next|keep reading|continue reading|explore more|home|menu|search|sections|skip to (?:main )?content|skip to navigation|back to top|(?:log|sign) in|(?:log|sign) out|register|my account|account|open menu|close menu|download (?:the|our) app|get the app|click here\b.{0,80})$/i,
  ],
  ['copyright', /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,160}$/i],
  ['copyright', /^(?=.*(?:©|\(c\)|copyright|\b\d{4}\b)).{0,120}\ball rights reserved\.?$/i],
  ['cookies', /^we use cookies\b.{0,400}$/i],
  // "Contributing: Dana Morrow, Harbour News Service.": the wire's credit for the reporters who helped.
  // Names only after the colon: "Contributors: The Harbour Trust gave $10,000 …" is a sentence of the story.
  [
    'credit',
    /^(?:[Cc]ontributing|[Cc]ontributors?|[Aa]dditional reporting)\s*:\s*\p{Lu}[\p{L}.'’-]*(?:(?:,|\s+and|\s+&)?\s+\p{Lu}[\p{L}.'’-]*){0,12}\.?$/u,
  ],
];

// Photo credits: "(Photo: Jane Doe/Reuters)", "REUTERS/Evelyn Hockstein", "AP Photo/Evan Vucci",
// "John Smith/Getty Images", "… via Getty Images", "| Getty Images", "Photograph: X/AFP". A caption line is
// furniture only when it *ends* in such a credit: "told Reuters." or "the AP reported." never match.
const AGENCY =
  '(?:AP|AFP|Reuters|REUTERS|Getty(?: Images)?|EPA(?:-EFE)?|Xinhua|Bloomberg|Shutterstock|iStock(?:photo)?|Anadolu(?: Agency)?|Alamy|PA(?: Images| Wire| Media)?|SOPA Images|NurPhoto|Sipa(?: USA)?|ZUMA(?: Press| Wire)?|LightRocket|AAP|Kyodo|Yonhap|TASS|Sputnik|Redux|Imago|dpa|ANSA|Pool|Handout|Courtesy)';
const CAPTION_CREDIT = [
  /[([]\s*(?:photo|photograph|image|picture|pictured|credit|file photo|video|illustration)s?\s*(?:by|:|credit:?|courtesy(?: of)?)\s*[^()[\]]{1,100}[)\]]\s*$/i,
  /(?:^|[.!?|–—]\s*)(?:photo|photograph|image|picture|credit|photo credit|image credit|illustration|file photo)s?\s*(?::|by)\s*[\p{L}\p{N}.'’&/ -]{1,100}[\p{L}\p{N})]$/iu,
  new RegExp(`(?:^|[\\s(])${AGENCY}(?:\\s+Photo)?\\s*/\\s*[\\p{L}.'’ -]{2,60}\\)?\\s*$`, 'u'),
  new RegExp(`[\\p{L}.'’ -]{2,60}\\s*/\\s*${AGENCY}(?:\\s+via\\s+Getty Images)?\\)?\\s*$`, 'u'),
  /\bvia Getty Images\)?\s*$/i,
  // "MICHAEL B. THOMAS via Getty Images.": archive copy ends a credit line with a full stop too; only a name
  // before it, where a sentence of the story ending so would be dropped with its quotes.
  /^[\p{Lu}][\p{L}.'’ -]{1,60} via Getty Images\.$/u,
  new RegExp(`\\|\\s*${AGENCY}\\s*$`),
  /©\s*[\p{L}\p{N}.'’&/ -]{2,60}\)?\s*$/u,
];
/**
 * Every credit pattern needs one of these; most article lines have none, and the credit patterns (unanchored
 * at the start) are the costliest test here, so they run only when one is present.
 */
const MAY_HAVE_CREDIT = /[/([|©]|photo|image|picture|credit|illustration|getty/i;

/** What kind of furniture a whole line is, or null when it may be article text. */
export function furnitureKind(line: string): FurnitureKind | null {
  const text = line
    .trim()
    .replace(/[:»›→>]+$/u, '')
    .trim();
  if (text === '') return null;
  const words = countWords(text);
  if (words <= 8 && RELATED_HEADER.test(text)) return 'related-header';
  // A header pasted from markup may keep the quote marks around it: `"Related:"`. Only the header is read so:
  // a quote that opens like a widget ("“Sign up for the alerts,” she said") is a quote.
  if (words <= 8 && QUOTED_HEADER.test(text) && RELATED_HEADER.test(text.slice(1, -1).replace(/:$/, '')))
    return 'related-header';
  if (
    words <= 25 &&
    /^(?:read more|read also|also read|more|related|see also|recommended|must read|don'?t miss)\s*[:|»›–—-]\s*\S/i.test(
      text,
    ) &&
    !endsLikeSentence(text)
  ) {
    return 'inline-related';
  }
  for (const [kind, pattern] of LINE_PATTERNS) {
    // Long lines are sentences; only the newsletter fine print and cookie notices run long.
    const limit = kind === 'newsletter' || kind === 'cookies' || kind === 'copyright' ? 80 : 30;
    if (words <= limit && pattern.test(text)) return kind;
  }
  if (words <= 60 && MAY_HAVE_CREDIT.test(text) && CAPTION_CREDIT.some((pattern) => pattern.test(text))) {
    return 'caption';
  }
  if (words <= 12 && isBreadcrumb(text)) return 'breadcrumb';
  return null;
}

/** "Home > News > World", "News / Politics / Europe": short segments joined by a trail separator. */
function isBreadcrumb(text: string): boolean {
  const parts = text.split(/\s+[>›»/|]\s+/);
  return (
    parts.length >= 3 && parts.every((part) => part.length > 0 && part.length <= 30 && !/[.!?]$/.test(part))
  );
}

/** Ends like a sentence: . ! ? or … possibly followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*$/u.test(text.trim());
}

/** Short, unpunctuated lines that read like a headline or a link title. */
export function isHeadlineLike(text: string): boolean {
  const words = countWords(text);
  if (words === 0 || words > 24 || text.length > 200) return false;
  return !/[.,;:]["'”’»)\]]*$/u.test(text.trim()) || /[?!]["'”’]?$/u.test(text.trim());
}
