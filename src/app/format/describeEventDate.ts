/**
 * An event's date in words, saying how precise it is and where it came from, so a reader
 * can tell "8 Feb 2012" (the article says so) from "week of 6 Feb 2012, from 'earlier
 * this week'" (worked out from a relative phrase) or a fallback to the publication date.
 */
import type { TimelineEvent } from "../../model";
import { formatDay, formatDayRange, formatMonth, formatYear } from "./formatDay";

type DatedEvent = Pick<TimelineEvent, "date" | "dateEnd" | "datePrecision" | "dateBasis" | "dateText">;

/** The date at its precision, without the basis: "6–9 Feb 2012", "week of 6 Feb 2012", "Feb 2012". */
export function formatEventDate(event: Pick<DatedEvent, "date" | "dateEnd" | "datePrecision">): string {
  switch (event.datePrecision) {
    case "day":
      return event.dateEnd ? formatDayRange(event.date, event.dateEnd) : formatDay(event.date);
    case "week":
      // "earlier this week" said on Thursday is Monday to Thursday, not a whole week.
      return event.dateEnd ? formatDayRange(event.date, event.dateEnd) : `week of ${formatDay(event.date)}`;
    case "month":
      return formatMonth(event.date);
    case "year":
      return formatYear(event.date);
  }
}

export function describeEventDate(event: DatedEvent): string {
  const when = formatEventDate(event);
  switch (event.dateBasis) {
    case "published":
      return `${when}, the publication date (the text gives none)`;
    case "relative":
      return event.dateText ? `${when}, from ‘${event.dateText}’` : `${when}, worked out from the publication date`;
    case "explicit":
      return when;
  }
}
