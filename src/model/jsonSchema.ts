import { z } from "zod";
import { EventFileSchema } from "./contract";

/** The JSON Schema of the event file, generated from the same zod source as the types. */
export function eventFileJsonSchema(): object {
  return {
    ...z.toJSONSchema(EventFileSchema, { target: "draft-2020-12", io: "output" }),
    $id: "https://diplomatic-timeline.local/events.schema.json",
    title: "Diplomatic Timeline event file",
  };
}

export function eventFileJsonSchemaText(): string {
  return JSON.stringify(eventFileJsonSchema(), null, 2) + "\n";
}
