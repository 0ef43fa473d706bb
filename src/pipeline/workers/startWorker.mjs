// Worker threads do not inherit tsx's loader hooks for their entry file on Node 20, so
// the worker starts from this plain module and loads the TypeScript through tsx's API.
// See https://tsx.is/dev-api/ts-import
import { tsImport } from "tsx/esm/api";

await tsImport("./pipelineWorker.ts", import.meta.url);
