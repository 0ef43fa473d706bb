/**
 * A preview-server plugin: `.json` files of the build are sent as they are, with their
 * length, instead of through vite preview's gzip middleware. The viewer runs on the
 * user's own machine, where compressing a 38 MB event file costs more time than it
 * saves, and a gzipped answer has no length, so the loading bar could not fill.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import type { Plugin } from "vite";

export function eventFilesUncompressed(): Plugin {
  let outDir = "";
  return {
    name: "event-files-uncompressed",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      // Added here, before vite's own middlewares, so the compression never sees these.
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? "").split("?")[0]!);
        if (!path.endsWith(".json") || (req.method !== "GET" && req.method !== "HEAD")) return next();
        const file = resolve(outDir, `.${path}`);
        if (!file.startsWith(outDir + sep)) return next();
        stat(file).then(
          (info) => {
            if (!info.isFile()) return next();
            res.writeHead(200, { "Content-Type": "application/json", "Content-Length": info.size, "Cache-Control": "no-cache" });
            if (req.method === "HEAD") return res.end();
            createReadStream(file).pipe(res);
          },
          () => next(),
        );
      });
    },
  };
}
