// What "where they agree" shows for a figure sources give alike. Each source's figure comes with its whole
// sentence, and a sentence often says more than the figure agreed on: "nine ferries ran on Monday, against 30
// the week before" set beside another source's "30 ferries a week ago". Shown as agreed by both, it would tell
// the reader the second source gives the nine ferries too. So the sentence shown is one whose every figure
// each listed source gives; when no source's sentence is that narrow, the agreement is not shown.
import { readFigures } from './number-facts.ts';
import type { Sighting } from './number-sightings.ts';

/** The first of the group's sentences (the anchor's first) all of whose figures every member's text gives. */
export function agreedStatement(group: Sighting[]): string | null {
  const given = group.map((member) => new Set(readFigures(member.text).map((figure) => figure.value)));
  for (const member of group) {
    const cited = readFigures(member.statement).map((figure) => figure.value);
    if (cited.every((value) => given.every((values) => values.has(value)))) return member.statement;
  }
  return null;
}
