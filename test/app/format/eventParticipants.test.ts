import { describe, expect, it } from "vitest";
import { eventParticipants } from "../../../src/app/format/eventParticipants";
import { ACTORS } from "../filter/sampleIndex";

const actors = new Map(ACTORS.map((a) => [a.id, a]));

describe("eventParticipants", () => {
  it("gives speakers with the office they held that day", () => {
    const groups = eventParticipants({ date: "2012-02-08", subtype: "direct", actors: [{ id: "vladimir-putin", role: "speaker" }] }, actors);
    expect(groups).toEqual([
      { role: "speaker", label: "Speaker", participants: [{ id: "vladimir-putin", name: "Vladimir Putin", office: "Prime Minister of Russia" }] },
    ]);
    const later = eventParticipants({ date: "2016-10-08", subtype: "direct", actors: [{ id: "vladimir-putin", role: "speaker" }] }, actors);
    expect(later[0]!.participants[0]!.office).toBe("President of Russia");
  });

  it("lists vetoing countries and orders roles speaker, vetoing, relay, target", () => {
    const groups = eventParticipants(
      {
        date: "2012-02-04",
        subtype: "cast",
        actors: [
          { id: "un-security-council", role: "target" },
          { id: "CHN", role: "vetoing" },
          { id: "RUS", role: "vetoing" },
          { id: "RUS", role: "vetoing" },
        ],
      },
      actors,
    );
    expect(groups.map((g) => [g.label, g.participants.map((p) => p.name)])).toEqual([
      ["Vetoing countries", ["China", "Russia"]],
      ["Addressed to", ["UN Security Council"]],
    ]);
  });

  it("names the countries of a threatened veto for what they did", () => {
    const groups = eventParticipants({ date: "2012-02-04", subtype: "threatened", actors: [{ id: "RUS", role: "vetoing" }] }, actors);
    expect(groups.map((g) => g.label)).toEqual(["Threatening to veto"]);
  });

  it("falls back to the id for an actor the file does not describe", () => {
    const groups = eventParticipants({ date: "2012-02-04", subtype: "reported", actors: [{ id: "ghost", role: "relay" }] }, actors);
    expect(groups[0]!.participants).toEqual([{ id: "ghost", name: "ghost", office: null }]);
  });
});
