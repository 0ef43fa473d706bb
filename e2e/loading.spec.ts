/**
 * Loading, as a user meets it: the bundled file, another file by ?data=, a local file,
 * and files that are broken or missing, whose errors must say what is wrong.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import type { EventFile } from "../src/model";
import { encodeColumnsFile } from "../src/model/columns/columnsFile";
import { buildColumns } from "../src/model/columns/eventColumns";
import { sortEvents } from "../src/model/columns/sortEvents";
import { CORPUS, event, serveFile } from "./fixtures/timeline-events";

const timeline = (page: Page) => page.locator('section[aria-label="Timeline"]');

test("the bundled events.json loads and the page reports its event count", async ({ page }) => {
  const bundled = JSON.parse(readFileSync("public/events.json", "utf8")) as { events: unknown[] };
  // The pipeline wrote its columns file too, and the page (its worker) fetches it.
  const columns = page.waitForResponse((response) => response.url().endsWith("/events.columns.bin"));
  await page.goto("/");
  expect((await columns).status()).toBe(200);
  await expect(timeline(page)).toHaveAttribute("aria-busy", "false");
  await expect(page.getByRole("alert")).toHaveCount(0);
  const count = bundled.events.length;
  await expect(page.getByTestId("event-count")).toHaveText(`${count.toLocaleString("en")} ${count === 1 ? "event" : "events"} · events.json`);
});

test("event files are served whole with their length, so the loading bar can fill", async ({ page }) => {
  const response = await page.request.get("/events.json", { headers: { "Accept-Encoding": "gzip, deflate, br" } });
  expect(response.headers()["content-encoding"]).toBeUndefined();
  expect(Number(response.headers()["content-length"])).toBe(readFileSync("public/events.json").byteLength);
});

test("?data= loads another file", async ({ page }) => {
  await serveFile(page, "timeline-other.json", JSON.stringify(CORPUS));
  await page.goto("/?data=timeline-other.json");
  await expect(page.getByTestId("event-count")).toHaveText(`${CORPUS.events.length} events · timeline-other.json`);
  await expect(timeline(page)).toHaveAttribute("aria-busy", "false");
});

test("malformed JSON: the error names the file and where it breaks, and the page stays usable", async ({ page }) => {
  await serveFile(page, "timeline-broken.json", '{\n  "schemaVersion": 1,\n  "events": [\n    {"id": "a",}\n  ]\n}');
  await page.goto("/?data=timeline-broken.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("timeline-broken.json is not valid JSON");
  await expect(alert).toContainText(/line 4/);
  await expect(timeline(page)).toHaveAttribute("aria-busy", "false");
  await expect(page.getByRole("button", { name: "Open file…" })).toBeEnabled();
});

test("a file that breaks the contract lists the first problems with their path, and nothing of it stays drawn", async ({ page }) => {
  const broken = structuredClone(CORPUS);
  (broken.events[3] as { date: string }).date = "2012-02-30";
  await serveFile(page, "timeline-invalid.json", JSON.stringify(broken));
  await page.goto("/?data=timeline-invalid.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("timeline-invalid.json is not a valid event file");
  await expect(alert).toContainText(/events\[3\]\.date: /);
  // The timeline may draw the file's columns before the check ends; the error replaces them.
  await expect(page.getByTestId("timeline-canvas")).toBeHidden();
  await expect(page.getByRole("complementary", { name: "Filters" })).toBeHidden();
});

test("a missing file names the HTTP status", async ({ page }) => {
  await page.goto("/?data=timeline-does-not-exist.json");
  await expect(page.getByRole("alert")).toContainText("Could not load timeline-does-not-exist.json: HTTP 404");
  await expect(timeline(page)).toHaveAttribute("aria-busy", "false");
});

test("a local file opens through the file input, also after an error", async ({ page }) => {
  await page.goto("/?data=timeline-does-not-exist.json");
  await expect(page.getByRole("alert")).toBeVisible();
  const local = { ...CORPUS, events: [...CORPUS.events, event("e-local-extra", "2016-03-01")] };
  await page.getByLabel("Open an event file").setInputFiles({
    name: "my-events.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(local)),
  });
  await expect(page.getByTestId("event-count")).toHaveText(`${local.events.length} events · my-events.json`);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(timeline(page)).toHaveAttribute("aria-busy", "false");
});

test("a file dropped on the page opens", async ({ page }) => {
  await serveFile(page, "timeline-other.json", JSON.stringify(CORPUS));
  await page.goto("/?data=timeline-other.json");
  await expect(timeline(page)).toHaveAttribute("aria-busy", "false");
  const dropped = { ...CORPUS, events: CORPUS.events.slice(0, 3) };
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.json", { type: "application/json" }));
    return data;
  }, JSON.stringify(dropped));
  await page.dispatchEvent("main", "dragenter", { dataTransfer: transfer });
  await expect(page.getByText("Drop an event file to open it")).toBeVisible();
  await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
  await expect(page.getByTestId("event-count")).toHaveText("3 events · dropped.json");
});

/** The columns file the pipeline would write next to `file`, claiming an event file of `eventsBytes`. */
function columnsFileOf(file: EventFile, eventsBytes: number): Buffer {
  return Buffer.from(encodeColumnsFile(buildColumns(sortEvents(file.events, 0), file.actors), eventsBytes));
}

/**
 * Runs `test` against a server of its own (cross-origin, as `?data=` allows) for CORPUS:
 * it sends the event file's headers at once and its body only once `release` is called, as
 * a slow download does; the columns file (made for the event file's length) goes out at
 * once, or never ("hang"). `address` is the page's address for it.
 */
async function withSlowServer(
  columns: ((eventsBytes: number) => Buffer) | "hang",
  test: (server: { address: string; release: () => void }) => Promise<void>,
): Promise<void> {
  const json = JSON.stringify(CORPUS);
  const columnsFile = columns === "hang" ? "hang" : columns(Buffer.byteLength(json));
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((request, response) => {
    const cors = { "access-control-allow-origin": "*", "access-control-allow-headers": "accept" };
    if (request.method === "OPTIONS") return void response.writeHead(204, cors).end();
    if (request.url === "/slow.columns.bin" && columnsFile === "hang") return;
    if (request.url === "/slow.columns.bin") {
      return void response.writeHead(200, { ...cors, "content-type": "application/octet-stream", "content-length": columnsFile.length }).end(columnsFile);
    }
    if (request.url !== "/slow.json") return void response.writeHead(404, cors).end();
    response.writeHead(200, { ...cors, "content-type": "application/json", "content-length": Buffer.byteLength(json) });
    response.flushHeaders();
    void released.then(() => response.end(json));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await test({ address: `/?data=${encodeURIComponent(`http://127.0.0.1:${port}/slow.json`)}`, release });
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

const madeForIt = (eventsBytes: number) => columnsFileOf(CORPUS, eventsBytes);

test("with its columns file, the timeline is drawn before the event file has arrived", async ({ page }) => {
  await withSlowServer(madeForIt, async (server) => {
    await page.goto(server.address);
    await expect(timeline(page)).toHaveAttribute("aria-busy", "false");
    await expect(page.getByTestId("timeline-canvas")).toBeVisible();
    await expect(page.getByTestId("event-count")).toHaveText(`${CORPUS.events.length} events · slow.json`);
    // The events themselves (filters, list, details) come from the event file, still on its way.
    await expect(page.getByTestId("match-count")).toHaveCount(0);
    server.release();
    await expect(page.getByTestId("match-count")).toHaveText(`${CORPUS.events.length} events`);
  });
});

test("a mark picked before the event file has arrived opens once it has, instead of the link's event", async ({ page }) => {
  const linked = CORPUS.events.find((e) => e.type === "statement")!;
  await withSlowServer(madeForIt, async (server) => {
    // A link to a statement; the window, a week of February 2012, where the joint veto of the
    // 4th stands alone in its lanes.
    await page.goto(`${server.address}#/event/${linked.id}?from=2012-02-01&to=2012-02-07`);
    await expect(timeline(page)).toHaveAttribute("aria-busy", "false");
    await expect(page.getByText(`Opening event ${linked.id} from the link once the file is read`)).toBeVisible();
    const box = (await page.getByTestId("timeline-canvas").boundingBox())!;
    const x = box.x + ((Date.UTC(2012, 1, 4, 12) - Date.UTC(2012, 1, 1)) / (Date.UTC(2012, 1, 7) - Date.UTC(2012, 1, 1))) * box.width;
    const waiting = page.getByText("Loading this event's quote and sources");
    for (let y = box.y + 40; y < box.y + box.height && !(await waiting.isVisible()); y += 6) await page.mouse.click(x, y);
    await expect(waiting).toBeVisible();
    server.release();
    await expect(page.getByTestId("selection-announcement")).toContainText("Selected: Russia and China veto the Syria draft");
    await expect(waiting).toHaveCount(0);
    expect(page.url()).not.toContain(linked.id);
  });
});

test("a columns file made for another version of the event file is not drawn", async ({ page }) => {
  await withSlowServer((eventsBytes) => columnsFileOf(CORPUS, eventsBytes + 1), async (server) => {
    await page.goto(server.address);
    await expect(page.getByRole("status")).toContainText("Reading slow.json");
    await page.waitForTimeout(500);
    await expect(timeline(page)).toHaveAttribute("aria-busy", "true");
    server.release();
    await expect(timeline(page)).toHaveAttribute("aria-busy", "false");
    await expect(page.getByTestId("match-count")).toHaveText(`${CORPUS.events.length} events`);
  });
});

for (const width of [1440, 375]) {
  test(`the page does not move when loading ends (${width} px wide)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 850 });
    await withSlowServer(madeForIt, async (server) => {
      await page.goto(server.address);
      await expect(timeline(page)).toHaveAttribute("aria-busy", "false");
      await expect(page.getByRole("progressbar")).toBeVisible();
      const before = (await page.getByTestId("timeline-canvas").boundingBox())!;
      server.release();
      await expect(page.getByRole("progressbar")).toHaveCount(0);
      const after = (await page.getByTestId("timeline-canvas").boundingBox())!;
      expect(after.y).toBe(before.y);
    });
  });
}

test("a server that never answers for the columns file does not hold up the event file", async ({ page }) => {
  await withSlowServer("hang", async (server) => {
    server.release();
    await page.goto(server.address);
    await expect(page.getByTestId("match-count")).toHaveText(`${CORPUS.events.length} events`);
    await expect(timeline(page)).toHaveAttribute("aria-busy", "false");
  });
});

test("a columns file that draws other events than its event file is replaced by the event file's", async ({ page }) => {
  const json = JSON.stringify(CORPUS);
  const fewer = { ...CORPUS, events: CORPUS.events.slice(3) };
  // Same length claimed, other content: only reading the event file can tell.
  await serveFile(page, "timeline-changed.columns.bin", columnsFileOf(fewer, Buffer.byteLength(json)), 200, "application/octet-stream");
  await serveFile(page, "timeline-changed.json", json);
  await page.goto("/?data=timeline-changed.json");
  await expect(page.getByTestId("match-count")).toHaveText(`${CORPUS.events.length} events`);
  await expect(page.getByTestId("event-count")).toHaveText(`${CORPUS.events.length} events · timeline-changed.json`);
});
