/**
 * The vis-timeline baseline: the same event file as the app, drawn the way a user of
 * vis-timeline would (DataSet of items, one group per country), so both pages can run the
 * same scripted gestures. Loaded as /vis/?data=URL; it does not validate the file (the app
 * does), which favours vis-timeline slightly on first frame.
 */
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from "vis-timeline/standalone";

interface BenchEvent {
  id: string;
  date: string;
  dateEnd?: string;
  summary: string;
  actors: { id: string }[];
}
interface BenchFile {
  actors: { id: string; name: string; country?: string }[];
  events: BenchEvent[];
}

const NO_COUNTRY = "—";
const region = document.getElementById("timeline")!;

function toDataSets(file: BenchFile): { items: DataItem[]; groups: DataGroup[]; min: string; max: string } {
  const countryOf = new Map(file.actors.map((a) => [a.id, a.country ?? NO_COUNTRY]));
  const names = new Map(file.actors.filter((a) => a.id === a.country).map((a) => [a.id, a.name]));
  const groupIds = new Set<string>();
  let min = "9999";
  let max = "0000";
  const items = file.events.map((e): DataItem => {
    const first = e.actors[0];
    const group = (first && countryOf.get(first.id)) ?? NO_COUNTRY;
    groupIds.add(group);
    if (e.date < min) min = e.date;
    const last = e.dateEnd ?? e.date;
    if (last > max) max = last;
    return e.dateEnd && e.dateEnd !== e.date
      ? { id: e.id, start: e.date, end: e.dateEnd, group, content: e.summary }
      : { id: e.id, start: e.date, group, content: e.summary };
  });
  const groups = [...groupIds].sort().map((id): DataGroup => ({ id, content: names.get(id) ?? id }));
  return { items, groups, min, max };
}

async function main(): Promise<void> {
  const source = new URLSearchParams(location.search).get("data");
  if (!source) throw new Error("missing ?data=URL");
  const response = await fetch(source);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${source}`);
  const { items, groups, min, max } = toDataSets((await response.json()) as BenchFile);
  // vis-timeline's own advice for big data sets: give the window up front (visjs/vis#2448),
  // no stacking (visjs/vis-timeline#1233), and clustering, so that overlapping items share
  // one DOM element. Without clustering each item's box is measured right after it is
  // inserted, a forced layout per item: 2k events took 20 s to a first frame, 10k over 8 min.
  // The root stays hidden behind a loading screen until onInitialDrawComplete, so that,
  // not the first "changed" (emitted while still hidden), marks the first drawn frame.
  const options: TimelineOptions = {
    start: min,
    end: max,
    stack: false,
    showCurrentTime: false,
    height: "100%",
    cluster: { maxItems: 1, showStipes: false },
    onInitialDrawComplete: () => region.setAttribute("aria-busy", "false"),
  };
  // Arrays are wrapped in vis-timeline's own DataSet (the standalone bundle's copy of vis-data).
  new Timeline(region, items, groups, options);
}

main().catch((error: unknown) => {
  const alert = document.createElement("p");
  alert.setAttribute("role", "alert");
  alert.textContent = String(error);
  document.body.prepend(alert);
});
