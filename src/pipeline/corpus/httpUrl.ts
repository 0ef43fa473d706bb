import { HttpUrl } from "../../model";

/** The trimmed URL when it is http(s) (the only kind the viewer may link to), else null. */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const url = value.trim();
  return HttpUrl.safeParse(url).success ? url : null;
}
