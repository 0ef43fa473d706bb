import { describe, expect, it } from "vitest";
import { parsePhoenix } from "../../../../src/pipeline/actors/build/parsePhoenix";
import { phoenixActors } from "../../../../src/pipeline/actors/build/phoenixActors";
import { phoenixAlias } from "../../../../src/pipeline/actors/build/phoenixAlias";

const countries = new Map([
  ["RUS", "Russia"],
  ["USA", "United States"],
  ["KOR", "South Korea"],
]);

describe("phoenixActors", () => {
  it("turns a leaders-list record into a person with readable dated roles from the code notes", () => {
    const source = [
      "SERGEY_LAVROV_  # CountryInfo.txt",
      "+LAVROV",
      "+RUSSIAN_FOREIGN_MINISTER_LAVROV",
      "\t[RUSGOV 19940922-20040712] # Amb. to UN",
      "\t[RUSGOV >20040309]  # Foreign Minister",
    ].join("\n");
    expect(phoenixActors(parsePhoenix(source), countries, "countries")).toEqual([
      {
        id: "sergey-lavrov",
        name: "Sergey Lavrov",
        kind: "person",
        country: "RUS",
        roles: [
          { title: "Ambassador of Russia to the UN", from: "1994-09-22", to: "2004-07-12" },
          { title: "Foreign Minister of Russia", from: "2004-03-09" },
        ],
        aliases: ["Sergey Lavrov", "Lavrov", "Russian Foreign Minister Lavrov"],
      },
    ]);
  });

  it("titles the latest government role from the one office the aliases name, else keeps a generic title", () => {
    const source = [
      "JOHN_DOE_  # CountryInfo.txt",
      "+PRESIDENT_JOHN_DOE",
      "\t[USAELI 19500101-19900101]",
      "\t[USAGOV 19900101-19950101]",
      "\t[USAGOV 20010120-20090120]",
    ].join("\n");
    const [person] = phoenixActors(parsePhoenix(source), countries, "countries");
    expect(person!.roles).toEqual([
      { title: "Government of the United States", from: "1990-01-01", to: "1995-01-01" },
      { title: "President of the United States", from: "2001-01-20", to: "2009-01-20" },
    ]);
  });

  it("gives international officials the organisation in their title and their nation as country", () => {
    const source = ["BAN_KI-MOON", "+SECRETARY-GENERAL_BAN_KI-MOON", "\t[IGOUNO >20070101]", "\t[KORGOV 20040117-20061110]"].join("\n");
    const [person] = phoenixActors(parsePhoenix(source), countries, "international");
    expect(person).toMatchObject({ id: "ban-ki-moon", name: "Ban Ki-moon", country: "KOR" });
    expect(person!.roles).toContainEqual({ title: "Secretary-General of the United Nations", from: "2007-01-01" });
  });

  it("skips country records and offices, keeps bodies without their office-holder aliases", () => {
    const source = [
      "RUSSIAN_FEDERATION_  [RUS]",
      "+MOSCOW_",
      "US_SECRETARY_OF_STATE_",
      "+SECRETARY_OF_STATE_",
      "\t[USAGOV]",
      "WHITE_HOUSE_",
      "+WHITE_HOUSE_SPOKESMAN",
      "\t[USAGOV]",
    ].join("\n");
    expect(phoenixActors(parsePhoenix(source), countries, "countries")).toEqual([
      { id: "white-house", name: "White House", kind: "organization", country: "USA", aliases: ["White House"] },
    ]);
  });
});

describe("phoenixAlias", () => {
  it("writes names capitalised, particles lower, short acronyms in capitals", () => {
    expect(phoenixAlias("BASHAR_AL_ASSAD_")).toBe("Bashar al Assad");
    expect(phoenixAlias("SERGEY_V._LAVROV")).toBe("Sergey V. Lavrov");
    expect(phoenixAlias("BAN_KI-MOON")).toBe("Ban Ki-moon");
    expect(phoenixAlias("UNSG")).toBe("UNSG");
    expect(phoenixAlias("DUMA")).toBe("Duma");
  });
});
