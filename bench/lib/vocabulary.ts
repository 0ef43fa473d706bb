/** Word lists for the generated benchmark corpus: real outlets, offices and cue verbs, many combinations. */
export interface Outlet {
  name: string;
  host: string;
  /** Dateline as the outlet writes it; {CITY} and {DATE} are filled in. */
  dateline: string;
}

export const OUTLETS: readonly Outlet[] = [
  { name: "Reuters", host: "www.reuters.com", dateline: "{CITY}, {DATE} (Reuters) - " },
  { name: "Associated Press", host: "apnews.com", dateline: "{CITY} (AP) — " },
  { name: "AFP", host: "www.afp.com", dateline: "{CITY} (AFP) - " },
  { name: "Sputnik International", host: "sputnikglobe.com", dateline: "{CITY} (Sputnik) — " },
  { name: "Xinhua", host: "english.news.cn", dateline: "{CITY}, {DATE} (Xinhua) -- " },
  { name: "UN News", host: "news.un.org", dateline: "" },
  { name: "Al Jazeera", host: "www.aljazeera.com", dateline: "" },
  { name: "BBC News", host: "www.bbc.co.uk", dateline: "" },
  { name: "The Guardian", host: "www.theguardian.com", dateline: "" },
  { name: "TASS", host: "tass.com", dateline: "{CITY}, {DATE}. /TASS/. " },
  { name: "Anadolu Agency", host: "www.aa.com.tr", dateline: "{CITY} " },
  { name: "Kyodo News", host: "english.kyodonews.net", dateline: "{CITY} - " },
  { name: "Deutsche Welle", host: "www.dw.com", dateline: "" },
  { name: "Hurriyet Daily News", host: "www.hurriyetdailynews.com", dateline: "{CITY} - " },
];

export interface Speaker {
  name: string;
  title: string;
  country: string;
}

export const SPEAKERS: readonly Speaker[] = [
  { name: "Sergei Lavrov", title: "Russian Foreign Minister", country: "Russia" },
  { name: "Vassily Nebenzia", title: "Russia's U.N. Ambassador", country: "Russia" },
  { name: "Vitaly Churkin", title: "Russian Ambassador to the United Nations", country: "Russia" },
  { name: "Dmitry Medvedev", title: "Russian President", country: "Russia" },
  { name: "Maria Zakharova", title: "Russian Foreign Ministry spokeswoman", country: "Russia" },
  { name: "Linda Thomas-Greenfield", title: "U.S. Ambassador to the United Nations", country: "the United States" },
  { name: "Antony Blinken", title: "U.S. Secretary of State", country: "the United States" },
  { name: "Hillary Clinton", title: "U.S. Secretary of State", country: "the United States" },
  { name: "Samantha Power", title: "U.S. Ambassador Samantha Power's deputy", country: "the United States" },
  { name: "Nikki Haley", title: "U.S. Ambassador", country: "the United States" },
  { name: "Robert Wood", title: "U.S. deputy ambassador", country: "the United States" },
  { name: "Wang Yi", title: "Chinese Foreign Minister", country: "China" },
  { name: "Zhang Jun", title: "China's U.N. Ambassador", country: "China" },
  { name: "Wang Guangya", title: "Chinese Ambassador", country: "China" },
  { name: "Zhao Lijian", title: "Chinese Foreign Ministry spokesperson", country: "China" },
  { name: "Barbara Woodward", title: "British Ambassador to the United Nations", country: "Britain" },
  { name: "William Hague", title: "British Foreign Secretary", country: "Britain" },
  { name: "Matthew Rycroft", title: "British Ambassador", country: "Britain" },
  { name: "Nicolas de Riviere", title: "French Ambassador", country: "France" },
  { name: "Laurent Fabius", title: "French Foreign Minister", country: "France" },
  { name: "Jean-Yves Le Drian", title: "French Foreign Minister", country: "France" },
  { name: "Antonio Guterres", title: "U.N. Secretary-General", country: "the United Nations" },
  { name: "Ban Ki-moon", title: "U.N. Secretary-General", country: "the United Nations" },
  { name: "Kofi Annan", title: "U.N.-Arab League envoy", country: "the United Nations" },
  { name: "Ahmet Davutoglu", title: "Turkish Foreign Minister", country: "Turkey" },
  { name: "Mevlut Cavusoglu", title: "Turkish Foreign Minister", country: "Turkey" },
  { name: "Javad Zarif", title: "Iranian Foreign Minister", country: "Iran" },
  { name: "Amar Bendjama", title: "Algeria's U.N. Ambassador", country: "Algeria" },
  { name: "Gilad Erdan", title: "Israel's U.N. Ambassador", country: "Israel" },
  { name: "Riyad Mansour", title: "Palestinian U.N. envoy", country: "Palestine" },
  { name: "Sergiy Kyslytsya", title: "Ukraine's U.N. Ambassador", country: "Ukraine" },
  { name: "Sacha Llorenti", title: "Bolivia's representative", country: "Bolivia" },
  { name: "Christoph Heusgen", title: "German Ambassador", country: "Germany" },
  { name: "Annalena Baerbock", title: "German Foreign Minister", country: "Germany" },
  { name: "Sergio Franca Danese", title: "Brazil's U.N. Ambassador", country: "Brazil" },
  { name: "Ruchira Kamboj", title: "India's Permanent Representative", country: "India" },
];

export const CUES = [
  "said", "told reporters", "told the council", "stressed", "warned", "insisted", "added", "noted", "declared",
  "argued", "said in a statement", "told a news conference", "wrote on social media", "said after the vote",
];

export interface Topic {
  name: string;
  city: string;
  subject: string;
}

export const TOPICS: readonly Topic[] = [
  { name: "Syria", city: "Damascus", subject: "the crackdown on protesters in Syria" },
  { name: "Ukraine", city: "Kyiv", subject: "the war in Ukraine" },
  { name: "Gaza", city: "Gaza", subject: "the fighting in Gaza" },
  { name: "Myanmar", city: "Yangon", subject: "political prisoners in Myanmar" },
  { name: "North Korea", city: "Pyongyang", subject: "North Korea's missile launches" },
  { name: "Mali", city: "Bamako", subject: "the sanctions regime on Mali" },
  { name: "Yemen", city: "Sanaa", subject: "the humanitarian crisis in Yemen" },
  { name: "Libya", city: "Tripoli", subject: "the protection of civilians in Libya" },
  { name: "Venezuela", city: "Caracas", subject: "the disputed election in Venezuela" },
  { name: "Iran", city: "Tehran", subject: "Iran's nuclear programme" },
  { name: "Sudan", city: "Khartoum", subject: "the violence in Darfur" },
  { name: "Bosnia", city: "Sarajevo", subject: "the peacekeeping mission in Bosnia" },
  { name: "Haiti", city: "Port-au-Prince", subject: "gang violence in Haiti" },
  { name: "Afghanistan", city: "Kabul", subject: "women's rights in Afghanistan" },
  { name: "Iraq", city: "Baghdad", subject: "the weapons inspections in Iraq" },
  { name: "Zimbabwe", city: "Harare", subject: "the election violence in Zimbabwe" },
  { name: "Crimea", city: "Simferopol", subject: "the referendum in Crimea" },
  { name: "Georgia", city: "Tbilisi", subject: "the observer mission in Georgia" },
];

export const VETOERS = ["Russia", "China", "the United States", "Britain", "France"];
export const CITIES = ["UNITED NATIONS", "MOSCOW", "WASHINGTON", "BEIJING", "GENEVA", "PARIS", "LONDON", "ANKARA", "NEW YORK", "MUNICH", "BRUSSELS", "VIENNA"];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
