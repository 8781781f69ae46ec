// Which office a role names: "the president" is never the vice president.
/** Words that make a role another office: "the president" is not the vice president, "the mayor" not his deputy. */
const OTHER_OFFICE = new Set(['vice', 'deputy', 'assistant', 'under', 'lieutenant']);

/**
 * The office a role or a speaker phrase names with `head`, or null without it: "vice president" for "Vice
 * President" and "the vice president", "president" for "President" and "the president". "The president" is
 * then never the vice president, nor "the minister" the "Deputy Finance Minister".
 */
export function officeOf(words: string, head: string): string | null {
  const list = words.split(/\s+/);
  let office = '';
  for (let i = 0; i < list.length; i++) {
    const word = list[i] as string;
    if (word === head) return `${office}${head}`;
    if (OTHER_OFFICE.has(word)) office += `${word} `;
  }
  return null;
}
