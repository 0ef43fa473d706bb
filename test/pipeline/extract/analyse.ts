/**
 * Test input builder: real sentence segmentation, and actor mentions found by exact
 * names given per test, so the grammar is tested independently of the dictionaries.
 */
import type { Actor } from "../../../src/model";
import { segment } from "../../../src/pipeline/text/segment";
import type { ActorRecognition, CorpusArticle, Mention, Segmentation } from "../../../src/pipeline/types";

export const ACTORS: Record<string, Actor> = {
  lavrov: { id: "sergey-lavrov", name: "Sergei Lavrov", kind: "person", country: "RUS", roles: [{ title: "Foreign Minister" }] },
  medvedev: { id: "dmitry-medvedev", name: "Dmitry Medvedev", kind: "person", country: "RUS" },
  putin: { id: "vladimir-putin", name: "Vladimir Putin", kind: "person", country: "RUS" },
  nuland: { id: "victoria-nuland", name: "Victoria Nuland", kind: "person", country: "USA" },
  nebenzia: { id: "vassily-nebenzia", name: "Vassily Nebenzia", kind: "person", country: "RUS" },
  thomasGreenfield: { id: "linda-thomas-greenfield", name: "Linda Thomas-Greenfield", kind: "person", country: "USA" },
  assad: { id: "bashar-al-assad", name: "Bashar al-Assad", kind: "person", country: "SYR" },
  RUS: { id: "RUS", name: "Russia", kind: "country", country: "RUS" },
  CHN: { id: "CHN", name: "China", kind: "country", country: "CHN" },
  USA: { id: "USA", name: "United States", kind: "country", country: "USA" },
  GBR: { id: "GBR", name: "United Kingdom", kind: "country", country: "GBR" },
  FRA: { id: "FRA", name: "France", kind: "country", country: "FRA" },
  SYR: { id: "SYR", name: "Syria", kind: "country", country: "SYR" },
  UKR: { id: "UKR", name: "Ukraine", kind: "country", country: "UKR" },
  BIH: { id: "BIH", name: "Bosnia and Herzegovina", kind: "country", country: "BIH" },
  state: { id: "us-state-department", name: "State Department", kind: "organization", country: "USA" },
  UN: { id: "united-nations", name: "United Nations", kind: "organization" },
  UNSC: { id: "un-security-council", name: "UN Security Council", kind: "organization" },
  kalvin: { id: "tomas-kalvin", name: "Tomas Kalvin", kind: "person", country: "BRD" },
  marsk: { id: "ilona-marsk", name: "Ilona Marsk", kind: "person", country: "FRD" },
  FRD: { id: "FRD", name: "Freedonia", kind: "country", country: "FRD" },
  BRD: { id: "BRD", name: "Borduria", kind: "country", country: "BRD" },
};

/** Name as written in the text → key of ACTORS. Longer names first wins. */
export const NAMES: Record<string, keyof typeof ACTORS> = {
  "Russian Foreign Minister Sergei Lavrov": "lavrov",
  "Sergei Lavrov": "lavrov",
  Lavrov: "lavrov",
  "Russian President Dmitry Medvedev": "medvedev",
  Medvedev: "medvedev",
  "Prime Minister Vladimir Putin": "putin",
  "State Department spokeswoman Victoria Nuland": "nuland",
  "Vassily Nebenzia": "nebenzia",
  Nebenzia: "nebenzia",
  "Linda Thomas-Greenfield": "thomasGreenfield",
  "Thomas-Greenfield": "thomasGreenfield",
  "President Bashar al-Assad": "assad",
  Assad: "assad",
  Russia: "RUS",
  Russian: "RUS",
  Moscow: "RUS",
  Kremlin: "RUS",
  China: "CHN",
  Chinese: "CHN",
  Beijing: "CHN",
  "United States": "USA",
  "U.S.": "USA",
  Washington: "USA",
  Britain: "GBR",
  British: "GBR",
  France: "FRA",
  French: "FRA",
  Syria: "SYR",
  Syrian: "SYR",
  Ukraine: "UKR",
  Bosnia: "BIH",
  "UN Security Council": "UNSC",
  "Security Council": "UNSC",
  UN: "UN",
  Freedonia: "FRD",
  Borduria: "BRD",
  "State Department": "state",
  // Recognised in capitals, as a dictionary of all-capital speaker lines would read them.
  KALVIN: "kalvin",
  "ILONA MARSK": "marsk",
};

export function recognise(text: string): ActorRecognition {
  const mentions: Mention[] = [];
  const taken = (start: number, end: number) => mentions.some((m) => start < m.end && m.start < end);
  for (const name of Object.keys(NAMES).sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`(?<!\\p{L})${name.replace(/[.]/g, "\\.")}(?!\\p{L})`, "gu");
    for (const m of text.matchAll(pattern)) {
      const end = m.index + name.length;
      if (!taken(m.index, end)) mentions.push({ start: m.index, end, actorId: ACTORS[NAMES[name]!]!.id, via: "dictionary" });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const ids = new Set(mentions.map((m) => m.actorId));
  return { mentions, actors: Object.values(ACTORS).filter((a) => ids.has(a.id)) };
}

export function analyse(text: string, published: string | null = "2012-02-08", id = "a-test") {
  const article: CorpusArticle = { id, title: "t", source: "s", url: null, published, files: [`${id}.txt`], text };
  const segmentation: Segmentation = segment(text);
  return { article, segmentation, recognition: recognise(text) };
}
