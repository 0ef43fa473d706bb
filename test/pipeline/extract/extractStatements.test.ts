import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/pipeline/extract/extractEvents";
import type { DraftEvent } from "../../../src/pipeline/types";
import { analyse } from "./analyse";

function statements(text: string, published: string | null = "2012-02-08"): DraftEvent[] {
  const { article, segmentation, recognition } = analyse(text, published);
  return extractEvents(article, segmentation, recognition, []).events.filter((e) => e.type === "statement");
}

const speakers = (e: DraftEvent | undefined) => e?.actors.filter((a) => a.role === "speaker").map((a) => a.id);

describe("direct quotes", () => {
  it("attributes a quote to the subject after it, with evidence offsets into the text", () => {
    const text = "Intro line.\n\n“That resolution would not have been conducive to peace,” Medvedev was quoted as saying.";
    const [s] = statements(text);
    expect(s).toMatchObject({ subtype: "direct", text: "That resolution would not have been conducive to peace" });
    expect(speakers(s)).toEqual(["dmitry-medvedev"]);
    const evidence = s!.evidence[0]!;
    expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    expect(evidence.sentence).toContain("was quoted as saying");
  });

  it("reads inverted attributions and straight quotes", () => {
    const [s] = statements('"We will not allow this," said Vassily Nebenzia.');
    expect(speakers(s)).toEqual(["vassily-nebenzia"]);
    expect(s?.text).toBe("We will not allow this");
  });

  it("takes a quotation over several sentences, attributed in the last one, as one statement", () => {
    const [s, ...rest] = statements(
      'Prime Minister Vladimir Putin said earlier in the day that Russia condemns violence.\n\n"We condemn all violence. However, you cannot act like a bull in a china shop," he said.',
    );
    expect(rest).toHaveLength(1);
    const quote = rest[0]!;
    expect(speakers(s)).toEqual(["vladimir-putin"]);
    expect(speakers(quote)).toEqual(["vladimir-putin"]);
    expect(quote.text).toBe("We condemn all violence. However, you cannot act like a bull in a china shop");
    expect(quote.evidence[0]!.sentence).toMatch(/^"We condemn.*he said\.$/);
  });

  it("joins a quotation split by its attribution within a sentence", () => {
    const [s, ...rest] = statements("“We are on the ground doing diplomacy,” she told the council, “and we need to let it play out.”\n\nLater text.", "2012-02-08");
    expect(s).toBeUndefined();
    expect(rest).toEqual([]);
    const [joined, ...none] = statements("“We will go,” Lavrov told the council, “and we will win.”");
    expect(none).toEqual([]);
    expect(joined?.text).toBe("We will go and we will win.");
  });

  it("makes the quotation of the next sentence a statement of its own by the same speaker", () => {
    const found = statements("“The draft singled out one side,” Lavrov said. “We cannot support such a text.”");
    expect(found.map((s) => s.text)).toEqual(["The draft singled out one side", "We cannot support such a text."]);
    expect(found[1]?.actors).toEqual([{ id: "sergey-lavrov", role: "speaker" }]);
  });

  it("continues the previous speaker in an unattributed quote paragraph", () => {
    const found = statements(
      "Lavrov said he was busy negotiating, adding that he and Clinton would talk later.\n\n“We will talk as soon as there is an opportunity. There are UN ambassadors for that.”",
    );
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ subtype: "direct", actors: [{ id: "sergey-lavrov", role: "speaker" }] });
    expect(found[1]!.confidence).toBeLessThan(found[0]!.confidence);
  });

  it("ignores scare quotes and quoted terms without attribution", () => {
    expect(statements("The West fears a “Libyan scenario.” Talks went on.")).toEqual([]);
  });

  it("counts a claim that is mostly quotation as direct, a short quoted phrase as reported", () => {
    const [direct] = statements("Lavrov said Russia “must realize that betting everything on Assad is a recipe for failure.”");
    expect(direct?.subtype).toBe("direct");
    const [reported] = statements('Lavrov also added that he will not persuade Assad to resign and that "regime change is not our job."');
    expect(reported?.subtype).toBe("reported");
    expect(reported?.text).toContain("he will not persuade Assad");
  });

  it("keeps a claim reported when its own subject and verb stand before a quoted phrase", () => {
    const [s] = statements("Lavrov told reporters that Moscow would never accept “a ceasefire that leaves the aggressor in possession of the islands”.");
    expect(s).toMatchObject({ subtype: "reported", text: "Moscow would never accept “a ceasefire that leaves the aggressor in possession of the islands”" });
  });

  it("keeps both the speaker named in a relayed quote and the relaying body", () => {
    const [s] = statements("“Medvedev stressed the need to continue the search for a solution,” the Kremlin press service said.");
    expect(s?.actors).toEqual([
      { id: "dmitry-medvedev", role: "speaker" },
      { id: "RUS", role: "relay" },
    ]);
  });
});

describe("reported speech", () => {
  it("finds the speaker before the verb across titles, adverbs and dates", () => {
    const [s] = statements(
      "Russian Foreign Minister Sergei Lavrov earlier on Wednesday called on the United States to refrain from passing judgment.",
    );
    expect(speakers(s)).toEqual(["sergey-lavrov"]);
    expect(s?.text).toBe("called on the United States to refrain from passing judgment");
    expect(s?.summary).toBe("Lavrov calls on the United States to refrain from passing judgment");
  });

  it("dates a statement by its own clause, not by dates in the claim", () => {
    const [s] = statements("Lavrov said on Tuesday that the council will meet on Friday.");
    expect(s).toMatchObject({ date: "2012-02-07", dateBasis: "relative", dateText: "Tuesday", text: "the council will meet on Friday" });
    const [undated] = statements("Lavrov said the council met yesterday.");
    expect(undated).toMatchObject({ date: "2012-02-08", dateBasis: "published" });
  });

  it("reads trailing attributions and the wire dateline", () => {
    const [s] = statements("MOSCOW (Reuters) — The United States must act, Russian Foreign Minister Sergei Lavrov said Friday.");
    expect(s).toMatchObject({ text: "The United States must act", date: "2012-02-03" });
    expect(speakers(s)).toEqual(["sergey-lavrov"]);
  });

  it("goes across an appositive to the named speaker", () => {
    const [s] = statements("Vassily Nebenzia, Russia's ambassador to the UN, told the council the draft was unbalanced.");
    expect(speakers(s)).toEqual(["vassily-nebenzia"]);
    expect(s?.text).toBe("the draft was unbalanced");
  });

  it("gives joint statements all their speakers", () => {
    const [s] = statements("Lavrov and Nebenzia also said the two countries have almost the same position.");
    expect(speakers(s)).toEqual(["sergey-lavrov", "vassily-nebenzia"]);
  });

  it("resolves he and she to the nearest fitting person subject", () => {
    const found = statements(
      "Lavrov said the talks were useful. State Department spokeswoman Victoria Nuland said Washington disagreed. However, he dismissed the view that Russia will support Assad. She said later that talks would go on.",
    );
    expect(found.map(speakers)).toEqual([["sergey-lavrov"], ["victoria-nuland"], ["sergey-lavrov"], ["victoria-nuland"]]);
  });

  it("credits 'according to' sources", () => {
    const [s] = statements("At least 5,400 people have been killed, according to the UN.");
    expect(speakers(s)).toEqual(["united-nations"]);
    expect(s?.text).toBe("At least 5,400 people have been killed");
  });

  it("makes no speaker from verbs in relative clauses, negations, quotations or an unnamed speaker's workplace", () => {
    expect(statements("Russia backed the national dialogue that Moscow had pledged to assist.")).toEqual([]);
    expect(statements("Lavrov did not say whether Russia would attend.")).toEqual([]);
    expect(statements("Moscow has proposed its own draft, which the West criticized as being too soft.")).toEqual([]);
    expect(statements("Western members of the Security Council have criticized it for being too soft.")).toEqual([]);
    expect(statements("A Ukrainian diplomat at the UN said the draft was dead.")).toEqual([]);
    expect(speakers(statements("Earlier in Moscow Lavrov said the draft was dead.")[0])).toEqual(["sergey-lavrov"]);
  });

  it("leaves out undated statements when the article has no publication date", () => {
    const { article, segmentation, recognition } = analyse("Lavrov said the talks were useful.", null);
    const result = extractEvents(article, segmentation, recognition, []);
    expect(result.events).toEqual([]);
    expect(result.warnings).toEqual(["no publication date: 1 event undated and left out"]);
  });
});

describe("speakers the recognition missed", () => {
  it("keeps a full name in the speaker phrase as a person, and finds its surname later", () => {
    const found = statements(
      "Mireille Fontaine, who teaches international law, told reporters that the pattern had hardly changed. Later, Mr. Fontaine added that nothing would change.",
    );
    expect(found.map(speakers)).toEqual([["mireille-fontaine"], ["mireille-fontaine"]]);
  });

  it("prefers a named appositive to the description before it", () => {
    const [s] = statements("Bolivia’s representative, Sacha Llorenti, said his country had voted against the draft.");
    expect(speakers(s)).toEqual(["sacha-llorenti"]);
  });

  it("takes a lone surname after an honorific as a person, across a who-clause", () => {
    const [s, later] = statements(
      "Mrs Okafor, who arrived in Lisbon yesterday for the summit at Sintra, told reporters that the plan had failed. Okafor added that talks were over.",
    );
    expect(s).toMatchObject({ text: "the plan had failed", actors: [{ id: "mrs-okafor", role: "speaker" }] });
    expect(later?.actors[0]?.id).toBe("mrs-okafor");
  });

  it("takes no person from a lone capitalised word or a title", () => {
    expect(statements("Officials said the vote was delayed.")).toEqual([]);
    expect(statements("The Foreign Minister said the vote was delayed.")).toEqual([]);
  });
});

describe("statement dates without date words", () => {
  it("take the news day of the lede when the story reports a past meeting", () => {
    const found = statements(
      "Russia on Friday vetoed a resolution on Ukraine.\n\nNebenzia said the draft was anti-Russian.",
      "2012-02-11",
    );
    expect(found[0]).toMatchObject({ date: "2012-02-10", dateBasis: "relative", dateText: "Friday" });
  });

  it("take the publication day for words told to the publishing outlet", () => {
    const { article, segmentation, recognition } = analyse(
      "Russia on Friday vetoed a resolution on Ukraine.\n\nNebenzia told Al Jazeera that the draft was anti-Russian.",
      "2012-02-11",
    );
    const events = extractEvents({ ...article, source: "Al Jazeera" }, segmentation, recognition, []).events;
    expect(events.find((e) => e.type === "statement")).toMatchObject({ date: "2012-02-11", dateBasis: "published" });
  });

  it("take the publication day for words told to the agency the outlet credits, named as a word", () => {
    const text = "Russia on Friday vetoed a resolution on Ukraine.\n\nNebenzia told AFP by telephone that the draft was anti-Russian.";
    const { article, segmentation, recognition } = analyse(text, "2012-02-11");
    const dated = (source: string) =>
      extractEvents({ ...article, source }, segmentation, recognition, []).events.find((e) => e.type === "statement")?.date;
    expect(dated("Harbour Daily Post (AFP)")).toBe("2012-02-11");
    expect(dated("Harbour Daily Post (AF)")).toBe("2012-02-10");
  });

  it("keep the news day when the outlet's name is only a word of the attribution, not its audience", () => {
    const text = "Russia on Friday vetoed a resolution on Freedonia.\n\nNebenzia, Freedonia's critic at the UN, told the council that the draft was biased.";
    const { article, segmentation, recognition } = analyse(text, "2012-02-11");
    const events = extractEvents({ ...article, source: "The Harbour Star (Freedonia)" }, segmentation, recognition, []).events;
    expect(events.find((e) => e.type === "statement")?.date).toBe("2012-02-10");
  });

  it("take the publication day for an unknown person described by their work, not for envoys or known names", () => {
    const dated = (line: string) =>
      statements(`Russia on Friday vetoed a resolution on Freedonia.\n\n${line}`, "2012-02-11").find((e) => e.text === "the trucks were waiting")?.date;
    expect(dated("Omar Vell, who runs a clinic in Freedonia, said the trucks were waiting.")).toBe("2012-02-11");
    expect(dated("Omar Vell, a researcher at a Borduria institute, said the trucks were waiting.")).toBe("2012-02-11");
    expect(dated("Karel Dvorsk, who is Borduria's ambassador, said the trucks were waiting.")).toBe("2012-02-10");
    expect(dated("Karel Dvorsk, who introduced the text, said the trucks were waiting.")).toBe("2012-02-10");
    expect(dated("Sergei Lavrov, a veteran diplomat, said the trucks were waiting.")).toBe("2012-02-10");
    expect(dated("Omar Vell said the trucks were waiting.")).toBe("2012-02-10");
  });

  it("take the publication day for words told to the outlet by its initials", () => {
    const text = "Russia on Friday vetoed a resolution on Ukraine.\n\nNebenzia told RFB/RN that the draft was anti-Russian.";
    const { article, segmentation, recognition } = analyse(text, "2012-02-11");
    const events = extractEvents({ ...article, source: "Radio Free Balkans/Radio North" }, segmentation, recognition, []).events;
    expect(events.find((e) => e.type === "statement")?.date).toBe("2012-02-11");
  });
});

describe("the date of an attribution", () => {
  it("takes the date next to the verb, not one inside a relative clause before it", () => {
    const [s] = statements("Sergei Lavrov, whose ministry summoned the envoy on Monday, said on Tuesday that the talks were over.");
    expect(s).toMatchObject({ date: "2012-02-07" });
  });

  it("takes the date of an 'after …' occasion between the verb and 'that', and starts the claim after 'that'", () => {
    const [s] = statements(
      "Russia on Saturday vetoed the draft.\n\nLavrov said after five hours of talks with Ukraine's foreign minister in Geneva on Friday that the two sides had failed to agree.",
      "2012-02-11",
    );
    expect(s).toMatchObject({ text: "the two sides had failed to agree", date: "2012-02-10", dateText: "Friday" });
    const [earlier] = statements("Lavrov said before that the draft that Kyiv tabled was weak.");
    expect(earlier?.text).toContain("the draft that Kyiv tabled was weak");
  });

  it("dates 'X, for his part, said' like the statement it answers", () => {
    const [, answer] = statements(
      "Russia on Saturday vetoed the draft.\n\nNebenzia said on Friday that the talks had failed. Lavrov, for his part, said Russia would not move.",
      "2012-02-11",
    );
    expect(speakers(answer)).toEqual(["sergey-lavrov"]);
    expect(answer?.date).toBe("2012-02-10");
  });

  it("takes the date of a participial attribution that opens the claim", () => {
    const [s] = statements("Medvedev welcomed the outcome, telling reporters in Sochi on Monday that the vote was fair.");
    expect(s).toMatchObject({ date: "2012-02-06" });
  });

  it("never takes the dateline's date for a statement or the news day", () => {
    const [s, quote] = statements(
      'MOSCOW, Feb 8 (Reuters) - Russia vowed on Monday to reject any deal on Ukraine.\n\n"This is our last word," Lavrov told reporters.',
    );
    expect(s).toMatchObject({ date: "2012-02-06" });
    expect(quote).toMatchObject({ date: "2012-02-06" });
  });
});

describe("names with initials", () => {
  it("keeps middle and leading initials in a name the dictionary does not know", () => {
    const [a, b] = statements("Ambassador Olu B. Adeyemi said the plan had failed. Kenya's envoy, J.K. Mwangi, said the talks would resume.");
    expect(a?.actors[0]?.id).toBe("olu-b-adeyemi");
    expect(b?.actors[0]?.id).toBe("jk-mwangi");
  });
});

describe("names with lower-case parts", () => {
  it("reads a recognised name that ends in a lower-case particle word as the speaker", () => {
    const [s] = statements("President Bashar al-Assad rejected the plan and denied that his army had shelled the city.");
    expect(speakers(s)).toEqual(["bashar-al-assad"]);
    expect(s?.text).toContain("rejected the plan");
  });

  it("keeps a name particle between two name words in an unknown name", () => {
    const [s, appositive] = statements(
      "Maarten van Leeuwen said the plan was dead. The Dutch envoy, Anke de Boer, said the talks would go on.",
    );
    expect(s?.actors[0]?.id).toBe("maarten-van-leeuwen");
    expect(s?.text).toBe("the plan was dead");
    expect(appositive?.actors[0]?.id).toBe("anke-de-boer");
  });

  it("reads a name opened by a lower-case Arabic article as a name", () => {
    const [s] = statements("Nabil el-Masri said the crossing was closed.");
    expect(s?.actors[0]?.id).toBe("nabil-el-masri");
  });

  it("finds an earlier unknown person by a later hyphenated surname, written whole", () => {
    const found = statements(
      "Samir al-Khatib, a nurse in the old town, told reporters that the crossing was closed. Later al-Khatib said the road had reopened. " +
        "Marie Dupont-Lefevre, who runs the clinic, said supplies were short. Dupont-Lefevre added that the trucks were late.",
    );
    expect(found.map((s) => s.actors[0]?.id)).toEqual(["samir-al-khatib", "samir-al-khatib", "marie-dupont-lefevre", "marie-dupont-lefevre"]);
    expect(found[1]?.text).toBe("the road had reopened");
  });
});

describe("more attribution forms", () => {
  it("reads 'called' only when it judges an object, with a coordinated 'and said'", () => {
    const [s, ...rest] = statements(
      'Linda Thomas-Greenfield called the veto "shameful" and said Washington would try again. Lavrov called a meeting for Friday. Medvedev called the vote for Monday.',
    );
    expect(rest).toEqual([]);
    expect(speakers(s)).toEqual(["linda-thomas-greenfield"]);
    expect(s?.text).toBe('called the veto "shameful" and said Washington would try again');
  });

  it("walks back over an age, a relative clause and a description to the speaker", () => {
    const [a, b] = statements(
      'Olga Marin, 58, who fled her village in 2014, said by telephone from Kyiv that she had no hope left. Sergei Lavrov, who is touring the region, the "architect" of the plan, said on Monday that it would work.',
    );
    expect(a).toMatchObject({ text: "she had no hope left" });
    expect(a?.actors[0]?.id).toBe("olga-marin");
    expect(speakers(b)).toEqual(["sergey-lavrov"]);
    expect(b).toMatchObject({ text: "it would work", date: "2012-02-06" });
  });

  it("lets a relative 'who' speak for the named person it follows", () => {
    const [s] = statements("The debate was chaired by Prime Minister Vladimir Putin, who told the council that the plan was dead.");
    expect(speakers(s)).toEqual(["vladimir-putin"]);
    expect(s?.text).toBe("the plan was dead");
  });

  it("reads a sentence that opens with 'According to SOURCE,'", () => {
    const [s] = statements("According to State Department spokeswoman Victoria Nuland, the talks will resume in March.");
    expect(speakers(s)).toEqual(["victoria-nuland"]);
    expect(s?.text).toBe("the talks will resume in March");
  });

  it("takes a quotation after 'told reporters yesterday,' even when it runs over two sentences", () => {
    const [s] = statements('Sergei Lavrov told reporters yesterday, "The door stays open. It must stay open."');
    expect(s).toMatchObject({ subtype: "direct", text: "The door stays open. It must stay open.", date: "2012-02-07" });
  });

  it("reads 'lament' as a speech verb", () => {
    const [s] = statements("Lavrov lamented that the council had failed again.");
    expect(speakers(s)).toEqual(["sergey-lavrov"]);
    expect(s?.text).toBe("the council had failed again");
  });

  it("reads an appositive that opens with a determiner as a description of the name before it", () => {
    const [s] = statements("Tomas Berg, the Foreign Minister, said the talks would resume.");
    expect(s?.actors[0]?.id).toBe("tomas-berg");
    expect(s?.text).toBe("the talks would resume");
  });

  it("steps over a place between the verb and 'that'", () => {
    const [geneva, hague] = statements(
      "Lavrov warned in Geneva on Monday that the talks would fail. Nebenzia said in The Hague yesterday that the court had no say.",
    );
    expect(geneva).toMatchObject({ text: "the talks would fail", date: "2012-02-06" });
    expect(hague).toMatchObject({ text: "the court had no say", date: "2012-02-07" });
  });

  it("steps over a description of the date between the date and 'that'", () => {
    const [s] = statements("Lavrov said on 3 February, the tenth anniversary of the treaty, that Russia would stay.");
    expect(s).toMatchObject({ text: "Russia would stay", date: "2012-02-03", dateBasis: "explicit" });
  });
});

describe("dates of the occasion", () => {
  it("dates 'After the vote, X said' to the story's day, not the speaker's earlier statement", () => {
    const [earlier, after] = statements(
      "Russia and China on Saturday vetoed the draft on Syria. Lavrov said on Thursday that Moscow would not move.\n\nAfter the vote, Lavrov said the text had been one-sided.",
    );
    expect(earlier?.date).toBe("2012-02-02");
    expect(after).toMatchObject({ text: "the text had been one-sided", date: "2012-02-04" });
  });

  it("does not date a statement by a date in an appositive before the verb", () => {
    const [s] = statements("Olga Marin, 58, who fled her village in March 2011, said the shelling had stopped.");
    expect(s?.date).toBe("2012-02-08");
  });
});

describe("'that day' and 'the same day'", () => {
  it("dates 'said that day' by the day written last before it, and keeps it out of the claim", () => {
    const [s] = statements("Morwenna Vell, who had met the envoy in Paris on 25 October 1983, said that day that the plan was dead.", "2023-10-25");
    expect(s).toMatchObject({ text: "the plan was dead", date: "1983-10-25" });
  });

  it("dates an undated statement by the day of the speaker's own sentence just before it", () => {
    const found = statements(
      'Morwenna Vell spoke on 3 May 2010. Borduria\'s ambassador, Karel Dvorsk, answered her the same day. "Today it is us," he told the council.',
    );
    expect(found.at(-1)).toMatchObject({ date: "2010-05-03" });
    expect(found.at(-1)?.actors[0]?.id).toBe("karel-dvorsk");
  });

  it("dates 'said that evening' like 'that day'", () => {
    const [s] = statements("The envoys met on 9 March 1994. Morwenna Vell said that evening that the plan was dead.");
    expect(s).toMatchObject({ text: "the plan was dead", date: "1994-03-09" });
  });
});

describe("a story without a publication date", () => {
  it("places a day written without a year in the year written last before it", () => {
    const found = statements(
      "On 2 June 1994 the council first met on the plan. Morwenna Vell told the council on 14 July that the plan was dead. " +
        "Karel Dvorsk said that day that Borduria would not sign.",
      null,
    );
    expect(found.map((s) => [s.actors[0]?.id, s.date])).toEqual([
      ["morwenna-vell", "1994-07-14"],
      ["karel-dvorsk", "1994-07-14"],
    ]);
  });

  it("still drops a statement dated only by words that need a publication date", () => {
    expect(statements("Morwenna Vell said on Friday that the plan was dead.", null)).toEqual([]);
    // No year written anywhere before: the day cannot be placed.
    expect(statements("Morwenna Vell told the council on 14 July that the plan was dead.", null)).toEqual([]);
  });
});

describe("unnamed sources inside a claim", () => {
  it("cuts the claim before ', diplomats said,'", () => {
    const [s] = statements("Medvedev had warned last week that Russia would leave the talks, diplomats said, after Ukraine invited observers.");
    expect(s).toMatchObject({ text: "Russia would leave the talks", date: "2012-01-30", dateEnd: "2012-02-05" });
  });
});

describe("UN meetings-coverage style", () => {
  function extraction(text: string) {
    const { article, segmentation, recognition } = analyse(text, "2012-02-08");
    return extractEvents(article, segmentation, recognition, []);
  }

  it("reads 'NAME IN CAPITALS (Country) said' as a person of that country, named in normal case", () => {
    const { events, actors } = extraction(
      "The Council failed to adopt the text.\n\nSpeaking after the vote, OSKAR T. VELLAMO (Freedonia) said the draft was one-sided.\n\nThe Northern States had shown no flexibility, he said.\n\nHe said Freedonia regretted the loss of life.",
    );
    const found = events.filter((e) => e.type === "statement");
    expect(found.map((e) => e.text)).toEqual(["the draft was one-sided", "The Northern States had shown no flexibility", "Freedonia regretted the loss of life"]);
    expect(found.map((e) => speakers(e))).toEqual([["oskar-t-vellamo"], ["oskar-t-vellamo"], ["oskar-t-vellamo"]]);
    expect(actors.find((a) => a.id === "oskar-t-vellamo")).toMatchObject({ name: "Oskar T. Vellamo", kind: "person", country: "FRD" });
  });

  it("reads the capital name before a parenthesis and a participle appositive, with particles", () => {
    const { events, actors } = extraction("KARA-LIN DE LA MONTE (Borduria), speaking on behalf of the Eastern Group, said the Council had failed.");
    expect(speakers(events[0])).toEqual(["kara-lin-de-la-monte"]);
    expect(actors.find((a) => a.id === "kara-lin-de-la-monte")).toMatchObject({ name: "Kara-Lin de la Monte", country: "BRD" });
  });

  it("gives the delegate's country's words in the delegate's paragraph to the delegate", () => {
    const found = statements(
      "Intro.\n\nOSKAR VELLAMO (Freedonia) said the text was unbalanced. Freedonia condemned the loss of life.\n\nFreedonia condemned the vote.",
    );
    expect(found.map((e) => speakers(e))).toEqual([["oskar-vellamo"], ["oskar-vellamo"], ["FRD"]]);
  });

  it("keeps a middle initial before a recognised surname and a hyphenated surname whole", () => {
    const { events, actors } = extraction(
      "Intro.\n\nTOMAS J. KALVIN (Borduria) said the draft was a licence to escalate. The Council would be judged, he said.\n\nILONA MARSK-VELDE (Freedonia), speaking for the elected members, said the text was the minimum. The members would not give up, she said.",
    );
    const found = events.filter((e) => e.type === "statement");
    expect(found.map((e) => speakers(e))).toEqual([["tomas-kalvin"], ["tomas-kalvin"], ["ilona-marsk-velde"], ["ilona-marsk-velde"]]);
    expect(actors.find((a) => a.id === "ilona-marsk-velde")).toMatchObject({ name: "Ilona Marsk-Velde", country: "FRD" });
  });

  it("reads a capital name before a description appositive", () => {
    const { events, actors } = extraction("ILSE BRANDTNER, Permanent Observer of Borduria, said the veto was a green light.");
    expect(speakers(events[0])).toEqual(["ilse-brandtner"]);
    expect(actors.find((a) => a.id === "ilse-brandtner")?.name).toBe("Ilse Brandtner");
  });

  it("takes no capital words inside a sentence, a single capital word or a parenthesis without an actor", () => {
    expect(statements("The envoy met OSKAR VELLAMO (Freedonia) said the draft was one-sided.")).toEqual([]);
    expect(statements("VELLAMO (Freedonia) said the draft was one-sided.")).toEqual([]);
    expect(statements("OSKAR VELLAMO (retired) said the draft was one-sided.")).toEqual([]);
  });

  it("reads 'said that, ADJUNCT, CLAIM' as a leading attribution", () => {
    const [s] = statements("Lavrov said that, by voting in favour, Russia had wished to express its anger.");
    expect(speakers(s)).toEqual(["sergey-lavrov"]);
    expect(s?.text).toBe("by voting in favour, Russia had wished to express its anger");
  });

  it("joins a bare subject before ', he said,' with the predicate after it", () => {
    const found = statements("Lavrov said the vote was rushed. The text, he said, ignored the attacks on Freedonia. The plan was bad, he said, and nobody wanted it.");
    expect(found.map((s) => s.text)).toEqual(["the vote was rushed", "The text ignored the attacks on Freedonia", "The plan was bad, and nobody wanted it"]);
  });
});

describe("attribution shapes of the held-out 3 round", () => {
  const one = (text: string, published = "2012-02-08") => statements(text, published);

  it("reads 'called X's NOUN “judgment”' as a statement", () => {
    const [s] = one('Foreign Minister Rufus Tellan called Borduria\'s response "wholly excessive" on Friday.');
    expect(s?.actors[0]?.id).toBe("rufus-tellan");
    expect(s?.text).toMatch(/^called Borduria's response "wholly excessive"/);
  });

  it("reads no statement from a question", () => {
    expect(one("Morwenna Vell then turned to the envoy and asked whether Freedonia would accept the ruling.")).toEqual([]);
  });

  it("reads no statement from a passive verb", () => {
    expect(one("Morwenna Vell, whose nomination as envoy to Borduria was rejected by the ministry two years ago, then left.")).toEqual([]);
  });

  it("reads no statement from what a failed draft 'would have' said", () => {
    expect(one("The Security Council failed to adopt the draft. It would also have called for an inquiry into the shelling.")).toEqual([]);
  });

  it("gives a draft's words to no sponsor", () => {
    expect(one('The draft, sponsored by Freedonia, Borduria and Syria, said the strike was "a flagrant violation of the law."')).toEqual([]);
  });

  it("splits a second named speaker after ', and' or ', while' out of the first claim", () => {
    const found = one(
      'Morwenna Vell, Freedonia\'s ambassador, said the talks had gone "as far as they could go," and Borduria\'s Karel Dvorsk said the council had failed.',
    );
    expect(found.map((s) => [s.actors[0]?.id, s.text])).toEqual([
      ["morwenna-vell", 'the talks had gone "as far as they could go,"'],
      ["karel-dvorsk", "the council had failed"],
    ]);
  });

  it("reads 'NAME of BODY' as a person of that body", () => {
    const [s] = one('Karel Dvorsk of the UN called the veto "a disgrace."');
    expect(s?.actors[0]?.id).toBe("karel-dvorsk");
  });

  it("takes the quotation after a colon in the sentence, dated by the attribution before it", () => {
    const [s] = one('Morwenna Vell, whose government was not told, said in a radio phone-in on 30 October 1983: "We do not use force. We never will."');
    expect(s).toMatchObject({ subtype: "direct", text: "We do not use force. We never will.", date: "1983-10-30" });
  });

  it("lets a relative 'who' speak for the name before an appositive", () => {
    const [s] = one("The abstention was explained by Sir Karel Dvorsk, Borduria's ambassador, who said the text was unhelpful.");
    expect(s?.actors[0]?.id).toBe("karel-dvorsk");
    expect(s?.text).toBe("the text was unhelpful");
  });

  it("remembers the name in an opening subject's appositive for a later 'he'", () => {
    const found = one('Morwenna Vell spoke first. Borduria\'s ambassador, Karel Dvorsk, answered her the same day. "Today it is us," he told the council.');
    expect(found.at(-1)?.actors[0]?.id).toBe("karel-dvorsk");
  });

  it("goes on with a clause coordinated after ', he said,'", () => {
    const found = one("Lavrov spoke. The vote did not help the peace process, he said, and it made no mention of the attacks. Russia will not back down, Lavrov said, and added that the talks were over.");
    expect(found[0]?.text).toBe("The vote did not help the peace process, and it made no mention of the attacks");
    expect(found[1]?.text).toBe("Russia will not back down");
  });
});

describe("press-briefing transcripts", () => {
  const transcript = [
    "Daily Press Briefing",
    "Oskar T. Vellamo",
    "Spokesman",
    "",
    "MR. VELLAMO: Good afternoon. We condemn the shelling of the border villages in the strongest terms.",
    "",
    "Q: Freedonia said yesterday that the talks were over. Is that a concern?",
    "",
    "MR. VELLAMO: We do not believe that the talks are over. Only direct negotiations can settle this.",
    "",
    "Q: On Borduria --",
    "",
    "MR. VELLAMO: Yeah.",
  ].join("\n");

  it("reads each labelled answer as a direct statement of the spokesman named in the header, dated to the briefing", () => {
    const found = statements(transcript, "2012-02-08");
    const turns = found.filter((e) => speakers(e)?.[0] === "oskar-t-vellamo");
    expect(turns.map((e) => e.text)).toEqual([
      "Good afternoon. We condemn the shelling of the border villages in the strongest terms.",
      "We do not believe that the talks are over. Only direct negotiations can settle this.",
    ]);
    expect(turns.every((e) => e.subtype === "direct" && e.date === "2012-02-08")).toBe(true);
    // The question is no statement of its own; the report inside it stays Freedonia's.
    expect(found.filter((e) => e.text.includes("Is that a concern"))).toEqual([]);
  });

  it("reads no turns without a question label, and a bare SPOKESPERSON only when the article names one", () => {
    expect(statements("MR. VELLAMO: We do not believe that the talks are over at all.")).toEqual([]);
    expect(statements("Q: Any comment?\n\nSPOKESPERSON: We do not believe that the talks are over at all.")).toEqual([]);
    const named = statements("Noon briefing by Ilse Brandtner, Spokesperson for the Secretary-General\n\nQ: Any comment?\n\nSPOKESPERSON: We do not believe that the talks are over at all.");
    expect(named.map((e) => speakers(e))).toEqual([["ilse-brandtner"]]);
  });

  it("reads 'As NAME said on DAY, CLAIM' as the named speaker's statement of that day", () => {
    const [s] = statements("Intro.\n\nAs Ambassador Oskar Vellamo said on Monday, the vote should not be misunderstood as support for the shelling.", "2012-02-08");
    expect(s).toMatchObject({ subtype: "reported", text: "the vote should not be misunderstood as support for the shelling", date: "2012-02-06" });
    expect(statements("As everyone knows, the talks are over.")).toEqual([]);
  });

  it("does not take a person once called 'she' for a later 'he'", () => {
    const found = statements("Ilse Brandtner met Oskar Vellamo. The talks were over, she said. The vote would go ahead, Oskar Vellamo said. Freedonia had been warned, she said. He told her the vote was final.");
    expect(found.map((e) => speakers(e))).toEqual([["ilse-brandtner"], ["oskar-vellamo"], ["ilse-brandtner"], ["oskar-vellamo"]]);
  });
});

describe("the dateline's day and a range over the next sentence", () => {
  it("reads 'tonight' and 'this afternoon' under a dateline naming the day before publication as that day", () => {
    const found = statements("BORDURIA CITY, Feb. 7 — Freedonia tonight rejected the plan. In the assembly this afternoon, Lavrov said the plan was dead.", "2012-02-08");
    expect(found.map((e) => e.date)).toEqual(["2012-02-07", "2012-02-07"]);
    // Without a dateline the same words are the publication day.
    expect(statements("In the assembly this afternoon, Lavrov said the plan was dead.", "2012-02-08").map((e) => e.date)).toEqual(["2012-02-08"]);
  });

  it("takes the day of a dateline line the cleaner dropped", () => {
    const { article, segmentation, recognition } = analyse("In the assembly tonight, Lavrov said the plan was dead.", "2012-02-08");
    const { events } = extractEvents({ ...article, dateline: "From Our Own Correspondent, Borduria City, Feb. 7" }, segmentation, recognition, []);
    expect(events.map((e) => e.date)).toEqual(["2012-02-07"]);
  });

  it("dates the speaker's next sentence by the month of 'Speaking … last month, X said'", () => {
    const found = statements("Intro.\n\nSpeaking at a forum in Freedonia last month, Lavrov said the veto was never tested. “A threat is the cheapest veto,” he said. “It costs nothing at all.”", "2012-02-08");
    expect(found.map((e) => [e.date, e.dateEnd])).toEqual([
      ["2012-01-01", "2012-01-31"],
      ["2012-01-01", "2012-01-31"],
      ["2012-01-01", "2012-01-31"],
    ]);
  });
});

describe("a contrast finished by a quotation", () => {
  it("joins 'It was not A, he said, but “B.”' into one reported statement", () => {
    const found = statements("Intro.\n\nOskar Vellamo of Freedonia spoke next. It was not a plan for peace, he said, but “a plan for surrender.”");
    expect(found.map((e) => e.text)).toEqual(["It was not a plan for peace, but a plan for surrender."]);
  });
});

describe("the agent of a participle in the subject", () => {
  it("does not give 'a spokesman for the government installed by X … said' to X", () => {
    const found = statements("Intro.\n\nA spokesman for the interim government installed by Borduria in 1985 said last night that the vote was fair.");
    expect(found.filter((e) => speakers(e)?.includes("BRD"))).toEqual([]);
    const chaired = statements("Intro.\n\nThe debate was chaired by Oskar Vellamo, who told the council that the vote was fair.");
    expect(chaired.map((e) => speakers(e))).toEqual([["oskar-vellamo"]]);
  });
});
