import { describe, expect, it } from "vitest";
import { findListedVeto } from "../../../src/pipeline/vetoes/findListedVeto";
import { loadVetoList, parseVetoList } from "../../../src/pipeline/vetoes/vetoList";

describe("parseVetoList", () => {
  it("reads the members, the M/D/YYYY date and multi-line quoted cells", () => {
    const csv = [
      "year,date,month,draft,meeting_record,agenda_item,crisis_topic,region,member_veto1,member_veto2,member_veto3",
      '2020,7/7/2020,7,S/2020/654,"S/2020/661\nS/2020/657",Humanitarian access to Syria,Syria,Middle East,Russia,China,',
      "1946,2/16/1946,2,S/PV.23,S/PV.23,Letter,Lebanon,Middle East,USSR,,",
    ].join("\n");
    expect(parseVetoList(csv)).toEqual([
      { date: "2020-07-07", symbol: "S/2020/654", topic: "Syria", agenda: "Humanitarian access to Syria", countries: ["CHN", "RUS"] },
      { date: "1946-02-16", symbol: "S/PV.23", topic: "Lebanon", agenda: "Letter", countries: ["RUS"] },
    ]);
  });

  it("loads the bundled list with the later vetoes, in date order", () => {
    const list = loadVetoList();
    expect(list.length).toBeGreaterThan(200);
    expect(list.at(-1)?.date).toBe("2024-11-20");
    expect([...list].sort((a, b) => (a.date < b.date ? -1 : 1)).map((v) => v.date)).toEqual(list.map((v) => v.date));
  });
});

describe("findListedVeto", () => {
  const list = loadVetoList();

  it("finds the most recent veto by those members on the topic within the window", () => {
    const found = findListedVeto(list, { countries: ["CHN", "RUS"], topic: "Syrian", onOrBefore: "2012-02-08", windowDays: 366 });
    expect(found?.symbol).toBe("S/2012/77");
    const earlier = findListedVeto(list, { countries: ["CHN", "RUS"], topic: "Syria", onOrBefore: "2012-02-03", windowDays: 366 });
    expect(earlier?.symbol).toBe("S/2011/612");
  });

  it("matches topics through aliases and refuses vetoes out of the window or by other members", () => {
    expect(findListedVeto(list, { countries: ["USA"], topic: "Gaza", onOrBefore: "2023-10-20", windowDays: 31 })?.symbol).toBe("S/2023/773");
    expect(findListedVeto(list, { countries: ["CHN", "RUS"], topic: "Syria", onOrBefore: "2013-06-01", windowDays: 31 })).toBeUndefined();
    expect(findListedVeto(list, { countries: ["FRA"], topic: "Syria", onOrBefore: "2012-02-08", windowDays: 366 })).toBeUndefined();
  });
});
