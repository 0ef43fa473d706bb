/**
 * The timeline in a real browser: zooming changes the axis, keys pan and zoom and step
 * through events, clicking marks selects and clicking bubbles zooms, lanes regroup,
 * the overview brush follows and sets the window.
 */
import { expect, test, type Page } from "@playwright/test";
import { CORPUS, event, generated, openTimeline } from "./fixtures/timeline-events";

const axisLabels = (page: Page) => page.getByTestId("axis-labels").locator("li").allTextContents();
const range = (page: Page) => page.locator("#timeline-range").textContent();
const canvas = (page: Page) => page.getByTestId("timeline-canvas");

/** The window in the URL hash (kept by the URL module), as [from, to] strings. */
async function hashWindow(page: Page): Promise<[string, string]> {
  await page.waitForFunction(() => location.hash.includes("from="));
  const params = new URLSearchParams((await page.evaluate(() => location.hash)).split("?")[1]);
  return [params.get("from")!, params.get("to")!];
}

test("the zoom buttons change the axis from years to months to days", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTimeline(page, CORPUS);
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect.poll(() => axisLabels(page)).toEqual(expect.arrayContaining(["2012", "2016"]));
  const atFit = await axisLabels(page);
  expect(atFit).not.toContain("February 2012");
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  for (let i = 0; i < 4; i++) await zoomIn.click();
  await expect.poll(() => range(page)).toMatch(/^Showing \d+ \w{3} 201\d – \d+ \w{3} 201\d$/);
  await expect.poll(async () => (await axisLabels(page)).some((label) => /^[A-Z][a-z]+ 201\d$/.test(label))).toBe(true);
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect.poll(() => axisLabels(page)).toEqual(atFit);
});

test("a file whose events crowd into a fortnight opens on that fortnight, readable; Fit all shows the rest", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const days = Array.from({ length: 30 }, (_, i) => `2012-02-${String(1 + (i % 14)).padStart(2, "0")}`);
  const events = [...days.map((day, i) => event(`e-feb-${i}`, day)), ...[1, 2, 3, 4, 5].map((i) => event(`e-late-${i}`, "2020-06-0" + i))];
  await openTimeline(page, { ...CORPUS, events });
  await expect.poll(() => axisLabels(page)).toContain("February 2012");
  expect(await axisLabels(page)).not.toContain("2020");
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect.poll(() => axisLabels(page)).toContain("2020");
});

test("keyboard: arrows pan, + and − zoom, 0 fits, ] steps to the next event", async ({ page }) => {
  await openTimeline(page, CORPUS, "#/?from=2012-01-20&to=2012-02-12");
  await canvas(page).focus();
  await expect(canvas(page)).toBeFocused();
  const start = await range(page);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => range(page)).not.toBe(start);
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => range(page)).toBe(start);
  await page.keyboard.press("-");
  await expect.poll(() => range(page)).not.toBe(start);
  await page.keyboard.press("0");
  await expect.poll(() => axisLabels(page)).toEqual(expect.arrayContaining(["2012", "2016"]));
  await page.keyboard.press("]");
  await expect(page.getByTestId("selection-announcement")).toContainText("Selected:");
});

test("clicking a mark selects its event; clicking a bubble zooms into it", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // A week of February 2012: the joint veto of the 4th stands alone in its lanes.
  await openTimeline(page, CORPUS, "#/?from=2012-02-01&to=2012-02-07");
  const box = (await canvas(page).boundingBox())!;
  const from = Date.UTC(2012, 1, 1);
  const to = Date.UTC(2012, 1, 7);
  const x = box.x + ((Date.UTC(2012, 1, 4, 12) - from) / (to - from)) * box.width;
  // Click down the veto's day until a mark answers: the first is the veto in the Russian lane.
  const announcement = page.getByTestId("selection-announcement");
  for (let y = box.y + 40; y < box.y + box.height; y += 6) {
    await page.mouse.click(x, y);
    if ((await announcement.textContent())?.includes("Selected")) break;
  }
  await expect(announcement).toContainText("Selected: Russia and China veto the Syria draft");

  await openTimeline(page, generated(3000));
  const before = await hashWindow(page);
  const wide = (await canvas(page).boundingBox())!;
  // The first lane's centre, from the layout (axis band 40 px, lane name 16 px, lanes 44–88 px).
  const laneHeight = (wide.height - 40) / Math.floor((wide.height - 40) / 44);
  const laneCentre = wide.y + 40 + 16 + (laneHeight - 16) / 2;
  for (let x2 = wide.x + 20; x2 < wide.x + wide.width; x2 += 8) {
    await page.mouse.click(x2, laneCentre);
    if ((await hashWindow(page)).join() !== before.join()) break;
  }
  const after = await hashWindow(page);
  expect(Date.parse(after[1]) - Date.parse(after[0])).toBeLessThan(Date.parse(before[1]) - Date.parse(before[0]));
});

test("wheel zooms and drag pans the canvas", async ({ page }) => {
  await openTimeline(page, CORPUS);
  const box = (await canvas(page).boundingBox())!;
  const start = await range(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => range(page)).not.toBe(start);
  const zoomed = await range(page);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => range(page)).not.toBe(zoomed);
});

test("lanes regroup by actor", async ({ page }) => {
  await openTimeline(page, CORPUS);
  const byActor = page.getByRole("button", { name: "Actor", exact: true });
  await byActor.click();
  await expect(byActor).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => page.evaluate(() => location.hash)).toContain("group=actor");
});

test("the overview brush follows the window and moves it when dragged", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTimeline(page, CORPUS, "#/?from=2013-01-01&to=2014-01-01");
  const selection = page.locator("[data-testid=overview-brush] .selection");
  await expect(selection).toBeVisible();
  const brush = (await selection.boundingBox())!;
  const before = await range(page);
  await page.mouse.move(brush.x + brush.width / 2, brush.y + brush.height / 2);
  await page.mouse.down();
  await page.mouse.move(brush.x + brush.width / 2 + 120, brush.y + brush.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => range(page)).not.toBe(before);
  expect(await range(page)).toMatch(/201[45]/);
});
