// The US states and the abbreviations news copy writes them in, for the rules that read a state: an epithet
// ("the Arizona Republican", state-epithet.ts) and a state's dot before a title ("Ariz. Gov.", abbreviation-dot.ts).

/** US states, with the abbreviations news copy writes them in (AP style and postal). */
export const STATES: Record<string, readonly string[]> = {
  alabama: ['Ala', 'AL'],
  alaska: ['Alaska', 'AK'],
  arizona: ['Ariz', 'AZ'],
  arkansas: ['Ark', 'AR'],
  california: ['Calif', 'CA'],
  colorado: ['Colo', 'CO'],
  connecticut: ['Conn', 'CT'],
  delaware: ['Del', 'DE'],
  florida: ['Fla', 'FL'],
  georgia: ['Ga', 'GA'],
  hawaii: ['Hawaii', 'HI'],
  idaho: ['Idaho', 'ID'],
  illinois: ['Ill', 'IL'],
  indiana: ['Ind', 'IN'],
  iowa: ['Iowa', 'IA'],
  kansas: ['Kan', 'Kans', 'KS'],
  kentucky: ['Ky', 'KY'],
  louisiana: ['La', 'LA'],
  maine: ['Maine', 'ME'],
  maryland: ['Md', 'MD'],
  massachusetts: ['Mass', 'MA'],
  michigan: ['Mich', 'MI'],
  minnesota: ['Minn', 'MN'],
  mississippi: ['Miss', 'MS'],
  missouri: ['Mo', 'MO'],
  montana: ['Mont', 'MT'],
  nebraska: ['Neb', 'Nebr', 'NE'],
  nevada: ['Nev', 'NV'],
  'new hampshire': ['N.H', 'NH'],
  'new jersey': ['N.J', 'NJ'],
  'new mexico': ['N.M', 'NM'],
  'new york': ['N.Y', 'NY'],
  'north carolina': ['N.C', 'NC'],
  'north dakota': ['N.D', 'ND'],
  ohio: ['Ohio', 'OH'],
  oklahoma: ['Okla', 'OK'],
  oregon: ['Ore', 'Oreg', 'OR'],
  pennsylvania: ['Pa', 'Penn', 'PA'],
  'rhode island': ['R.I', 'RI'],
  'south carolina': ['S.C', 'SC'],
  'south dakota': ['S.D', 'SD'],
  tennessee: ['Tenn', 'TN'],
  texas: ['Texas', 'Tex', 'TX'],
  utah: ['Utah', 'UT'],
  vermont: ['Vt', 'VT'],
  virginia: ['Va', 'VA'],
  washington: ['Wash', 'WA'],
  'west virginia': ['W.Va', 'WV'],
  wisconsin: ['Wis', 'Wisc', 'WI'],
  wyoming: ['Wyo', 'WY'],
};

/** The AP-style abbreviations, lower case and without their last dot: "ariz", "n.y", "w.va". */
export const AP_ABBREVIATIONS: ReadonlySet<string> = new Set(
  Object.entries(STATES).flatMap(([state, forms]) =>
    forms
      .filter((form) => form !== form.toUpperCase() || form.includes('.'))
      .map((form) => form.toLowerCase())
      .filter((form) => form !== state),
  ),
);
