/**
 * Word classes of the speaker phrase grammar. A speaker phrase is a name with its
 * titles ("Russian Foreign Minister Sergei Lavrov"), a body ("the Kremlin press
 * service"), a pronoun, or a definite description ("the ambassador").
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Lower-case words that may stand inside a speaker phrase around names. */
export const TITLE_WORDS = words(`
  the a an his her its their of for to at in
  foreign minister ministry deputy prime president vice ambassador envoy representative permanent
  spokesman spokeswoman spokesperson secretary general state affairs defense defence interior
  press service office agency news chief head leader senior top counterpart negotiator adviser
  advisor national security former acting special new government administration department
  council assembly mission delegation embassy commissioner high coordinator humanitarian human
  rights chairman chairwoman chair director undersecretary under-secretary assistant first
  presidential army military commander staff premier chancellor king queen prince crown
  media television tv radio newspaper daily channel broadcaster website authorities leadership
  cabinet parliament speaker united nations affairs relations external outgoing incoming
  interim caretaker supreme spiritual opposition party bloc alliance union federal
  `);

/** Heads that name a body's voice: with a body before them, the body speaks. */
export const BODY_VOICE_NOUNS = words(`
  service office ministry government administration embassy mission delegation presidency
  authorities leadership cabinet spokesman spokeswoman spokesperson council secretariat
  `);

/** Heads of a phrase that passes on what someone else said. */
export const RELAY_NOUNS = words(`agency media television tv newspaper daily radio broadcaster channel website service office`);

/** Heads that a definite description may use to point back to an actor ("the ambassador"). */
export const ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson ambassador envoy minister president premier chancellor
  secretary representative negotiator ministry office service agency government administration
  presidency embassy mission delegation leader chief head king queen prince commissioner
  coordinator chairman chairwoman chair director
  `);

/** Unnamed groups: what they say has no actor to hang on. */
export const ANONYMOUS_NOUNS = words(`
  officials official diplomats diplomat sources source members analysts experts observers critics
  witnesses residents activists people lawmakers delegates officers spokespeople others some many
  `);

/** Quantities and parts: "one of", "members of", "most of" the body are not the body. */
export const GROUP_NOUNS = words(`members member one some many most all several part majority group countries states nations`);

/** Titles that tell a person's gender (possessives do not: "Davutoglu and his counterpart Lavrov"). */
export const FEMALE_WORDS = words(`spokeswoman chairwoman queen princess ms ms. mrs mrs. madam madame congresswoman dame lady`);
export const MALE_WORDS = words(`spokesman chairman king prince mr mr. sir lord`);

/** Words that separate a subject from its verb without ending the subject phrase. */
export const VERB_ADJUNCTS = words(`
  also earlier later again then further previously repeatedly recently reportedly once still already
  separately publicly similarly officially jointly meanwhile immediately quickly swiftly firmly
  alone together both
  has have had was were is are did does do would will had also just
  `);

export const NEGATIONS = words(`not never n't no`);

/** Words that open an embedded clause: a cue after them is not the sentence's own. */
export const CLAUSE_OPENERS = words(`that which who whom whose if whether`);
