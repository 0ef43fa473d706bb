import type { EventIndex } from "../data/eventIndex";
import { describeEventDate } from "../format/describeEventDate";
import { describeEventType } from "../format/describeEventType";
import { CopyLinkButton } from "./CopyLinkButton";
import { EventNavigation } from "./EventNavigation";
import { EventParticipants } from "./EventParticipants";
import { SourceEvidence } from "./SourceEvidence";

const TERM = "font-medium text-slate-600 dark:text-slate-300";

/** Everything known about one event; every string from the file is rendered as text. */
export function EventDetail({ index, position }: { index: EventIndex; position: number }) {
  const event = index.events[position]!;
  const heading = event.summary || event.text;
  // "S/2012/77, on Syria", or "on Syria" when the text gives no symbol.
  const draft = event.draft && [event.draft.symbol, event.draft.topic && `on ${event.draft.topic}`].filter(Boolean).join(", ");
  return (
    <article aria-labelledby="event-detail-heading" className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <p className="text-xs font-semibold tracking-wide text-sky-800 uppercase dark:text-sky-300">
          {describeEventType(event.type, event.subtype)}
        </p>
        <h2 id="event-detail-heading" className="text-lg leading-snug font-semibold">
          {heading}
        </h2>
      </header>

      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
        <dt className={TERM}>Date</dt>
        <dd>{describeEventDate(event)}</dd>
        <EventParticipants event={event} actors={index.actors} />
        {draft && (
          <>
            <dt className={TERM}>Draft resolution</dt>
            <dd>{draft}</dd>
          </>
        )}
        <dt className={TERM}>Confidence</dt>
        <dd>{Math.round(event.confidence * 100)}%</dd>
      </dl>

      {event.text && (
        <figure className="flex flex-col gap-1">
          <figcaption className="text-xs font-medium text-slate-600 dark:text-slate-300">
            {event.subtype === "direct" ? "Quote" : "What was reported"}
          </figcaption>
          <blockquote data-testid="event-text" className="border-l-4 border-sky-600 pl-3 text-base leading-relaxed dark:border-sky-400">
            {event.subtype === "direct" ? `“${event.text}”` : event.text}
          </blockquote>
        </figure>
      )}

      <div className="flex flex-wrap items-start justify-between gap-2">
        <EventNavigation index={index} position={position} />
        <CopyLinkButton />
      </div>

      <section aria-labelledby="event-sources-heading" className="flex flex-col gap-2">
        <h3 id="event-sources-heading" className="text-sm font-semibold">
          {event.evidence.length === 1 ? "Source" : `Sources (${event.evidence.length})`}
        </h3>
        <ul className="flex flex-col gap-3">
          {event.evidence.map((evidence, i) => (
            <SourceEvidence key={`${evidence.article}:${evidence.start}:${i}`} evidence={evidence} article={index.articles.get(evidence.article)} />
          ))}
        </ul>
      </section>
    </article>
  );
}
