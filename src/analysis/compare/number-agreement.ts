// What "where they agree" shows for a figure sources give alike. Each source's figure comes with its whole
// sentence, and a sentence often says more than the figure agreed on: "nine ferries ran on Monday, against 30
// the week before" set beside another source's "30 ferries a week ago". Shown as agreed by both, it would tell
// the reader the second source gives the nine ferries too. So the sentence shown is one whose every figure
// each listed source gives, and whose every name each gives too ("Last week Brenner chose Reyes …, though the guild
// won just six seats" is no sentence a source that never names Reyes agrees with); when no source's sentence
// is that narrow, the agreement is not shown.
import { readFigures } from './number-facts.ts';
import type { Sighting } from './number-sightings.ts';

/** The first of the group's sentences (the anchor's first) all of whose figures every member's text gives. */
export function agreedStatement(group: Sighting[]): string | null {
  const given = group.map((member) => new Set(readFigures(member.text).map((figure) => figure.value)));
  for (const member of group) {
    const cited = readFigures(member.statement).map((figure) => figure.value);
    if (
      cited.every((value) => given.every((values) => values.has(value))) &&
      group.every(
        (other) => other === member || namesIn(member.statement).every((name) => other.text.includes(name)),
      )
    )
      return member.statement;
  }
  return null;
}

/** The capitalised words of a statement past its first: the people, places and bodies it names. */
function namesIn(statement: string): string[] {
  return [...statement.matchAll(/(?<=\s)\p{Lu}[\p{L}’'-]*\p{L}/gu)].map((match) => match[0]);
}
