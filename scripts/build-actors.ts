/**
 * Compiles the actor dictionary: data/reference/actors/actors.json from the Phoenix
 * dictionaries (MIT, Open Event Data Alliance), the countries table and the
 * hand-curated supplement. Run after editing any of them: `npx tsx scripts/build-actors.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { buildDictionary } from "../src/pipeline/actors/build/buildDictionary";
import { parseCountries } from "../src/pipeline/actors/build/parseCountries";
import { parsePhoenix } from "../src/pipeline/actors/build/parsePhoenix";
import { parseSupplement } from "../src/pipeline/actors/build/parseSupplement";
import { phoenixActors } from "../src/pipeline/actors/build/phoenixActors";
import type { CompiledDictionary } from "../src/pipeline/actors/dictionaryEntry";

const REFERENCE = new URL("../data/reference/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, REFERENCE), "utf8");

const countryEntries = parseCountries(read("actors/countries.tsv"));
const countries = new Map(countryEntries.map((c) => [c.id, c.name]));
const phoenix = [
  ...phoenixActors(parsePhoenix(read("phoenix/Phoenix.Countries.actors.txt")), countries, "countries"),
  ...phoenixActors(parsePhoenix(read("phoenix/Phoenix.International.actors.txt")), countries, "international"),
];
const entries = buildDictionary([...countryEntries, ...parseSupplement(read("actors/supplement.json"))], phoenix);

const dictionary: CompiledDictionary = {
  attribution:
    "Persons and organisations converted from the Phoenix actor dictionaries of the PETRARCH2 event coder " +
    "(Copyright (c) 2014 Open Event Data Alliance, MIT licence, see data/reference/phoenix/LICENSE.txt), " +
    "joined with this project's countries table and hand-curated supplement (data/reference/actors/).",
  entries,
};
writeFileSync(new URL("actors/actors.json", REFERENCE), JSON.stringify(dictionary) + "\n");
const kinds = ["person", "country", "organization"].map((k) => `${entries.filter((e) => e.kind === k).length} ${k}`);
console.log(
  `actors.json: ${entries.length} actors (${kinds.join(", ")}), ` +
    `${entries.reduce((n, e) => n + e.aliases.length, 0)} aliases`,
);
