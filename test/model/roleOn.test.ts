import { describe, expect, it } from "vitest";
import { roleOn } from "../../src/model/roleOn";

const putin = {
  roles: [
    { title: "President of Russia", from: "2000-05-07", to: "2008-05-07" },
    { title: "Prime Minister of Russia", from: "2008-05-08", to: "2012-05-07" },
    { title: "President of Russia", from: "2012-05-07" },
    { title: "Government of Russia" },
  ],
};

describe("roleOn", () => {
  it("gives the role held on the day, the later-begun one on a handover day", () => {
    expect(roleOn(putin, "2012-02-08")).toBe("Prime Minister of Russia");
    expect(roleOn(putin, "2012-05-07")).toBe("President of Russia");
    expect(roleOn(putin, "2020-01-01")).toBe("President of Russia");
  });

  it("falls back to an undated role, and to null without any", () => {
    expect(roleOn(putin, "1990-01-01")).toBe("Government of Russia");
    expect(roleOn({ roles: [{ title: "Envoy", from: "2019-01-07" }] }, "2018-12-31")).toBeNull();
    expect(roleOn({}, "2018-12-31")).toBeNull();
  });

  it("counts both ends of a term as in office", () => {
    expect(roleOn({ roles: [{ title: "Envoy", from: "2012-01-01", to: "2012-12-31" }] }, "2012-12-31")).toBe("Envoy");
    expect(roleOn(putin, "2012-05-06")).toBe("Prime Minister of Russia");
  });

  it("treats an open end as unbounded", () => {
    expect(roleOn({ roles: [{ title: "Envoy", to: "2013-01-01" }] }, "2012-12-31")).toBe("Envoy");
  });
});
