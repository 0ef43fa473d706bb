import { describe, expect, it } from "vitest";
import { windowNeighbours } from "../../../src/app/timeline/emptyWindow";
import { utc } from "./sampleEvents";

const start = Float64Array.from(["2012-02-04", "2012-02-08", "2016-10-08"].map(utc));
const all = Uint32Array.from([0, 1, 2]);

describe("the nearest events around an empty window", () => {
  it("is null while an event is in view, even one whose day only touches the window", () => {
    expect(windowNeighbours(start, all, [utc("2012-02-01"), utc("2012-02-10")])).toBeNull();
    expect(windowNeighbours(start, all, [utc("2012-02-08T12:00:00Z"), utc("2012-02-20")])).toBeNull();
  });

  it("names the last event before and the first after an empty window", () => {
    expect(windowNeighbours(start, all, [utc("2013-01-01"), utc("2014-01-01")])).toEqual({
      before: utc("2012-02-08"),
      after: utc("2016-10-08"),
    });
    expect(windowNeighbours(start, all, [utc("2010-01-01"), utc("2011-01-01")])).toEqual({ before: null, after: utc("2012-02-04") });
    expect(windowNeighbours(start, all, [utc("2017-01-01"), utc("2018-01-01")])).toEqual({ before: utc("2016-10-08"), after: null });
  });

  it("only counts the given (filtered) events", () => {
    expect(windowNeighbours(start, Uint32Array.from([0, 2]), [utc("2012-02-06"), utc("2012-02-10")])).toEqual({
      before: utc("2012-02-04"),
      after: utc("2016-10-08"),
    });
    expect(windowNeighbours(start, new Uint32Array(0), [0, 1])).toBeNull();
  });
});
