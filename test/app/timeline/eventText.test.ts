import { describe, expect, it } from "vitest";
import { clusterTooltip, eventLabel, eventTooltip } from "../../../src/app/timeline/eventText";
import { formatCount } from "../../../src/app/timeline/marks/clusterBubble";
import { ACTORS, event } from "./sampleEvents";

const actors = new Map(ACTORS.map((a) => [a.id, a]));

describe("event text", () => {
  it("labels a mark with the speaker's surname and the summary", () => {
    expect(eventLabel(event({ date: "2012-02-08", summary: "Defends the veto", actors: [{ id: "medvedev", role: "speaker" }] }), actors)).toBe(
      "Medvedev: Defends the veto",
    );
  });

  it("does not repeat a name the summary already has", () => {
    expect(eventLabel(event({ date: "2012-02-08", summary: "Lavrov on regime change" }), actors)).toBe("Lavrov on regime change");
  });

  it("keeps markup as plain text (the canvas draws text, never HTML)", () => {
    const tooltip = eventTooltip(event({ date: "2012-02-08", text: "<img src=x onerror=alert(1)>" }), actors);
    expect(tooltip.body).toBe("“<img src=x onerror=alert(1)>”");
  });

  it("tells the date range, precision and kind in the tooltip", () => {
    const tooltip = eventTooltip(
      event({ date: "2012-01-23", dateEnd: "2012-01-26", datePrecision: "week", type: "veto", subtype: "threatened", actors: [{ id: "RUS", role: "vetoing" }] }),
      actors,
    );
    expect(tooltip.lines).toEqual(["23 Jan 2012 – 26 Jan 2012 (week precision) · Veto threatened", "Russia (vetoing)"]);
  });

  it("summarises a bubble", () => {
    expect(clusterTooltip(1234, 1, Date.UTC(2012, 0, 3), Date.UTC(2012, 1, 8)).title).toBe("1.2k events · 1 veto");
    expect(formatCount(12_345)).toBe("12k");
    expect(formatCount(1_500_000)).toBe("1.5M");
  });
});
