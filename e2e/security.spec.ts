import { expect, test } from "@playwright/test";
import { XSS } from "./fixtures/panels-events";
import { openWithFixture } from "./fixtures/panels-serve";

test("event text containing HTML shows as text: no element is created, no script runs", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await openWithFixture(page, "#/event/e-xss");
  const detail = page.getByRole("complementary", { name: "Event detail" });
  await expect(detail.getByRole("heading", { level: 2 })).toHaveText(XSS);
  await expect(detail.getByTestId("event-text")).toHaveText(XSS);
  // The article has no text: the evidence sentence is shown, highlighted, as text.
  await expect(detail.getByTestId("source-excerpt").locator("mark")).toHaveText(XSS);
  await expect(page.getByRole("grid", { name: "Events" }).locator("[role=row][aria-selected=true]")).toContainText(XSS);
  await expect(page.getByTestId("selection-announcement")).toHaveText(`Selected: ${XSS}, 10 Feb 2012`);

  // Searching for the markup finds it as plain characters.
  await page.getByRole("searchbox", { name: "Search quotes, summaries and names" }).fill("onerror=alert");
  await expect(page.getByTestId("match-count")).toHaveText("1 of 11 events");

  await page.waitForTimeout(300); // give a would-be onerror handler time to fire
  expect(await page.locator("img").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("the detail offers only http(s) links, opened without access to this page", async ({ page }) => {
  await openWithFixture(page, "#/event/e-lavrov-regime");
  const links = page.getByRole("complementary", { name: "Event detail" }).getByRole("link");
  await expect(links).toHaveCount(1);
  await expect(links.first()).toHaveAttribute("href", /^https?:\/\//);
  await expect(links.first()).toHaveAttribute("rel", "noopener noreferrer");
  await expect(links.first()).toHaveAttribute("target", "_blank");
});
