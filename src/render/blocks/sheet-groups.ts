// The body of a fact sheet as groups of units, in reading order: disagreements first (by severity),
// quotes worded differently, quotes, reported speech, key facts. The packer decides what fits in the main message.

import { shownFacts } from '../../analysis/ground/ground-analysis.ts';
import type {
  Comparison,
  DiffToken,
  Disagreement,
  FactSheet,
  QuoteVariant,
  SourceSheet,
  SourceVersion,
} from '../../types.ts';
import { styleDifferences, substantive } from '../substantive.ts';
import { variantSpeakers } from '../version-speakers.ts';
import { section } from './block-kit.ts';
import { bySeverity, KIND_LABEL, SEVERITY_EMOJI } from './disagreement-marks.ts';
import { escapeMrkdwn, safeLine } from './escape.ts';
import { ITEM_CHARS, MAIN_CAPS, SLACK_LIMITS } from './limits.ts';
import type { Group, Unit } from './message-packer.ts';
import { sourceTag } from './sheet-head.ts';
import { quoteUnits, sameWords } from './sheet-quotes.ts';

export function renderGroups(sheet: FactSheet): Group[] {
  const byId = new Map(sheet.sources.map((source) => [source.id, source]));
  const comparison = sheet.comparison;
  const groups: Group[] = [];
  if (comparison) {
    const disagreements = bySeverity(substantive(comparison.disagreements));
    groups.push({
      title: `*Where sources disagree* (${disagreements.length})`,
      noun: 'disagreement',
      // Each disagreement shows every source's words: with many sources, fewer fit a screen.
      cap: sheet.sources.length > 3 ? MAIN_CAPS.disagreementsManySources : MAIN_CAPS.disagreements,
      units: disagreements.map((item) => disagreementUnit(item, byId)),
    });
    if (disagreements.length === 0) {
      groups[0] = {
        ...groups[0],
        units: [{ kind: 'line', text: '_No disagreements found between the sources._' }],
      } as Group;
    }
    // The same names written two ways: one line after the disagreements, never counted among them.
    for (const item of styleDifferences(comparison.disagreements))
      groups[0]?.units.push({ kind: 'line', text: `_House style:_ ${safeLine(item.note, ITEM_CHARS.note)}` });
    const variants = variantsNotInDisagreements(comparison);
    groups.push({
      title: '*Quoted differently*',
      noun: 'quote variant',
      cap: MAIN_CAPS.quoteVariants,
      units: variants.map((variant) => variantUnit(variant, byId, sheet.sources)),
    });
  }
  groups.push({
    title: '*Quotes*',
    noun: 'quote',
    cap: MAIN_CAPS.quotes,
    units: quoteUnits(sheet, 'direct'),
  });
  groups.push({
    title: "*Reported speech* _(the outlet's paraphrase, not the speaker's words)_",
    noun: 'report',
    cap: MAIN_CAPS.reports,
    units: quoteUnits(sheet, 'indirect'),
  });
  groups.push({
    title: '*Key facts*',
    noun: 'fact',
    cap: MAIN_CAPS.facts,
    units: factUnits(sheet, comparison),
  });
  return groups;
}

function disagreementUnit(item: Disagreement, byId: Map<string, SourceSheet>): Unit {
  const head = `:${SEVERITY_EMOJI[item.severity]}: *${safeLine(item.topic, 120)}* · _${KIND_LABEL[item.kind]}_`;
  const note = item.note.trim() === '' ? '' : `\n${safeLine(item.note, ITEM_CHARS.note)}`;
  // Who said it is the difference for an attribution: each source keeps its own column even when the words match.
  const fields = versionFields(item.versions, byId, item.kind !== 'attribution');
  return { kind: 'block', block: section(`${head}${note}`, fields) };
}

/** Each source's own words side by side: section fields render as two columns. */
function versionFields(versions: SourceVersion[], byId: Map<string, SourceSheet>, merge = true): string[] {
  // Sources with the very same words share one field: the difference stands out, and five sources stay short.
  const groups = new Map<string, { text: string; sources: string[] }>();
  for (const version of versions) {
    const key = merge ? sameWords(version.text) : `${version.source}:${version.text}`;
    const group = groups.get(key);
    if (group) group.sources.push(version.source);
    else groups.set(key, { text: version.text, sources: [version.source] });
  }
  const all = [...groups.values()];
  const shown = all.slice(0, SLACK_LIMITS.sectionFields);
  const fields = shown.map((group) => {
    const tags = group.sources.map((id) => sourceTag(byId.get(id), id)).join(', ');
    return `${tags}\n“${safeLine(group.text, ITEM_CHARS.version)}”`;
  });
  if (all.length > shown.length) {
    fields[fields.length - 1] = `_…and ${all.length - shown.length + 1} more versions_`;
  }
  return fields;
}

/** A quote variant already listed as a quote-wording disagreement would say the same thing twice. */
function variantsNotInDisagreements(comparison: Comparison): QuoteVariant[] {
  const covered = new Set(
    comparison.disagreements.flatMap((item) =>
      item.versions.map((version) => version.ref).filter((ref) => ref !== null),
    ),
  );
  return comparison.quoteVariants.filter(
    (variant) => !variant.versions.every((version) => version.ref !== null && covered.has(version.ref)),
  );
}

function variantUnit(
  variant: QuoteVariant,
  byId: Map<string, SourceSheet>,
  sources: readonly SourceSheet[],
): Unit {
  const diff = renderDiff(variant.diff);
  const first = variant.versions[0]?.source ?? '';
  const second = variant.versions[1]?.source ?? '';
  const diffLine = diff ? `\n_${escapeMrkdwn(first)} → ${escapeMrkdwn(second)}:_ ${diff}` : '';
  const groups = variantSpeakers(variant, sources);
  // Sources that name different speakers each keep their own: the merged head must not hide the difference.
  const who =
    groups.length === 1
      ? `*${safeLine(groups[0]?.speaker ?? variant.speaker, 80)}*`
      : groups
          .map((group) => `*${safeLine(group.speaker, 80)}* (${group.sources.map(escapeMrkdwn).join(', ')})`)
          .join('; ');
  const head = `:speech_balloon: ${who}, as each source quotes it${diffLine}`;
  return { kind: 'block', block: section(head, versionFields(variant.versions, byId)) };
}

/** Word-level diff in mrkdwn: removed words struck through, added words in bold, a source's cut as its "…". */
function renderDiff(tokens: DiffToken[]): string {
  if (!tokens.some((token) => token.op !== 'same')) return '';
  // Runs are whole words; marks must hug them with spaces outside, or Slack shows `~` and `*` literally.
  const parts: string[] = [];
  let length = 0;
  for (const token of tokens) {
    const core = escapeMrkdwn(token.text.replace(/\s+/g, ' ').trim());
    if (core === '') continue;
    const part =
      token.op === 'same'
        ? core
        : token.op === 'elided'
          ? '…'
          : token.op === 'removed'
            ? `~${core}~`
            : `*${core}*`;
    // Stop before a run that would pass the budget rather than cut through one (and its closing mark).
    if (length + part.length > 600) {
      parts.push('…');
      break;
    }
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join(' ');
}

function factUnits(sheet: FactSheet, comparison: Comparison | null): Unit[] {
  const total = sheet.sources.length;
  if (comparison && comparison.consensus.length + comparison.singleSource.length > 0) {
    const shared = [...comparison.consensus]
      .sort((a, b) => b.sources.length - a.sources.length)
      .map((item): Unit => {
        const ids = item.sources.map(escapeMrkdwn).join(', ');
        return {
          kind: 'line',
          text: `• ${safeLine(item.statement, ITEM_CHARS.fact)} _(${item.sources.length} of ${total} sources: ${ids})_`,
        };
      });
    const single = comparison.singleSource.map(
      (item): Unit => ({
        kind: 'line',
        text: `• ${safeLine(item.statement, ITEM_CHARS.fact)} _(only ${escapeMrkdwn(item.source)})_`,
      }),
    );
    return [...shared, ...single];
  }
  return sheet.sources.flatMap((source) =>
    shownFacts(source).map((fact): Unit => {
      const where = total > 1 ? ` _(${source.id})_` : '';
      const flag = fact.match === 'altered' ? ' _(evidence worded differently in the source)_' : '';
      return { kind: 'line', text: `• ${safeLine(fact.statement, ITEM_CHARS.fact)}${where}${flag}` };
    }),
  );
}
