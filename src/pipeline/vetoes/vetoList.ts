/**
 * The UN Security Council veto list (data/reference/unsc_vetoes_1946_2022.csv, World
 * Politics Data Lab, MIT licence), with the vetoes cast after it ends (8 Jul 2022) added
 * by hand from the UN Dag Hammarskjöld Library's veto list.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { memberCode } from "./permanentMembers";

export interface ListedVeto {
  /** YYYY-MM-DD. */
  date: string;
  /** Draft symbol (S/2012/77); for 1946–47 the meeting record. */
  symbol: string;
  /** The list's crisis topic ("Syria", "Israel-Palestine") and agenda item, for matching. */
  topic: string;
  agenda: string;
  /** ISO codes of the vetoing members, sorted. */
  countries: string[];
}

interface Row {
  date: string;
  draft: string;
  agenda_item: string;
  crisis_topic: string;
  member_veto1: string;
  member_veto2: string;
  member_veto3: string;
}

/** Vetoes after the CSV's last row (8 Jul 2022). */
export const LATER_VETOES: readonly ListedVeto[] = [
  { date: "2022-09-30", symbol: "S/2022/720", topic: "Ukraine", agenda: "Ukraine: referendums in occupied regions", countries: ["RUS"] },
  { date: "2023-07-11", symbol: "S/2023/506", topic: "Syria", agenda: "Syria: cross-border humanitarian aid", countries: ["RUS"] },
  { date: "2023-08-30", symbol: "S/2023/638", topic: "Mali", agenda: "Mali: sanctions regime", countries: ["RUS"] },
  { date: "2023-10-18", symbol: "S/2023/773", topic: "Israel-Palestine", agenda: "Gaza: humanitarian pauses", countries: ["USA"] },
  { date: "2023-10-25", symbol: "S/2023/792", topic: "Israel-Palestine", agenda: "Gaza: humanitarian pauses", countries: ["CHN", "RUS"] },
  { date: "2023-12-08", symbol: "S/2023/970", topic: "Israel-Palestine", agenda: "Gaza: humanitarian ceasefire", countries: ["USA"] },
  { date: "2024-02-20", symbol: "S/2024/173", topic: "Israel-Palestine", agenda: "Gaza: humanitarian ceasefire", countries: ["USA"] },
  { date: "2024-03-22", symbol: "S/2024/239", topic: "Israel-Palestine", agenda: "Gaza: ceasefire", countries: ["CHN", "RUS"] },
  { date: "2024-03-28", symbol: "S/2024/255", topic: "North Korea", agenda: "DPRK: sanctions panel of experts", countries: ["RUS"] },
  { date: "2024-04-18", symbol: "S/2024/312", topic: "Israel-Palestine", agenda: "Palestine: admission to UN membership", countries: ["USA"] },
  { date: "2024-04-24", symbol: "S/2024/302", topic: "Outer space", agenda: "Weapons in outer space", countries: ["RUS"] },
  { date: "2024-11-18", symbol: "S/2024/826", topic: "Sudan", agenda: "Sudan: protection of civilians", countries: ["RUS"] },
  { date: "2024-11-20", symbol: "S/2024/835", topic: "Israel-Palestine", agenda: "Gaza: ceasefire", countries: ["USA"] },
];

const pad = (n: string) => n.padStart(2, "0");

/** "2/4/2012" (M/D/YYYY) → "2012-02-04". */
function isoFromListDate(date: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim());
  return m ? `${m[3]}-${pad(m[1]!)}-${pad(m[2]!)}` : null;
}

export function parseVetoList(csv: string): ListedVeto[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as Row[];
  const vetoes: ListedVeto[] = [];
  for (const row of rows) {
    const date = isoFromListDate(row.date);
    const countries = [row.member_veto1, row.member_veto2, row.member_veto3]
      .map((name) => (name ? memberCode(name) : undefined))
      .filter((code): code is string => code !== undefined);
    if (!date || countries.length === 0) continue;
    vetoes.push({
      date,
      symbol: row.draft,
      topic: row.crisis_topic,
      agenda: row.agenda_item,
      countries: [...new Set(countries)].sort(),
    });
  }
  return vetoes;
}

const LIST_FILE = new URL("../../../data/reference/unsc_vetoes_1946_2022.csv", import.meta.url);
let cached: readonly ListedVeto[] | null = null;

/** The whole list, read once per process; sorted by date. */
export function loadVetoList(): readonly ListedVeto[] {
  cached ??= [...parseVetoList(readFileSync(LIST_FILE, "utf8")), ...LATER_VETOES].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  return cached;
}
