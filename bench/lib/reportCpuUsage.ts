/**
 * Preloaded into the measured CLI (`--import`): when it exits, writes the process's CPU
 * time to file descriptor 3 as JSON. `process.cpuUsage()` is getrusage(RUSAGE_SELF), so it
 * counts every thread the process ran, worker threads included, even those already ended.
 * CPU seconds stay steady on a loaded machine, where wall time does not.
 */
import { writeSync } from "node:fs";

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  writeSync(3, JSON.stringify({ user: user / 1e6, system: system / 1e6 }));
});
