/**
 * Checks the gold annotations against the corpus they describe, so that a typo in a
 * sentence, a date off by a day or a veto given to the wrong country is caught here
 * instead of silently skewing the scores.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_SWALLOWED_WORDS } from "../../src/eval/chrome";
import { GoldFileSchema } from "../../src/eval/gold";
import { scoreCorpus } from "../../src/eval/score";
import { outputFromGold } from "./outputFromGold";
import { containment, containsWords, words } from "../../src/eval/text";
import { ROOT, ownPublicationDate, readCorpus, readManifest } from "./corpusFiles";
import { LIST_END, vetoKeys } from "./vetoList";

const knownVetoes = vetoKeys();

const goldFiles = readdirSync(join(ROOT, "test/gold")).filter((f) => f.endsWith(".json"));

for (const name of goldFiles) {
  describe(`gold ${name}`, () => {
    const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(ROOT, "test/gold", name), "utf8")));
    const files = new Map(readCorpus(gold.dir).map((f) => [f.name, f]));
    const manifest = new Map(readManifest(gold.dir).map((e) => [e.file, e]));

    it("puts every corpus file in exactly one story", () => {
      const listed = gold.stories.flatMap((s) => s.files).sort();
      expect(listed).toEqual([...files.keys()].sort());
    });

    it("is told apart by the scorer: an output built from it scores 1.0 with no chrome", () => {
      const score = scoreCorpus(gold, outputFromGold(gold));
      expect(score.statements.hits).toBe(score.statements.gold);
      expect(score.statements.output).toBe(score.statements.gold);
      expect(score.vetoes.hits).toBe(score.vetoes.gold);
      expect(score.vetoes.output).toBe(score.vetoes.gold);
      expect(score.dates.right).toBe(score.dates.total);
      expect(score.chromeEvents).toBe(0);
    });

    for (const story of gold.stories) {
      describe(story.id, () => {
        const storyWords = story.files.map((f) => files.get(f)?.words ?? []);
        const occurs = (text: string) => storyWords.some((w) => containsWords(w, words(text)));

        it("takes its publication date from the manifest or the file itself", () => {
          for (const file of story.files) {
            const raw = files.get(file)?.raw ?? "";
            expect(manifest.get(file)?.published ?? ownPublicationDate(raw), file).toBe(story.published);
          }
        });

        it("quotes sentences that are in its files, and texts taken from them", () => {
          for (const s of story.statements) {
            expect(occurs(s.sentence), s.sentence).toBe(true);
            expect(containment(s.text, s.sentence), s.text).toBeGreaterThanOrEqual(0.8);
          }
          for (const v of story.vetoes) for (const s of v.sentences) expect(occurs(s), s).toBe(true);
        });

        it("lists chrome that is in the file and in no gold sentence", () => {
          const sentences = [...story.statements.map((s) => s.sentence), ...story.vetoes.flatMap((v) => v.sentences)];
          for (const [file, snippets] of Object.entries(story.chrome)) {
            expect(story.files).toContain(file);
            for (const snippet of snippets) {
              expect(containsWords(files.get(file)?.words ?? [], words(snippet)), snippet).toBe(true);
              if (words(snippet).length < MIN_SWALLOWED_WORDS) continue;
              for (const sentence of sentences) expect(containsWords(words(sentence), words(snippet)), snippet).toBe(false);
            }
          }
        });

        it("dates nothing after publication and no range backwards", () => {
          for (const item of [...story.statements, ...story.vetoes]) {
            if (item.dateEnd) expect(item.dateEnd >= item.date, item.note).toBe(true);
            if (story.published) expect((item.dateEnd ?? item.date) <= story.published, JSON.stringify(item).slice(0, 120)).toBe(true);
          }
        });

        it("gives cast and referenced vetoes the date and countries of the UN veto list", () => {
          for (const v of story.vetoes.filter((v) => v.subtype !== "threatened")) {
            expect(knownVetoes.has(`${v.date} ${[...v.countries].sort().join("+")}`), `${v.date} ${v.countries}`).toBe(true);
            expect(v.dateEnd ?? v.date).toBe(v.date);
          }
        });
      });
    }
  });
}

it("knows the veto list ends on " + LIST_END, () => {
  expect(knownVetoes.has("2022-07-08 RUS")).toBe(true);
});
