import { expect, test, type Page } from "@playwright/test";
import { PANELS_FIXTURE_JSON } from "./fixtures/panels-events";
import { openWithFixture, serveEvents } from "./fixtures/panels-serve";

const detail = (page: Page) => page.getByRole("complementary", { name: "Event detail" });
const heading = (page: Page) => detail(page).getByRole("heading", { level: 2 });
const grid = (page: Page) => page.getByRole("grid", { name: "Events" });
const rowWith = (page: Page, text: string) => grid(page).locator("[role=row][aria-selected]").filter({ hasText: text });
const windowOf = (url: string) => {
  const params = new URLSearchParams(url.split("?").pop());
  return [Date.parse(params.get("from")!), Date.parse(params.get("to")!)] as const;
};

test("a link to an event opens it selected, centred, with its quote in the detail", async ({ page }) => {
  await openWithFixture(page, "#/event/e-medvedev-veto");
  await expect(heading(page)).toHaveText("Medvedev defends the Russian-Chinese veto");
  await expect(detail(page).getByTestId("event-text")).toHaveText(
    "“That resolution would not have been conducive to the search for a peaceful solution to the crisis”",
  );
  await expect(detail(page)).toContainText("8 Feb 2012, from ‘Wednesday’");
  await expect(detail(page)).toContainText("Dmitry Medvedev, President of Russia");
  await expect(detail(page)).toContainText("Relayed by");
  await expect(rowWith(page, "Medvedev defends")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("selection-announcement")).toHaveText("Selected: Medvedev defends the Russian-Chinese veto, 8 Feb 2012");

  await expect.poll(() => page.url()).toMatch(/#\/event\/e-medvedev-veto\?from=/);
  const [from, to] = windowOf(page.url());
  const middle = Date.parse("2012-02-08T12:00:00Z");
  expect(Math.abs((from + to) / 2 - middle)).toBeLessThan((to - from) * 0.05);
});

test("the detail shows each source with the sentence highlighted in context", async ({ page }) => {
  await openWithFixture(page, "#/event/e-veto-2012");
  await expect(detail(page)).toContainText("Veto cast");
  await expect(detail(page)).toContainText("Vetoing countries");
  await expect(detail(page)).toContainText("S/2012/77, on Syria");
  const sources = detail(page).getByRole("region", { name: /Sources/ }).getByRole("listitem");
  await expect(sources).toHaveCount(2);
  await expect(sources.nth(0)).toContainText("Turkey, Russia converge on Syria and Iran crisis");
  await expect(sources.nth(0)).toContainText("Turkish News (via Hurriyet Daily News) · published 9 Feb 2012");
  await expect(sources.nth(0).locator("mark")).toHaveText(
    "Russia and China on Saturday vetoed a draft resolution of the UN Security Council that backed an Arab League plan for Syria.",
  );
  // No URL in the manifest: no link. The other source links to its https original.
  await expect(sources.nth(0).getByRole("link")).toHaveCount(0);
  await expect(sources.nth(0)).toContainText("No link to the original: the file gives none");
  const link = sources.nth(1).getByRole("link", { name: "Original article" });
  await expect(link).toHaveAttribute("href", "https://sputniknews.com/20120208/171220493.html");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");

  const excerpt = sources.nth(1).getByTestId("source-excerpt");
  await expect(excerpt).toContainText("the Kremlin press service said");
  await expect(excerpt).not.toContainText("We certainly condemn");
  await sources.nth(1).getByRole("button", { name: "Show the whole article" }).click();
  await expect(excerpt).toContainText("We certainly condemn all violence");
  await expect(excerpt.locator("mark")).toContainText("Medvedev also defended the Russian-Chinese veto");
});

test("dates are worded with their precision and basis", async ({ page }) => {
  await openWithFixture(page, "#/event/e-davutoglu");
  await expect(detail(page)).toContainText("6–9 Feb 2012, from ‘earlier this week’");
  await expect(detail(page)).toContainText("Ahmet Davutoğlu, Foreign Minister of Turkey");
  await page.goto("/#/event/e-russia-threat");
  await expect(detail(page)).toContainText("31 Jan 2012, the publication date (the text gives none)");
  await page.goto("/#/event/e-paralysed");
  await expect(detail(page)).toContainText("Oct 2016, from ‘for months’");
});

test("an unknown id says so and the rest of the page still works", async ({ page }) => {
  await openWithFixture(page, "#/event/e-xyz");
  await expect(page.getByRole("alert").filter({ hasText: "No event with id e-xyz in this file." })).toBeVisible();
  await expect(page.getByTestId("match-count")).toHaveText("11 events");
  await page.getByRole("checkbox", { name: /Veto cast/ }).check();
  await expect(page.getByTestId("match-count")).toHaveText("2 of 11 events");
  await rowWith(page, "Aleppo").click();
  await expect(heading(page)).toHaveText("Russia vetoes the French Aleppo resolution");
  await expect(page.getByText("No event with id e-xyz")).toHaveCount(0);
});

test("back and forward step through selections; reload keeps the view", async ({ page }) => {
  await openWithFixture(page, "#/");
  await rowWith(page, "Lavrov: regime change").click();
  await expect(heading(page)).toHaveText("Lavrov: regime change is not our job");
  await rowWith(page, "Putin condemns").click();
  await expect(heading(page)).toHaveText("Putin condemns violence in Syria, rejects interference");
  await expect(page).toHaveURL(/#\/event\/e-putin-violence/);

  await page.goBack();
  await expect(heading(page)).toHaveText("Lavrov: regime change is not our job");
  await expect(rowWith(page, "Lavrov: regime change")).toHaveAttribute("aria-selected", "true");
  await page.goBack();
  await expect(detail(page).getByRole("article")).toHaveCount(0);
  await page.goForward();
  await expect(heading(page)).toHaveText("Lavrov: regime change is not our job");

  await page.getByRole("checkbox", { name: /Direct quote/ }).check();
  await expect(page.getByTestId("match-count")).toHaveText("4 of 11 events");
  await expect.poll(() => page.url()).toContain("types=direct");
  await page.reload();
  await expect(heading(page)).toHaveText("Lavrov: regime change is not our job");
  await expect(page.getByTestId("match-count")).toHaveText("4 of 11 events");
  await expect(page.getByRole("checkbox", { name: /Direct quote/ })).toBeChecked();
});

test("previous and next follow the filtered date order, by button and by key", async ({ page }) => {
  await openWithFixture(page, "#/event/e-veto-2012?types=cast,direct");
  await expect(heading(page)).toHaveText("Russia and China veto the Syria draft resolution");
  await detail(page).getByRole("button", { name: "Next →" }).click();
  // Davutoğlu (reported speech) is filtered out; the next direct quote or veto is Medvedev's.
  await expect(heading(page)).toHaveText("Medvedev defends the Russian-Chinese veto");
  await page.keyboard.press("n");
  await expect(heading(page)).toHaveText("Putin condemns violence in Syria, rejects interference");
  await page.keyboard.press("p");
  await page.keyboard.press("p");
  await expect(heading(page)).toHaveText("Russia and China veto the Syria draft resolution");
  await page.keyboard.press("p");
  await expect(heading(page)).toHaveText("Lavrov: regime change is not our job");
  await expect(detail(page).getByRole("button", { name: "← Previous" })).toBeDisabled();

  // Stepping to an event outside the window moves the window onto it.
  await page.goto("/#/event/e-veto-2012?from=2012-02-01&to=2012-02-10");
  await expect(heading(page)).toHaveText("Russia and China veto the Syria draft resolution");
  await page.getByRole("checkbox", { name: /Veto cast/ }).check();
  await page.keyboard.press("n");
  await expect(heading(page)).toHaveText("Russia vetoes the French Aleppo resolution");
  await expect.poll(() => windowOf(page.url())[0]).toBeGreaterThan(Date.parse("2016-09-01"));
});

test("copy link puts the absolute link to this event and view on the clipboard", async ({ page, context, browserName }) => {
  test.skip(browserName !== "chromium", "clipboard permissions are Chromium's");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openWithFixture(page, "#/event/e-delattre?q=aleppo");
  await detail(page).getByRole("button", { name: "Copy link" }).click();
  await expect(detail(page).getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/event\/e-delattre\?from=[^&]+&to=[^&]+&q=aleppo&group=country$/);

  const other = await context.newPage();
  await serveEvents(other);
  await other.goto(copied);
  await expect(heading(other)).toHaveText("Delattre calls Aleppo a catastrophe");
  await expect(other.getByTestId("match-count")).toHaveText("2 of 11 events");
  expect(windowOf(other.url())).toEqual(windowOf(copied));
});

test("a ?data= file stays in the address while the hash changes", async ({ page }) => {
  await page.context().route(/\/panels-data\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: PANELS_FIXTURE_JSON }),
  );
  await page.goto("/?data=panels-data.json#/event/e-delattre");
  await expect(heading(page)).toHaveText("Delattre calls Aleppo a catastrophe");
  await rowWith(page, "Russia vetoes the French").click();
  await expect(page).toHaveURL(/\/\?data=panels-data\.json#\/event\/e-veto-2016/);
});

test("Escape closes the detail, and back brings the event again", async ({ page }) => {
  await openWithFixture(page, "#/event/e-delattre");
  await expect(heading(page)).toHaveText("Delattre calls Aleppo a catastrophe");
  await page.keyboard.press("Escape");
  await expect(detail(page).getByRole("article")).toHaveCount(0);
  await expect(page).toHaveURL(/#\/\?/);
  await page.goBack();
  await expect(heading(page)).toHaveText("Delattre calls Aleppo a catastrophe");
});

test("on a phone the announcer is in place before the first selection, and the detail opens as a sheet", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openWithFixture(page, "#/");
  const announcer = page.getByTestId("selection-announcement");
  await expect(announcer).toHaveAttribute("aria-live", "polite");
  await expect(announcer).toHaveText("");
  await expect(detail(page)).toBeHidden();
  await rowWith(page, "Delattre").click();
  await expect(announcer).toHaveText("Selected: Delattre calls Aleppo a catastrophe, 8 Oct 2016");
  await expect(detail(page)).toBeInViewport();
  await detail(page).getByRole("button", { name: "Close" }).click();
  await expect(detail(page)).toBeHidden();
});

test("copy link shows the link to copy by hand when the clipboard refuses", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
  });
  await openWithFixture(page, "#/event/e-delattre");
  await detail(page).getByRole("button", { name: "Copy link" }).click();
  const field = detail(page).getByRole("textbox", { name: "Copy this link:" });
  await expect(field).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/#\/event\/e-delattre\?from=/);
  await expect(field).toBeFocused();
  await expect(detail(page).getByText("Copied")).toHaveCount(0);
});
