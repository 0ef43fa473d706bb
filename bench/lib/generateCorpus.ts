import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildStory } from "./buildStory";
import { Random } from "./random";
import { renderStory, type RenderedFile } from "./renderStory";

/** Folders whose texts give the filler prose its vocabulary. */
const VOCABULARY_SOURCES = ["data/articles", "test/corpora/wire"];

export interface GeneratedCorpus {
  files: number;
  stories: number;
}

/**
 * Writes `files` article files for a deterministic set of stories into `dir` (emptied
 * first): about 8% of stories come twice (a page capture and a clean copy) and 3% as a
 * syndicated copy from another outlet; 40% of files carry page chrome; 70% of the
 * plain-text files are listed in manifest.json.
 */
export async function generateCorpus(dir: string, files: number, seed: number, root: string): Promise<GeneratedCorpus> {
  const random = new Random(seed);
  const words = await vocabulary(root);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const manifest: NonNullable<RenderedFile["manifest"]>[] = [];
  let written = 0;
  let stories = 0;
  const write = async (file: RenderedFile) => {
    await writeFile(join(dir, file.name), file.content);
    if (file.manifest) manifest.push(file.manifest);
    written++;
  };
  while (written < files) {
    const story = buildStory(random, words);
    const name = String(stories++).padStart(6, "0");
    const duplicate = random.next();
    await write(renderStory(story, name, random, { chrome: random.chance(0.4) || duplicate < 0.08 }));
    if (duplicate < 0.08 && written < files) await write(renderStory(story, `${name}_clean`, random, { chrome: false }));
    else if (duplicate < 0.11 && written < files) {
      const syndicated = { ...story, paragraphs: [`Via wire services: ${story.title}.`, ...story.paragraphs.slice(1)] };
      await write(renderStory(syndicated, `${name}_syndicated`, random, { chrome: false }));
    }
  }
  await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest, null, 1));
  return { files: written, stories };
}

async function vocabulary(root: string): Promise<string[]> {
  const words = new Set<string>();
  for (const folder of VOCABULARY_SOURCES) {
    for (const name of await readdir(join(root, folder))) {
      const text = await readFile(join(root, folder, name), "utf8");
      for (const word of text.toLowerCase().match(/\b[a-z]{3,}\b/g) ?? []) words.add(word);
    }
  }
  return [...words].sort();
}
