/**
 * Collects, from the event file's items as they go past on their way to the file, what
 * the viewer's timeline columns need, then builds the columns exactly as the viewer does
 * (same sort, same builder) from the items as the viewer will parse them.
 */
import type { Actor } from "../../model";
import { buildColumns, type Drawable, type EventColumns } from "../../model/columns/eventColumns";
import { sortEvents } from "../../model/columns/sortEvents";

export class ColumnsOfItems {
  private readonly events: Drawable[] = [];
  private readonly actors: Actor[] = [];

  addActor(item: string): void {
    this.actors.push(JSON.parse(item) as Actor);
  }

  /** Keeps only the drawable facts of the event. */
  addEvent(item: string): void {
    const { id, date, dateEnd, subtype, actors } = JSON.parse(item) as Drawable;
    this.events.push(dateEnd === undefined ? { id, date, subtype, actors } : { id, date, dateEnd, subtype, actors });
  }

  build(): EventColumns {
    // A fixed "now" (the extent of no events): the same input must give the same bytes.
    return buildColumns(sortEvents(this.events, 0), this.actors);
  }
}

/** The items, unchanged, each shown to `see` on its way past. */
export function* passing(items: Iterable<string>, see: (item: string) => void): Generator<string> {
  for (const item of items) {
    see(item);
    yield item;
  }
}
