/**
 * Screenshots of the timeline for a person to judge (1440×900 and 375×812, light and
 * dark, the small corpus and 2,000 generated events, several zoom levels). They are
 * kept in e2e/screenshots/timeline/ (not committed). The assertions only check that the
 * picture shows data; looking at the pictures is the point.
 */
import { expect, test } from "@playwright/test";
import { CORPUS, generated, openTimeline } from "./fixtures/timeline-events";

const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "mobile", width: 375, height: 812 },
] as const;
const DIR = "e2e/screenshots/timeline";

for (const size of SIZES) {
  for (const scheme of ["light", "dark"] as const) {
    test(`timeline screenshots ${size.name} ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await openTimeline(page, CORPUS);
      await expect(page.getByTestId("event-count")).toContainText(`${CORPUS.events.length} events`);
      await page.screenshot({ path: `${DIR}/${size.name}-${scheme}-corpus-fit.png` });
      // Late January to mid February 2012, where most events are; then one day.
      await openTimeline(page, CORPUS, "#/?from=2012-01-20&to=2012-02-12");
      await page.screenshot({ path: `${DIR}/${size.name}-${scheme}-corpus-weeks.png` });
      await openTimeline(page, CORPUS, "#/?from=2012-02-07T18:00Z&to=2012-02-09T06:00Z");
      await page.screenshot({ path: `${DIR}/${size.name}-${scheme}-corpus-day.png` });
    });

    test(`timeline screenshots ${size.name} ${scheme} bundled corpus`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/");
      await expect(page.locator('section[aria-label="Timeline"]')).toHaveAttribute("aria-busy", "false");
      await page.screenshot({ path: `${DIR}/${size.name}-${scheme}-bundled-fit.png` });
    });

    test(`timeline screenshots ${size.name} ${scheme} generated`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await openTimeline(page, generated(2000));
      await page.screenshot({ path: `${DIR}/${size.name}-${scheme}-generated-fit.png` });
      const canvas = page.getByTestId("timeline-canvas");
      const box = (await canvas.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${DIR}/${size.name}-${scheme}-generated-zoomed.png` });
    });
  }
}
