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
