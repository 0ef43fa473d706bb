/**
 * The gold annotation format: what an expert annotator read in each story of a corpus.
 *
 * A story is the set of files that carry one article (a raw capture and its clean copy,
 * syndicated copies). Each story lists its statements and vetoes once, with the date the
 * annotator expects, and the page-chrome snippets of each file so the scorer can tell
 * when an event was built from a menu, a caption or a teaser instead of the article.
 */
import { z } from "zod";
import { IsoDate, StatementSubtype, VetoSubtype } from "../model/contract";

const Country = z.string().regex(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3, e.g. RUS");

/** Fields shared by every gold item. */
const GoldItemBase = {
  /** The expected best day; for ranges the first day. */
  date: IsoDate,
  /** The last day when the text gives a range ("earlier this week"). */
  dateEnd: IsoDate.optional(),
  /**
   * Borderline items that an annotator would accept but not demand (habitual claims such
   * as "Russia has repeatedly insisted"): found, they count neither as hit nor as false
   * positive; missed, they are no miss.
   */
  optional: z.boolean().optional(),
  /** Why the annotator decided as they did, for the next reader. */
  note: z.string().optional(),
};

export const GoldStatementSchema = z.object({
  /** Acceptable names of the one speaker (or of any speaker of a joint statement). */
  speaker: z.array(z.string().min(1)).min(1),
  subtype: StatementSubtype,
  /** The quote or the reported claim, the words an event's `text` should contain. */
  text: z.string().min(1),
  /** The source sentence as it stands in the file (checked by the gold tests). */
  sentence: z.string().min(1),
  ...GoldItemBase,
});

export const GoldVetoSchema = z.object({
  subtype: VetoSubtype,
  /** The vetoing (or threatening) permanent members. */
  countries: z.array(Country).min(1),
  /** Every sentence of the story that mentions this veto. */
  sentences: z.array(z.string().min(1)).min(1),
  ...GoldItemBase,
});

export const GoldStorySchema = z.object({
  /** Short readable key used in reports ("lavrov-clinton"). */
  id: z.string().min(1),
  files: z.array(z.string().min(1)).min(1),
  published: IsoDate.nullable(),
  /** Per file: the page furniture (menus, captions, credits, teasers, related links), one snippet per line or element. */
  chrome: z.record(z.string(), z.array(z.string().min(1))),
  statements: z.array(GoldStatementSchema),
  vetoes: z.array(GoldVetoSchema),
});

export const GoldFileSchema = z.object({
  corpus: z.string().min(1),
  /** The article folder, relative to the repository root. */
  dir: z.string().min(1),
  stories: z.array(GoldStorySchema),
});

export type GoldStatement = z.infer<typeof GoldStatementSchema>;
export type GoldVeto = z.infer<typeof GoldVetoSchema>;
export type GoldStory = z.infer<typeof GoldStorySchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;
