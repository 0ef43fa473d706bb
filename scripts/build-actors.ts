/**
 * Rebuilds data/reference/actors/actors.json. Run after editing the countries table, the
 * supplement or the Phoenix files: `npx tsx scripts/build-actors.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { compileDictionary, serializeDictionary } from "../src/pipeline/actors/build/compileDictionary";

const REFERENCE = new URL("../data/reference/", import.meta.url);
const dictionary = compileDictionary((path) => readFileSync(new URL(path, REFERENCE), "utf8"));
writeFileSync(new URL("actors/actors.json", REFERENCE), serializeDictionary(dictionary));
const { entries } = dictionary;
const kinds = ["person", "country", "organization"].map((k) => `${entries.filter((e) => e.kind === k).length} ${k}`);
console.log(
  `actors.json: ${entries.length} actors (${kinds.join(", ")}), ` +
    `${entries.reduce((n, e) => n + e.aliases.length, 0)} aliases`,
);
