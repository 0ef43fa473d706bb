/**
 * Text → checked event file, or the reasons it is not one. Runs in the parse worker;
 * pure, so it is tested in Node. Small files are checked by zod in full. Above
 * ZOD_EVENT_LIMIT events, the articles and actors still go through zod but events go
 * through the equivalent fast check, and zod explains only the events that fail.
 */
import { EventFileSchema, EventSchema, PARSE_OPTIONS, formatIssues, validateEventFile, type EventFile } from "../../model";
import { findInvalidEvents } from "./fastCheck";
import { describeJsonError } from "./loadErrors";

export const ZOD_EVENT_LIMIT = 20_000;
const MAX_EXPLAINED = 20;

export type ParseResult =
  | { ok: true; file: EventFile }
  | { ok: false; message: string; problems: string[] };

export function parseJson(name: string, text: string): { ok: true; json: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: describeJsonError(name, text, error) };
  }
}

export function checkEventFile(name: string, json: unknown): ParseResult {
  const invalid = (problems: string[]): ParseResult => ({
    ok: false,
    message: `${name} is not a valid event file`,
    problems,
  });
  const events = (json as { events?: unknown } | null)?.events;
  if (!Array.isArray(events) || events.length <= ZOD_EVENT_LIMIT) {
    const result = validateEventFile(json);
    return result.ok ? { ok: true, file: result.value } : invalid(result.problems);
  }
  const skeleton = EventFileSchema.safeParse({ ...(json as object), events: [] }, PARSE_OPTIONS);
  if (!skeleton.success) return invalid(formatIssues(skeleton.error.issues));
  const bad = findInvalidEvents(events, MAX_EXPLAINED);
  if (bad.length) {
    const issues = bad.flatMap((i) => {
      const parsed = EventSchema.safeParse(events[i], PARSE_OPTIONS);
      return parsed.success ? [] : parsed.error.issues.map((issue) => ({ ...issue, path: ["events", i, ...issue.path] }));
    });
    return invalid(issues.length ? formatIssues(issues, json) : bad.map((i) => `events[${i}]: does not match the event contract`));
  }
  return { ok: true, file: { ...skeleton.data, events: events as EventFile["events"] } };
}
