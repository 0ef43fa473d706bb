import { describe, expect, it } from "vitest";
import { groupActorsByCountry, searchActorGroups } from "../../../src/app/filter/actorGroups";
import { ACTORS } from "./sampleIndex";

const summary = (groups: ReturnType<typeof groupActorsByCountry>) =>
  groups.map((g) => `${g.label}: ${g.actors.map((a) => a.name).join(", ")}`);

describe("groupActorsByCountry", () => {
  it("puts persons under their country's name, the country first, organisations under Other last", () => {
    expect(summary(groupActorsByCountry(ACTORS))).toEqual([
      "China: China, Li Baodong",
      "Russia: Russia, Sergey Lavrov, Vladimir Putin",
      "Other: Michelle Bachélet, UN Security Council",
    ]);
  });

  it("names a country the file has no actor for from the built-in table, else by its code", () => {
    const groups = groupActorsByCountry([
      { id: "x", name: "Gérard Araud", kind: "person", country: "FRA" },
      { id: "y", name: "Someone", kind: "person", country: "XYZ" },
    ]);
    expect(groups.map((g) => g.label)).toEqual(["France", "XYZ"]);
  });

  it("puts an organisation with a country under Other", () => {
    const groups = groupActorsByCountry([{ id: "kremlin", name: "Kremlin press service", kind: "organization", country: "RUS" }]);
    expect(groups.map((g) => g.label)).toEqual(["Other"]);
  });
});

describe("searchActorGroups", () => {
  const groups = groupActorsByCountry(ACTORS);

  it("keeps matching actors, ignoring case and accents, in Latin or Cyrillic letters", () => {
    expect(summary(searchActorGroups(groups, "BACHELET"))).toEqual(["Other: Michelle Bachélet"]);
    expect(summary(searchActorGroups(groups, "lav"))).toEqual(["Russia: Sergey Lavrov"]);
    expect(summary(searchActorGroups(groups, "Лавров"))).toEqual(["Russia: Sergey Lavrov"]);
  });

  it("keeps a whole country when its name matches", () => {
    expect(summary(searchActorGroups(groups, "russ"))).toEqual(["Russia: Russia, Sergey Lavrov, Vladimir Putin"]);
  });

  it("keeps everything for a blank search and nothing for a miss", () => {
    expect(searchActorGroups(groups, "  ")).toHaveLength(3);
    expect(searchActorGroups(groups, "zzz")).toEqual([]);
  });
});
