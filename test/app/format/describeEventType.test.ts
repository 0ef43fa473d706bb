import { describe, expect, it } from "vitest";
import { ALL_SUBTYPES, describeEventType, SUBTYPES_BY_TYPE } from "../../../src/app/format/describeEventType";
import { EventType, EventSubtype, StatementSubtype, VetoSubtype } from "../../../src/model";
import { formatCount, pluralize } from "../../../src/app/format/formatCount";

describe("describeEventType", () => {
  it("words statements and vetoes", () => {
    expect(describeEventType("statement", "direct")).toBe("Statement, direct quote");
    expect(describeEventType("statement", "reported")).toBe("Statement, reported speech");
    expect(describeEventType("veto", "cast")).toBe("Veto cast");
    expect(describeEventType("veto", "threatened")).toBe("Veto threatened");
    expect(describeEventType("veto", "referenced")).toBe("Earlier veto referred to");
  });
});

describe("the subtype lists", () => {
  it("match the contract", () => {
    expect(ALL_SUBTYPES).toEqual(EventSubtype.options);
    expect(Object.keys(SUBTYPES_BY_TYPE)).toEqual(EventType.options);
    expect(SUBTYPES_BY_TYPE.statement).toEqual(StatementSubtype.options);
    expect(SUBTYPES_BY_TYPE.veto).toEqual(VetoSubtype.options);
  });
});

describe("formatCount", () => {
  it("groups thousands", () => {
    expect(formatCount(4500)).toBe("4,500");
    expect(formatCount(1_000_000)).toBe("1,000,000");
    expect(formatCount(12)).toBe("12");
  });

  it("pluralises", () => {
    expect(pluralize(1, "event")).toBe("1 event");
    expect(pluralize(4500, "event")).toBe("4,500 events");
    expect(pluralize(0, "event")).toBe("0 events");
  });
});
