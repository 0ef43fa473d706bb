/**
 * The UN veto list as (date, countries) pairs, for checking the dates and countries the
 * gold gives to vetoes. The CSV ends on 8 Jul 2022; later vetoes come from the gap list
 * in data/reference/README.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { ROOT } from "./corpusFiles";

export const LIST_END = "2022-07-08";

const CODES: Record<string, string> = { China: "CHN", France: "FRA", Russia: "RUS", USSR: "RUS", UK: "GBR", USA: "USA" };

/** Vetoes after the CSV, as listed in data/reference/README.md (countries from the UN records). */
const GAP: [string, string[]][] = [
  ["2022-09-30", ["RUS"]],
  ["2023-07-11", ["RUS"]],
  ["2023-08-30", ["RUS"]],
  ["2023-10-18", ["USA"]],
  ["2023-10-25", ["CHN", "RUS"]],
  ["2023-12-08", ["USA"]],
  ["2024-02-20", ["USA"]],
  ["2024-03-22", ["CHN", "RUS"]],
  ["2024-03-28", ["RUS"]],
  ["2024-04-18", ["USA"]],
  ["2024-04-24", ["RUS"]],
  ["2024-11-18", ["RUS"]],
  ["2024-11-20", ["USA"]],
];

function isoDate(mdy: string): string {
  const [m, d, y] = mdy.split("/");
  return `${y}-${m?.padStart(2, "0")}-${d?.padStart(2, "0")}`;
}

/** "date countries" keys, countries sorted and joined by "+": "2012-02-04 CHN+RUS". */
export function vetoKeys(): Set<string> {
  const rows = parse(readFileSync(join(ROOT, "data/reference/unsc_vetoes_1946_2022.csv"), "utf8"), {
    columns: true,
  }) as Record<string, string>[];
  const keys = rows.map((r) => {
    const members = [r.member_veto1, r.member_veto2, r.member_veto3].filter((m): m is string => !!m);
    return `${isoDate(r.date ?? "")} ${[...new Set(members.map((m) => CODES[m] ?? m))].sort().join("+")}`;
  });
  return new Set([...keys, ...GAP.map(([date, c]) => `${date} ${c.join("+")}`)]);
}
