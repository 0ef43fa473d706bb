/**
 * Reads a Phoenix (PETRARCH/TABARI) actor dictionary into records. The format: a primary
 * phrase line (`SERGEY_LAVROV_ [RUSGOV]`), `+` synonym lines, tab-indented code lines
 * with optional date restrictions (`[RUSGOV >20040309]`, `[RUSGOV 19940922-20040712]`),
 * `#` comments. As in PETRARCH's reader (petrarch2 `PETRreader.read_actor_dictionary`),
 * a primary line opens a new record only once the current one has a code: consecutive
 * primary lines without codes (`BORIS_YELTSIN_`, `BORIS_N._YELTSIN`, `YELTSIN`) share the
 * codes that follow them.
 */

export interface PhoenixCode {
  /** Country or IGO code plus sector codes, e.g. `RUSGOV`, `IGOUNO`. */
  code: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** The comment on the code's line (`# Amb. to UN`), which often names the office. */
  note?: string;
}

export interface PhoenixRecord {
  /** Phrases as written in the file (`SERGEY_V._LAVROV`), primary first. */
  phrases: string[];
  codes: PhoenixCode[];
  /** The last full-line comment before the record: often a section heading ("# Presidents"). */
  section: string | null;
  /** Comments on the record's phrase lines ("# CountryInfo.txt"). */
  notes: string[];
}

const CODE = /\[([^\]\s]*)\s*([^\]]*)\]/;
const DATE_DIGITS = /\d{6,8}/g;

export function parsePhoenix(source: string): PhoenixRecord[] {
  const records: PhoenixRecord[] = [];
  let current: PhoenixRecord | null = null;
  let section: string | null = null;

  for (const rawLine of source.split(/\r?\n/)) {
    if (rawLine.trim() === "") continue;
    const [body = "", note] = splitComment(rawLine);
    if (body.trim() === "") {
      if (!rawLine.startsWith("\t") && note !== undefined) section = note;
      continue;
    }
    if (rawLine.startsWith("\t") || rawLine.startsWith(" ")) {
      // `[ELI]# IGOrulers.txt` style lines carry several codes; each applies on its own
      const line = body.trim();
      if (current && line.startsWith("[")) current.codes.push(...parseCodes(line, note));
      continue;
    }
    const line = body.trim();
    const codeAt = line.indexOf("[");
    const phrase = (codeAt >= 0 ? line.slice(0, codeAt) : line).trim().replace(/^\+/, "").trim();
    const inlineCodes = codeAt >= 0 ? parseCodes(line.slice(codeAt), undefined) : [];
    if (!line.startsWith("+") && (current === null || current.codes.length > 0)) {
      current = { phrases: [], codes: [], section, notes: [] };
      records.push(current);
    }
    if (current === null) continue;
    if (phrase !== "") current.phrases.push(phrase);
    current.codes.push(...inlineCodes);
    if (note !== undefined) current.notes.push(note);
  }
  return records.filter((r) => r.phrases.length > 0 && r.codes.length > 0);
}

function splitComment(line: string): [string, string | undefined] {
  const hash = line.indexOf("#");
  if (hash < 0) return [line, undefined];
  return [line.slice(0, hash), line.slice(hash + 1).trim()];
}

function parseCodes(text: string, note: string | undefined): PhoenixCode[] {
  const codes: PhoenixCode[] = [];
  for (const part of text.split("]")) {
    const match = CODE.exec(part + "]");
    if (!match || !match[1] || /^-+$/.test(match[1])) continue;
    const restriction = (match[2] ?? "").trim();
    const dated = parseRestriction(restriction);
    if (dated === null) continue;
    codes.push({ code: match[1], ...dated, ...(note ? { note } : {}) });
  }
  return codes;
}

/** `>080508` (from), `<080508` (until), `19940922-20040712` (range), empty (default). */
function parseRestriction(restriction: string): { from?: string; to?: string } | null {
  if (restriction === "") return {};
  const dates = [...restriction.matchAll(DATE_DIGITS)].map((m) => phoenixDate(m[0]));
  if (dates.some((d) => d === null)) return null;
  const [first, second] = dates as string[];
  if (first === undefined) return null;
  if (restriction.startsWith(">")) return { from: first };
  if (restriction.startsWith("<")) return { to: first };
  if (second === undefined || second < first) return null;
  return { from: first, to: second };
}

/**
 * YYMMDD or YYYYMMDD to YYYY-MM-DD. Two-digit years up to 30 are this century: the
 * dictionaries were compiled around 2014 and hold births from the 1900s.
 */
export function phoenixDate(digits: string): string | null {
  if (digits.length !== 6 && digits.length !== 8) return null;
  const short = digits.length === 6;
  const yy = Number(digits.slice(0, short ? 2 : 4));
  const year = short ? (yy <= 30 ? 2000 + yy : 1900 + yy) : yy;
  const month = Number(digits.slice(short ? 2 : 4, short ? 4 : 6));
  const day = Number(digits.slice(short ? 4 : 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
