import { describe, expect, it } from "vitest";
import { roleOnDate } from "../../../src/app/format/roleOnDate";

const putin = {
  roles: [
    { title: "President of Russia", from: "2000-05-07", to: "2008-05-07" },
    { title: "Prime Minister of Russia", from: "2008-05-08", to: "2012-05-07" },
    { title: "President of Russia", from: "2012-05-07" },
  ],
};

describe("roleOnDate", () => {
  it("picks the office held on that day", () => {
    expect(roleOnDate(putin, "2012-02-08")).toBe("Prime Minister of Russia");
    expect(roleOnDate(putin, "2016-10-08")).toBe("President of Russia");
    expect(roleOnDate(putin, "2005-01-01")).toBe("President of Russia");
  });

  it("counts both ends as in office and gives a handover day to the new office", () => {
    expect(roleOnDate({ roles: [{ title: "Envoy", from: "2012-01-01", to: "2012-12-31" }] }, "2012-12-31")).toBe("Envoy");
    expect(roleOnDate(putin, "2012-05-07")).toBe("President of Russia");
    expect(roleOnDate(putin, "2012-05-06")).toBe("Prime Minister of Russia");
  });

  it("is null outside every office or without roles", () => {
    expect(roleOnDate(putin, "1999-01-01")).toBeNull();
    expect(roleOnDate({}, "2012-02-08")).toBeNull();
  });

  it("treats open ends as unbounded", () => {
    expect(roleOnDate({ roles: [{ title: "Ambassador" }] }, "1990-01-01")).toBe("Ambassador");
    expect(roleOnDate({ roles: [{ title: "Envoy", to: "2013-01-01" }] }, "2012-12-31")).toBe("Envoy");
  });
});
