/**
 * The event file contract (`events.json`), shared by the pipeline and the viewer.
 *
 * One source for three things: the runtime schema (zod), the TypeScript types
 * (`z.infer`), and the published JSON Schema (`public/events.schema.json`, generated
 * by `npm run schema`). Field names follow DESIGN.md and must not change: tools
 * outside this project read them. Additions are optional fields only.
 */
import { z } from "zod";

export const SCHEMA_VERSION = 1;

/** A calendar day, `YYYY-MM-DD`, that exists (no 2012-02-30). */
export const IsoDate = z.iso.date();

/** Only http(s) links are kept: article text and metadata are untrusted. */
export const HttpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "only http(s) links to a domain name are allowed" })
  .meta({ pattern: "^https?://" });

export const ActorKind = z.enum(["person", "country", "organization"]);
export const EventType = z.enum(["statement", "veto"]);
export const StatementSubtype = z.enum(["direct", "reported"]);
export const VetoSubtype = z.enum(["cast", "threatened", "referenced"]);
export const EventSubtype = z.enum([...StatementSubtype.options, ...VetoSubtype.options]);
export const DatePrecision = z.enum(["day", "week", "month", "year"]);
export const DateBasis = z.enum(["explicit", "relative", "published"]);
/**
 * What an actor does in an event. `relay` is the body that passed a statement on
 * ("the Kremlin press service said"); `target` is whom a statement addresses or a
 * veto is aimed at.
 */
export const ActorRole = z.enum(["speaker", "relay", "vetoing", "target"]);

export const ArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  source: z.string(),
  url: HttpUrl.nullable(),
  published: IsoDate.nullable(),
  /** Every file that carried this story (raw capture, clean copy, syndicated copies). */
  files: z.array(z.string().min(1)).min(1),
  /** The cleaned article text; evidence offsets point into it. Optional for compact files. */
  text: z.string().optional(),
});

export const RoleSchema = z.object({
  title: z.string().min(1),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

export const ActorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: ActorKind,
  /** ISO 3166-1 alpha-3, when known; persons carry it so the viewer can group by country. */
  country: z.string().regex(/^[A-Z]{3}$/).optional(),
  roles: z.array(RoleSchema).optional(),
});

export const EventActorSchema = z.object({
  id: z.string().min(1),
  role: ActorRole,
});

export const EvidenceSchema = z
  .object({
    article: z.string().min(1),
    sentence: z.string().min(1),
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .refine((e) => e.end > e.start, { message: "evidence end must be after start", path: ["end"] });

export const VetoedDraftSchema = z.object({
  /** UN document symbol such as S/2012/77, when known. */
  symbol: z.string().nullable(),
  /** What the draft was about, in a few words ("Syria"). */
  topic: z.string().nullable(),
});

export const EventSchema = z
  .object({
    id: z.string().min(1),
    type: EventType,
    subtype: EventSubtype,
    /** Best single day. */
    date: IsoDate,
    /** End of the uncertainty range, when the date is a range. */
    dateEnd: IsoDate.optional(),
    datePrecision: DatePrecision,
    dateBasis: DateBasis,
    /** The words the date came from ("earlier this week", "Friday"), when any. */
    dateText: z.string().optional(),
    actors: z.array(EventActorSchema),
    text: z.string(),
    summary: z.string(),
    evidence: z.array(EvidenceSchema).min(1),
    confidence: z.number().min(0).max(1),
    /** Vetoes: the draft resolution concerned, when the text or the UN veto list tells. */
    draft: VetoedDraftSchema.optional(),
  })
  .superRefine((e, ctx) => {
    const allowed: readonly string[] =
      e.type === "statement" ? StatementSubtype.options : VetoSubtype.options;
    if (!allowed.includes(e.subtype)) {
      ctx.addIssue({
        code: "custom",
        path: ["subtype"],
        message: `subtype "${e.subtype}" is not one of ${allowed.join(", ")} for type "${e.type}"`,
      });
    }
    if (e.dateEnd !== undefined && e.dateEnd < e.date) {
      ctx.addIssue({ code: "custom", path: ["dateEnd"], message: "dateEnd is before date" });
    }
  });

export const EventFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleSchema),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema),
});

export type ActorKind = z.infer<typeof ActorKind>;
export type EventType = z.infer<typeof EventType>;
export type EventSubtype = z.infer<typeof EventSubtype>;
export type StatementSubtype = z.infer<typeof StatementSubtype>;
export type VetoSubtype = z.infer<typeof VetoSubtype>;
export type DatePrecision = z.infer<typeof DatePrecision>;
export type DateBasis = z.infer<typeof DateBasis>;
export type ActorRole = z.infer<typeof ActorRole>;
export type Article = z.infer<typeof ArticleSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type EventActor = z.infer<typeof EventActorSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type VetoedDraft = z.infer<typeof VetoedDraftSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type EventFile = z.infer<typeof EventFileSchema>;
