import { z } from "zod";
import { EventFileSchema, type EventFile } from "./contract";

export type ValidationResult =
  | { ok: true; value: EventFile }
  | { ok: false; problems: string[] };

/** At most this many problems are reported: a broken million-event file must not flood the UI. */
const MAX_PROBLEMS = 20;

/** Zod says "expected string, received undefined" of a field that is not there: "missing" says it plainly. */
export const PARSE_OPTIONS = {
  error: (issue: z.core.$ZodRawIssue) => (issue.code === "invalid_type" && issue.input === undefined ? "missing" : undefined),
};

/**
 * Validates parsed JSON against the event file contract. Problems name the JSON path
 * ("events[3].date: Invalid ISO date"), and an event's id when it has one, so a user
 * can find the faulty entry.
 */
export function validateEventFile(data: unknown): ValidationResult {
  const parsed = EventFileSchema.safeParse(data, PARSE_OPTIONS);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: formatIssues(parsed.error.issues, data) };
}

/** `data`, when given, is what was checked: an event's id is then named beside its index. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], data?: unknown): string[] {
  const lines = issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const path = formatPath(issue.path);
    const message = issue.message + eventIdNote(issue.path, data);
    return path ? `${path}: ${message}` : message;
  });
  if (issues.length > MAX_PROBLEMS) lines.push(`… and ${issues.length - MAX_PROBLEMS} more problems`);
  return lines;
}

/** " (event e-123)" for a problem inside an event that has a string id. */
function eventIdNote(path: readonly PropertyKey[], data: unknown): string {
  if (path[0] !== "events" || typeof path[1] !== "number" || path[2] === "id") return "";
  const id = (data as { events?: { id?: unknown }[] } | null)?.events?.[path[1]]?.id;
  return typeof id === "string" ? ` (event ${id})` : "";
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i > 0 ? "." : ""}${String(key)}`))
    .join("");
}
