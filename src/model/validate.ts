import { z } from "zod";
import { EventFileSchema, type EventFile } from "./contract";

export type ValidationResult =
  | { ok: true; value: EventFile }
  | { ok: false; problems: string[] };

/** At most this many problems are reported: a broken million-event file must not flood the UI. */
const MAX_PROBLEMS = 20;

/**
 * Validates parsed JSON against the event file contract. Problems name the JSON path
 * ("events[3].date: Invalid ISO date"), so a user can find the faulty entry.
 */
export function validateEventFile(data: unknown): ValidationResult {
  const parsed = EventFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: formatIssues(parsed.error.issues) };
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const path = formatPath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (issues.length > MAX_PROBLEMS) lines.push(`… and ${issues.length - MAX_PROBLEMS} more problems`);
  return lines;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i > 0 ? "." : ""}${String(key)}`))
    .join("");
}
