/**
 * Word lists for the synthetic event files: real country codes, plausible (made-up)
 * officials, organisations, crisis topics and phrase templates. Short strings on
 * purpose: a million events must stay around 200 MB.
 */

/** ISO 3166-1 alpha-3 code and short name. The first five are the permanent members. */
export const COUNTRIES: readonly (readonly [string, string])[] = [
  ["USA", "United States"], ["RUS", "Russia"], ["CHN", "China"], ["GBR", "United Kingdom"], ["FRA", "France"],
  ["DEU", "Germany"], ["JPN", "Japan"], ["IND", "India"], ["BRA", "Brazil"], ["ZAF", "South Africa"],
  ["TUR", "Turkey"], ["IRN", "Iran"], ["ISR", "Israel"], ["SYR", "Syria"], ["UKR", "Ukraine"],
  ["EGY", "Egypt"], ["SAU", "Saudi Arabia"], ["QAT", "Qatar"], ["ARE", "United Arab Emirates"], ["JOR", "Jordan"],
  ["LBN", "Lebanon"], ["IRQ", "Iraq"], ["AFG", "Afghanistan"], ["PAK", "Pakistan"], ["PRK", "North Korea"],
  ["KOR", "South Korea"], ["VEN", "Venezuela"], ["MEX", "Mexico"], ["ARG", "Argentina"], ["CHL", "Chile"],
  ["NGA", "Nigeria"], ["ETH", "Ethiopia"], ["KEN", "Kenya"], ["SDN", "Sudan"], ["SSD", "South Sudan"],
  ["LBY", "Libya"], ["MLI", "Mali"], ["COD", "DR Congo"], ["RWA", "Rwanda"], ["SOM", "Somalia"],
  ["YEM", "Yemen"], ["MMR", "Myanmar"], ["IDN", "Indonesia"], ["AUS", "Australia"], ["CAN", "Canada"],
  ["ITA", "Italy"], ["ESP", "Spain"], ["POL", "Poland"], ["SWE", "Sweden"], ["NOR", "Norway"],
  ["NLD", "Netherlands"], ["BEL", "Belgium"], ["CHE", "Switzerland"], ["AUT", "Austria"], ["GRC", "Greece"],
  ["SRB", "Serbia"], ["BIH", "Bosnia"], ["GEO", "Georgia"], ["ARM", "Armenia"], ["AZE", "Azerbaijan"],
  ["BLR", "Belarus"], ["KAZ", "Kazakhstan"], ["VNM", "Vietnam"], ["PHL", "Philippines"], ["CUB", "Cuba"],
];

export const PERMANENT_MEMBERS = ["USA", "RUS", "CHN", "GBR", "FRA"] as const;

export const ORGANIZATIONS: readonly (readonly [string, string])[] = [
  ["un-security-council", "UN Security Council"], ["un-general-assembly", "UN General Assembly"],
  ["un-secretariat", "UN Secretariat"], ["unhcr", "UNHCR"], ["nato", "NATO"], ["eu", "European Union"],
  ["african-union", "African Union"], ["arab-league", "Arab League"], ["asean", "ASEAN"], ["osce", "OSCE"],
  ["icrc", "ICRC"], ["iaea", "IAEA"], ["opcw", "OPCW"], ["icc", "ICC"], ["wfp", "WFP"],
];

export const FIRST_NAMES = [
  "Anna", "Sergei", "Li", "James", "Marie", "Hans", "Yuki", "Ravi", "Lucas", "Thabo", "Emre", "Ali", "Dana",
  "Omar", "Olena", "Karim", "Fatima", "Noor", "Ahmad", "Min", "Carlos", "Sofia", "Ines", "Ade", "Abebe",
  "Grace", "Hassan", "Aung", "Siti", "Ella", "John", "Paolo", "Elena", "Piotr", "Lars", "Ingrid", "Jan",
];

export const LAST_NAMES = [
  "Ivanova", "Petrov", "Wang", "Smith", "Dubois", "Weber", "Sato", "Sharma", "Silva", "Mokoena", "Yilmaz",
  "Rahimi", "Levi", "Haddad", "Kovalenko", "Nasser", "Al-Thani", "Mansour", "Karzai", "Khan", "Kim", "Lopez",
  "Rossi", "Okafor", "Tesfaye", "Mwangi", "Osman", "Thein", "Santoso", "Brown", "Martin", "Novak", "Berg",
];

export const TITLES = ["President", "Foreign Minister", "UN Ambassador", "Prime Minister", "Spokesperson"];

/** Subjects of crises and vetoed drafts, a word or two each. */
export const TOPICS = [
  "Syria", "Ukraine", "Gaza", "Iraq", "Libya", "Yemen", "Sudan", "Darfur", "Myanmar", "Kosovo", "Georgia",
  "North Korea", "Iran", "Venezuela", "Mali", "Somalia", "Crimea", "Aleppo", "sanctions", "ceasefire",
  "chemical weapons", "aid access", "peacekeepers", "refugees", "nuclear test", "Golan", "Bosnia", "Haiti",
];

/** Quote and claim stems; the topic is appended. */
export const DIRECT_STEMS = [
  "We oppose action on", "No military fix in", "Restraint now in", "Time to act on", "We back talks on",
  "We reject pressure on", "A failure on",
];

export const REPORTED_STEMS = [
  "warned on", "urged talks on", "faulted the draft on", "backed action on", "demanded access in",
  "rejected claims on", "sought a truce in",
];

export const VETO_STEMS = ["vetoed a draft on", "threatened a veto on", "recalled the veto on"];

export const RELATIVE_DATE_TEXTS = ["yesterday", "on Friday", "earlier this week", "last month", "on Monday"];

export const SOURCES = ["Reuters", "AP", "AFP", "TASS", "Xinhua", "BBC", "Al Jazeera", "UN News"];
