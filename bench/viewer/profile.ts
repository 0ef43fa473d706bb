/**
 * Reads a CPU profile (CDP Profiler format, as Chrome DevTools saves it) and names where
 * the time went: self time per function, heaviest first.
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  /** file:line (1-based), or "" for V8's own entries like (garbage collector). */
  location: string;
  selfMs: number;
  share: number;
}

export function hotFunctions(profile: CpuProfile, limit = 12): { totalMs: number; idleMs: number; top: HotFunction[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, { name: string; location: string; us: number }>();
  let idle = 0;
  let total = 0;
  const samples = profile.samples ?? [];
  const timeDeltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    // A sample's delta is the time since the previous one: it belongs to that earlier sample.
    const us = timeDeltas[i + 1] ?? 0;
    const frame = byId.get(id);
    if (!frame) return;
    if (frame.functionName === "(idle)") {
      idle += us;
      return;
    }
    total += us;
    const file = frame.url.split("/").pop() ?? "";
    const location = file ? `${file}:${frame.lineNumber + 1}` : "";
    const name = frame.functionName || "(anonymous)";
    const key = `${name}@${location}`;
    const entry = self.get(key) ?? { name, location, us: 0 };
    entry.us += us;
    self.set(key, entry);
  });
  const top = [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, limit)
    .map((e) => ({ name: e.name, location: e.location, selfMs: e.us / 1000, share: total ? e.us / total : 0 }));
  return { totalMs: total / 1000, idleMs: idle / 1000, top };
}
