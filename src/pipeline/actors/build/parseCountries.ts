import type { DictionaryEntry } from "../dictionaryEntry";

/**
 * Reads `countries.tsv`: ISO alpha-3 code, name, other names, adjectives and demonyms,
 * metonyms; lists separated by ";", `#` lines are comments.
 */
export function parseCountries(source: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const line of source.split(/\r?\n/)) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [code = "", name = "", others = "", adjectives = "", metonyms = ""] = line.split("\t");
    if (!/^[A-Z]{3}$/.test(code) || name === "") throw new Error(`countries.tsv: bad line "${line}"`);
    entries.push({
      id: code,
      name,
      kind: "country",
      country: code,
      aliases: [name, ...list(others)],
      adjectives: list(adjectives),
      metonyms: list(metonyms),
    });
  }
  return entries;
}

function list(field: string): string[] {
  return field.split(";").map((s) => s.trim()).filter((s) => s !== "");
}
