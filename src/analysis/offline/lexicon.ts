// Word lists the offline rules lean on. Kept in one place so a rule change is a reviewable diff of data,
// and so `promptVersion` bumps have one obvious trigger.

/** A whitespace-separated word list: compact to read, easy to diff. */
function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Verbs that introduce speech, as news English writes them. Lower-case; matched case-insensitively. */
export const CUE_VERBS = new Set(
  words(`said says say told tells stated states added adds insisted insists urged urges warned warns wrote
writes declared announced explained noted argued claimed asked replied responded stressed confirmed
acknowledged admitted recalled described called vowed promised pledged suggested remarked conceded
complained reiterated predicted cautioned maintained countered testified tweeted blogged posted continued
concluded emphasised emphasized agreed accused alleged estimated reported saying adding telling
warning insisting urging demanded yelled yells shouted shouts exclaimed quipped joked scoffed snapped
boasted bragged laughed pleaded retorted interjected observed opined recounted contended asserted charged
lamented screamed cried condemned denounced dubbed labeled labelled branded praised slammed blasted
mocked derided hailed deemed asks demands tweets shouting chanted reports notes explains claims argues
writes recalls responds replies insists continues concludes suggests warns lauded likened touted reads
declares decried criticized criticised attacked dismissed ridiculed accuses quoted alleges recounts recounted
blamed railed referred warn suggest insist argue agree maintain claim note contend contends calling commented allege alleging
exhorted proclaimed proclaiming branding labeling labelling describing dubbing accusing characterized
characterised characterizing characterising hailing tweeting posting writing promising vowing pledging sings sang
singing compared comparing asking claiming suggesting noting explaining declaring announcing stating
boasting admitting acknowledging conceding encouraging asserting demurred boomed quip quipping riffed mused marveled
marvelled gushed griped fumed vows pledges summarized summarised`),
);

/** Verbs of saying whose listener comes before the clause: "told reporters", "warning voters that …". */
export const TAKES_OBJECT = new Set(
  words('wrote emailed advised notified told tells telling warned warns warning assured reminded informed'),
);

/** Cues that can introduce a reported clause without quote marks ("X said the truce would hold"). */
export const INDIRECT_CUES = new Set(
  words(`said says say told tells stated added insisted insists warned warns argued claimed announced confirmed
noted explained estimated predicted acknowledged admitted saying adding notes reported reports suggested
suggests agreed agrees argues wrote writes emphasized emphasised stressed responded replied contended asserted
cautioned promised vowed pledged conceded maintained reiterated complained testified denied denies acknowledge
acknowledges claiming arguing suggesting promising noting warning insisting recalled recalls warn suggest insist
argue agree maintain claim note maintains contend contends claims estimates estimate asserts cautions stresses
emphasizes emphasises stressing emphasizing emphasising confirming announcing acknowledging explaining pointed
points pointing vows vowing pledging pledges stating`),
);

/** Verbs that report only before "that" (that-clause-cue.ts): they take a thing as often as a clause. */
export const THAT_CLAUSE_CUES = new Set(
  words(`declared declares declaring alleged alleges alleging telling tweeted blogged adds predicts predicting responds admits
  admitting concedes conceding confirms explains replies reiterates reiterating complains complaining testifies`),
);

/** Every verb the reported-speech rules look for: the verbs of speech and the reporting-only forms. */
export const REPORT_CUES = new Set([...CUE_VERBS, ...INDIRECT_CUES]);
/**
 * The verbs whose reports are read (report-speaker.ts speakerBefore), those before "that" only among them; every
 * other rule asks REPORT_CUES, where "admits the error" and "confirms judges" stay no verbs of saying.
 */
export const READ_CUES = new Set([...REPORT_CUES, ...THAT_CLAUSE_CUES]);

/**
 * "pointed out that …": verbs that report only with their particle. A Map: indexing an object with a word the
 * text made looks the word up in the engine's string table first, at every cue the rules read.
 */
export const PARTICLE_CUES: ReadonlyMap<string, string> = new Map([
  ['pointed', 'out'],
  ['points', 'out'],
  ['pointing', 'out'],
]);

/** Nouns of a stretch of time: "the day he said …" and "done last week" name a time, no object or thing said. */
export const TIME_NOUNS = new Set(
  'day night morning afternoon evening week weekend month year time moment hour season spring summer fall winter'.split(
    ' ',
  ),
);

/** Forms of "be" before a participle: "was asked", "were described as" are passives. */
export const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** Finite auxiliaries and modals: a clause's verb, early in it ("the pier would close", "replacing her is hard"). */
export const FINITE_AUXILIARIES = new Set(
  words('would will could can may might must should shall is are was were has have had does did'),
);

export const AUXILIARIES = new Set(
  words(`has have had also later earlier then previously repeatedly again separately publicly privately
recently once further still was is would will reportedly simply only quickly swiftly quietly bluntly flatly
angrily forcefully tearfully sharply openly frequently often never even`),
);

/** Titles written before a name. Capitalised in the text; stored lower-case. */
export const TITLE_WORDS = new Set(
  words(`mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister deputy secretary
governor gov justice judge chief officer director chairman chairwoman chair mayor councillor senator sen
rep representative del delegate detective superintendent inspector sergeant sgt constable general gen colonel col
captain capt lieutenant lt major commander commissioner ambassador spokesman spokeswoman king queen
prince princess pope bishop archbishop rabbi imam sheikh rev father chancellor speaker attorney
executive counsel economist mediator leader whip admiral adm marshal brigadier corporal cpl sheriff chaplain
cardinal congressman congresswoman assemblyman assemblywoman alderman trooper pastor reverend`),
);

/**
 * Words that end a title and never start a person's name: a body ("Speaker of the House") or a company's second
 * word after "General" ("General Electric", "General Dynamics"), which read as a general named Electric.
 */
export const TITLE_TAILS = new Set(
  words('house senate congress assembly parliament council court electric dynamics'),
);

/** Nouns that name a job or a relation: the head of a role ("Kremlin spokesman", "her father"). */
export const ROLE_NOUNS = new Set([
  ...TITLE_WORDS,
  ...words(`spokesperson official officials head founder manager coach captain member adviser advisor envoy negotiator
lawyer analyst analysts forecaster forecasters meteorologist operator researcher scientist doctor nurse resident
residents witness witnesses worker workers supervisor lawmaker legislator prosecutor prosecutors editor correspondent
activist campaigner organiser coordinator owner partner student teacher mother son daughter brother sister husband wife
widow grandmother grandfather farmer fisherman driver survivor relative colleague friend neighbour neighbor expert
engineer critics critic source sources observers diplomat diplomats mp mps aide staffer ally surrogate insider investor
supporter surgeon neurosurgeon pollster consultant donor person treasurer congressman congresswoman speechwriter boss
associate operative commentator confidant councilman councilwoman councilmember alderwoman selectman trustee voter
protester demonstrator paramedic medic auditor lecturer defendant plaintiff juror jurors shopkeeper baker deckhand
miner volunteer volunteers homeowner homeowners patient patients victim victims lobbyist strategists`),
]);

/** Head nouns of bodies that speak: "the ministry said", "police said". */
export const BODY_NOUNS = new Set(
  words(`ministry department office government bank court police army military service agency authority guild
authorities council committee commission union company firm group board party parliament kremlin
coastguard hospital university institute foundation association federation organisation organization
centre center treasury cabinet administration regulator embassy crescent cross securities operator
statement campaign movement front forces network society league alliance coalition caucus bureau college
school academy newspaper magazine outlet command airline carrier club chapter branch affiliate division`),
);

/** Nouns that may follow "according to" without being a speaker: documents and data, not people. */
export const NON_SPEAKER_SOURCES = new Set(
  words(`documents document copy agreement figures data records report reports survey poll estimates study
research filings filing records statistics map images footage tally count`),
);

/** Last words of news outlets' names: "told the Courier" names the publication, never a speaker. */
export const MEDIA_HEADS = new Set(
  words(`news wire times post daily review press courier echo chronicle weekly media herald gazette tribune
ledger journal observer telegraph guardian standard record dispatch bulletin`),
);

/** Last words of organisation names: "Brennock Polymers", "Allied Workers Union", "Bank of Norland". */
export const ORG_HEADS = new Set([
  ...BODY_NOUNS,
  ...words(`resources polymers plastics holdings industries inc ltd corp
corporation co plc llc energy motors airlines chamber news wire times post daily review press courier echo
chronicle weekly securities ministry nations hospitality hotels foods pharmaceuticals technologies systems
partners capital logistics media mining minerals steel chemicals airways railways telecom properties
construction insurance lines shipping ferries directorate`),
]);

/** Last words of place names: "Dray Valley", "Tarsa Crossing", "Moss Lane". */
export const PLACE_HEADS = new Set(
  words(`crossing valley river street road estate lane hall square bridge harbour coast
sea island islands bay hills mountains district province region county city town village airport station`),
);

/** The two words that join clauses or names of one kind: "Reyes and Brandt", "…, but has said". */
export const AND_BUT = new Set(['and', 'but']);
/** Words that join a second clause after a comma: "…, but crime rose", "…, while imports fell". */
export const CLAUSE_JOINERS = new Set(['and', 'but', 'yet', 'while']);

/** Capitalised words that start sentences or headings but are never part of a name. */
export const NOT_NAME_WORDS = new Set(
  words(`the a an this that these those it its he she they we i you his her their our my
your in on at under among after before during since until as if when while where but and or so yet for of
to from by with without about asked writing speaking according last next some many most several one two
three four five six seven eight nine ten both each every all any no not also however meanwhile earlier later
today tonight yesterday tomorrow there here what who how why despite though although because unless whereas
amid against following including unlike`),
);

/** Sentence-opening adverbs dropped from a name's start ("Even Vance said …"); not names' words ("Just", "Soon"). */
export const OPENING_ADVERBS = new Set(words('even only then perhaps indeed instead thus hence'));

export const MONTHS = words(
  `january february march april may june july august september october november december`,
);

export const WEEKDAYS = new Set(words(`monday tuesday wednesday thursday friday saturday sunday`));

/** Month abbreviations as copy writes them before a date: "around Dec. 1". */
export const MONTH_ABBREVIATIONS = words(`jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Third-person pronouns a speaker may be written as. */
export const PRONOUNS: Record<string, 'm' | 'f' | 'plural' | 'thing'> = {
  he: 'm',
  she: 'f',
  they: 'plural',
  it: 'thing',
};

/**
 * `word in PRONOUNS`, answered by a Set: the `in` test on a word the text made looked it up in the engine's
 * string table first, a cost on every noun phrase. `in` also finds what every object inherits
 * ("constructor"), so those names are in the Set too: the answers stay the same.
 */
const PRONOUN_KEYS = new Set([...Object.keys(PRONOUNS), ...Object.getOwnPropertyNames(Object.prototype)]);

export function inPronouns(word: string): boolean {
  return PRONOUN_KEYS.has(word);
}

/** Role words that tell a person's gender, for "he"/"she" resolution. */
export const GENDERED_ROLES: Record<string, 'm' | 'f'> = {
  mr: 'm',
  sir: 'm',
  lord: 'm',
  king: 'm',
  prince: 'm',
  spokesman: 'm',
  chairman: 'm',
  father: 'm',
  son: 'm',
  brother: 'm',
  husband: 'm',
  grandfather: 'm',
  uncle: 'm',
  fisherman: 'm',
  businessman: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  dame: 'f',
  lady: 'f',
  queen: 'f',
  princess: 'f',
  spokeswoman: 'f',
  chairwoman: 'f',
  mother: 'f',
  daughter: 'f',
  sister: 'f',
  wife: 'f',
  widow: 'f',
  grandmother: 'f',
  aunt: 'f',
  businesswoman: 'f',
};

/**
 * Prepositions of place: a name right after one is where the speakers are, not who speaks ("officials in
 * Korvin said"). Not "from" ("a letter from Reyes said" names Reyes) nor "at" ("analysts at Halvard").
 */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'near',
  'across',
  'outside',
  'inside',
  'around',
  'throughout',
]);

/** Verbs of saying that also take a plain object ("maintains a program", "claimed the seat", "denied bail"). */
export const TAKES_A_THING = new Set(
  'maintain maintains maintained claim claims claimed deny denies denied explain explains explained add adds added'.split(
    ' ',
  ),
);

/** "Asked about …," "Reached for comment,": the words before the credit are how the speaker was sought. */
export const QUESTION_OPENERS = new Set([
  'asked',
  'pressed',
  'questioned',
  'quizzed',
  'reached',
  'contacted',
  'approached',
]);

/** Words for a party's members: the last word of a description ("Ohio Republican"), never of a name. */
export const PARTY_MEMBERS = new Set([
  'republican',
  'republicans',
  'democrat',
  'democrats',
  'libertarian',
  'independent',
]);

/**
 * Participles that say how a group was asked: "voters interviewed at the rally said", "residents reached by
 * phone said". After their noun they describe it; they are no verb of the phrase and not its head.
 */
export const ASKED_PARTICIPLES = new Set([
  'interviewed',
  'surveyed',
  'polled',
  'questioned',
  'reached',
  'contacted',
]);
