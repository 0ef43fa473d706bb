// Regenerates public/events.schema.json from the zod contract. Run after changing src/model.
import { writeFileSync } from "node:fs";
import { eventFileJsonSchemaText } from "../src/model/jsonSchema";

const target = new URL("../public/events.schema.json", import.meta.url);
writeFileSync(target, eventFileJsonSchemaText());
console.log(`wrote ${target.pathname}`);
