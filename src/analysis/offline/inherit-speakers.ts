// Rule 3 of attribution: a quote that names no speaker itself takes one from the quotes around it, the
// sentence before or the paragraph before ("“A,” Reyes said. “B.”"), only where the text proves whose it is.
import type { Pending } from './attribution.ts';
import { after, trailing } from './credit-after.ts';
import { beforeQuote, carriesOnly } from './credit-before.ts';
import { describedAnswersBetween } from './described-answers.ts';
import { mentionAt } from './entities.ts';
import {
  closingQuoteSpeaker,
  endsItsParagraph,
  namesPerson,
  partialQuoteSpeaker,
  speaksOfSomeone,
} from './paragraph-carry.ts';
import { personActsBetween } from './people-around-quote.ts';
import { type Found, QUOTE_MARK, sentenceTokens } from './quote-tokens.ts';
import { joinedQuotes } from './said-of-noun.ts';
import { SAYING_NOUNS } from './saying-noun-owner.ts';
import type { Sentence, TextModel } from './sentences.ts';
import { isDocumentHead } from './speaker-like.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import type { Token } from './tokens.ts';

/** Rule 3: carry a speaker to the pieces that cannot name one themselves. */
export function inherit(pending: Pending[], model: TextModel, ctx: PhraseContext): void {
  for (let pass = 0; pass < 2; pass++) {
    pending.forEach((item, i) => {
      if (item.found || item.inheritsNone) return;
      const previous = pending[i - 1];
      const next = pending[i + 1];
      // “not the aggressor” and said the hostages would be freed “as long as …”: one speaker per sentence.
      // "…,” she said, as Trump went on about “…”: a person named between them may have said the second.
      if (previous?.found && previous.sentence === item.sentence) {
        if (previous.found.ownOnly) return;
        // "41 percent say the plan is “bold” and 30 percent say it is “reckless”": a share with a verb of its
        // own speaks the second.
        // "“As I see it,” Reyes went on, “…”": the speaker himself acting between goes on speaking.
        const speaker = previous.found.ref.kind === 'mention' ? previous.found.ref.mention.entity : undefined;
        if (
          !personActsBetween(ctx, previous.quote.end, item.quote.start, speaker) &&
          !endsNounContent(previous, item, ctx) &&
          !FIGURE_SAYS.test(ctx.text.slice(previous.quote.end, item.quote.start))
        )
          item.found = previous.found;
        return;
      }
      // "…will carry “real weight” and bring the “muscle” they lack, spokesman X said.": the
      // credit closing the sentence is the earlier quote's too.
      if (next?.found?.closesSentence && next.sentence === item.sentence) {
        if (!personActsBetween(ctx, item.quote.end, next.quote.start)) item.found = next.found;
        return;
      }
      if (!item.standalone) return;
      if (item.quote.continues && previous?.found) item.found = previous.found;
      else if (next?.quote.continues && next.found && next.quote.paragraph !== item.quote.paragraph) {
        item.found = next.found;
      } else if (
        previous?.found &&
        previous.quote.paragraph === item.quote.paragraph &&
        // "“…,” the audit concluded. Reyes calls that a lie. “…”": a document speaks on only in the next sentence.
        (!isDocument(previous.found) || documentGoesOn(previous, item))
      ) {
        // "“…,” Tom Baxter said. Ruth Baxter shook her head. “…”": someone else acting in a sentence between may be
        // the one speaking now.
        const speaker = previous.found.ref.kind === 'mention' ? previous.found.ref.mention.entity : undefined;
        const from = model.sentences[previous.sentence]?.end ?? previous.quote.end;
        if (
          !personActsBetween(ctx, from, item.quote.start, speaker) &&
          !describedAnswersBetween(model, ctx, previous.sentence, item.sentence, speaker)
        )
          item.found = previous.found;
      } else if (
        next?.found &&
        next.quote.paragraph === item.quote.paragraph &&
        next.standalone &&
        // "Reyes took questions. “…” Later the audit appeared. “…,” the audit said": a document says nothing before.
        !isDocument(next.found)
      )
        item.found = next.found;
      else if (opensParagraph(item, model))
        item.found = signedBelow(item, model, ctx) ?? introducedBy(item, model, ctx, previous);
      else item.found = previousSentenceSpeaker(item, model, ctx);
    });
  }
}

const FIGURE_SAYS = /\d\s?(?:%|percent)\s+(?:of\s+\p{L}+\s+)?(?:say|says|said)\b/u;

/** The quote before gave the words of a noun of saying ("Reyes’s promise of a “…”"); this one is not more. */
function endsNounContent(previous: Pending, item: Pending, ctx: PhraseContext): boolean {
  const ref = previous.found?.ref;
  if (ref?.kind !== 'mention' || !SAYING_NOUNS.has(previous.found?.cue ?? '')) return false;
  // The owner is named in the possessive: "Netanyahu warned that “…” because “…”" is no noun's content.
  if (!/['’]s$/.test(ctx.text.slice(ref.mention.start, ref.mention.end))) return false;
  const close = previous.quote.close ?? previous.quote.end;
  return !joinedQuotes(ctx.text, close + 1, item.quote.open);
}

/** “…” after "…, Schiff said." in the same paragraph: the speaker just named goes on speaking. */
function previousSentenceSpeaker(item: Pending, model: TextModel, ctx: PhraseContext): Found | null {
  const previous = model.sentences[item.sentence - 1];
  if (!previous || previous.paragraph !== item.quote.paragraph || previous.quotes.length > 0) return null;
  const tokens = sentenceTokens(model, previous);
  const credited = trailing(tokens, 0, tokens.length, ctx);
  if (credited) return credited;
  // "Cummings called him a master at deals. “He showed it again and again.”": a named person reported
  // speaking in the sentence before goes on.
  const reported = beforeQuote(tokens, 0, tokens.length, ctx);
  return reported?.ref.kind === 'mention' && reported.ref.mention.entity.kind === 'person' ? reported : null;
}

/**
 * A quote paragraph signed in the next one, as fact checks and epigraphs lay it out: "“…”" / "- Ilse Brandt."
 * Only a person named right after the dash.
 */
function signedBelow(item: Pending, model: TextModel, ctx: PhraseContext): Found | null {
  const next = model.paragraphs[item.quote.paragraph + 1];
  if (!next || !endsItsParagraph(item, model)) return null;
  const dash = /^[-\u2013\u2014\u2015]\s*/.exec(model.text.slice(next.start, next.end));
  if (!dash) return null;
  const mention = mentionAt(ctx.registry, next.start + dash[0].length);
  if (mention?.entity.kind !== 'person') return null;
  return { ref: { kind: 'mention', mention }, role: null, cue: 'dash' };
}

function opensParagraph(item: Pending, model: TextModel): boolean {
  const paragraph = model.paragraphs[item.quote.paragraph];
  return paragraph !== undefined && item.quote.open === paragraph.bodyStart;
}

/** A quote paragraph after one that ends "…, the ministry said:" is that speaker's. */
function introducedBy(
  item: Pending,
  model: TextModel,
  ctx: PhraseContext,
  previousQuote: Pending | undefined,
): Found | null {
  const previous = model.sentences[item.sentence - 1];
  if (!previous || previous.paragraph === item.quote.paragraph) return null;
  const tokens = sentenceTokens(model, previous);
  if (model.text.slice(previous.start, previous.end).trimEnd().endsWith(':'))
    return beforeQuote(tokens, 0, tokens.length, ctx);
  const carried = carriedFrom(item, previous, tokens, model, ctx, previousQuote);
  return carried && !speaksOfSomeone(model.text.slice(item.quote.start, item.quote.end), carried)
    ? carried
    : null;
}

function carriedFrom(
  item: Pending,
  previous: Sentence,
  tokens: Token[],
  model: TextModel,
  ctx: PhraseContext,
  previousQuote: Pending | undefined,
): Found | null {
  // "…, Joseph Vance, a former prosecutor, told Channel 4." then a paragraph of quote alone: the person
  // just reported as speaking goes on. Only a named person, and only after a sentence that quotes nothing.
  // “A,” Stone said. / “B.”: a paragraph of quote alone after a credited quote goes on with its speaker.
  if (previous.quotes.length > 0) {
    return (
      previousCredit(item, previous, model, ctx) ??
      partialQuoteSpeaker(item, model, previousQuote) ??
      closingQuoteSpeaker(item, model, previousQuote)
    );
  }
  const found = trailing(tokens, 0, tokens.length, ctx) ?? beforeQuote(tokens, 0, tokens.length, ctx);
  return found?.ref.kind === 'mention' && found.ref.mention.entity.kind === 'person' ? found : null;
}

function previousCredit(
  item: Pending,
  previous: Sentence,
  model: TextModel,
  ctx: PhraseContext,
): Found | null {
  const tokens = sentenceTokens(model, previous);
  const last = tokens.findLastIndex((t) => t.text === QUOTE_MARK);
  if (last < 0 || item.sentence - 1 < 0) return null;
  const found = after(tokens, last + 1, tokens.length, ctx);
  // “A,” he said. / “B.”: "he" is resolved like any pronoun, to the person it stands for. Not after
  // “A?” Reyes asked.: the paragraph after a question is most often someone's answer.
  return found && namesPerson(found) && found.cue !== 'asked' ? found : null;
}

/**
 * A document's words go on only into the next sentence's quote, and only for a carrier the rules credited before
 * documents were credited with every verb they take ("“…,” the statement said. “…”"). A document credited since
 * (an audit, a study; "concluded", "added") passes its words to no one: "“…,” the audit concluded. “Nonsense.”"
 * is someone answering it as often as the audit going on.
 */
function documentGoesOn(previous: Pending, item: Pending): boolean {
  const found = previous.found;
  return (
    item.sentence === previous.sentence + 1 &&
    found !== null &&
    carriesOnly(found.ref) &&
    CARRIED_CUES.has(found.cue)
  );
}
const CARRIED_CUES = new Set(
  `says said states stated notes noted reads read explains explained shows showed finds found alleges alleged
  claims claimed recounts recounted charges charged`.split(/\s+/),
);

/** A credit to a document or another carrier of words ("the audit", "the statement"), not to anyone who speaks. */
function isDocument(found: Found): boolean {
  return found.ref.kind === 'phrase' && (carriesOnly(found.ref) || isDocumentHead(found.ref.head));
}
