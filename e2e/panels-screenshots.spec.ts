/**
 * Screenshots of the panels for a person to look at (1440×900 and 375×812, light and
 * dark), written to test-results/panels-screenshots/. They assert only that the panels
 * render; judging the pictures is a human's job.
 */
import { expect, test } from "@playwright/test";
import { openWithFixture } from "./fixtures/panels-serve";

const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "mobile", width: 375, height: 812 },
] as const;

for (const size of SIZES) {
  for (const scheme of ["light", "dark"] as const) {
    test(`panels screenshot ${size.name} ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await openWithFixture(page, "#/event/e-veto-2012");
      await expect(page.getByTestId("event-text")).toBeVisible();
      await page.screenshot({ path: `test-results/panels-screenshots/${size.name}-${scheme}-detail.png`, fullPage: size.name === "desktop" });
      if (size.name === "mobile") {
        await page.getByRole("button", { name: "Close" }).click();
        await page.getByRole("button", { name: "Show filters" }).click();
        await page.screenshot({ path: `test-results/panels-screenshots/${size.name}-${scheme}-filters.png`, fullPage: true });
      }
    });
  }
}

test("panels screenshot states: keyboard focus in the list, empty result, unknown id", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openWithFixture(page, "#/event/e-unknown");
  await expect(page.getByRole("alert")).toBeVisible();
  const grid = page.getByRole("grid", { name: "Events" });
  await grid.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await grid.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/panels-screenshots/desktop-light-focus-unknown.png" });
  await page.getByRole("searchbox", { name: "Search quotes, summaries and names" }).fill("nothing like this");
  await expect(page.getByText("No events match these filters.")).toBeVisible();
  await page.screenshot({ path: "test-results/panels-screenshots/desktop-light-empty.png" });
});
