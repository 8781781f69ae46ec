// Whether a capitalised run of two to four words is a person's name, and which given-name gender it carries,
// from compromise's lexicon of given names: our own list knows the names of our corpus, real copy has many
// more ("Maureen Maloney", "Newt Gingrich"). Asked once per distinct name, never over whole texts.
import nlp from 'compromise';

interface NameTags {
  person: boolean;
  gender: 'm' | 'f' | null;
}

const seen = new Map<string, NameTags>();

function tagsOf(name: string): NameTags {
  let tags = seen.get(name);
  if (tags === undefined) {
    const terms: { tags: string[] }[] = nlp(name)
      .terms()
      .json()
      .map((t: { terms: { tags: string[] }[] }) => ({ tags: t.terms[0]?.tags ?? [] }));
    const first = new Set(terms[0]?.tags ?? []);
    const all = terms.flatMap((t) => t.tags);
    const person =
      terms.length >= 2 && first.has('FirstName') && !all.includes('Place') && !all.includes('Organization');
    tags = {
      person,
      gender: first.has('MaleName') ? 'm' : first.has('FemaleName') ? 'f' : null,
    };
    if (seen.size > 10_000) seen.clear();
    seen.set(name, tags);
  }
  return tags;
}

/** "Maureen Maloney" yes; "Morning Consult", "New York City", "Homeland Security" no. */
export function isPersonName(name: string): boolean {
  return name.split(/\s+/).length <= 4 && tagsOf(name).person;
}

export function personNameGender(name: string): 'm' | 'f' | null {
  return tagsOf(name).gender;
}
