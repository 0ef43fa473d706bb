import { describe, expect, it } from "vitest";
import { mergeActors } from "../../../src/pipeline/actors/mergeActors";
import type { Actor } from "../../../src/model";

const medvedev2012: Actor = {
  id: "dmitry-medvedev", name: "Dmitry Medvedev", kind: "person", country: "RUS",
  roles: [{ title: "President of Russia", from: "2008-05-07", to: "2012-05-07" }],
};
const medvedevText: Actor = {
  id: "dmitry-medvedev", name: "Medvedev", kind: "person",
  roles: [{ title: "Prime Minister of Russia", from: "2016-02-12", to: "2016-02-12" }, { title: "President of Russia", from: "2008-05-07", to: "2012-05-07" }],
};
const russia: Actor = { id: "RUS", name: "Russia", kind: "country", country: "RUS" };

describe("mergeActors", () => {
  it("unites actors by id with roles merged, deduplicated and sorted", () => {
    expect(mergeActors([[medvedevText, russia], [medvedev2012]])).toEqual([
      russia,
      {
        id: "dmitry-medvedev", name: "Dmitry Medvedev", kind: "person", country: "RUS",
        roles: [
          { title: "President of Russia", from: "2008-05-07", to: "2012-05-07" },
          { title: "Prime Minister of Russia", from: "2016-02-12", to: "2016-02-12" },
        ],
      },
    ]);
  });

  it("does not depend on the order of lists or actors", () => {
    const a = mergeActors([[medvedev2012], [russia, medvedevText]]);
    const b = mergeActors([[medvedevText], [medvedev2012, russia]]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
