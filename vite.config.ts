import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { eventFilesUncompressed } from "./scripts/lib/eventFilesUncompressed.ts";

// Unit tests read and print dates; pin the zone so results do not depend on the machine.
process.env.TZ = "UTC";

export default defineConfig({
  plugins: [react(), tailwindcss(), eventFilesUncompressed()],
  // DT_OUT_DIR lets two builds (e.g. e2e runs in parallel checkouts) not overwrite each other.
  build: { target: "es2022", sourcemap: true, outDir: process.env.DT_OUT_DIR ?? "dist" },
  // ES module workers can split: the parse worker's small entry starts the download while
  // its parser and schemas (a separate chunk) are still loading.
  worker: { format: "es" },
  preview: { port: 4173 },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // A guard against hangs, not a speed check: the CLI tests spawn the real CLI several
    // times, which takes a while on a busy 2-core machine.
    testTimeout: 60_000,
  },
});
