/**
 * A tiny static server for the benchmark: the app build at /, the vis-timeline page at
 * /vis/, the generated event files at /bench-data/. Files are streamed (the 1M file is
 * hundreds of MB) and never compressed: on localhost the transfer is not what we measure.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/** URL prefix → folder. The longest matching prefix wins; "/" is the fallback. */
export type Mounts = Record<string, string>;

/** Maps a URL path to a file inside its mount, or undefined when it would escape it. */
export function resolvePath(mounts: Mounts, urlPath: string): { file: string; root: string } | undefined {
  const prefix = Object.keys(mounts)
    .filter((p) => urlPath.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return undefined;
  const root = mounts[prefix]!;
  let rest = decodeURIComponent(urlPath.slice(prefix.length));
  if (rest === "" || rest.endsWith("/")) rest += "index.html";
  const file = normalize(join(root, rest));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? { file, root } : undefined;
}

export interface StaticServer {
  server: Server;
  origin: string;
  /** When the last response for this URL path finished sending (epoch ms). */
  sentAt(urlPath: string): number | undefined;
}

export async function startServer(mounts: Mounts, port: number): Promise<StaticServer> {
  const sent = new Map<string, number>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const target = resolvePath(mounts, url.pathname);
    const send = async () => {
      if (!target) return void res.writeHead(403).end();
      // Single-page app: unknown paths without an extension get the mount's index.html.
      let file = target.file;
      let info = await stat(file).catch(() => undefined);
      if (!info?.isFile() && extname(file) === "") {
        file = join(target.root, "index.html");
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) return void res.writeHead(404).end();
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": "no-store",
      });
      if (req.method === "HEAD") return void res.end();
      res.on("finish", () => sent.set(url.pathname, Date.now()));
      createReadStream(file).pipe(res);
    };
    send().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return { server, origin: `http://127.0.0.1:${port}`, sentAt: (urlPath) => sent.get(urlPath) };
}
