import { describe, expect, it } from "vitest";
import { formatHash, parseHash, type UrlView } from "../../../src/app/url/hashCodec";
import { EMPTY_FILTERS } from "../../../src/app/store/filterSlice";

const utc = (iso: string) => Date.parse(iso);

const full: UrlView = {
  eventId: "e-123",
  window: [utc("2012-01-25T00:00:00Z"), utc("2012-02-15T00:00:00Z")],
  filters: { actorIds: ["RUS", "sergey-lavrov"], subtypes: ["cast", "threatened"], query: "veto" },
  groupBy: "actor",
};

describe("formatHash", () => {
  it("writes a readable hash", () => {
    expect(formatHash(full)).toBe(
      "#/event/e-123?from=2012-01-25&to=2012-02-15&actors=RUS,sergey-lavrov&types=cast,threatened&q=veto&group=actor",
    );
  });

  it("writes only the path when nothing else is set", () => {
    expect(formatHash({ eventId: null, window: null, filters: EMPTY_FILTERS, groupBy: null })).toBe("#/");
    expect(formatHash({ eventId: "e-1", window: null, filters: EMPTY_FILTERS, groupBy: null })).toBe("#/event/e-1");
  });

  it("escapes what would break the format and keeps spaces readable", () => {
    const hash = formatHash({
      eventId: "e/1?x",
      window: null,
      filters: { actorIds: ["a,b", "c&d"], subtypes: [], query: "security council & co" },
      groupBy: null,
    });
    expect(hash).toBe("#/event/e%2F1%3Fx?actors=a%2Cb,c%26d&q=security+council+%26+co");
  });

  it("rounds window edges to the precision the width makes visible", () => {
    const day = formatHash({ ...full, window: [utc("2012-01-25T13:10:00Z"), utc("2012-03-15T02:00:00Z")] });
    expect(day).toContain("from=2012-01-26&to=2012-03-15");
    const hour = formatHash({ ...full, window: [utc("2012-02-01T13:10:00Z"), utc("2012-02-05T02:40:00Z")] });
    expect(hour).toContain("from=2012-02-01T13:00Z&to=2012-02-05T03:00Z");
    const minute = formatHash({ ...full, window: [utc("2012-02-01T13:10:20Z"), utc("2012-02-01T15:40:00Z")] });
    expect(minute).toContain("from=2012-02-01T13:10Z&to=2012-02-01T15:40Z");
  });
});

describe("parseHash", () => {
  it("round-trips every field", () => {
    expect(parseHash(formatHash(full))).toEqual(full);
    const odd: UrlView = {
      eventId: "e/1?x y",
      window: [utc("2012-02-01T13:00:00Z"), utc("2012-02-05T03:00:00Z")],
      filters: { actorIds: ["a,b", "c&d", "Ü"], subtypes: ["direct"], query: "a+b  c%" },
      groupBy: "country",
    };
    expect(parseHash(formatHash(odd))).toEqual(odd);
  });

  it("reads a bare or empty hash as the default view", () => {
    const none = { eventId: null, window: null, filters: EMPTY_FILTERS, groupBy: null };
    expect(parseHash("")).toEqual(none);
    expect(parseHash("#")).toEqual(none);
    expect(parseHash("#/")).toEqual(none);
    expect(parseHash("#/event/")).toEqual(none);
  });

  it("accepts the parameters without an event", () => {
    const view = parseHash("#/?actors=RUS&q=hello+world");
    expect(view.eventId).toBeNull();
    expect(view.filters).toEqual({ actorIds: ["RUS"], subtypes: [], query: "hello world" });
  });

  it("drops malformed parts and keeps the rest", () => {
    const view = parseHash(
      "#/event/e-1?from=2012-02-30&to=2012-03-01&types=cast,bogus,&actors=%E0%A4%A,RUS,,RUS&q=%&group=sideways&junk&=x",
    );
    expect(view).toEqual({
      eventId: "e-1",
      window: null,
      filters: { actorIds: ["RUS"], subtypes: ["cast"], query: "" },
      groupBy: null,
    });
  });

  it("ignores a window whose end is not after its start, or with one edge only", () => {
    expect(parseHash("#/?from=2012-02-10&to=2012-02-01").window).toBeNull();
    expect(parseHash("#/?from=2012-02-10").window).toBeNull();
    expect(parseHash("#/?from=yesterday&to=2012-02-01").window).toBeNull();
  });

  it("reads times with seconds and a missing Z as UTC", () => {
    expect(parseHash("#/?from=2012-02-01T10:00:30&to=2012-02-01T11:00:00.250Z").window).toEqual([
      utc("2012-02-01T10:00:30Z"),
      utc("2012-02-01T11:00:00.250Z"),
    ]);
  });

  it("cannot be made to throw", () => {
    for (const hash of ["#/event/%", "#?%=%", "#/event/%E0%A4%A?from=%", "#//event//x", "#?&&&==&"]) {
      expect(() => parseHash(hash)).not.toThrow();
    }
    expect(parseHash("#/event/%").eventId).toBeNull();
  });
});
