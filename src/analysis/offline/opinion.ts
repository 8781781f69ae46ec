// An outlet's own opinion, stated in its own voice: "Iran is the world's top sponsor of terrorism", "a
// disastrous election", "which would certainly come as news to…". A neutral summary may report that someone
// holds an opinion ("…, the senator said") but never adopts one, so an evaluative sentence with no one it is
// attributed to is left out. The word list is deliberately narrow: judgement words that news copy rarely
// needs when it reports, not every adjective with a tone.

export const JUDGEMENT =
  /\b(?:world['’]s (?:top|worst|greatest|leading|foremost)|(?:dis)?graceful|disgrace|disastrous|shameful|shameless|outrageous|absurd|ridiculous|pathetic|laughable|ludicrous|brazen|reckless|despicable|deplorable|disgusting|idiotic|stupid|insane|hysterical|unhinged|sham|hoax|so-called|stunning|stunningly|shocking|horribl[ey]|terribl[ey]|awful|dismal|bombshell|spectacular(?:ly)?|embarrassing|humiliating|of course|obviously|clearly|certainly|undoubtedly|unquestionably|frankly|needless to say|sadly|unfortunately|thankfully|luckily|ironically|notoriously|infamous|infamously|it['’]s time|it is time|should have|must be|deserves?|crude|relish(?:es|ed)?|mercurial|unpredictable|eccentric|erratic|vile|bizarre|bombastic|blustering|demagogic|charming|firebrand|vitriolic|xenophobic|jingoistic|pernicious|smug|arrogant|hypocritical|hypocrisy|craven|thuggish)\b/i;
/** Someone the words are put to: a verb of saying or thinking with a subject, or "according to". */
const ATTRIBUTED =
  /\b(?:said|says|say|told|tells|according to|argued|argues|claimed|claims|contended|contends|insisted|insists|wrote|writes|tweeted|stated|added|called|calls|described|describes|accused|accuses|believes?|believed|thinks?|thought|warned|warns|asserted|asserts|suggested|suggests|noted|notes|alleged|alleges|announced|announces|reported|reports|revealed|confirmed|acknowledged|admitted|predicted|vowed|pledged|saying)\b/i;

/** A day the sentence dates something to: it reports an event, whatever word it reports it with. */
const DATED =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2})\b/i;

/**
 * The outlet's comment rather than its report: judgement words, no one to attribute them to, and no event
 * dated. "Trump on Friday made a stunning announcement" reports; "a stunning level of dissent" comments.
 */
export function isOutletOpinion(sentence: string): boolean {
  if (!JUDGEMENT.test(sentence) || ATTRIBUTED.test(sentence) || DATED.test(sentence)) return false;
  // "… saying that “bombastic comments” do harm": a judgement inside quote marks is the speaker's.
  return !/[“"]/.test(sentence) || JUDGEMENT.test(sentence.replace(QUOTED, ' '));
}

const QUOTED = /“[^”]*”|"[^"]*"/g;
