import { describe, expect, it } from "vitest";
import { dataSourceFrom, searchWithoutData } from "../../../src/app/data/dataSource";

const page = "https://example.org/tools/timeline/index.html";

describe("which file to load", () => {
  it("defaults to events.json next to the page, whatever the base path", () => {
    expect(dataSourceFrom("", page)).toEqual({ ok: true, url: "https://example.org/tools/timeline/events.json", name: "events.json" });
  });

  it("takes ?data= relative to the page or absolute", () => {
    expect(dataSourceFrom("?data=big/events-100k.json", page)).toMatchObject({ url: "https://example.org/tools/timeline/big/events-100k.json", name: "events-100k.json" });
    expect(dataSourceFrom("?data=https%3A%2F%2Fdata.example.com%2Fv.json", page)).toMatchObject({ url: "https://data.example.com/v.json" });
  });

  it("refuses addresses that are not http(s)", () => {
    expect(dataSourceFrom("?data=javascript:alert(1)", page)).toMatchObject({ ok: false });
    expect(dataSourceFrom("?data=file:///etc/passwd", page)).toMatchObject({ ok: false });
  });
});

describe("after opening a local file", () => {
  it("drops ?data= from the address and keeps other parameters", () => {
    expect(searchWithoutData("?data=big.json")).toBe("");
    expect(searchWithoutData("?lang=en&data=big.json")).toBe("?lang=en");
    expect(searchWithoutData("")).toBe("");
  });
});
