import { expect, test, type Page } from "@playwright/test";
import { openWithFixture } from "./fixtures/panels-serve";

const count = (page: Page) => page.getByTestId("match-count");
const grid = (page: Page) => page.getByRole("grid", { name: "Events" });
/** Event rows only (the header row has no aria-selected). */
const rows = (page: Page) => grid(page).locator("[role=row][aria-selected]");
const actors = (page: Page) => page.getByRole("group", { name: "Actors" });

test.beforeEach(async ({ page }) => {
  await openWithFixture(page);
  await expect(count(page)).toHaveText("11 events");
  await expect(rows(page)).toHaveCount(11);
});

test("ticking an actor shows only that actor's events and says how many match", async ({ page }) => {
  await actors(page).getByRole("checkbox", { name: /Sergey Lavrov/ }).check();
  await expect(count(page)).toHaveText("1 of 11 events");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("Sergey Lavrov");
  await expect(rows(page).first()).toContainText("regime change");

  await actors(page).getByRole("checkbox", { name: /Vladimir Putin/ }).check();
  await expect(count(page)).toHaveText("2 of 11 events");
  for (const row of await rows(page).all()) await expect(row).toContainText(/Sergey Lavrov|Vladimir Putin/);
  await expect.poll(() => page.url()).toContain("actors=sergey-lavrov,vladimir-putin");

  await actors(page).getByRole("button", { name: "Clear actors" }).click();
  await expect(count(page)).toHaveText("11 events");
});

test("'only' selects just one actor", async ({ page }) => {
  await actors(page).getByRole("checkbox", { name: /Sergey Lavrov/ }).check();
  await actors(page).getByRole("button", { name: "Only Russia" }).click();
  await expect(actors(page).getByRole("checkbox", { name: /Sergey Lavrov/ })).not.toBeChecked();
  await expect(actors(page).getByRole("checkbox", { name: /^Russia/ })).toBeChecked();
  await expect(count(page)).toHaveText("4 of 11 events");
  for (const row of await rows(page).all()) await expect(row).toContainText("Russia");
});

test("actors are grouped under country names, organisations under Other, and can be searched", async ({ page }) => {
  const groups = actors(page).getByRole("group");
  const names = await groups.evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")));
  expect(names).toEqual(["China", "France", "Russia", "Turkey", "Other"]);
  await expect(actors(page).getByRole("group", { name: "Other" })).toContainText("UN Security Council");
  await expect(actors(page).getByRole("group", { name: "Russia" })).toContainText("Dmitry Medvedev");

  await actors(page).getByRole("searchbox", { name: "Find an actor" }).fill("davut");
  await expect(actors(page).getByRole("checkbox")).toHaveCount(1);
  await expect(actors(page).getByRole("group", { name: "Turkey" })).toContainText("Ahmet Davutoğlu");
});

test("actor counts follow the type filter", async ({ page }) => {
  const russia = actors(page).getByRole("listitem").filter({ hasText: /^Russia/ }).getByTestId("actor-count");
  await expect(russia).toHaveText("4 events");
  await page.getByRole("checkbox", { name: /Veto cast/ }).check();
  await expect(count(page)).toHaveText("2 of 11 events");
  await expect(russia).toHaveText("2 events");
  for (const row of await rows(page).all()) await expect(row).toContainText("Veto cast");
});

test("the text search matches quotes, summaries and names, ignoring case and accents", async ({ page }) => {
  const search = page.getByRole("searchbox", { name: "Search quotes, summaries and names" });
  await search.fill("ALEPPO");
  await expect(count(page)).toHaveText("2 of 11 events");
  await search.fill("francois");
  await expect(count(page)).toHaveText("1 of 11 events");
  await expect(rows(page).first()).toContainText("Delattre");
  await expect.poll(() => page.url()).toContain("q=francois");
});

test("an empty result says so and offers to clear the filters", async ({ page }) => {
  await page.getByRole("searchbox", { name: "Search quotes, summaries and names" }).fill("no such words");
  await expect(count(page)).toHaveText("0 of 11 events");
  await expect(page.getByText("No events match these filters.")).toBeVisible();
  await expect(grid(page)).toHaveCount(0);
  await page.getByRole("main").getByRole("button", { name: "Clear filters" }).click();
  await expect(count(page)).toHaveText("11 events");
  await expect(page.getByRole("searchbox", { name: "Search quotes, summaries and names" })).toHaveValue("");
});
