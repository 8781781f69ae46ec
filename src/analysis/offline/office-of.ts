// Which office a role names: "the president" is never the vice president.
/** Words that make a role another office: "the president" is not the vice president, "the mayor" not his deputy. */
const OTHER_OFFICE = new Set(['vice', 'deputy', 'assistant', 'under', 'lieutenant']);
/** Words after which an office is no longer the one the role holds. */
const LINKS = new Set(['of', 'to', 'for']);

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
    // "niece of Mayor", "daughter of former Vice President", "aide to the governor": someone else's office.
    if (LINKS.has(word)) return null;
    if (OTHER_OFFICE.has(word)) office += `${word} `;
  }
  return null;
}

/** A role as written before a name, its short titles spelt out: "Gov." → "governor", "Lt. Gov." → "lieutenant governor". */
export function spelledOut(role: string): string {
  return role.replace(SHORT_TITLE, (title) => SHORT_TITLES[title.replace('.', '').toLowerCase()] ?? title);
}

const SHORT_TITLES: Record<string, string> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  lt: 'lieutenant',
  adm: 'admiral',
};
// Not "Capt.", "Sgt." or "Col.": "the team captain", "a second sergeant" are as often someone else.
const SHORT_TITLE = /\b(?:Gov|Sen|Rep|Gen|Lt|Adm)\b\.?/gi;
