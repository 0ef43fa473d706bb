import { expect, test } from "@playwright/test";

test("the built page shows the timeline region once the bundled events are loaded", async ({ page }) => {
  await page.goto("/");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline).toBeVisible();
  await expect(timeline).toHaveAttribute("aria-busy", "false");
});
