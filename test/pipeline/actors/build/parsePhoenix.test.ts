import { describe, expect, it } from "vitest";
import { parsePhoenix, phoenixDate } from "../../../../src/pipeline/actors/build/parsePhoenix";

describe("parsePhoenix", () => {
  it("reads phrases, synonyms, dated codes and the notes on code lines", () => {
    const source = [
      "# Russian institutions",
      "SERGEY_LAVROV_  # CountryInfo.txt",
      "+LAVROV",
      "+SERGEI_LAVROV",
      "\t[RUSGOV 19940922-20040712] # Amb. to UN",
      "\t[RUSGOV >20040309]  # Foreign Minister",
      "UN_ [IGOUNO]",
    ].join("\n");
    expect(parsePhoenix(source)).toEqual([
      {
        phrases: ["SERGEY_LAVROV_", "LAVROV", "SERGEI_LAVROV"],
        codes: [
          { code: "RUSGOV", from: "1994-09-22", to: "2004-07-12", note: "Amb. to UN" },
          { code: "RUSGOV", from: "2004-03-09", note: "Foreign Minister" },
        ],
        section: "Russian institutions",
        notes: ["CountryInfo.txt"],
      },
      { phrases: ["UN_"], codes: [{ code: "IGOUNO" }], section: "Russian institutions", notes: [] },
    ]);
  });

  it("groups consecutive primary lines without codes, as PETRARCH does", () => {
    const source = ["BORIS_YELTSIN_", "BORIS_N._YELTSIN", "YELTSIN", "\t[RUSGOV 910710-991231]", "NEXT_ONE_ [USAGOV]"].join("\n");
    const [yeltsin, next] = parsePhoenix(source);
    expect(yeltsin!.phrases).toEqual(["BORIS_YELTSIN_", "BORIS_N._YELTSIN", "YELTSIN"]);
    expect(yeltsin!.codes).toEqual([{ code: "RUSGOV", from: "1991-07-10", to: "1999-12-31" }]);
    expect(next!.phrases).toEqual(["NEXT_ONE_"]);
  });

  it("skips impossible dates and reversed ranges rather than inventing roles", () => {
    const [record] = parsePhoenix("X_Y_\n\t[KORGOVBUS 2004017-20061201]\n\t[KORGOV 20070101-20050101]\n\t[KORGOV <080230]\n\t[KORELI]");
    expect(record!.codes).toEqual([{ code: "KORELI" }]);
  });
});

describe("phoenixDate", () => {
  it("reads six- and eight-digit dates, two-digit years up to 30 in this century", () => {
    expect(phoenixDate("080507")).toBe("2008-05-07");
    expect(phoenixDate("991231")).toBe("1999-12-31");
    expect(phoenixDate("19470121")).toBe("1947-01-21");
    expect(phoenixDate("20120230")).toBeNull();
  });
});
