// Rule 2 of attribution: the speaker named before the quote, in the same sentence ("X said: “…”", "X told
// reporters the talks had gone “…”", "According to X, “…”", "Said X: “…”", "Hale’s claim that “…”").
import { accordingToCredit } from './according-to-credit.ts';
import { isAddressed } from './addressee.ts';
import { isAfterQuoteVerb, particleCueIntroduces } from './after-quote-cues.ts';
import { agreesToDo } from './agreed-to.ts';
import { announced } from './announced-words.ts';
import { answersWordsSaid } from './answered-words.ts';
import { asPutIt } from './as-put-it.ts';
import { pastAskedClause } from './asked-clause.ts';
import { isClaimContent } from './claim-content.ts';
import { clauseSubject, namesSomeone } from './clause-subject.ts';
import { afterWith, coordinatedSubject } from './coordinated-subject.ts';
import { documentParticiple } from './document-participle.ts';
import { mentionAt } from './entities.ts';
import { faultedFor } from './faulted-for.ts';
import { finiteCueBefore } from './finite-cue-before.ts';
import { subordinateOwner } from './joined-subject.ts';
import { withPartnerAfter, withPartnerBefore } from './joint-speakers.ts';
import { labelColon } from './label-colon.ts';
import { CUE_VERBS } from './lexicon.ts';
import { subordinateSubject } from './name-then-role.ts';
import { namedCaller } from './named-caller.ts';
import { namingCredit } from './naming-cues.ts';
import { isStatesNoun } from './noun-cue.ts';
import { ARTICLES } from './noun-phrase.ts';
import { isPassiveCue } from './passive-cue.ts';
import { CONTRACTED } from './possessed-cue.ts';
import type { Found } from './quote-tokens.ts';
import { relativeAntecedent, whoClauseAntecedent } from './relative-credit.ts';
import { relativeDoer } from './relative-doer.ts';
import { ANSWERING } from './report-speaker.ts';
import { inAsideBeforeQuote } from './reported-subordinate.ts';
import { SAYING_NOUNS, sayingNounOwner } from './saying-noun-owner.ts';
import { creditSetOff } from './set-off-credit.ts';
import { SCENE_WORDS, shownSpeaker } from './shown-speaker.ts';
import { DOCUMENT_CUES, speakerLike } from './speaker-like.ts';
import { type PhraseContext, parseBackward, parseForward, type SpeakerRef } from './speaker-phrase.ts';
import { skipBackOverModifiers } from './subject-verb-gap.ts';
import { isPossessive, isWord, lower, lowerOf, type Token } from './tokens.ts';
import { twoWordCue } from './two-word-cues.ts';
import { unnamedSubjectBefore } from './unnamed-subject.ts';
import { verbColon } from './verb-colon.ts';

/**
 * Whether the participle at `i` is passive and names what the quote at `markAt` says with "as" right before it:
 * no object after it ("described in court as the “…”"), where an active verb has one ("described the group as").
 */
function namedAs(region: Token[], i: number, markAt: number): boolean {
  const as = ARTICLES.has(lowerOf(region[markAt - 1])) ? markAt - 2 : markAt - 1;
  if (as <= i || lowerOf(region[as]) !== 'as' || markAt - i > 8) return false;
  return as === i + 1 || SCENE_WORDS.has(lowerOf(region[i + 1]));
}

/** Heads of phrases that carry words but do not speak: "a Facebook message posted Friday". */
const CARRIER_HEADS = new Set(
  `message messages tweet tweets post posts statement interview letter email emails video ad ads speech series
  report document page website release clip spot footage banner sign placard caption headline`.split(/\s+/),
);

/** X said: “…” — X told reporters the talks had gone “…” — According to X, “…” — Said X: “…”. */
export function beforeQuote(tokens: Token[], lo: number, markAt: number, ctx: PhraseContext): Found | null {
  const region = tokens.slice(0, markAt);
  const first = region.findIndex((t, i) => i >= lo && isWord(t));
  if (first >= 0 && lowerOf(region[first]) === 'according' && lowerOf(region[first + 1]) === 'to') {
    const credit = accordingToCredit(region, first, markAt, ctx, (from) =>
      beforeQuote(tokens, from, markAt, ctx),
    );
    if (credit !== undefined) return credit;
  }
  const labelled = labelColon(region, first, markAt, ctx) ?? asPutIt(region, lo, markAt, ctx);
  if (labelled) return labelled;
  // The cue nearest the quote speaks: in "When Clinton noted …, Trump boasted, “…”" it is Trump.
  let passedParticiple = false;
  let described: Found | null = null;
  for (let i = markAt - 1; i >= lo; i--) {
    const word = lowerOf(region[i]);
    // "X said, but Kevin was drifting off as Trump went on about “…”": a new clause has its own speaker.
    if (word === ';' || (word === 'but' && region[i - 1]?.text === ',' && namesSubject(region[i + 1]))) break;
    // "Hale’s claim that there were “…”", "his claims in the press that there was “…”": the noun's owner.
    const owner =
      SAYING_NOUNS.has(word) && !passedParticiple
        ? sayingNounOwner(tokens, region, i, lo, markAt, ctx)
        : null;
    if (owner) return owner;
    if (!passedParticiple && isClaimContent(tokens, i, markAt)) return null;
    // "Brandt answered, “…”": a verb credited after quotes only is a cue too right before a quote's comma.
    const introduces = i === markAt - 2 && isIntroducingMark(region[markAt - 1]);
    // "endorsed her, citing her “long record”": the subject's words, when they lead to the quote. Only here:
    // after a quote, "citing her work" is the reporter's account, no credit.
    const cue =
      (CUE_VERBS.has(word) && !isStatesNoun(region, i) && !agreesToDo(region, i)) ||
      word === 'citing' ||
      (introduces && isAfterQuoteVerb(region[i]?.text ?? '', undefined)) ||
      particleCueIntroduces(region, i, markAt) ||
      twoWordCue(region, i);
    // "criticized Brenner for claiming that …": the words are the object's.
    if (cue && word.endsWith('ing') && lowerOf(region[i - 1]) === 'for')
      return faultedFor(region, i - 1, lo, ctx);
    if (word === 'calls') {
      const caller = namedCaller(region, i, lo, ctx);
      if (caller) return caller;
      continue;
    }
    // "the culture, described in court as the “Harbour Way,” favours …": named so by someone unnamed, not by
    // whoever an earlier verb credits.
    if (region[i - 1]?.text === ',' && word.endsWith('ed') && namedAs(region, i, markAt)) return null;
    // "the United States": a capitalised word inside the sentence is part of a name, not a verb.
    // "Reyes defended his aide as a “decent man”": a verb of naming credits its named subject only.
    const namer = cue ? null : namingCredit(tokens, i, lo, markAt, ctx);
    if (namer) return namer;
    if (!cue || (i !== first && /^\p{Lu}/u.test(region[i]?.text ?? ''))) continue;
    if (inAsideBeforeQuote(region, i, markAt, lo)) continue;
    if (unnamedSubjectBefore(region, i, markAt)) return null;
    const antecedent = relativeAntecedent(region, i, lo, ctx);
    if (antecedent) return { ref: antecedent, role: null, cue: word };
    // "heard a warning from Brandt", "Trump’s tweets were", "a flurry of tweets": after a determiner, a
    // possessive or a preposition the cue word is a noun, and its subject no speaker. Not "ended by saying"
    // nor "went on to say": a verb's -ing after "by", and "say" after "went on to", are the subject's words.
    const before = region[i - 1]?.text ?? '';
    const saysOn = speaksOn(region, i);
    if (
      !saysOn &&
      (NOUN_MARKERS.has(lower(before)) || (i - 1 > lo && isPossessive(before) && !CONTRACTED.test(before)))
    )
      continue;
    // "Talk compared to a referee's": a comparison made of the subject, not by it. "asked that Brenner agree to a
    // “recorded” interview": asked to agree, she has said nothing yet; the words are the asker's.
    const object = lowerOf(region[i + 1]);
    if ((word === 'compared' || word === 'agree') && object === 'to') continue;
    // "Reyes told “senior harbour officials” about it": right after "told" a quote is who was told.
    if (i === markAt - 1 && LISTENER_FIRST.has(word)) continue;
    // "Brandt responded to Reyes’s remark that the levy made him “richer”": the words after "that" are the
    // ones answered, not the answer. "Brandt replied to Reyes that the post was a “joy”": answering a person,
    // they are her answer.
    if (ANSWERING.has(word) && object === 'to' && answersWordsSaid(region, i + 2, markAt)) continue;
    if (isPassiveCue(region, i, markAt)) {
      // "…described by Mayor Ada Brenner as “…”": the agent after "by" said it.
      const agent = object === 'by' ? parseForward(region, i + 2, ctx) : null;
      if (agent?.ref.kind === 'mention') return { ref: agent.ref, role: agent.role, cue: word };
      continue;
    }
    const setOff = before === ',' ? creditSetOff(region, i, ctx) : null;
    if (setOff) return setOff;
    if (i === first) {
      // Inverted: "Said Ellis: “…”". Not "…“historic,” telling reporters that …": after a participle or a verb
      // of telling the name is the one told, and past an earlier quote the clause's subject speaks.
      const told = word.endsWith('ing') || LISTENER_FIRST.has(word);
      const parsed = told ? null : parseForward(region, i + 1, ctx);
      if (parsed && parsed.ref.kind !== 'pronoun') return { ref: parsed.ref, role: parsed.role, cue: word };
      if (!told || i === 0) continue;
      const subject = clauseSubject(region, region.findIndex(isWord), i, ctx);
      if (subject && (subject.kind === 'mention' || namesSomeone(subject)))
        return { ref: subject, role: null, cue: word };
      continue;
    }
    // "The ad uses footage of Clinton asking, “…”": the person right before a participle speaks.
    const participle = word.endsWith('ing') || saysOn;
    const shown = participle ? shownSpeaker(region, i, lo, markAt, ctx) : null;
    if (shown) return { ref: shown, role: null, cue: word, ownOnly: true };
    // Not "statements by Trump calling for a ban make him “…”": what is called for is not the quote.
    const doer =
      participle && object !== 'for' && object !== 'on'
        ? mentionAt(ctx.registry, (region[i - 1] as Token).start)
        : undefined;
    if (
      doer &&
      !isAddressed(region, doer.start) &&
      (doer.entity.kind === 'person' || afterWith(region, doer))
    )
      return { ref: { kind: 'mention', mention: doer }, role: null, cue: word };
    // The participle's own subject ("a report stating"), else the one just credited ("X said Friday, noting").
    if (participle) {
      const owner = documentParticiple(region, i, lo, markAt, ctx) ?? relativeDoer(region, i, lo, ctx);
      if (owner) return owner.ref ? { ref: owner.ref, role: null, cue: word } : null;
      const coordinated = coordinatedSubject(region, lo, i, ctx.registry);
      if (coordinated) return { ref: { kind: 'mention', mention: coordinated }, role: null, cue: word };
      const credited = finiteCueBefore(region, i, lo, ctx);
      if (credited) return credited;
    }
    // "Hale issued tweets early Friday saying …": otherwise a participle's subject is the clause's.
    const ref = participle ? null : jointSubject(region, parseBackward(region, i - 1, lo, ctx), i, ctx);
    // "the letter reads", "the statement said" credit a document; "a message posted Friday" does not.
    if (ref && (!carriesOnly(ref) || DOCUMENT_CUES.has(word))) {
      // "Brandt says the mayor’s flurry of midnight posts was “…”": a subject no one could be is no subject;
      // an earlier cue may still name the speaker.
      if (!carriesOnly(ref) && !speakerLike(ref)) continue;
      return { ref, role: null, cue: word };
    }
    // "X bemoaned the unrest and said …": the subject of the clause speaks.
    const joined = lowerOf(region[skipBackOverModifiers(region, i - 1, lo)]);
    if (!participle && (joined === 'and' || joined === 'but')) {
      const antecedent = whoClauseAntecedent(region, i, lo, ctx);
      if (antecedent) return speakerLike(antecedent) ? { ref: antecedent, role: null, cue: word } : null;
    }
    if (participle || joined === 'and' || joined === 'but') {
      // The subject opens the sentence, which may lie before an earlier quote: "X spoke at “…” and said". When
      // that subject names no one, a subordinate clause's may: "It went well, as Brandt echoed him, saying …";
      // not in "Brandt voted no, because Reyes had proposed it, saying …", which is Brandt's.
      // "Asked whether …, Reyes held firm, saying …": the clause opens after the question's.
      const start = pastAskedClause(region, region.findIndex(isWord));
      // "… after the man approached him and asked if …": the subordinate clause's subject asked.
      const owner = participle ? null : subordinateOwner(region, start, i, ctx);
      if (owner) {
        if (owner.ref && (namesSomeone(owner.ref) || speakerLike(owner.ref)))
          return { ref: owner.ref, role: null, cue: word };
        continue;
      }
      // "Vance and Ruiz issued a statement describing …": the people the subject joins speak together.
      const read = clauseSubject(region, start, i, ctx);
      const opening = withPartnerAfter(region, read, start, i, ctx, parseForward);
      const opener = namesSomeone(opening) ? null : subordinateSubject(region, start, i, ctx.registry);
      const subject = opener ? { kind: 'mention' as const, mention: opener } : opening;
      if (subject) return { ref: subject, role: null, cue: word };
      // "The mayor defended the plan, saying, “…”": a description that can speak opens the clause; kept until
      // no earlier cue names the speaker ("The retired judge …, saying in his statement that …").
      if (participle && !described) {
        const ref = clauseSubject(region, start, i, ctx, true);
        if (ref) described = { ref, role: null, cue: word };
      }
    }
    // "Reyes’s campaign shrugged off Brandt’s comments, telling reporters, “…”": past a participle, the
    // comments further back are not what is quoted.
    if (participle) passedParticiple = true;
  }
  return announced(region, first, markAt, ctx) ?? verbColon(region, first, markAt, ctx) ?? described;
}

const NOUN_MARKERS = new Set('a an the his her their its of in for with by from'.split(' '));

/**
 * "Ada Brenner and Tomas Reyes said, “…”": a named subject right before its verb is read with the names "and"
 * joins to it. Not a name set off by a comma ("…, LaBelle and Wonder, who joked"): the relative clause is the
 * last name's alone.
 */
function jointSubject(
  region: Token[],
  ref: SpeakerRef | null,
  verb: number,
  ctx: PhraseContext,
): SpeakerRef | null {
  if (ref?.kind !== 'mention' || ref.mention.entity.kind !== 'person') return ref;
  const before = region[skipBackOverModifiers(region, verb - 1, 0)];
  return before !== undefined && before.end === ref.mention.end ? withPartnerBefore(region, ref, ctx) : ref;
}

function isIntroducingMark(token: Token | undefined): boolean {
  return token?.text === ',' || token?.text === ':';
}

/** "ended the meeting by saying", "went on to say": the clause's subject goes on speaking. */
function speaksOn(region: Token[], i: number): boolean {
  const before = lowerOf(region[i - 1]);
  if (before === 'by') return lowerOf(region[i]).endsWith('ing');
  return before === 'to' && GOES_ON.has(lowerOf(region[i - 2]));
}

/** Verbs after which "to say" is what the subject did say: "went on to say", "continued to say". */
const GOES_ON = new Set(['on', 'continued', 'proceeded']);

/** A named subject: "but Kellan was dozing", "but Washington refused"; not "but she knows", the same speaker. */
function namesSubject(token: Token | undefined): boolean {
  return token !== undefined && isWord(token) && /^\p{Lu}/u.test(token.text) && token.text !== 'I';
}

const LISTENER_FIRST = new Set(['told', 'tells', 'informed', 'notified', 'reminded', 'advised', 'emailed']);

/** Documents quoted as sources: "the indictment says", "according to the complaint". */
const DOCUMENT_HEADS = new Set(
  `indictment complaint filing memo lawsuit ruling order motion brief book article bylaws suit column editorial
  passage readout`.split(/\s+/),
);

/** A head that carries words without speaking them: "report", "letter", "memo". */
export function isCarrierHead(word: string): boolean {
  return CARRIER_HEADS.has(word) || DOCUMENT_HEADS.has(word);
}

export function carriesOnly(ref: SpeakerRef): boolean {
  return ref.kind === 'phrase' && (CARRIER_HEADS.has(lower(ref.head)) || DOCUMENT_HEADS.has(lower(ref.head)));
}
