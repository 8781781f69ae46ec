// Words that carry a question's meaning, in a form that matches across inflections and number styles:
// "firefighters" finds "firefighter", "7,326" finds "7326", and "who", "the", "say" match nothing.

/** Question words, function words and verbs of asking: every sentence would match them. */
const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
  once only or other our ours out over own same she should so some such than that the their theirs them then
  there these they this those through to too under until up very was we were what when where which while who
  whom why will with would you your yours first give gave given say says said tell told report reports reported
  source sources outlet outlets article articles story according mention mentions mentioned quote quotes quoted
  directly`.split(/\s+/),
);

export function questionTerms(question: string): string[] {
  return words(question)
    .filter((word) => !STOPWORDS.has(word))
    .map(stem);
}

export function sentenceTerms(sentence: string): string[] {
  return words(sentence).map(stem);
}

/** Lower-cased words and numbers; thousands separators dropped so figures compare as written differently. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
      .replace(/[’‘`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  ).map((word) => word.replace(/'s$/, ''));
}

/** A light suffix strip, enough for plurals and simple verb forms in English news copy. */
function stem(word: string): string {
  if (/^\d/.test(word) || word.length <= 4) return word;
  for (const suffix of ['ings', 'ing', 'ies', 'es', 'ed', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' ? `${base}y` : base;
    }
  }
  return word;
}
