import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/pipeline/extract/extractEvents";
import type { DraftEvent } from "../../../src/pipeline/types";
import { loadVetoList } from "../../../src/pipeline/vetoes/vetoList";
import { analyse } from "./analyse";

function vetoes(text: string, published: string | null = "2012-02-08"): DraftEvent[] {
  const { article, segmentation, recognition } = analyse(text, published);
  return extractEvents(article, segmentation, recognition, loadVetoList()).events.filter((e) => e.type === "veto");
}

const vetoing = (e: DraftEvent | undefined) => e?.actors.filter((a) => a.role === "vetoing").map((a) => a.id);

describe("veto extraction", () => {
  it("dates a referenced veto from the UN list and names its draft, next to the statement", () => {
    const text = "Medvedev also defended the Russian-Chinese veto on a UN Security Council resolution on Syria.";
    const { article, segmentation, recognition } = analyse(text);
    const events = extractEvents(article, segmentation, recognition, loadVetoList()).events;
    expect(events.map((e) => `${e.type}/${e.subtype}`).sort()).toEqual(["statement/reported", "veto/referenced"]);
    const veto = events.find((e) => e.type === "veto");
    expect(vetoing(veto)).toEqual(["CHN", "RUS"]);
    expect(veto).toMatchObject({ date: "2012-02-04", datePrecision: "day", dateBasis: "relative", draft: { symbol: "S/2012/77", topic: "Syria" } });
  });

  it("reads a threat through 'it' to the subject of the sentence, dated by its own clause", () => {
    const [veto] = vetoes(
      "Russia, one of Assad’s firm supporters, indicated earlier this week that it would veto the draft resolution on Syria.",
    );
    expect(veto).toMatchObject({ subtype: "threatened", date: "2012-02-06", dateEnd: "2012-02-08", datePrecision: "week" });
    expect(vetoing(veto)).toEqual(["RUS"]);
  });

  it("finds cast vetoes in active and passive voice, with the date of the text", () => {
    const [active] = vetoes("Russia and China on Saturday vetoed a resolution on Syria.");
    expect(vetoing(active)).toEqual(["CHN", "RUS"]);
    expect(active).toMatchObject({ subtype: "cast", date: "2012-02-04", dateBasis: "relative", draft: { symbol: "S/2012/77" } });
    const [passive] = vetoes("The draft on Ukraine was vetoed by Russia on Friday.", "2022-10-01");
    expect(vetoing(passive)).toEqual(["RUS"]);
    expect(passive).toMatchObject({ date: "2022-09-30", draft: { symbol: "S/2022/720" } });
  });

  it("reads used-its-veto forms for any permanent member", () => {
    const [veto] = vetoes("The United States used its veto to block a resolution on Syria.", "2012-02-08");
    expect(vetoing(veto)).toEqual(["USA"]);
    expect(veto?.subtype).toBe("cast");
    const [threat] = vetoes("Britain threatened to veto the text.");
    expect(vetoing(threat)).toEqual(["GBR"]);
    expect(threat?.subtype).toBe("threatened");
  });

  it("gives an honest range when neither text nor list dates a cast veto", () => {
    const [veto] = vetoes("France vetoed the draft on Ukraine.", "2012-02-08");
    expect(veto).toMatchObject({ date: "2012-02-01", dateEnd: "2012-02-08", datePrecision: "week", dateBasis: "published" });
  });

  it("takes no event from the veto as an institution", () => {
    expect(vetoes("Reform of the veto power is on the agenda, and the right of veto is debated.")).toEqual([]);
  });
});

describe("veto subtypes and dates against the list", () => {
  it("calls a veto told as background referenced, on the listed day inside the written month", () => {
    const [veto] = vetoes("Washington last used its veto in a Middle East vote in June 2018.", "2023-10-18");
    expect(veto).toMatchObject({ subtype: "referenced", date: "2018-06-01", datePrecision: "day", draft: { symbol: "S/2018/516" } });
  });

  it("skips the subject's date words and datelines to find the vetoing member", () => {
    const [veto] = vetoes("UNITED NATIONS (AP) — The United States on Friday vetoed a resolution on Gaza.", "2023-12-09");
    expect(vetoing(veto)).toEqual(["USA"]);
    expect(veto).toMatchObject({ subtype: "cast", date: "2023-12-08", draft: { symbol: "S/2023/970" } });
  });

  it("reads a threat to block with words between the vow and the verb", () => {
    const [veto] = vetoes("Russia vowed on Wednesday to block a draft resolution on Ukraine.", "2022-09-29");
    expect(veto).toMatchObject({ subtype: "threatened", date: "2022-09-28" });
    expect(vetoing(veto)).toEqual(["RUS"]);
  });

  it("takes no event from a rule about vetoes or a habit", () => {
    expect(vetoes("A resolution needs nine votes and no vetoes by the United States, France, Britain, Russia or China.")).toEqual([]);
    expect(vetoes("China has used the veto far less often, usually together with Russia.")).toEqual([]);
  });
});

describe("one veto per story, and the vetoes told around it", () => {
  it("makes later undated mentions of the story's veto the same event", () => {
    const events = vetoes("France on Saturday vetoed a draft resolution on Ukraine. The text failed because of the French veto.");
    expect(events).toHaveLength(2);
    const [first, second] = events;
    expect(second).toMatchObject({ subtype: "cast", date: first!.date, draft: first!.draft });
    expect(vetoing(second)).toEqual(["FRA"]);
  });

  it("takes the members' share of a joint veto as that veto", () => {
    const [joint, share] = vetoes(
      "Britain and France on Saturday vetoed a draft resolution on Ukraine. It was the first time that Britain had used the veto since the war.",
    );
    expect(vetoing(share)).toEqual(vetoing(joint));
    expect(share).toMatchObject({ subtype: "cast", date: joint!.date });
  });

  it("dates a cast veto in the dateline's sentence by its own words, not the filing date", () => {
    const [veto] = vetoes("UNITED NATIONS, Feb 5, 2012 (Globe Wire) - Russia and China on Saturday vetoed a resolution on Syria.");
    expect(veto).toMatchObject({ subtype: "cast", date: "2012-02-04", dateText: "Saturday" });
  });

  it("does not date a counted veto by the start of the span it is counted over", () => {
    const events = vetoes(
      "Russia and China on Saturday vetoed a resolution on Syria. It was the second time Russia has used its veto on Syria since the unrest started in 2011.",
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.date === "2012-02-04")).toBe(true);
  });

  it("narrows a written month to the members' listed veto on the sentence's topic", () => {
    const [bosnia] = vetoes("Lavrov recalled the Russian veto in July 2015 of a draft on Bosnia.", "2016-02-01");
    expect(bosnia).toMatchObject({ subtype: "referenced", date: "2015-07-08", draft: { symbol: "S/2015/508" } });
    const [latest] = vetoes("Lavrov recalled the Russian veto in July 2015.", "2016-02-01");
    expect(latest).toMatchObject({ date: "2015-07-29" });
  });

  it("dates a when-clause by the date it hangs on, not the main clause", () => {
    const events = vetoes("It was the first British veto since 1989, when Britain blocked a text on Syria.", "2012-02-08");
    const earlier = events.find((e) => e.date.startsWith("1989"));
    expect(earlier).toMatchObject({ subtype: "referenced" });
    expect(vetoing(earlier)).toEqual(["GBR"]);
  });

  it("reads blocking of any kind in a when-clause of a veto sentence, its subject through the pronoun", () => {
    const events = vetoes("China vetoed the plan on Saturday, its first veto since 1999, when it blocked the renewal of a mission in Syria.");
    const earlier = events.find((e) => e.date.startsWith("1999"));
    expect(vetoing(earlier)).toEqual(["CHN"]);
    expect(earlier?.subtype).toBe("referenced");
  });

  it("dates a noun by its possessive date, and the clause after 'since' by its own", () => {
    const events = vetoes("Saturday’s veto by Russia was the first since October, when the United States blocked a draft on Syria.");
    const story = events.find((e) => vetoing(e)?.includes("RUS"));
    expect(story).toMatchObject({ subtype: "cast", date: "2012-02-04" });
    const earlier = events.find((e) => vetoing(e)?.includes("USA"));
    expect(earlier?.subtype).toBe("referenced");
    expect(earlier?.date.startsWith("2011-10")).toBe(true);
  });

  it("resolves 'they' to the members of the veto mentioned before; an earlier text is background", () => {
    const events = vetoes("Russia and China on Saturday vetoed a resolution on Syria. Last October, they blocked an earlier text on Syria.");
    const earlier = events.find((e) => e.date.startsWith("2011-10"));
    expect(vetoing(earlier)).toEqual(["CHN", "RUS"]);
    expect(earlier).toMatchObject({ subtype: "referenced", date: "2011-10-04" });
  });

  it("reads 'would use its veto' as a threat dated by its own clause, not the dateline", () => {
    const [threat] = vetoes("LONDON, Feb 8 (Reuters) - Britain signalled on Monday that it would use its veto on the Ukraine text.");
    expect(threat).toMatchObject({ subtype: "threatened", date: "2012-02-06" });
    expect(vetoing(threat)).toEqual(["GBR"]);
  });

  it("counts a permanent member's vote against a draft as its veto, nobody else's", () => {
    const [veto] = vetoes("Twelve members backed the draft on Ukraine on Saturday, but France voted against it.");
    expect(veto?.subtype).toBe("cast");
    expect(vetoing(veto)).toEqual(["FRA"]);
    expect(vetoes("Ukraine voted against the resolution on Saturday.")).toEqual([]);
  });
  it("takes a negated veto for no veto, and a partner joined 'in blocking' as a vetoing member", () => {
    expect(vetoes("China has never vetoed a text on Ukraine.")).toEqual([]);
    const events = vetoes("Britain has not used its veto since January 1989, when it joined the United States and France in blocking a resolution on Syria.");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ subtype: "referenced", date: "1989-01-11" });
    expect(vetoing(events[0])).toEqual(["FRA", "GBR", "USA"]);
  });

  it("reads 'they' in a when-clause as the members of the veto named before it in the sentence", () => {
    const events = vetoes("France voted against the text on Ukraine on Monday. It was the first joint veto by Russia and China since October 2011, when they blocked a draft on Syria.");
    const earlier = events.find((e) => e.date === "2011-10-04");
    expect(vetoing(earlier)).toEqual(["CHN", "RUS"]);
    expect(earlier?.subtype).toBe("referenced");
  });

  it("reads an announced vote against, or blocking any attempt, by a permanent member as a threat", () => {
    const [vote] = vetoes("China said on Tuesday that it would vote against the draft on Syria.");
    expect(vote).toMatchObject({ subtype: "threatened", date: "2012-02-07" });
    expect(vetoing(vote)).toEqual(["CHN"]);
    expect(vetoes("Ukraine will vote against the draft.")).toEqual([]);
    const [block] = vetoes("Lavrov warned that Moscow would block any attempt to refer Syria to the court.");
    expect(block?.subtype).toBe("threatened");
    expect(vetoing(block)).toEqual(["RUS"]);
  });

  it("adds a member that 'joined' the veto later in the sentence", () => {
    const [veto] = vetoes("France vetoed the text on Syria on Saturday, and was joined by Russia, whose envoy spoke first.");
    expect(veto?.subtype).toBe("cast");
    expect(vetoing(veto)).toEqual(["FRA", "RUS"]);
  });

  it("leaves date words of a relative clause and the subject of 'the countries that blocked' alone", () => {
    const [veto] = vetoes("Russia vetoed a resolution on Syria that would have condemned the shelling of the city last year.");
    expect(veto?.subtype).toBe("cast");
    expect(veto?.date.startsWith("2012")).toBe(true);
    expect(vetoes("Britain’s envoy said the countries that had blocked the text on Syria would have to explain it.")).toEqual([]);
  });
});

describe("veto phrasings of the held-out 3 round", () => {
  it("counts the members of a 'joined by' appositive before the verb as vetoing", () => {
    const [veto] = vetoes("On 3 May 2010, France, joined by Britain and Russia, vetoed a resolution on Freedonia.");
    expect(veto?.subtype).toBe("referenced");
    expect(vetoing(veto)).toEqual(["FRA", "GBR", "RUS"]);
    expect(veto?.date).toBe("2010-05-03");
  });

  it("reads a permanent member's negative vote as its veto, named after 'of' or by 'its'", () => {
    const [lede] = vetoes("The Council failed to adopt the draft on Freedonia owing to the negative vote of a permanent member, China.");
    expect(lede).toMatchObject({ subtype: "cast" });
    expect(vetoing(lede)).toEqual(["CHN"]);
    const [headline] = vetoes("Draft on Freedonia Not Adopted Owing to Negative Vote of China");
    expect(vetoing(headline)).toEqual(["CHN"]);
    expect(vetoes("The draft on Freedonia failed owing to the negative vote of Borduria.")).toEqual([]);
    const [, earlier] = vetoes(
      "China vetoed the draft on Freedonia on Monday. Monday's veto was the second cast this year, following its negative vote on 13 January on a draft on Freedonia.",
    );
    expect(earlier).toMatchObject({ subtype: "referenced", date: "2012-01-13" });
    expect(vetoing(earlier)).toEqual(["CHN"]);
  });

  it("counts 'a day after it vetoed' back from the date of the clause, after a 'PLACE / PLACE:' dateline", () => {
    const [veto] = vetoes(
      "Headline.\n\nLONDON / UNITED NATIONS: Britain's envoy signaled Friday that it would not bend, a day after it vetoed a resolution on Freedonia.",
    );
    expect(veto).toMatchObject({ subtype: "cast", date: "2012-02-02" });
    expect(vetoing(veto)).toEqual(["GBR"]);
  });

  it("takes the agent of a referenced veto after a participle phrase ('cast jointly by')", () => {
    const [veto] = vetoes("The first veto aimed squarely at the Freedonia mechanism, cast jointly by Russia and China in March 2010, cut the crossings.");
    expect(veto?.subtype).toBe("referenced");
    expect(vetoing(veto)).toEqual(["CHN", "RUS"]);
  });

  it("keeps a member's 'had voted against' with a dated reason clause as the story's veto", () => {
    const found = vetoes(
      "Britain, France and Russia vetoed the text on Freedonia on Saturday. The British envoy said London had voted against the text because it ignored the killing of a soldier last weekend.",
    );
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ subtype: found[0]!.subtype, date: found[0]!.date });
    expect(vetoing(found[1])).toEqual(["FRA", "GBR", "RUS"]);
  });

  it("dates a threat without date words of its own to the story's news day", () => {
    const found = vetoes("Borduria on Friday asked the council to act on Freedonia.\n\nThe envoy said France would veto any text on Freedonia.", "2012-02-11");
    expect(found.find((e) => e.subtype === "threatened")).toMatchObject({ date: "2012-02-10" });
  });
});

describe("held-out 4 veto shapes", () => {
  it("reads an indefinite veto ('a Russian veto would be …') as no event", () => {
    expect(vetoes("A Russian veto would be Moscow's second in a month.")).toEqual([]);
    expect(vetoes("The usual account is that a Russian veto made such an authorisation impossible.")).toEqual([]);
  });

  it("reads 'Their most recent veto, on DATE' as a referenced veto of the members mentioned last", () => {
    const found = vetoes("Russia and China on Thursday vetoed a draft on Syria. Their most recent veto, on 4 February, blocked an Arab-backed text.", "2012-07-20");
    const referenced = found.filter((e) => e.subtype === "referenced");
    expect(referenced.map((e) => e.date)).toEqual(["2012-02-04"]);
    expect(vetoing(referenced[0])).toEqual(["CHN", "RUS"]);
  });

  it("dates a second veto in a clause after ', and' by that clause's own date words", () => {
    const found = vetoes("In October 2011, Russia and China vetoed a draft on Syria, and in February this year they blocked a second resolution on Syria.", "2012-07-20");
    expect(found.map((e) => [e.subtype, e.date])).toEqual([
      ["referenced", "2011-10-04"],
      ["referenced", "2012-02-04"],
    ]);
  });
});

describe("vetoes in a briefing transcript", () => {
  it("gives 'we would veto' and 'our last veto' in an answer to the government giving the briefing", () => {
    const text = [
      "MR. VELLAMO: Good afternoon and welcome to the State Department.",
      "",
      "Q: Did you warn the Borduria delegation?",
      "",
      "MR. VELLAMO: We made clear on Monday that we would veto the draft if it were put to a vote.",
      "",
      "Q: When was the last one?",
      "",
      "MR. VELLAMO: I believe our last veto was in February this year, on settlements.",
    ].join("\n");
    const found = vetoes(text, "2011-03-30");
    expect(found.map((e) => [e.subtype, vetoing(e), e.date])).toEqual([
      ["threatened", ["USA"], "2011-03-28"],
      ["referenced", ["USA"], "2011-02-18"],
    ]);
    // Outside a transcript "we" names nobody.
    expect(vetoes("Intro.\n\nWe made clear on Monday that we would veto the draft.", "2011-03-30")).toEqual([]);
  });
});

describe("vetoes in a story without a publication date", () => {
  it("are all referenced: nothing shows one to be the news", () => {
    const found = vetoes("On 24 October 2017, Russia vetoed a draft on the mechanism. On 16 November, Russia cast its second veto.", null);
    expect(found.map((v) => [v.subtype, v.date, v.actors.map((a) => a.id)])).toEqual([
      ["referenced", "2017-10-24", ["RUS"]],
      ["referenced", "2017-11-16", ["RUS"]],
    ]);
  });
});

describe("a partner named after the veto", () => {
  it("reads 'X vetoed …, and Y joined it' as a joint veto", () => {
    const [found] = vetoes("France on Tuesday vetoed a resolution on the canal zone, and Britain joined it hours later.");
    expect(found?.subtype).toBe("cast");
    expect(vetoing(found)).toEqual(["FRA", "GBR"]);
  });

  it("does not take someone who joined something else for a partner", () => {
    const [found] = vetoes("France on Tuesday vetoed a resolution on the canal zone; Britain joined the talks later.");
    expect(vetoing(found)).toEqual(["FRA"]);
  });
});
