// "She said" on real layouts: the person it points back to is often named by surname alone, or by a given
// name no lexicon knows, and a sentence may hold a second person's clause between two quotes.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('pronoun speakers', () => {
  it('finds a speaker named only by surname, once that surname has spoken', () => {
    const result = analyse([
      '“The harbour needs a plan,” Lindqvist said at the opening of the debate.',
      'On Monday night, Lindqvist leaned in hard, painting the mayor as a spendthrift. She then pressed him on the budget.',
      '“Why won’t he publish the survey? I think there are two reasons,” she said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The harbour needs a plan, → Lindqvist',
      'Why won’t he publish the survey? I think there are two reasons, → Lindqvist',
    ]);
  });

  it('reads a family member with a rare given name as a person, so "she says" finds her', () => {
    const result = analyse([
      'Marco Vasquez, 43, was stopped by officers on Elm Street.',
      'Zaleyah Vasquez can be heard pleading with the officers from across the road.',
      '“Please do not hurt him,” she says.',
    ]);
    expect(directQuotes(result)).toEqual(['Please do not hurt him, → Zaleyah Vasquez']);
  });

  it('does not carry a speaker across another person’s clause in the same sentence', () => {
    const result = analyse([
      'Marisol Ortega watched the rally from her sofa with her husband, Kellan.',
      '“Is he winning?” she said, but Kellan was dozing, and as Mayor Dace went on about “the rigged count” and “the stolen seats,” Marisol said yes, over and over, until the speech ended.',
    ]);
    const quotes = directQuotes(result);
    expect(quotes).toContain('Is he winning? → Marisol Ortega');
    expect(quotes.filter((q) => q.startsWith('the rigged count'))).toEqual([]);
  });

  it('keeps a partial quote with its speaker when the other person sits in the speaker’s own clause', () => {
    const result = analyse([
      'Senator Hal Warner stressed that there “must be a witness” in the room to ensure that Mayor Ortega makes the vote a “priority.”',
    ]);
    expect(directQuotes(result)).toEqual(['must be a witness → Hal Warner', 'priority. → Hal Warner']);
  });

  it('keeps a company’s short name as the company, not a surname', () => {
    const result = analyse([
      'Fire crews spent the night at the Ostrand Polymers plant.',
      'Ostrand said it had “acted on every warning” from the union.',
    ]);
    expect(directQuotes(result)).toEqual(['acted on every warning → Ostrand Polymers']);
  });

  it('reads a name no lexicon knows as a person when an age stands in its role, so "he said" finds him', () => {
    const result = analyse([
      'At Korvin Hall, Jory Vantreck, the league’s 63-year-old chairman and treasurer, blamed poor bookkeeping.',
      '“It was waiting for a slump,” he said. “The slump sorted them out.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'It was waiting for a slump, → Jory Vantreck',
      'The slump sorted them out. → Jory Vantreck',
    ]);
  });

  it('reads "Adel" and "Jesse" as men’s names, which the general lexicon of given names reads as women’s', () => {
    const result = analyse([
      'Tomas Reyes, the mayor of Korvin, opened the fair on Monday.',
      'Inside the hall - which looks like a barn - Adel Brenner said he was pleased.',
      '“We have never had so many visitors,” he said.',
      'Jesse Brandt, a farmer from Tarsa, sold out by noon. “I should have brought twice as much,” he said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We have never had so many visitors, → Adel Brenner',
      'I should have brought twice as much, → Jesse Brandt',
    ]);
  });

  it('reads a name with a quoted nickname as one person, so "he said" after it finds him', () => {
    const result = analyse([
      'Tomas Brandt, a teacher, walked at the front.',
      'In Tarsa, a group marched in silence. Juan "Chico" Brennock of Korvin carried one of the photos. "I cried the whole way," he said.',
    ]);
    expect(directQuotes(result)).toEqual(['I cried the whole way, → Juan "Chico" Brennock']);
  });

  it('lets the article’s own pronouns tell the sex of a name given to both', () => {
    const result = analyse([
      'Not every scholar agrees. The Courier quoted Tomas Reyes, who teaches law in Tarsa, who said the levy is misread.',
      'Sen. Lindsey Vale told the chamber on Tuesday that he plans a bill to scrap the levy, a cause he has pushed for years. Few details are known, and he once argued that such a change needs a vote of the whole council.',
    ]);
    expect(indirectQuotes(result)).toContain(
      'once argued that such a change needs a vote of the whole council → Lindsey Vale',
    );
  });

  it('reads "Hilary" as a name given to both sexes: a "he" after the quote may be Hilary', () => {
    const result = analyse([
      'The guild spokesman Tomas Reyes said the vote was unanimous.',
      'Debate was closed, but the final text "asks every member to reject the levy," said Hilary Dorne, director of the guild office in Tarsa.',
      '"I hope it will make the council look at itself," he said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'asks every member to reject the levy, → Hilary Dorne',
      'I hope it will make the council look at itself, → Hilary Dorne',
    ]);
  });

  it('gives "he" to the owner of the letter a sentence opens with, not to a possessive inside the next one', () => {
    const result = analyse([
      'Mayor Tomas Reyes resigned on Friday.',
      'Mr. Reyes’s letter did not name any vote. Instead, it faulted Mr. Hallam’s handling of the harbour as ruinous for the town.',
      "He wrote that the town's strength lay in “keeping faith with the ferry crews,” and praised the guild.",
    ]);
    expect(directQuotes(result)).toEqual(['keeping faith with the ferry crews, → Tomas Reyes']);
  });

  it('gives a "she" opening a clause on "in which" to the woman named just before it', () => {
    const result = analyse([
      '“Hello, please spread this story far and wide,” Tarsaleaks wrote in a note to Mr. Brandt on May 9, 2019, which carried a passage from Mrs. Dorne in which she said her plan was to “quietly retire” Otto Hallam, the Tarsaleaks founder.',
    ]);
    expect(directQuotes(result)).toContain('quietly retire → Dorne');
  });

  it('gives "he said" to the person the sentence before shows speaking, not to the first one it names', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'This double claim that puzzled Judge Tomas Reyes also drew the scorn of Judge Otto Hallam who said he was torn by it. “If someone tells you how to use your judgment, you have no judgment,” he said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'If someone tells you how to use your judgment, you have no judgment, → Otto Hallam',
    ]);
  });

  it('reads "Jan" as a name given to both sexes: a "she said" after Gov. Jan Dorne is hers', () => {
    const result = analyse([
      'Gov. Jan Dorne vetoed the harbour levy on Wednesday night.',
      '“The levy answers no problem the town has,” she said.',
    ]);
    expect(directQuotes(result)).toEqual(['The levy answers no problem the town has, → Jan Dorne']);
  });

  it('reads "Lee" as a name given to both sexes: a "she said" after Professor Lee Varga is hers', () => {
    const result = analyse([
      'Judge Ada Brenner wrote the harbour ruling, by a tally of Lee Varga, a historian at Tarsa College.',
      'Over the year, the court leaned toward the ferry crews, Professor Varga said.',
      '“Brenner set the tone, but the junior judges won the close cases,” she said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Brenner set the tone, but the junior judges won the close cases, → Lee Varga',
    ]);
  });

  it('never gives "he" to a man named after an unnamed newcomer known by a role ("A lawyer for <X>")', () => {
    const result = analyse([
      'A mayor who ordered the raid that caught Otto Hallam and who hoped to leave a calm town will instead hand his successor a feud.',
      'Where he once boasted of breaking “the old guild,” on Tuesday he said it still posed “a real danger” to the harbour.',
      'A lawyer for Tomas Reyes said the fine had been paid. He added that “no one asked us twice.”',
    ]);
    expect(directQuotes(result)).toEqual([]);
    expect(indirectQuotes(result)).toContain('the fine had been paid → a lawyer for Tomas Reyes');
  });

  it('lets a "he" after "However," or after an opening clause with its own "he" go on with the subject before', () => {
    const result = analyse([
      'Tomas Reyes, who carried two counties, wants his rivals out of the race.',
      'Though he never named Otto Hallam or Piet Lind, he made it plain they should step aside for him as the one answer to Ada Brenner’s surge.',
      'He urged them to “think hard” about their futures.',
      'Jonas Berg spoke in Kessel on Tuesday. However, he held his fire on Karel Marsh, calling him “a decent man.”',
      'He said his talent for deals would keep the shipyards open.',
    ]);
    expect(directQuotes(result)).toContain('think hard → Tomas Reyes');
    expect(indirectQuotes(result)).toContain(
      'his talent for deals would keep the shipyards open → Jonas Berg',
    );
  });

  it('gives the "he" of "<name>, who he dubbed “…”" to the "he" that opens the sentence, not to the name', () => {
    const result = analyse([
      'Jonas Berg spoke in Kessel on Tuesday.',
      'But he could not resist a jab at Tomas Reyes, who he dubbed “the little mayor.”',
      'Later, he said the plan Reyes drew up was “a joke.”',
    ]);
    expect(directQuotes(result)).toEqual(['the little mayor. → Jonas Berg', 'a joke. → Jonas Berg']);
  });

  it('lets a man brought on after "However, he" take the next "he": a passive\'s agent, his own "who" clause', () => {
    const replaced = analyse([
      'Tomas Reyes ran the ferry board. However, he was replaced by Otto Hallam in May.',
      '“I inherited a mess,” he said.',
    ]);
    expect(directQuotes(replaced)).toEqual(['I inherited a mess, → Otto Hallam']);
    const conceded = analyse([
      'Tomas Reyes lost the count. However, he conceded to Otto Hallam, who promised to govern for every island.',
      '“Everyone counts,” he said.',
    ]);
    expect(directQuotes(conceded)).toEqual(['Everyone counts, → Otto Hallam']);
  });

  it('never gives "he said" to a name that only modifies "outlets" or "papers" before it', () => {
    const result = analyse([
      'Otto Hallam owns papers. Jonas Berg, whose agency made the ads, said its goal was a deal on carbon.',
      'The Hallam outlets have been in the way, he said, by selling a “false bubble of doubt” to voters.',
    ]);
    expect(directQuotes(result)).toEqual(['false bubble of doubt → Jonas Berg']);
  });

  it('keeps a "he" after an opening clause that names a man first with that man, never the one before', () => {
    const result = analyse([
      'Jonas Berg spoke in Kessel on Tuesday. When Otto Hallam arrived, he shook hands with the crowd.',
      'He said the shipyards would stay open.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the shipyards would stay open → Otto Hallam']);
  });

  it('gives "he" to the man an unnamed newcomer acts on: he is the one who speaks next', () => {
    const result = analyse([
      'A judge sentenced Tomas Reyes to five years on Monday. “I am innocent,” he said outside the court.',
      'A senior official said Otto Hallam would resign. “I will not,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['I am innocent, → Tomas Reyes', 'I will not, → Otto Hallam']);
  });

  it('gives "he" to the man an indefinite role names in apposition', () => {
    const result = analyse([
      'A Courier spokesman, Tomas Reyes, said on Monday that the presses had stopped.',
      'The hashtag #savethepress, he said, was “shared by half the town.”',
    ]);
    expect(directQuotes(result)).toEqual(['shared by half the town. → Tomas Reyes']);
  });

  it('leaves "she said" after an unnamed woman brought in unattributed, not given to a man of unknown gender', () => {
    const result = analyse([
      'Polls show Varga and Tomas Reyes in a tie.',
      'Reyes began the morning by kneeling, all but begging a woman who called herself undecided to back him. After he gave her a long answer on the levy, she said he had her vote.',
      'Reyes told the hall, “I will not be a man who flatters you.” Then he said, “The levy is a toll.”',
      'Otto Hallam spoke last. “There was once a man who sold the pier,” the crowd heard. “I will not sell it,” he said.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
    expect(directQuotes(result)).toEqual([
      'I will not be a man who flatters you. → Tomas Reyes',
      'The levy is a toll. → Tomas Reyes',
      'There was once a man who sold the pier, → Otto Hallam',
      'I will not sell it, → Otto Hallam',
    ]);
  });

  it('keeps "he said" with a man the sentence names, beside an unnamed man it describes', () => {
    const result = analyse([
      'Reyes described himself as a man who keeps his word. “We will win,” he said.',
      'Ada Brenner said one woman in the crowd had fainted. “It was hot,” she said.',
    ]);
    expect(directQuotes(result)).toEqual(['We will win, → Reyes', 'It was hot, → Ada Brenner']);
  });

  it('takes a name opened by an initial for a person, so "He added" goes on with him', () => {
    const result = analyse([
      'Governor Tomas Reyes released an ad on Monday.',
      'R. Bram Varga, who runs the ferry guild, said on Tuesday, “Governor Reyes is running to be mayor, not preacher.”',
      'He added, “Our town was built on liberty, and open service fits the vision of our founders.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'Governor Reyes is running to be mayor, not preacher. → R. Bram Varga',
      'Our town was built on liberty, and open service fits the vision of our founders. → R. Bram Varga',
    ]);
  });

  it('never takes "they" for a group named inside the quote it credits', () => {
    const result = analyse([
      'On Friday, Councillor Ada Brenner and Councillor Tomas Reyes wrote to the mayor.',
      '“Harbour officials have told us twice that the levy would be temporary,” they said.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('gives a verb joined in a subordinate clause to that clause’s subject, not the sentence’s', () => {
    const result = analyse([
      'Mayor Tomas Reyes was filmed seizing a student’s arm once the student walked up to him and asked if he backed the "harbour agenda."',
      'There were sharper words too, as when Brandt knocked Reyes on tolls and called him a "dreamer," a dig at his plans.',
      'Ada Brenner called the plan a “disgrace” after Ilse Brandt met the unions and blamed the deficit on “harbour greed.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'dreamer, → Ilse Brandt',
      'disgrace → Ada Brenner',
      'harbour greed. → Ilse Brandt',
    ]);
  });

  it('gives a verb joined in a reported "that" clause to its subject only when the verb acts on the reporter', () => {
    const result = analyse([
      'Councillor Ada Brenner faces a recall vote.',
      'She later confirmed that the harbour master Tomas Reyes called her and told her to "think hard about stepping aside," but did not insist.',
      'Ilse Brandt said that Reyes is a "careful steward" and said that the mayor was "out of his depth."',
      'Brandt contended that Reyes misled the board and accused Reyes of being "reckless."',
    ]);
    expect(directQuotes(result)).toEqual([
      'think hard about stepping aside, → Tomas Reyes',
      'careful steward → Ilse Brandt',
      'out of his depth. → Ilse Brandt',
      'reckless. → Ilse Brandt',
    ]);
  });

  it('gives a participle after an outlet’s report of what someone did to that person, unless it acts on her', () => {
    const result = analyse([
      'The Courier reports Ilse Brandt on Monday first laid out her view of the tolls, saying they were for towns to set and not for "judges."',
      'The Ledger reported Ada Brenner missed the vote, calling her "absent without leave."',
    ]);
    expect(directQuotes(result)).toEqual(['judges. → Ilse Brandt', 'absent without leave. → Ledger']);
  });

  it('gives a participle after a relative clause or a clause of time to that clause’s subject', () => {
    const result = analyse([
      'Tomas Reyes spoke first at the harbour forum.',
      'He raised Ada Brenner’s remarks at a dinner in May in which she then talked about renters, claiming she could "never win them over."',
      'Ilse Brandt seized on Councillor Otto Hallam’s budget speech, where he mocked the ferry crews, insisting they would "never run on time."',
      'Brenner spoke next, when Reyes supporters interrupted her, shouting "four more years!"',
    ]);
    expect(directQuotes(result)).toEqual([
      'never win them over. → Ada Brenner',
      'never run on time. → Otto Hallam',
      'four more years! → Reyes supporters',
    ]);
  });

  it('gives words after "who allege" to those who allege, and a report’s words to no one who cut them', () => {
    const result = analyse([
      'The Harbour Board on Tuesday posted the survey files on the quay collapse, answering opposition councillors who allege a "cover story."',
      'Auditors faulted Mayor Ada Brenner for cutting a line from the dredging report stating that the quay had seen "three earlier slips caused by bad piles."',
      'The Pilots Guild pushed back on a report claiming it had dropped its fight, but acknowledged "some give" on fees.',
      'The Harbour Board released the e-mails behind the talking points describing the quay collapse, in response to charges from councillors that there was a "whitewash."',
    ]);
    expect(directQuotes(result)).toEqual([
      'cover story. → opposition councillors',
      'some give → Pilots Guild',
    ]);
  });

  it('gives "he" after ", when" to the one man named before it, and to no one when two are', () => {
    const result = analyse([
      'Councillor Ada Brenner went back to City Hall on Friday, her first visit since a session with Mayor Tomas Reyes, when he said he would be "glad" to close the depot.',
      'Ilse Brandt and Otto Hallam met Reyes in May, when he called the levy "a disgrace."',
    ]);
    expect(directQuotes(result)).toEqual(['glad → Tomas Reyes']);
  });

  it('credits no one with a heading, a subject line or a slogan, but keeps words said on a subject', () => {
    const result = analyse([
      'The Harbour Courier confirmed Reyes mailed the board a notice on Friday under the heading "spring review."',
      'Ada Brenner wrote to the mayor in an e-mail with the subject line "well done!" after the vote.',
      'Otto Hallam wrote on that very subject, "The tolls will ruin the small crews."',
    ]);
    expect(directQuotes(result)).toEqual(['The tolls will ruin the small crews. → Otto Hallam']);
  });

  it('lets "Mr. Vale" be Lindsey Vale: a name common to both sexes blocks no match by title', () => {
    const result = analyse([
      'Sen. Lindsey Vale spoke to the harbour board on Monday.',
      '“We cannot let the ferries go,” Mr. Vale said.',
    ]);
    expect(directQuotes(result)).toEqual(['We cannot let the ferries go, → Lindsey Vale']);
  });

  it('does not give "he" to a man named in a dash aside of the sentence before', () => {
    const result = analyse([
      'Mayor Tomas Reyes spoke about the harbour on Friday.',
      'Perhaps because a long fight had helped him once — as it did Governor Paul Ostrander in the 1990s — Mr. Reyes went on at length.',
      '“We even talked about the tolls today,” he told reporters at the pier.',
    ]);
    expect(directQuotes(result)).toEqual(['We even talked about the tolls today, → Tomas Reyes']);
  });

  it('never takes a party’s members who spoke ("Republicans said") for a man a later "he" may mean', () => {
    const result = analyse([
      'Mayor Tomas Reyes spoke about the harbour on Friday.',
      'Republicans said the tolls were too high, and Mr. Reyes agreed with them.',
      '“We even talked about the tolls today,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['We even talked about the tolls today, → Tomas Reyes']);
  });

  it('never takes "they" for a group named inside an earlier quote that opens before the words read back', () => {
    const result = analyse([
      '"This is a grab for power by a desperate mayor, who has gone far outside the bounds of the harbour charter to get what he could not win at the ballot box," Councillor Ada Brenner and Councillor Tomas Reyes said in a statement. "The mayor plainly breaks the council’s power over the budget, which our Founders wrote into the charter."',
      'They vowed the council would "defend its powers in the chamber and in the courts, with every remedy it has."',
    ]);
    expect(directQuotes(result).filter((line) => line.startsWith('defend'))).toEqual([
      'defend its powers in the chamber and in the courts, with every remedy it has. → Ada Brenner and Tomas Reyes',
    ]);
  });

  it('goes on with "he said" and a clause, past a man the opening phrase names only as a modifier', () => {
    const result = analyse([
      'Councillor Paul Brenner leads the race for mayor, and Tomas Reyes is his running mate.',
      'In his interview with the Courier, Tomas Reyes also pressed Mayor Karl Brandt for what he called his “failure on the ferries.”',
      'Echoing the Brenner campaign line, he said Brandt’s borrowing is sinking the port – he also claimed the “harbour plan of 2010 has become the blame plan of 2012.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'failure on the ferries. → Tomas Reyes',
      'harbour plan of 2010 has become the blame plan of 2012. → Tomas Reyes',
    ]);
  });

  it('gives "they" to two people a quote just before credited together', () => {
    const result = analyse([
      '“The mayor has gone far outside the charter,” Councillor Ada Brenner and Councillor Tomas Reyes said in a statement.',
      'They vowed the council would “defend its powers in the chamber and in the courts.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The mayor has gone far outside the charter, → Ada Brenner and Tomas Reyes',
      'defend its powers in the chamber and in the courts. → Ada Brenner and Tomas Reyes',
    ]);
  });

  it('goes on with someone’s attorney for "He added", not with the last man named before', () => {
    const result = analyse([
      '“The harbour board has betrayed the crews,” Councillor Tomas Reyes said in a statement.',
      'Brandt’s attorney, meanwhile, attacked the board on Monday, saying it had “overruled its own inspectors.”',
      'He added, “No inquiry ever found a single fault in her work.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The harbour board has betrayed the crews, → Tomas Reyes',
      'overruled its own inspectors. → Brandt’s attorney',
      'No inquiry ever found a single fault in her work. → Brandt’s attorney',
    ]);
  });

  it('gives "They said" opening a sentence to the group the sentence before opens with, or names as its source', () => {
    const result = analyse([
      'Liberal councillors attacked the plan as a scheme designed to help Republicans win the harbour seats.',
      'They said the ferry levy and the toll would hurt dock workers in Tarsa.',
      'Protesters waited by Mr. Vasko’s door all morning and demanded that he resign.',
      'They argued he was too close to the toll company to be fair.',
      'The mayor shouted at the crews last spring, according to harbour insiders.',
      'They said he called the pilots lazy and the board useless.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry levy and the toll would hurt dock workers in Tarsa → Liberal councillors',
      'he was too close to the toll company to be fair → Protesters',
      'The mayor shouted at the crews last spring → harbour insiders',
      'he called the pilots lazy and the board useless → insiders',
    ]);
  });

  it('never gives "They said" to what two named people are, nor to those they met or wrote to', () => {
    const result = analyse([
      'Board chair Dana Whitcombe and treasurer Luis Ortega, both Democrats, met with reporters about the levy.',
      'They said they would move quickly to “revisit” its wording.',
      'Ilse Maren wrote to harbour pilots on Monday about the toll.',
      'They said the toll would fall in May.',
    ]);
    expect(result.quotes.map((quote) => quote.speaker)).not.toContain('Democrats');
    expect(result.quotes.map((quote) => quote.speaker)).not.toContain('reporters');
    expect(result.quotes.map((quote) => quote.speaker)).not.toContain('harbour pilots');
  });

  it('gives a medial "they said" to the group before the report, never to one named inside it', () => {
    const result = analyse([
      'Close advisers to Governor Lind rejected that account on Monday.',
      'The chairman had named Mr. Okafor and other county commissioners who want him out, they said, but the governor steered the talks back to the budget.',
      'Though pilots who know Ada Brenner say they trust her, they also say she keeps her views to herself.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The chairman had named Mr. Okafor and other county commissioners who want him out … but the governor steered the talks back to the budget → Close advisers',
      'they trust her → pilots who know Ada Brenner',
      'she keeps her views to herself → pilots',
    ]);
  });

  it('does not give "he" to a man listed as an example ("naming A, B and C, although he insisted")', () => {
    const result = analyse([
      'Mayor Tomas Reyes spoke to reporters at the pier on Friday.',
      'Mr. Reyes’s wish for praise from the radio hosts showed when he identified several hosts as backers, naming Ada Brenner, Ilse Maren and Karl Vasko, although he stressed that “the hosts never set the tolls.”',
    ]);
    expect(directQuotes(result)).toEqual(['the hosts never set the tolls. → Tomas Reyes']);
  });
});

describe('a name that is a whole question', () => {
  it('is the interviewer’s prompt: the answer after it is the interviewee’s', () => {
    const result = analyse([
      'Maria Lund sat for a long interview on Sunday. Asked to rate her rivals, she gave a word for each. Councillor Brandt? “Tired,” she said. Mayor Olsen? “Steady,” she said.',
    ]);
    expect(directQuotes(result)).toEqual(['Tired, → Maria Lund', 'Steady, → Maria Lund']);
  });
});

describe('a name after "a" or "an"', () => {
  it('stands for a kind of person, and is never the one "he said" points back to', () => {
    const result = analyse([
      '“I am appalled by the arrest,” Otto Brandt, a former prosecutor, told the Gazette.',
      'He added: “Those tactics are kept for mob bosses and smugglers.',
      'Not for a Tomas Reyes.”',
      '“Make no mistake,” he said.',
    ]);
    expect(directQuotes(result).at(-1)).toBe('Make no mistake, → Otto Brandt');
  });
});

describe('a name with its party tag and its verb of saying', () => {
  it('is the one shown speaking, ahead of a name before it that is only an object', () => {
    const result = analyse([
      'Members of the guild began stepping up their calls for Tomas Reyes and others to hold out on Sunday night, when Council Leader Otto Brandt, R-Ky., suggested a deal had been reached.',
      '“When the strike ends, the talks will resume,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['When the strike ends, the talks will resume, → Otto Brandt']);
  });
});

describe('a sentence opened by a time with a clause of its own', () => {
  it('has its subject after that clause: "he wrote" goes on with it, not with the name inside the clause', () => {
    const result = analyse([
      'On Friday, the day that Mr. Reyes stood on the courthouse steps and pledged his loyalty to the mayor, Mayor Otto Brandt attacked the inquiry that had sent agents to his friend’s house.',
      '“The worst scandal our port has ever seen!” he wrote on Twitter.',
    ]);
    expect(directQuotes(result)).toEqual(['The worst scandal our port has ever seen! → Otto Brandt']);
  });
});

describe('a son named with his suffix', () => {
  it('never takes "Mr. X" from the person the story already calls by that surname', () => {
    const result = analyse([
      'President Vance defended the harbour plan on Monday.',
      'George Vance Jr. exchanged messages with the guild last year.',
      'Mr. Vance said the plan would “save the port.”',
    ]);
    expect(result.quotes.map((quote) => `${quote.speaker} (${quote.role})`)).toEqual(['Vance (President)']);
  });
});

describe('a sentence whose subject is a role set off by a comma', () => {
  it('keeps a later "He has said" from the only name inside its clauses', () => {
    const result = analyse([
      'Rep. Tomas Reyes will run against Rep. Otto Brandt for the chair. The Lestrian congressman, like several colleagues, has argued that the council ought to wait because President Karl Vasko must act first.',
      'He has said he would oppose any version of the levy and would rather take it up piece by piece.',
    ]);
    expect(indirectQuotes(result).map((line) => line.split(' → ')[1])).not.toContain('Karl Vasko');
  });
});
