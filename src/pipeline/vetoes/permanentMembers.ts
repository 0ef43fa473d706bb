/**
 * The five permanent members of the Security Council, the only countries that can veto.
 * The UN list names the Soviet Union "USSR"; the Russian Federation holds its seat and
 * its veto record, so both map to RUS.
 */
import type { Actor } from "../../model";

export const PERMANENT_MEMBERS: ReadonlyMap<string, string> = new Map([
  ["CHN", "China"],
  ["FRA", "France"],
  ["GBR", "United Kingdom"],
  ["RUS", "Russia"],
  ["USA", "United States"],
]);

const LIST_NAMES: Record<string, string> = {
  china: "CHN",
  france: "FRA",
  uk: "GBR",
  "united kingdom": "GBR",
  russia: "RUS",
  ussr: "RUS",
  usa: "USA",
  "united states": "USA",
};

/** ISO code of a permanent member as the UN veto list writes it ("UK", "USSR"). */
export function memberCode(listName: string): string | undefined {
  return LIST_NAMES[listName.trim().toLowerCase()];
}

export function isPermanentMember(code: string | undefined): code is string {
  return code !== undefined && PERMANENT_MEMBERS.has(code);
}

/** A country actor for a permanent member the article did not name as such. */
export function memberActor(code: string): Actor {
  return { id: code, name: PERMANENT_MEMBERS.get(code) ?? code, kind: "country", country: code };
}
