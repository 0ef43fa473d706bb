import { describe, expect, it } from "vitest";
import { listGeometry, MAX_CONTENT_PX, rowsPerPage, scrollTopToShow, visibleRows } from "../../../src/app/panels/virtualRows";

describe("visibleRows", () => {
  const g = listGeometry(100_000, 32, 320);

  it("renders only the rows in view plus a few either side", () => {
    expect(g.contentHeight).toBe(3_200_000);
    expect(visibleRows(g, 0, 2)).toEqual({ first: 0, end: 12, firstTop: 0 });
    expect(visibleRows(g, 3200, 2)).toEqual({ first: 98, end: 112, firstTop: 98 * 32 });
  });

  it("stops at the last row", () => {
    const r = visibleRows(g, g.contentHeight - 320, 4);
    expect(r.end).toBe(100_000);
    expect(r.end - r.first).toBeLessThanOrEqual(14);
  });

  it("renders nothing for an empty list", () => {
    expect(visibleRows(listGeometry(0, 32, 320), 0)).toEqual({ first: 0, end: 0, firstTop: 0 });
  });
});

describe("huge lists", () => {
  const g = listGeometry(1_000_000, 32, 320);

  it("cap the content height and still reach the last row", () => {
    expect(g.contentHeight).toBe(MAX_CONTENT_PX);
    const bottom = visibleRows(g, g.contentHeight - g.viewportHeight, 0);
    expect(bottom.end).toBe(1_000_000);
    // The last row ends exactly at the bottom of the content.
    expect(bottom.firstTop + (bottom.end - bottom.first) * 32).toBeCloseTo(g.contentHeight, 6);
  });

  it("scroll a far row into view", () => {
    const top = scrollTopToShow(g, 600_000, 0)!;
    const r = visibleRows(g, top, 0);
    expect(r.first).toBeLessThanOrEqual(600_000);
    expect(r.end).toBeGreaterThan(600_000);
  });
});

describe("scrollTopToShow", () => {
  const g = listGeometry(1000, 32, 320);

  it("leaves the scroll alone when the row is in view", () => {
    expect(scrollTopToShow(g, 3, 0)).toBeNull();
  });

  it("scrolls the least needed, up or down", () => {
    expect(scrollTopToShow(g, 10, 0)).toBe(11 * 32 - 320);
    expect(scrollTopToShow(g, 2, 200)).toBe(64);
  });

  it("gives PageDown a viewport of rows", () => {
    expect(rowsPerPage(g)).toBe(10);
    expect(rowsPerPage(listGeometry(10, 32, 0))).toBe(1);
  });
});
