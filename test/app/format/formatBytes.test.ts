import { describe, expect, it } from "vitest";
import { formatBytes } from "../../../src/app/format/formatBytes";

describe("formatBytes", () => {
  it("gives sizes in decimal units, as the files are listed", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(52_323)).toBe("52 KB");
    expect(formatBytes(37_938_736)).toBe("37.9 MB");
    expect(formatBytes(377_911_385)).toBe("377.9 MB");
  });
});
