import type { Role } from "../../../model";
import { countryPhrase } from "../countryPhrase";
import { officeTitle, type Office } from "../titles";
import { uniqueRoles } from "../uniqueRoles";
import type { PhoenixCode } from "./parsePhoenix";

/** Phoenix's codes for international organisations (`IGOUNO`) that have a readable name. */
const IGO_NAMES: Record<string, string> = {
  UNO: "the United Nations",
  EUR: "the European Union",
  AFR: "the African Union",
  ARB: "the Arab League",
  OAS: "the Organization of American States",
  SEA: "ASEAN",
};

/** Sector codes that follow the country code, as they read in a role title. */
const SECTORS: Record<string, string> = {
  GOV: "Government of",
  MIL: "Military of",
  LEG: "Legislature of",
  JUD: "Judiciary of",
  OPP: "Opposition in",
  REB: "Rebels in",
  PTY: "Political party in",
  SPY: "Intelligence service of",
  COP: "Police of",
  MED: "Media in",
  BUS: "Business in",
  ELI: "Political figure in",
};

export interface RoleContext {
  /** ISO alpha-3 → country name. */
  countries: ReadonlyMap<string, string>;
  /** Offices named by the record's aliases ("RUSSIAN_FOREIGN_MINISTER_LAVROV"). */
  aliasOffices: readonly Office[];
  /** The office that the record's section heading names ("# Prime Ministers"), if any. */
  sectionOffice: Office | null;
  /** Finds an office in a free-text note such as "Amb. to UN". */
  officeIn: (text: string) => Office | null;
}

/**
 * Readable, dated roles from a record's codes. The office comes, in order of trust,
 * from the note on the code's line, from the only office the aliases name (given to
 * the latest government or international post: aliases describe how the press names
 * someone now), or
 * from the section heading; otherwise the sector gives a generic title ("Government
 * of Russia"). Career lines coded ELI are kept only when nothing else is known.
 */
export function phoenixRoles(codes: readonly PhoenixCode[], context: RoleContext): Role[] {
  const dated = codes.filter((c) => c.from !== undefined || c.to !== undefined);
  const used = dated.length > 0 ? dated : codes;
  const substantive = used.filter((c) => sector(c) !== "ELI");
  const chosen = substantive.length > 0 ? substantive : used;
  const latestPost = [...chosen].filter((c) => sector(c) === "GOV" || sector(c) === "IGO").sort(byFrom).at(-1);

  const roles: Role[] = [];
  for (const code of chosen) {
    const place = placeOf(code.code, context.countries);
    if (place === null) continue;
    const office =
      (code.note ? context.officeIn(code.note) : null) ??
      (code === latestPost && context.aliasOffices.length === 1 ? context.aliasOffices[0]! : null) ??
      (sector(code) === "GOV" ? context.sectionOffice : null);
    const title = office ? officeTitle(office, place) : `${SECTORS[sector(code)] ?? "Official of"} ${place}`;
    roles.push({ title, ...(code.from ? { from: code.from } : {}), ...(code.to ? { to: code.to } : {}) });
  }
  return uniqueRoles(roles);
}

function sector(code: PhoenixCode): string {
  return code.code.startsWith("IGO") ? "IGO" : code.code.slice(3, 6);
}

function placeOf(code: string, countries: ReadonlyMap<string, string>): string | null {
  if (code.startsWith("IGO")) return IGO_NAMES[code.slice(3, 6)] ?? "an international organisation";
  const name = countries.get(code.slice(0, 3));
  return name === undefined ? null : countryPhrase(name);
}

function byFrom(a: PhoenixCode, b: PhoenixCode): number {
  return (a.from ?? "").localeCompare(b.from ?? "");
}
