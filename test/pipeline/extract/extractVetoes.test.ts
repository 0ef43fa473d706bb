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
