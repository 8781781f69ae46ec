// How a disagreement is marked and ordered wherever Slack shows one (sections, the table, the feedback menu),
// so every form reads alike.
import type { Disagreement, Severity } from '../../types.ts';

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Emoji names, without colons: the table's rich text takes the bare name, mrkdwn wraps it in colons. */
export const SEVERITY_EMOJI: Record<Severity, string> = {
  high: 'red_circle',
  medium: 'large_orange_circle',
  low: 'white_circle',
};

export const KIND_LABEL: Record<Disagreement['kind'], string> = {
  number: 'numbers',
  date: 'dates',
  name: 'names',
  title: 'titles',
  quote_wording: 'quote wording',
  attribution: 'who said it',
  characterisation: 'characterisation',
  other: 'other',
  shared_copy: 'shared copy',
};

/** Disagreements by severity, highest first; ties keep the comparison's order. */
export function bySeverity(disagreements: readonly Disagreement[]): Disagreement[] {
  return [...disagreements].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
