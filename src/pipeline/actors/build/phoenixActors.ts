import type { DictionaryEntry } from "../dictionaryEntry";
import { findOffices } from "../findOffices";
import { kebabId } from "../kebabId";
import type { Office } from "../titles";
import type { PhoenixRecord } from "./parsePhoenix";
import { phoenixAlias } from "./phoenixAlias";
import { phoenixRoles } from "./phoenixRoles";

/** Phoenix codes that differ from ISO 3166-1 alpha-3 (Kosovo has the user-assigned XKX). */
const CODE_FIXES: Record<string, string> = { KSV: "XKX" };

/** Words that make a phrase an institution, not a person's name. */
const INSTITUTION = new Set(
  ("organization organisation union council committee commission agency bank fund programme program association " +
    "institute foundation federation party front army forces force movement group league court tribunal assembly " +
    "parliament ministry department office society center centre nations international corporation company inc " +
    "ltd brigade brigades battalion network alliance coalition watch cross crescent mission conference secretariat " +
    "government regime administration authority cabinet police service services board bureau church university " +
    "congress senate house duma people's peoples republic state states news times post agency's " +
    "kremlin embassy consulate guard guards militia rebels opposition").split(" "),
);
/** Words that say a phrase names an office or a person by title, never a name alone. */
const HONORIFIC = new Set(["mr", "mrs", "ms", "dr", "sir", "dame", "lord", "sheikh", "gen", "general"]);

/**
 * Persons and organisations from parsed Phoenix records. Country records (a bare
 * three-letter code) are skipped: `countries.tsv` names countries without Phoenix's
 * lists of cities and rivers. A record is a person when it has dated codes or comes
 * from CountryInfo (the leaders list) and one of its phrases is a plain name of two or
 * more words; otherwise an organisation when a phrase has an institution word (or the
 * record is from the international file); otherwise it is an office ("US_SECRETARY_OF_STATE")
 * and is left out.
 */
export function phoenixActors(
  records: readonly PhoenixRecord[],
  countries: ReadonlyMap<string, string>,
  file: "countries" | "international",
): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const record of records) {
    const codes = record.codes.map((c) => ({ ...c, code: fixCode(c.code) }));
    // country records (`IRAQ_ [IRQ]`, Ukraine's `[UKR >911221]`) carry a bare country code; persons and bodies have sectors
    if (codes.some((c) => c.code.length === 3 && (countries.has(c.code) || codes.length === 1))) continue;
    const aliases = unique(record.phrases.map(phoenixAlias).filter(usableAlias));
    if (aliases.length === 0) continue;
    const words = aliases.map((a) => a.toLowerCase().split(/[\s-]+/));
    const plainNames = aliases.filter((_, i) => isPlainName(words[i]!));
    const country = latestCountry(codes, countries);
    const leaderList = record.notes.some((n) => /CountryInfo|rulers/i.test(n));
    const dated = codes.some((c) => c.from !== undefined || c.to !== undefined);
    const personName = plainNames.find((a) => a.split(/\s+/).length >= 2);

    if ((leaderList || dated) && personName !== undefined) {
      const roles = phoenixRoles(codes, {
        countries,
        aliasOffices: distinctOffices(aliases.flatMap(findOffices)),
        sectionOffice: sectionOffice(record.section),
        officeIn: (text) => findOffices(text)[0] ?? null,
      });
      entries.push({
        id: kebabId(personName),
        name: personName,
        kind: "person",
        ...(country ? { country } : {}),
        ...(roles.length > 0 ? { roles } : {}),
        aliases: aliases.filter((a) => !/\b(Government|Regime)\b/i.test(a)),
      });
      continue;
    }
    const institutional = words.some((w) => w.some((x) => INSTITUTION.has(x)));
    // "White House Spokesman", "UN Secretary General" name an office holder, not the body
    const bodyAliases = aliases.filter((a) => findOffices(a).length === 0);
    if ((institutional || file === "international") && bodyAliases.length > 0) {
      const name = bodyAliases[0]!.replace(/^the /i, "");
      entries.push({ id: kebabId(name), name, kind: "organization", ...(country ? { country } : {}), aliases: bodyAliases });
    }
  }
  return entries;
}

function fixCode(code: string): string {
  return (CODE_FIXES[code.slice(0, 3)] ?? code.slice(0, 3)) + code.slice(3);
}

/** Drops aliases that carry no name: single letters, bare particles, possessive phrases. */
function usableAlias(alias: string): boolean {
  if (alias.replace(/[^\p{L}]/gu, "").length < 2) return false;
  return !/'s\b/i.test(alias);
}

function isPlainName(words: readonly string[]): boolean {
  return (
    findOffices(words.join(" ")).length === 0 &&
    !words.some((w) => INSTITUTION.has(w) || HONORIFIC.has(w.replace(/\.$/, "")))
  );
}

function latestCountry(codes: readonly { code: string; from?: string }[], countries: ReadonlyMap<string, string>): string | undefined {
  const national = codes.filter((c) => countries.has(c.code.slice(0, 3)));
  const latest = [...national].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? "")).at(-1);
  return latest?.code.slice(0, 3);
}

function sectionOffice(section: string | null): Office | null {
  if (section === null || section.length > 60) return null;
  return findOffices(section)[0] ?? null;
}

function distinctOffices(offices: readonly Office[]): Office[] {
  const byTitle = new Map(offices.map((o) => [`${o.title}|${o.toUn ?? false}`, o]));
  return [...byTitle.values()];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
