import { expect, test, type Locator, type Page } from "@playwright/test";
import { openWithFixture } from "./fixtures/panels-serve";
import { scaleFixture } from "./fixtures/panels-scale";

const grid = (page: Page) => page.getByRole("grid", { name: "Events" });
const activeRow = (page: Page) => grid(page).locator("[role=row][data-active]");
/** Whether a row lies inside the list's scrolled viewport (the page itself may be scrolled elsewhere). */
const shownInList = (row: Locator) =>
  row.evaluate((el) => {
    const scroller = el.closest("[role=rowgroup]")!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1;
  });
const heading = (page: Page) => page.getByRole("complementary", { name: "Event detail" }).getByRole("heading", { level: 2 });

test("the list is a grid with column headers, one row per event in date order", async ({ page }) => {
  await openWithFixture(page);
  await expect(grid(page)).toHaveAttribute("aria-rowcount", "12");
  await expect(grid(page).getByRole("columnheader")).toHaveText(["Date", "Type", "Actors", "Summary"]);
  const dates = await grid(page).getByRole("rowheader").allTextContents();
  expect(dates[0]).toBe("31 Jan 2012");
  expect(dates.at(-1)).toBe("20 Oct 2016");
});

test("arrow keys move the active row, Enter and Space select, focus is visible", async ({ page }) => {
  await openWithFixture(page);
  await page.getByRole("searchbox", { name: "Search quotes, summaries and names" }).focus();
  // Tab on from the filters until the grid has focus, as a keyboard user would.
  for (let i = 0; i < 40 && !(await grid(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(grid(page)).toBeFocused();
  await expect(activeRow(page)).toHaveAttribute("aria-rowindex", "2");
  const outline = await activeRow(page).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");

  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(activeRow(page)).toHaveAttribute("aria-rowindex", "4");
  await expect(grid(page)).toHaveAttribute("aria-activedescendant", "event-row-2");
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText("Russia and China veto the Syria draft resolution");
  await expect(activeRow(page)).toHaveAttribute("aria-selected", "true");

  await page.keyboard.press("End");
  await expect(activeRow(page)).toContainText("Diary recalls the Russian veto");
  expect(await shownInList(activeRow(page))).toBe(true);
  await page.keyboard.press(" ");
  await expect(heading(page)).toHaveText("Diary recalls the Russian veto");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowUp");
  await expect(activeRow(page)).toHaveAttribute("aria-rowindex", "2");
});

test("selecting elsewhere marks the row and scrolls it into view", async ({ page }) => {
  await openWithFixture(page, "#/event/e-lavrov-regime");
  await page.keyboard.press("n");
  await page.keyboard.press("n");
  const selected = grid(page).locator("[role=row][aria-selected=true]");
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText("Russia and China veto");
  for (let i = 0; i < 8; i++) await page.keyboard.press("n");
  await expect(heading(page)).toHaveText("Diary recalls the Russian veto");
  await expect(selected).toContainText("Diary recalls");
  expect(await shownInList(selected)).toBe(true);
});

test("100,000 events: only the visible rows are in the page, and the far end is reachable", async ({ page }) => {
  test.setTimeout(120_000);
  const { json, file } = scaleFixture(100_000);
  await openWithFixture(page, "", json);
  await expect(page.getByTestId("match-count")).toHaveText("100,000 events");
  await expect(grid(page)).toHaveAttribute("aria-rowcount", "100001");
  const rendered = await grid(page).locator("[role=row][aria-selected]").count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(40);

  await grid(page).focus();
  await page.keyboard.press("End");
  await expect(activeRow(page)).toHaveAttribute("aria-rowindex", "100001");
  expect(await shownInList(activeRow(page))).toBe(true);
  await page.keyboard.press("Enter");
  const last = [...file.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)).at(-1)!;
  await expect(heading(page)).toHaveText(last.summary);
  expect(await grid(page).locator("[role=row][aria-selected]").count()).toBeLessThan(40);

  // Filtering a big file still reports counts with separators.
  await page.getByRole("checkbox", { name: /Veto cast/ }).check();
  await expect(page.getByTestId("match-count")).toHaveText(/^[\d,]+ of 100,000 events$/);
});
