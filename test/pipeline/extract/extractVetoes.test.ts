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
