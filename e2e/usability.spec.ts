/**
 * Fixes from a user review: the phone sheet and filters, lanes that do not fit, keyboard
 * shortcuts past the filters, a narrow sidebar, zoom behaviour, opened files, search and touch.
 */
import { expect, test, type Page } from "@playwright/test";
import type { EventFile } from "../src/model";
import { PANELS_FIXTURE_JSON } from "./fixtures/panels-events";
import { openWithFixture } from "./fixtures/panels-serve";
import { scaleFixture } from "./fixtures/panels-scale";

const detail = (page: Page) => page.getByRole("complementary", { name: "Event detail" });
const grid = (page: Page) => page.getByRole("grid", { name: "Events" });
const rowWith = (page: Page, text: string) => grid(page).locator("[role=row][aria-selected]").filter({ hasText: text });
const canvas = (page: Page) => page.getByTestId("timeline-canvas");
const range = (page: Page) => page.locator("#timeline-range");
const actors = (page: Page) => page.getByRole("group", { name: "Actors" });

test("on a phone the detail sheet opens low, expands on request, and the filters open above it", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openWithFixture(page, "#/");
  await rowWith(page, "Delattre").click();
  const sheet = await detail(page).boundingBox();
  expect(sheet!.height).toBeLessThanOrEqual(812 * 0.4);
  await detail(page).getByRole("button", { name: /Expand/ }).click();
  await expect.poll(async () => (await detail(page).boundingBox())!.height).toBeGreaterThan(812 * 0.6);

  await page.getByRole("button", { name: "Show filters" }).click();
  // The filters are on top: the search field is what the screen shows at its centre.
  const search = page.getByRole("searchbox", { name: /Search/ });
  await expect(search).toBeInViewport();
  const topmost = await page.evaluate(() => document.elementFromPoint(187, 600)?.closest("aside")?.getAttribute("aria-label"));
  expect(topmost).toBe("Filters");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Show filters" })).toBeVisible();
  await expect(detail(page)).toBeVisible();
});

test("on a phone, Next opens the next event at its heading, and Close stays in reach while the sheet scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openWithFixture(page, "#/");
  await rowWith(page, "Delattre").click();
  const sheet = detail(page);
  await sheet.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect.poll(() => sheet.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await expect(sheet.getByRole("button", { name: "Close" })).toBeInViewport();
  await sheet.getByRole("button", { name: /Next/ }).click();
  await expect.poll(() => sheet.evaluate((element) => element.scrollTop)).toBe(0);
  await expect(sheet.getByRole("heading").first()).toBeInViewport();
});

test("lanes that do not fit scroll (Shift+wheel, ↑ ↓) instead of being merged", async ({ page }) => {
  const { json } = scaleFixture(5_000);
  await openWithFixture(page, "#/", json);
  await expect(page.getByTestId("lane-scrollbar")).toBeVisible();
  await expect(range(page)).toContainText(/Lanes 1–\d+ of \d+\./);
  const first = (await range(page).textContent())!;
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down("Shift");
  await page.mouse.wheel(0, 400);
  await page.keyboard.up("Shift");
  await expect(range(page)).not.toHaveText(first);
  expect(Number(/Lanes (\d+)–/.exec((await range(page).textContent())!)![1])).toBeGreaterThan(1);
  // The wheel scrolled lanes only: the time window is the same.
  expect((await range(page).textContent())!.split(". Lanes")[0]).toBe(first.split(". Lanes")[0]);

  await canvas(page).focus();
  await page.keyboard.press("Home");
  for (let i = 0; i < 60; i++) await page.keyboard.press("ArrowDown");
  const text = (await range(page).textContent())!;
  const [, last, count] = /–(\d+) of (\d+)/.exec(text)!;
  expect(last).toBe(count);
  expect(text).not.toMatch(/more/);
});

test("skip links reach the timeline and the list, and the actor list is one Tab stop", async ({ page }) => {
  await openWithFixture(page, "#/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to timeline" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(canvas(page)).toBeFocused();
  await expect(page).toHaveURL(/#\/$|#\/\?/);

  await page.reload();
  await page.getByTestId("match-count").waitFor();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to list" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(grid(page)).toBeFocused();

  // One Tab from the actor search lands on the first actor, the next Tab leaves the list.
  await actors(page).getByRole("searchbox").focus();
  await page.keyboard.press("Tab");
  const boxes = actors(page).getByRole("checkbox");
  await expect(boxes.first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(boxes.nth(1)).toBeFocused();
  const name = (await boxes.nth(1).getAttribute("data-actor-id"))!;
  await page.keyboard.press("o");
  await expect.poll(() => page.url()).toContain(`actors=${name}`);
  await page.keyboard.press("Tab");
  await expect(actors(page).getByRole("checkbox").filter({ has: page.locator(":focus") })).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.closest("fieldset")?.querySelector("legend")?.textContent)).not.toBe("Actors");
});

test("a long actor name does not widen the sidebar", async ({ page }) => {
  const { file } = scaleFixture(5_000);
  const long = { ...file, actors: file.actors.map((a, i) => (i === 1 ? { ...a, name: `${a.name} of the Very Long Delegation Name That Keeps Going` } : a)) };
  await openWithFixture(page, "#/", JSON.stringify(long));
  const sidebar = (await page.getByRole("complementary", { name: "Filters" }).boundingBox())!;
  const list = (await actors(page).boundingBox())!;
  expect(list.x + list.width).toBeLessThanOrEqual(sidebar.x + sidebar.width + 0.5);
  const counts = actors(page).getByTestId("actor-count");
  for (const count of (await counts.all()).slice(0, 5)) {
    const b = (await count.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(sidebar.x + sidebar.width);
  }
});

const windowOf = (url: string) => {
  const params = new URLSearchParams(url.split("?").pop());
  return [Date.parse(params.get("from")!), Date.parse(params.get("to")!)] as const;
};

test("zooming in keeps the selected event in view and stops at two days, with no hour ticks", async ({ page }) => {
  await openWithFixture(page, "#/event/e-delattre?from=2016-09-01&to=2016-12-31");
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  for (let i = 0; i < 12 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
  await expect(zoomIn).toBeDisabled();
  await expect(page.getByRole("button", { name: "Zoom out" })).toBeEnabled();
  await expect.poll(() => windowOf(page.url())[1] - windowOf(page.url())[0]).toBe(2 * 86_400_000);
  const [from, to] = windowOf(page.url());
  const day = Date.parse("2016-10-08T12:00:00Z");
  expect(from).toBeLessThan(day);
  expect(to).toBeGreaterThan(day);
  const labels = await page.getByTestId("axis-labels").locator("li").allTextContents();
  expect(labels.join(" ")).not.toMatch(/\d:\d\d/);
  expect(labels).toContain("8");
});

test("an empty window offers to jump to the nearest events on each side", async ({ page }) => {
  await openWithFixture(page, "#/?from=2013-01-01&to=2013-06-01");
  const hint = page.getByTestId("empty-window");
  await expect(hint).toContainText("No events in this period");
  await expect(hint.getByRole("button", { name: /previous event, 10 Feb 2012/ })).toHaveText("◀ 10 Feb 2012");
  await hint.getByRole("button", { name: /next event, 1 Oct 2016/ }).click();
  await expect(hint).toBeHidden();
  await expect.poll(() => {
    const [from, to] = windowOf(page.url());
    return from < Date.parse("2016-10-01T12:00:00Z") && to > Date.parse("2016-10-01T12:00:00Z");
  }).toBe(true);
});

test("fit all fits the filtered events when filters are active", async ({ page }) => {
  await openWithFixture(page, "#/");
  await actors(page).getByRole("checkbox", { name: /Sergey Lavrov/ }).check();
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect.poll(() => windowOf(page.url())[1] - windowOf(page.url())[0]).toBeLessThan(10 * 86_400_000);
  const [from, to] = windowOf(page.url());
  expect(from).toBeLessThanOrEqual(Date.parse("2012-01-31"));
  expect(to).toBeGreaterThanOrEqual(Date.parse("2012-02-01"));
  await actors(page).getByRole("button", { name: "Clear actors" }).click();
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect.poll(() => windowOf(page.url())[1] - windowOf(page.url())[0]).toBeGreaterThan(4 * 365 * 86_400_000);
});

test("a local file drops ?data= from the address, says links stay on this page, and clears a stale selection", async ({ page }) => {
  await page.context().route(/\/panels-data\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: PANELS_FIXTURE_JSON }),
  );
  await page.goto("/?data=panels-data.json#/event/e-delattre");
  await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText("Delattre calls Aleppo a catastrophe");
  const file = JSON.parse(PANELS_FIXTURE_JSON) as EventFile;
  const without = { ...file, events: file.events.filter((e) => e.id !== "e-delattre") };
  await page.getByLabel("Open an event file").setInputFiles({
    name: "mine.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(without)),
  });
  await expect(page.getByTestId("event-count")).toHaveText(`${without.events.length} events · mine.json`);
  await expect(page.getByTestId("local-file-note")).toContainText("links to it work only on this page");
  expect(page.url()).not.toContain("data=");
  await expect(detail(page).getByRole("article")).toHaveCount(0);
  await expect.poll(() => page.url()).not.toContain("e-delattre");
});

test("search also matches the evidence sentences, not only the quote", async ({ page }) => {
  await openWithFixture(page, "#/");
  // Only Lavrov's evidence sentence says he "will not persuade Assad"; his quote does not.
  await page.getByRole("searchbox", { name: /Search/ }).fill("persuade assad");
  await expect(page.getByTestId("match-count")).toHaveText("1 of 11 events");
  await expect(rowWith(page, "Sergey Lavrov")).toHaveCount(1);
});

test.describe("touch", () => {
  test.use({ hasTouch: true });

  test("a tap near a mark selects it; the same spot with a mouse does not", async ({ page }) => {
    const from = Date.parse("2012-01-21");
    const to = Date.parse("2012-02-10");
    await openWithFixture(page, "#/?from=2012-01-21&to=2012-02-10&actors=sergey-lavrov");
    const box = (await canvas(page).boundingBox())!;
    // One lane (88 px tall under the 40 px axis, marks 16 px below its name); the event's mark mid-day.
    const x = box.x + ((Date.parse("2012-01-31T12:00:00Z") - from) / (to - from)) * box.width + 15;
    const y = box.y + 40 + 16 + (88 - 16) / 2;
    await page.mouse.click(x, y);
    await expect(detail(page).getByRole("article")).toHaveCount(0);
    await page.touchscreen.tap(x, y);
    await expect(detail(page).getByRole("heading", { level: 2 })).toContainText("Lavrov");
  });
});

test("a failed load shows the error with Open file… as the way out, not an empty chart", async ({ page }) => {
  await page.goto("/?data=usability-missing.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("HTTP 404");
  await expect(alert.getByRole("button", { name: "Open file…" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Open file…" })).toHaveCount(1);
  await expect(canvas(page)).toBeHidden();
  await expect(page.getByRole("complementary", { name: "Filters" })).toBeHidden();
});

test("when nothing matches, Clear filters appears under the search field, which does not move", async ({ page }) => {
  await openWithFixture(page, "#/");
  const search = page.getByRole("searchbox", { name: /Search/ });
  const before = (await search.boundingBox())!.y;
  await search.fill("zzzz");
  await expect(page.getByTestId("match-count")).toHaveText("0 of 11 events");
  const filters = page.getByRole("complementary", { name: "Filters" });
  await expect(filters).toContainText("No event matches.");
  expect((await search.boundingBox())!.y).toBe(before);
  const clear = filters.getByRole("button", { name: "Clear filters" }).first();
  expect((await clear.boundingBox())!.y).toBeGreaterThan(before);
  await clear.click();
  await expect(page.getByTestId("match-count")).toHaveText("11 events");
  await expect(search).toHaveValue("");
});

test("on a phone each list row has two lines, the summary under the date", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openWithFixture(page, "#/");
  const row = rowWith(page, "Delattre");
  const date = (await row.getByRole("rowheader").boundingBox())!;
  const summary = (await row.getByRole("gridcell").last().boundingBox())!;
  expect(summary.y).toBeGreaterThan(date.y + date.height - 1);
  expect(summary.width).toBeGreaterThan(300);
});

test("the page has an icon (no favicon request fails)", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    // The fixture is served without a columns file: asking for one is expected to 404.
    if (response.status() >= 400 && !response.url().endsWith(".columns.bin")) failed.push(response.url());
  });
  await openWithFixture(page, "#/");
  expect(await page.locator("link[rel=icon]").getAttribute("href")).toMatch(/^data:image\/svg\+xml,/);
  expect(failed).toEqual([]);
});
