import { compareText } from "../dedupe/toCorpusArticle";
import { mergeEvents } from "../merge/mergeEvents";
import type { DraftEvent } from "../types";
import type { SpooledDraft } from "../workers/pipelineTasks";
import { toFileItem } from "./fileItem";
import type { SpoolReader, SpoolRef, SpoolWriter } from "./spool";

/** A draft on disk, and where it came from: its article's place in id order, its place in that article. */
interface DraftPlace extends SpooledDraft {
  article: number;
  index: number;
}

/**
 * The draft events of a run, kept on disk: in memory only, per event id, where its
 * drafts are. An event reported once is already a file item (made by the worker);
 * the drafts of an event reported several times are read back and handed to
 * merge/mergeEvents, unchanged, in the order they would have had in one big list
 * (articles by id, then as extracted), so every event is what one call on all drafts gives.
 */
export class SpooledEvents {
  private readonly groups = new Map<string, DraftPlace | DraftPlace[]>();

  add(article: number, drafts: readonly SpooledDraft[]): void {
    for (const [index, draft] of drafts.entries()) {
      const place = { ...draft, article, index };
      const known = this.groups.get(draft.id);
      if (!known) this.groups.set(draft.id, place);
      else if (Array.isArray(known)) known.push(place);
      else this.groups.set(draft.id, [known, place]);
    }
  }

  /** Where each event's file item is, in the event file's order (date, then id); merged events are spooled by `writer`. */
  items(reader: SpoolReader, writer: SpoolWriter): SpoolRef[] {
    const events: { date: string; id: string; item: SpoolRef }[] = [];
    for (const group of this.groups.values()) {
      if (!Array.isArray(group)) {
        events.push({ date: group.date, id: group.id, item: group.alone });
        continue;
      }
      group.sort((a, b) => a.article - b.article || a.index - b.index);
      const merged = mergeEvents(group.map((place) => JSON.parse(reader.read(place.draft)) as DraftEvent));
      // mergeEvents groups drafts by the id of their event; should that change, so must this adapter
      if (merged.length !== 1) throw new Error(`drafts of event ${group[0]!.id} merged into ${merged.length} events`);
      const event = merged[0]!;
      events.push({ date: event.date, id: event.id, item: writer.append(toFileItem("events", event, event.id)) });
    }
    writer.flush();
    return events.sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id)).map((event) => event.item);
  }
}
