import { describe, expect, it } from "vitest";
import { indexUnchecked } from "../../../src/app/data/indexUnchecked";
import { buildEventIndex } from "../../../src/app/data/eventIndex";
import { event, file } from "../timeline/sampleEvents";

describe("columns before the check", () => {
  it("are the columns the checked file gets, for a well-formed file", () => {
    const events = [event({ date: "2016-10-08" }), event({ date: "2012-02-08" }), event({ date: "2012-02-08", dateEnd: "2012-02-12", datePrecision: "week" })];
    const early = indexUnchecked(JSON.parse(JSON.stringify(file(events))))!;
    const checked = buildEventIndex(file(events)).columns;
    expect(early.columns).toEqual(checked);
    expect(early.events.map((e) => e.date)).toEqual(["2012-02-08", "2012-02-08", "2016-10-08"]);
  });

  it("give up on shapes too far off to index, leaving the reasons to the check", () => {
    expect(indexUnchecked(null)).toBeNull();
    expect(indexUnchecked({ events: "nope", actors: [] })).toBeNull();
    expect(indexUnchecked({ events: [{ date: "2012-02-08", actors: null }], actors: [] })).toBeNull();
  });
});
