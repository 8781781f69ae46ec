// "The Arizona Republican said", "the Vermont senator said": a state and a party or an office, standing for a
// politician the story has named with that state ("Sen. Tomas Reyes, R-Ariz.", "Vermont Sen. Otto Vance",
// "Rep. Ada Brenner of Ohio"). The sheet shows the name, not the epithet; when no one named matches, or two
// people do, the epithet stays as it is written.
import type { Entity, Mention } from './entities.ts';
import { STATES } from './us-states.ts';

const STATE_NAMES = Object.keys(STATES).sort((a, b) => b.length - a.length);
/** "Arizona Republican", "the Vermont senator": a state, then a party's member or an office. */
const EPITHET = new RegExp(
  `^(?:the\\s+)?(${STATE_NAMES.join('|')})\\s+(republican|democrat|independent|senator|congressman|congresswoman|representative|governor|lawmaker)$`,
  'i',
);
const PARTY_LETTER: Record<string, string> = { republican: 'R', democrat: 'D', independent: 'I' };

/** The state and party an epithet names ("the Arizona Republican" → arizona, R); null when it is none. */
function readEpithet(words: string): { state: string; party: string | null } | null {
  const match = EPITHET.exec(words.trim());
  if (!match) return null;
  const state = (match[1] as string).toLowerCase();
  return { state, party: PARTY_LETTER[(match[2] as string).toLowerCase()] ?? null };
}

/** The US states a text names in full, lower case: "former ohio gov." → ["ohio"]. */
export function statesIn(text: string): string[] {
  let folded = ` ${text.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
  const found: string[] = [];
  // Longest first, each taken out once read: "west virginia" holds no "virginia".
  for (const state of STATE_NAMES) {
    if (!folded.includes(` ${state} `)) continue;
    found.push(state);
    folded = folded.replaceAll(` ${state} `, ' | ');
  }
  return found;
}

/**
 * Whether a person is said, somewhere before `at`, to be from a state other than those a description names:
 * "the Virginia senator" is not "Sen. Dale Corbin, D-W.Va.", whatever office they share.
 */
export function fromOtherState(
  text: string,
  described: string,
  people: readonly Mention[],
  at: number,
): (entity: Entity) => boolean {
  const states = statesIn(described);
  if (states.length === 0) return () => false;
  const firstSaid = firstSaidElsewhere(text, states, people);
  return (entity) => (firstSaid.get(entity) ?? at) < at;
}

/** Where each person is first said to be from a state not among `states`; kept per mention list and states. */
function firstSaidElsewhere(
  text: string,
  states: readonly string[],
  people: readonly Mention[],
): Map<Entity, number> {
  return kept(ELSEWHERE, people, states.join('|'), () => {
    const firstSaid = new Map<Entity, number>();
    // Only the mentions that claim a state: each set of states read every mention of a long paste again.
    for (const mention of claimingAnyState(text, people)) {
      if (firstSaid.has(mention.entity)) continue;
      const claim = stateClaim(text, mention);
      const claimed = claim.tag ? statesAbbreviated(claim.tag.abbreviation) : [claim.before?.state, claim.of];
      if (claimed.some((state) => state && !states.includes(state)))
        firstSaid.set(mention.entity, mention.start);
    }
    return firstSaid;
  });
}

const ELSEWHERE = new WeakMap<readonly Mention[], Map<string, Map<Entity, number>>>();

/** The states an abbreviation may stand for ("W.Va" → west virginia). */
function statesAbbreviated(abbreviation: string): string[] {
  return STATE_NAMES.filter((state) => (STATES[state] ?? []).includes(abbreviation));
}

/** "The" right before a mention: "The Arizona Republican" is someone named; "a New Hampshire Republican" is not. */
export function definiteBefore(text: string, at: number): boolean {
  return /\b[Tt]he\s+$/.test(text.slice(Math.max(0, at - 4), at));
}

/** The one person named before `at` whom a state epithet ("the Vermont senator") stands for, or null. */
export function namedByEpithet(
  text: string,
  words: string,
  at: number,
  people: readonly Mention[],
): Entity | null {
  const epithet = readEpithet(words);
  return epithet ? epithetHolder(text, epithet, people, at) : null;
}

/**
 * The one person named before `at` with the epithet's state (and party, when it names one): "Sen. Tomas Reyes,
 * R-Ariz.", "(R-AZ)", "Arizona Sen. Tomas Reyes", "Tomas Reyes of Arizona". Null for none, or for two.
 */
function epithetHolder(
  text: string,
  epithet: { state: string; party: string | null },
  people: readonly Mention[],
  at: number,
): Entity | null {
  let found: Entity | null = null;
  for (const mention of fromStateMentions(text, epithet, people)) {
    if (mention.start >= at) break;
    if (found !== null && found !== mention.entity) return null;
    found = mention.entity;
  }
  return found;
}

/**
 * The people's mentions (in text order) that say they are from the epithet's state, kept per article's mention
 * list and epithet: each "the Ohio Republican" read every mention before it, with a pattern made for each, and
 * a long paste has thousands of mentions and hundreds of such epithets. Kept by the mention list, which holds
 * one article's mentions in text order (epithetHolder stops at `at`), and built while speakers are resolved,
 * when the registry has settled who is a person: nothing changes a mention or a kind after that.
 */
function fromStateMentions(
  text: string,
  epithet: { state: string; party: string | null },
  people: readonly Mention[],
): readonly Mention[] {
  return kept(FROM_STATE, people, `${epithet.state} ${epithet.party}`, () =>
    claimingAnyState(text, people).filter((mention) => fromState(text, mention, epithet)),
  );
}

const FROM_STATE = new WeakMap<readonly Mention[], Map<string, Mention[]>>();

/**
 * The people's mentions that say they are from some state, in text order: most mentions say none, and each
 * epithet's state filtered every mention of a long paste (2 MB of news: a few hundred epithets, tens of
 * thousands of mentions).
 */
function claimingAnyState(text: string, people: readonly Mention[]): readonly Mention[] {
  return kept(CLAIMING, people, '', () =>
    people.filter((mention) => {
      if (mention.entity.kind !== 'person') return false;
      const claim = stateClaim(text, mention);
      return claim.tag !== null || claim.before !== null || claim.of !== null;
    }),
  );
}
const CLAIMING = new WeakMap<readonly Mention[], Map<string, Mention[]>>();

/** The answer for one article's mention list and key, made on first ask and kept while the list lives. */
function kept<V>(
  cache: WeakMap<readonly Mention[], Map<string, V>>,
  people: readonly Mention[],
  key: string,
  make: () => V,
): V {
  let byKey = cache.get(people);
  if (!byKey) {
    byKey = new Map();
    cache.set(people, byKey);
  }
  let value = byKey.get(key);
  if (value === undefined) {
    value = make();
    byKey.set(key, value);
  }
  return value;
}

/** What the words around a person's mention say of their state: read once per mention, asked per epithet. */
interface StateClaim {
  /** ", R-Ariz." or " (D-N.Y.)" right after the name: the party's letter and the state's abbreviation. */
  tag: { party: string; abbreviation: string } | null;
  /** "Arizona Sen. Tomas Reyes", "Arizona Republican Tomas Reyes": the state, and the party if said. */
  before: { state: string; party: string | undefined } | null;
  /** "Tomas Reyes of Arizona": the state, not the party. */
  of: string | null;
}

function fromState(
  text: string,
  mention: Mention,
  epithet: { state: string; party: string | null },
): boolean {
  const claim = stateClaim(text, mention);
  if (claim.tag)
    return (
      (epithet.party === null || epithet.party === claim.tag.party) &&
      (STATES[epithet.state] ?? []).includes(claim.tag.abbreviation)
    );
  if (claim.before?.state === epithet.state)
    return epithet.party === null || claim.before.party === epithet.party;
  return epithet.party === null && claim.of === epithet.state;
}

/**
 * The claim, kept per mention object: every epithet of a long paste asked it of every person's mention, with a
 * pattern made for each, and that was the engine's costliest function on 2 MB of news.
 */
function stateClaim(text: string, mention: Mention): StateClaim {
  let claim = CLAIMS.get(mention);
  if (!claim) {
    claim = readStateClaim(text, mention);
    CLAIMS.set(mention, claim);
  }
  return claim;
}

const CLAIMS = new WeakMap<Mention, StateClaim>();

function readStateClaim(text: string, mention: Mention): StateClaim {
  const after = text.slice(mention.end, mention.end + 24);
  const tag = PARTY_TAG.exec(after);
  if (tag)
    return {
      tag: { party: tag[1] as string, abbreviation: (tag[2] as string).replace(/\.$/, '') },
      before: null,
      of: null,
    };
  const opening = STATE_BEFORE.exec(text.slice(Math.max(0, mention.start - 32), mention.start).toLowerCase());
  const before = opening ? { state: opening[1] as string, party: PARTY_LETTER[partyWord(opening[2])] } : null;
  const of = OF_STATE.exec(after);
  return { tag: null, before, of: of ? (of[1] as string).toLowerCase() : null };
}

/** A state right before a name, perhaps with a party and a short title; the longest name first ("west virginia"). */
const STATE_BEFORE = new RegExp(
  `\\b(${STATE_NAMES.join('|')})\\s+(?:(republican|democratic|democrat|independent)\\s+)?(?:(?:sen|rep|gov)\\.\\s*)?$`,
);
// "of Kansas City", "of Georgia Tech": a city or a school, no state of theirs.
const OF_STATE = new RegExp(`^\\s+of\\s+(${STATE_NAMES.join('|')})\\b(?!\\s+(?:City|Tech|State)\\b)`, 'i');

function partyWord(word: string | undefined): string {
  return word === 'democratic' ? 'democrat' : (word ?? '');
}

/** ", R-Ariz.," or " (D-N.Y.)" right after a name: the party's letter and the state's abbreviation. */
const PARTY_TAG = /^,?\s*\(?([DRI])-((?:[A-Z]\.)+(?:[A-Z][a-z]*)?|[A-Z][A-Za-z]*\.?)/;
