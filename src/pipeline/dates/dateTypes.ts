import type { DateBasis, DatePrecision } from "../../model";
import type { Span } from "../types";

/** A date as events carry it: a best day, an optional range end, and how it was found. */
export interface ResolvedDate {
  date: string;
  dateEnd?: string;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  /** The words the date came from; absent for the publication-date fallback. */
  dateText?: string;
}

/** Date words found in a text, with their offsets into that text. */
export interface DateMention extends Span {
  resolved: ResolvedDate;
}

/** What a date rule needs to know about where it was found. */
export interface DateContext {
  /** Publication date (YYYY-MM-DD) or null when unknown. */
  published: string | null;
  /** The words before the date point to the future ("will meet on Friday"). */
  future: boolean;
}
