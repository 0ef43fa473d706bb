import type { Actor } from "../../model";
import type { ActorRecognition, Span } from "../types";

const EDGE = /[\s"'“”‘’«»()[\],.;:!?—–-]/u;

/**
 * The actor that a span of `text` names ("Russian Foreign Minister Sergei Lavrov",
 * "the Kremlin press service"): the mention covering the span's words, else the first
 * person mentioned inside it, else the first mention inside it; null when none. The
 * span is first trimmed of spaces, quotes and punctuation at its edges, so a loose
 * span (", the spokesman said") still finds the mention it holds.
 */
export function resolveSpan(text: string, span: Span, recognition: ActorRecognition): Actor | null {
  let { start, end } = span;
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) end--;
  if (start >= end) return null;

  const actor = (id: string) => recognition.actors.find((a) => a.id === id) ?? null;
  const inside = recognition.mentions.filter((m) => m.start < end && start < m.end);
  const covering = inside.find((m) => m.start <= start && end <= m.end);
  if (covering) return actor(covering.actorId);
  const chosen = inside.find((m) => actor(m.actorId)?.kind === "person") ?? inside[0];
  return chosen ? actor(chosen.actorId) : null;
}
