/**
 * The view in the URL hash, readable and pure:
 *
 *   #/event/e-123?from=2012-01-25&to=2012-02-15&actors=RUS,sergey-lavrov&types=cast,threatened&q=veto&group=actor
 *
 * The path names the selected event (`#/` when none); parameters hold the visible window
 * (ISO dates, UTC), the filters (actor ids, subtypes, text) and the lane grouping. Parsing
 * never throws: a malformed part is dropped and the rest still applies. The search part of
 * the URL (`?data=…`) is not the codec's business and is left alone by the sync.
 */
import type { EventSubtype } from "../../model";
import { ALL_SUBTYPES } from "../format/describeEventType";
import type { Filters } from "../store/filterSlice";
import type { GroupBy } from "../store/viewSlice";
import { formatWindowEdges, parseIsoInstant } from "./isoInstant";

export interface UrlView {
  /** The event the link points at (selected or, if the file lacks it, reported missing). */
  eventId: string | null;
  window: [number, number] | null;
  filters: Filters;
  groupBy: GroupBy | null;
}

const GROUPS: readonly GroupBy[] = ["country", "actor"];
const SUBTYPES: readonly string[] = ALL_SUBTYPES;
const EVENT_PATH = "/event/";

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

/** Keeps commas readable as list separators; a comma inside an id is escaped. */
function encodeList(items: readonly string[]): string {
  return items.map(encodeURIComponent).join(",");
}

function decodeList(value: string): string[] {
  const items = value.split(",").map(decode);
  return [...new Set(items.filter((item): item is string => item !== null && item.length > 0))];
}

function parseParams(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split("&")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    const key = decode(pair.slice(0, eq));
    if (key !== null && !params.has(key)) params.set(key, pair.slice(eq + 1));
  }
  return params;
}

function parseWindow(params: Map<string, string>): [number, number] | null {
  const from = parseIsoInstant(decode(params.get("from") ?? "") ?? "");
  const to = parseIsoInstant(decode(params.get("to") ?? "") ?? "");
  return from !== null && to !== null && to > from ? [from, to] : null;
}

export function parseHash(hash: string): UrlView {
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  const q = body.indexOf("?");
  const path = q < 0 ? body : body.slice(0, q);
  const params = parseParams(q < 0 ? "" : body.slice(q + 1));

  const rawId = path.startsWith(EVENT_PATH) ? decode(path.slice(EVENT_PATH.length)) : null;
  const group = params.get("group");
  return {
    eventId: rawId ? rawId : null,
    window: parseWindow(params),
    filters: {
      actorIds: decodeList(params.get("actors") ?? ""),
      subtypes: decodeList(params.get("types") ?? "").filter((t): t is EventSubtype => SUBTYPES.includes(t)),
      query: decode(params.get("q") ?? "") ?? "",
    },
    groupBy: GROUPS.find((g) => g === group) ?? null,
  };
}

export function formatHash(view: UrlView): string {
  const params: string[] = [];
  if (view.window) {
    const [from, to] = formatWindowEdges(view.window);
    params.push(`from=${from}`, `to=${to}`);
  }
  const { actorIds, subtypes, query } = view.filters;
  if (actorIds.length) params.push(`actors=${encodeList(actorIds)}`);
  if (subtypes.length) params.push(`types=${encodeList(subtypes)}`);
  if (query.trim()) params.push(`q=${encodeURIComponent(query).replace(/%20/g, "+")}`);
  if (view.groupBy) params.push(`group=${view.groupBy}`);
  const path = view.eventId ? `${EVENT_PATH}${encodeURIComponent(view.eventId)}` : "/";
  return `#${path}${params.length ? `?${params.join("&")}` : ""}`;
}
