import { describe, expect, it } from "vitest";
import { hotFunctions, type CpuProfile } from "../../../bench/viewer/profile";

describe("hotFunctions", () => {
  it("charges each sample the time until the next one and ranks functions by self time", () => {
    const frame = (functionName: string, url = "http://x/assets/index.js", lineNumber = 9) => ({ functionName, url, lineNumber });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", "", -1) },
        { id: 2, callFrame: frame("drawScene") },
        { id: 3, callFrame: frame("(idle)", "", -1) },
        { id: 4, callFrame: frame("(garbage collector)", "", -1) },
      ],
      samples: [2, 2, 3, 4, 2],
      timeDeltas: [0, 1000, 3000, 500, 2000],
    };
    const hot = hotFunctions(profile);
    expect(hot.idleMs).toBe(0.5);
    expect(hot.totalMs).toBe(6);
    expect(hot.top[0]).toEqual({ name: "drawScene", location: "index.js:10", selfMs: 4, share: 4 / 6 });
    expect(hot.top[1]).toMatchObject({ name: "(garbage collector)", location: "", selfMs: 2 });
  });
});
