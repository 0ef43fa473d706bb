import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateEventFile, type EventFile } from "../../src/model";

const CLI = new URL("../../src/pipeline/cli.ts", import.meta.url).pathname;

function preprocess(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { encoding: "utf8" });
  return { code: result.status, stderr: result.stderr, warnings: result.stderr.split("\n").filter((l) => l.startsWith("warning: ")) };
}

const LEDE =
  "Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow would veto any Security Council resolution demanding that President Bashar al-Assad step down.";
const MORE = "“Regime change is not our job,” Lavrov told reporters in Sydney, adding that he would speak to Hillary Clinton later.";
const OTHER =
  "French Foreign Minister Laurent Fabius said on Monday that Paris would table a new draft resolution on Mali at the Security Council next week.";

let root = "";
let input = "";
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "cli-"));
  input = join(root, "articles");
  mkdirSync(input);
  const put = (name: string, content: string | Uint8Array) => writeFileSync(join(input, name), content);
  put("01_raw.txt", `Subscribe\nLavrov Rules Out Regime Change\n\nPhoto: AFP\n${LEDE}\n\n${LEDE}\n\n${MORE}\n\nNewsfeed\nlog in or register`);
  put("02_clean.txt", `${LEDE}\n${MORE}`);
  put("03_mali.md", `---\ntitle: France seeks UN vote on Mali\ndate: 2013-03-04\n---\n${OTHER}\n`);
  put("04_page.html", `<html><head><meta property="og:title" content="Page title"><meta property="article:published_time" content="2013-03-05"></head>
    <body><article><h1>Mali Talks</h1><p>${OTHER.replace("Monday", "Tuesday")} Diplomats expect a vote within days.</p><p>${MORE.replace("Sydney", "Paris")}</p></article></body></html>`);
  put("05_empty.txt", "");
  put("06_binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  const barroso = "Jos\u00e9 Manuel Barroso said on Friday that the European Union would consider \u201cfurther measures\u201d against Damascus.";
  put("07_latin.txt", Uint8Array.from(barroso, (ch) => ({ "\u201c": 0x93, "\u201d": 0x94 })[ch] ?? ch.charCodeAt(0)));
  put("08_big.txt", `${LEDE}\n`.repeat(8000));
  put("09_noarticle.html", "<html><head><title>404</title></head><body><script>1</script></body></html>");
  put("10_notes.docx", "PK");
  put(
    "manifest.json",
    JSON.stringify([
      { file: "02_clean.txt", title: "Lavrov rules out regime change", source: "Wire", url: "https://wire.example/lavrov", published: "2012-01-31" },
      { file: "03_mali.md", published: "2013-13-01" },
      { file: "missing.txt", title: "Gone" },
    ]),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("preprocess CLI", () => {
  it("writes the good files, warns once per bad file, exits 0, and is byte-identical on a rerun", () => {
    const out = join(root, "out", "events.json");
    const first = preprocess("--in", input, "--out", out, "--max-file-mb", "0.1");
    expect(first.code).toBe(0);
    expect(first.warnings).toEqual([
      expect.stringMatching(/^warning: manifest\.json: entry 1 \("03_mali\.md"\) skipped: published: /),
      'warning: manifest.json: lists "missing.txt", which is not in the folder',
      "warning: 05_empty.txt: empty file; skipped",
      "warning: 06_binary.txt: binary data (NUL bytes or control characters), not text; skipped",
      "warning: 07_latin.txt: not valid UTF-8; read as Windows-1252",
      expect.stringMatching(/^warning: 08_big\.txt: \d+(?:\.\d)? MB is over the 0\.1 MB limit \(--max-file-mb\); skipped$/),
      "warning: 09_noarticle.html: no article text found in the HTML; skipped",
      "warning: 10_notes.docx: not an article file (.txt, .md, .html, .htm); skipped",
      // extraction's own warnings come last, named after the article's first file
      "warning: 07_latin.txt: no publication date: 1 event undated and left out",
    ]);
    const file = JSON.parse(readFileSync(out, "utf8")) as EventFile;
    expect(validateEventFile(file).ok).toBe(true);
    const byFiles = new Map(file.articles.map((a) => [a.files.join(","), a]));
    expect([...byFiles.keys()].sort()).toEqual(["01_raw.txt,02_clean.txt", "03_mali.md", "04_page.html", "07_latin.txt"]);
    expect(byFiles.get("01_raw.txt,02_clean.txt")).toMatchObject({
      title: "Lavrov rules out regime change",
      url: "https://wire.example/lavrov",
      published: "2012-01-31",
      text: `${LEDE}\n\n${MORE}`,
    });
    expect(byFiles.get("03_mali.md")).toMatchObject({ title: "France seeks UN vote on Mali", published: "2013-03-04" });
    expect(byFiles.get("04_page.html")).toMatchObject({ title: "Page title", published: "2013-03-05" });
    const lavrov = byFiles.get("01_raw.txt,02_clean.txt")!;
    const lavrovEvents = file.events.filter((e) => e.evidence.some((ev) => ev.article === lavrov.id));
    expect(lavrovEvents).toContainEqual(
      expect.objectContaining({ type: "veto", subtype: "threatened", actors: [{ id: "RUS", role: "vetoing" }], date: "2012-01-31" }),
    );
    expect(lavrovEvents).toContainEqual(
      expect.objectContaining({ type: "statement", subtype: "direct", actors: [{ id: "sergey-lavrov", role: "speaker" }] }),
    );
    for (const event of file.events) {
      for (const evidence of event.evidence) {
        const article = file.articles.find((a) => a.id === evidence.article)!;
        expect(article.text!.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
      }
    }
    expect(byFiles.get("07_latin.txt")?.text).toBe(
      "José Manuel Barroso said on Friday that the European Union would consider “further measures” against Damascus.",
    );

    const bytes = readFileSync(out);
    const columns = readFileSync(join(root, "out", "events.columns.bin"));
    expect(preprocess("--in", input, "--out", out, "--max-file-mb", "0.1").code).toBe(0);
    expect(readFileSync(out).equals(bytes)).toBe(true);
    expect(readFileSync(join(root, "out", "events.columns.bin")).equals(columns)).toBe(true);
    const withWorkers = join(root, "out", "workers.json");
    expect(preprocess("--in", input, "--out", withWorkers, "--max-file-mb", "0.1", "--workers", "2").code).toBe(0);
    expect(readFileSync(withWorkers).equals(bytes)).toBe(true);
  });

  it("exits 1 and keeps the previous file when nothing usable can be written", () => {
    const out = join(root, "kept.json");
    writeFileSync(out, "previous");
    const emptyDir = join(root, "empty");
    mkdirSync(emptyDir);
    writeFileSync(join(emptyDir, "blank.txt"), "   \n");
    const run = preprocess("--in", emptyDir, "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("warning: blank.txt: empty file; skipped");
    expect(run.stderr).toContain(`error: no usable article in ${emptyDir}`);
    expect(readFileSync(out, "utf8")).toBe("previous");
  });

  it("exits 1 with a clear message for a missing input folder or an unwritable output", () => {
    const missing = preprocess("--in", join(root, "nope"), "--out", join(root, "x.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`error: input folder not found: ${join(root, "nope")}`);
    const blocked = join(root, "blocked");
    mkdirSync(join(blocked, "events.json"), { recursive: true });
    const unwritable = preprocess("--in", input, "--out", join(blocked, "events.json"), "--max-file-mb", "0.1");
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/^error: .*events\.json/m);
    expect(readdirSync(blocked)).toEqual(["events.json"]);
  });

  it("rejects unknown options with usage help and exit code 2", () => {
    const run = preprocess("--inn", "x");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: unknown option '--inn'");
    expect(run.stderr).toContain("--out <file>");
  });
});
