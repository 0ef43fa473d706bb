/**
 * Compiles the actor dictionary (data/reference/actors/actors.json) from the Phoenix
 * dictionaries (MIT, Open Event Data Alliance), the countries table and the hand-curated
 * supplement. Pure: `read` supplies the source files, so a test can compare the result
 * with the committed file and catch a hand edit or a forgotten rebuild.
 */
import type { CompiledDictionary } from "../dictionaryEntry";
import { buildDictionary } from "./buildDictionary";
import { parseCountries } from "./parseCountries";
import { parsePhoenix } from "./parsePhoenix";
import { parseSupplement } from "./parseSupplement";
import { phoenixActors } from "./phoenixActors";

/** Reads a file below data/reference/ by its relative path. */
export type ReadReference = (path: string) => string;

export function compileDictionary(read: ReadReference): CompiledDictionary {
  const countryEntries = parseCountries(read("actors/countries.tsv"));
  const countries = new Map(countryEntries.map((c) => [c.id, c.name]));
  const phoenix = [
    ...phoenixActors(parsePhoenix(read("phoenix/Phoenix.Countries.actors.txt")), countries, "countries"),
    ...phoenixActors(parsePhoenix(read("phoenix/Phoenix.International.actors.txt")), countries, "international"),
  ];
  return {
    attribution:
      "Persons and organisations converted from the Phoenix actor dictionaries of the PETRARCH2 event coder " +
      "(Copyright (c) 2014 Open Event Data Alliance, MIT licence, see data/reference/phoenix/LICENSE.txt), " +
      "joined with this project's countries table and hand-curated supplement (data/reference/actors/).",
    entries: buildDictionary([...countryEntries, ...parseSupplement(read("actors/supplement.json"))], phoenix),
  };
}

export function serializeDictionary(dictionary: CompiledDictionary): string {
  return JSON.stringify(dictionary) + "\n";
}
