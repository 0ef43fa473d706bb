import { z } from "zod";
import { RoleSchema } from "../../../model";
import type { DictionaryEntry } from "../dictionaryEntry";
import { kebabId } from "../kebabId";

const SupplementSchema = z.object({
  about: z.string().optional(),
  organizations: z.array(
    z.object({ name: z.string().min(1), id: z.string().optional(), country: z.string().optional(), aliases: z.array(z.string()) }),
  ),
  persons: z.array(
    z.object({
      name: z.string().min(1),
      country: z.string().regex(/^[A-Z]{3}$/),
      aliases: z.array(z.string()),
      roles: z.array(RoleSchema).min(1),
    }),
  ),
});

/** Reads the hand-curated `supplement.json` (see docs/pipeline.md, "Actors", for its format). */
export function parseSupplement(source: string): DictionaryEntry[] {
  const data = SupplementSchema.parse(JSON.parse(source));
  const organizations = data.organizations.map((o): DictionaryEntry => ({
    id: o.id ?? kebabId(o.name),
    name: o.name,
    kind: "organization",
    ...(o.country ? { country: o.country } : {}),
    aliases: [o.name, ...o.aliases],
  }));
  const persons = data.persons.map((p): DictionaryEntry => ({
    id: kebabId(p.name),
    name: p.name,
    kind: "person",
    country: p.country,
    roles: p.roles,
    aliases: [p.name, ...p.aliases],
  }));
  return [...organizations, ...persons];
}
