// `npm start`: preprocess the bundled corpus when needed, build the page, serve it, print the URL.
import { preview } from "vite";
import { ensureEvents, run } from "./lib/bundledCorpus";

ensureEvents();
run("npx", ["vite", "build", "--logLevel", "warn"]);
const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { port, host: process.env.HOST ?? "127.0.0.1", open: false } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nDiplomatic Timeline is running at ${url}\nPress Ctrl+C to stop.`);
