// The offline engine: a deterministic, rule-based reading of an article with the LLM engine's output shape.
// No network, no key; the same article always gives the same analysis. How well it reads is measured by
// `npm run eval` over the labelled corpus in test/fixtures/eval/, not assumed.
import type { Article, RawAnalysis } from '../../types.ts';
import { type Engine, NO_USAGE } from '../engine.ts';
import { attributeQuotes } from './attribution.ts';
import { findDateFacts } from './dates.ts';
import { buildRegistry } from './entities.ts';
import { chooseFacts } from './facts.ts';
import { findIndirectQuotes } from './indirect.ts';
import { withMisspeltSurnamesMended } from './misspelt-surname.ts';
import { bodiesNamedWithThe } from './named-with-the.ts';
import { numberFactsInOrder } from './numbers.ts';
import { createResolveContext } from './resolve-context.ts';
import { OFFLINE_RULES_VERSION } from './rules-version.ts';
import { buildTextModel } from './sentences.ts';
import { extractSummary } from './summary.ts';
import { usableRole } from './usable-role.ts';

export function createOfflineEngine(): Engine {
  return {
    name: 'offline',
    model: null,
    promptVersion: OFFLINE_RULES_VERSION,
    extract: async (article) => ({ value: analyseOffline(article), usage: { ...NO_USAGE } }),
    // No judge: the deterministic comparison stands alone in offline mode.
    judge: async () => null,
  };
}

export function analyseOffline(article: Article): RawAnalysis {
  const model = buildTextModel(article.text, article.title);
  const registry = buildRegistry(model);
  bodiesNamedWithThe(model, registry);
  const resolve = createResolveContext(registry, model);
  const roleOf = usableRoleMemo();
  const direct = attributeQuotes(model, registry, resolve).map((quote) => ({
    speaker: quote.speaker,
    role: roleOf(quote.role),
    text: article.text.slice(quote.quote.start, quote.quote.end),
    kind: 'direct' as const,
    cue: quote.cue,
  }));
  // Fields named, not spread from the found quote: the spread took V8's generic object-clone path. The order
  // is the spread's (speaker, role, text, cue, kind), which the written analysis keeps.
  const indirect = findIndirectQuotes(model, registry, resolve).map((quote) => ({
    speaker: quote.speaker,
    role: roleOf(quote.role),
    text: quote.text,
    cue: quote.cue,
    kind: 'indirect' as const,
  }));
  const quotes = withMisspeltSurnamesMended([...direct, ...indirect]);
  const facts = chooseFacts(
    model,
    registry,
    numberFactsInOrder(model),
    findDateFacts(model),
    quotes.map((quote) => quote.speaker),
  );
  return {
    headline: article.title ?? headlineFrom(model),
    outlet: article.outlet,
    summary: extractSummary(model, registry),
    facts,
    quotes,
  };
}

/**
 * usableRole, remembered for one article: a long story credits the same people with the same roles hundreds
 * of times, and each answer takes a split and a lexicon look-up per word.
 */
function usableRoleMemo(): (role: string | null) => string | null {
  const known = new Map<string, string | null>();
  return (role) => {
    if (role === null) return null;
    let usable = known.get(role);
    if (usable === undefined) {
      usable = usableRole(role);
      known.set(role, usable);
    }
    return usable;
  };
}

/** With no title, a leading heading line ("Storm Hester batters the coast") is the headline. */
function headlineFrom(model: ReturnType<typeof buildTextModel>): string | null {
  const first = model.paragraphs[0];
  return first?.kind === 'heading' || first?.headline ? model.text.slice(first.start, first.end) : null;
}
