/**
 * Deterministic synthetic event files for the viewer benchmark.
 *
 * Same (count, seed) → byte-identical file. Events follow the contract in
 * src/model/contract.ts, with the variety the viewer must cope with: ~200 actors,
 * statements and vetoes, 30 years of dates clustered in bursts around crises, date
 * ranges, evidence into a pool of 1,000 articles. Strings are short and the file is
 * streamed out one event per line, so a million events stay near 250 MB and are never
 * held in memory as one string.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Actor, Article, EventActor, TimelineEvent } from "../../src/model";
import { SCHEMA_VERSION } from "../../src/model";
import type { ColumnsOfItems } from "../../src/pipeline/write/columnsOfItems";
import { createRng, weightedIndex, type Rng } from "./prng";
import * as words from "./vocabulary";

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1995, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2024, 11, 31) / DAY_MS;
const ARTICLE_COUNT = 1_000;
const CRISIS_COUNT = 40;
/** Share of events that fall in a crisis burst rather than the quiet background. */
const BURST_SHARE = 0.65;

interface Crisis {
  centre: number;
  /** Standard deviation of the burst, in days. */
  spread: number;
  weight: number;
  topic: string;
  countries: string[];
  vetoers: string[];
}

export interface World {
  actors: Actor[];
  articles: Article[];
  crises: Crisis[];
  /** Articles are sorted by day; evidence points to one published near the event. */
  articleDays: Int32Array;
  personsByCountry: Map<string, Actor[]>;
  shortNames: Map<string, string>;
}

export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function buildActors(rng: Rng): { actors: Actor[]; personsByCountry: Map<string, Actor[]>; shortNames: Map<string, string> } {
  const actors: Actor[] = [];
  const personsByCountry = new Map<string, Actor[]>();
  const shortNames = new Map<string, string>();
  for (const [code, name] of words.COUNTRIES) {
    actors.push({ id: code, name, kind: "country", country: code });
    shortNames.set(code, name);
  }
  for (const [id, name] of words.ORGANIZATIONS) {
    actors.push({ id, name, kind: "organization" });
    shortNames.set(id, name);
  }
  // Two officials per permanent member and one elsewhere, plus extras: ~120 persons.
  const seats = [...words.PERMANENT_MEMBERS, ...words.PERMANENT_MEMBERS, ...words.COUNTRIES.map(([code]) => code)];
  while (seats.length < 120) seats.push(rng.pick(words.COUNTRIES)[0]);
  const used = new Set<string>();
  for (const country of seats) {
    let name = `${rng.pick(words.FIRST_NAMES)} ${rng.pick(words.LAST_NAMES)}`;
    while (used.has(slug(name))) name = `${rng.pick(words.FIRST_NAMES)} ${rng.pick(words.LAST_NAMES)}`;
    used.add(slug(name));
    const from = rng.int(FIRST_DAY, LAST_DAY - 400);
    const person: Actor = {
      id: slug(name),
      name,
      kind: "person",
      country,
      roles: [{ title: rng.pick(words.TITLES), from: isoDay(from), to: isoDay(Math.min(LAST_DAY, from + rng.int(365, 3650))) }],
    };
    actors.push(person);
    shortNames.set(person.id, name.split(" ").at(-1) ?? name);
    personsByCountry.set(country, [...(personsByCountry.get(country) ?? []), person]);
  }
  return { actors, personsByCountry, shortNames };
}

function buildCrises(rng: Rng): Crisis[] {
  const countryCodes = words.COUNTRIES.map(([code]) => code);
  return Array.from({ length: CRISIS_COUNT }, () => {
    const vetoers = [rng.pick(words.PERMANENT_MEMBERS)];
    if (rng.chance(0.4)) vetoers.push(rng.pick(words.PERMANENT_MEMBERS.filter((c) => c !== vetoers[0])));
    return {
      centre: rng.int(FIRST_DAY, LAST_DAY),
      spread: rng.int(2, 40),
      // A few big crises dominate, as in the news.
      weight: Math.pow(rng.next(), 3) * 10 + 0.2,
      topic: rng.pick(words.TOPICS),
      countries: [...words.PERMANENT_MEMBERS.slice(0, 2), ...Array.from({ length: rng.int(2, 4) }, () => rng.pick(countryCodes))],
      vetoers,
    };
  });
}

function buildArticles(rng: Rng): { articles: Article[]; articleDays: Int32Array } {
  const articleDays = Int32Array.from({ length: ARTICLE_COUNT }, () => rng.int(FIRST_DAY, LAST_DAY)).sort();
  const articles = Array.from(articleDays, (day, i): Article => {
    const id = `a-${i.toString(36)}`;
    return {
      id,
      title: `${rng.pick(words.TOPICS)} at the council`,
      source: rng.pick(words.SOURCES),
      url: rng.chance(0.9) ? `https://news.example.org/${id}` : null,
      published: isoDay(day),
      files: [`${String(i).padStart(4, "0")}.txt`],
    };
  });
  return { articles, articleDays };
}

export function buildWorld(seed: number): World {
  const rng = createRng(seed);
  return { ...buildActors(rng), ...buildArticles(rng), crises: buildCrises(rng) };
}

/**
 * Days of all events, in order, each packed with its crisis (day * 64 + crisis + 1; 0 is
 * the background) so a plain numeric sort keeps them together.
 */
function drawDays(rng: Rng, world: World, count: number): Float64Array {
  const weights = world.crises.map((c) => c.weight);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    if (rng.chance(BURST_SHARE)) {
      const c = weightedIndex(rng, weights);
      const crisis = world.crises[c]!;
      const day = Math.round(crisis.centre + rng.normal() * crisis.spread);
      keys[i] = Math.min(LAST_DAY, Math.max(FIRST_DAY, day)) * 64 + c + 1;
    } else {
      keys[i] = rng.int(FIRST_DAY, LAST_DAY) * 64;
    }
  }
  return keys.sort();
}

function nearestArticle(world: World, rng: Rng, day: number): Article {
  let lo = 0;
  let hi = world.articleDays.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((world.articleDays[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  const index = Math.min(world.articles.length - 1, Math.max(0, lo + rng.int(-3, 3)));
  return world.articles[index]!;
}

function datePart(rng: Rng, day: number): Pick<TimelineEvent, "date" | "dateEnd" | "datePrecision" | "dateBasis" | "dateText"> {
  const basis = weightedIndex(rng, [0.6, 0.25, 0.15]);
  const dateBasis = (["explicit", "relative", "published"] as const)[basis]!;
  const dateText = dateBasis === "relative" ? rng.pick(words.RELATIVE_DATE_TEXTS) : undefined;
  const precision = weightedIndex(rng, [0.8, 0.12, 0.06, 0.02]);
  const d = new Date(day * DAY_MS);
  if (precision === 1) return { date: isoDay(day), dateEnd: isoDay(day + 6), datePrecision: "week", dateBasis, dateText };
  if (precision === 2) {
    const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
    const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / DAY_MS;
    return { date: isoDay(first), dateEnd: isoDay(last), datePrecision: "month", dateBasis, dateText };
  }
  if (precision === 3) {
    const year = d.getUTCFullYear();
    return { date: `${year}-01-01`, dateEnd: `${year}-12-31`, datePrecision: "year", dateBasis, dateText };
  }
  return { date: isoDay(day), datePrecision: "day", dateBasis, dateText };
}

function speaker(rng: Rng, world: World, countries: readonly string[]): string {
  const country = rng.pick(countries);
  const roll = rng.next();
  if (roll < 0.7) {
    const persons = world.personsByCountry.get(country);
    if (persons && persons.length > 0) return rng.pick(persons).id;
  }
  if (roll < 0.9) return country;
  return rng.pick(words.ORGANIZATIONS)[0];
}

/** One event on `day`: its crisis (if any) decides topic, speakers and vetoing members. */
export function makeEvent(rng: Rng, world: World, index: number, day: number, crisis: Crisis | undefined): TimelineEvent {
  const topic = crisis?.topic ?? rng.pick(words.TOPICS);
  const countries = crisis?.countries ?? [rng.pick(words.COUNTRIES)[0], rng.pick(words.COUNTRIES)[0]];
  const name = (id: string) => world.shortNames.get(id) ?? id;
  const isVeto = rng.chance(crisis ? 0.15 : 0.05);
  let actors: EventActor[];
  let text: string;
  let summary: string;
  let subtype: TimelineEvent["subtype"];
  let draft: TimelineEvent["draft"];
  if (isVeto) {
    subtype = (["cast", "threatened", "referenced"] as const)[weightedIndex(rng, [0.4, 0.35, 0.25])]!;
    const vetoers = crisis?.vetoers ?? [rng.pick(words.PERMANENT_MEMBERS)];
    actors = vetoers.map((id) => ({ id, role: "vetoing" as const }));
    const who = vetoers.join(" and ");
    text = `${who} ${words.VETO_STEMS[subtype === "cast" ? 0 : subtype === "threatened" ? 1 : 2]} ${topic}`;
    summary = `Veto: ${topic}`;
    if (subtype === "cast" || rng.chance(0.3)) {
      const year = new Date(day * DAY_MS).getUTCFullYear();
      draft = { symbol: rng.chance(0.8) ? `S/${year}/${rng.int(1, 900)}` : null, topic };
    }
  } else {
    subtype = rng.chance(0.5) ? "direct" : "reported";
    const who = speaker(rng, world, countries);
    actors = [{ id: who, role: "speaker" }];
    if (rng.chance(0.05)) actors.push({ id: rng.pick(words.ORGANIZATIONS)[0], role: "relay" });
    if (rng.chance(0.1)) actors.push({ id: rng.pick(countries), role: "target" });
    text = subtype === "direct" ? `${rng.pick(words.DIRECT_STEMS)} ${topic}.` : `${name(who)} ${rng.pick(words.REPORTED_STEMS)} ${topic}`;
    summary = `${name(who)} on ${topic}`;
  }
  const evidence = Array.from({ length: rng.chance(0.95) ? 1 : 2 }, () => {
    const start = rng.int(0, 4000);
    return { article: nearestArticle(world, rng, day).id, sentence: text, start, end: start + text.length };
  });
  return {
    // A multiplicative hash of the index: unique, stable and not in date order, like real ids.
    id: `e-${(Math.imul(index + 1, 2654435761) >>> 0).toString(36)}`,
    type: isVeto ? "veto" : "statement",
    subtype,
    ...datePart(rng, day),
    actors,
    text,
    summary,
    evidence,
    confidence: rng.int(50, 99) / 100,
    ...(draft ? { draft } : {}),
  };
}

/** The events of a file, in (roughly) date order: month and year ranges start earlier. */
export function* generateEvents(world: World, count: number, seed: number): Generator<TimelineEvent> {
  const rng = createRng(seed ^ 0x9e3779b9);
  const keys = drawDays(rng, world, count);
  for (let i = 0; i < count; i++) {
    const key = keys[i]!;
    const day = Math.floor(key / 64);
    const c = key - day * 64;
    yield makeEvent(rng, world, i, day, c === 0 ? undefined : world.crises[c - 1]);
  }
}

/**
 * Streams a whole event file to `path`, one event per line; resolves with its size in
 * bytes. Its actors and events also pass through `columns`, as the pipeline's do.
 */
export async function writeEventFile(path: string, count: number, seed: number, columns?: ColumnsOfItems): Promise<number> {
  const world = buildWorld(seed);
  const out = createWriteStream(path);
  const header = JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles: world.articles, actors: world.actors });
  for (const actor of world.actors) columns?.addActor(JSON.stringify(actor));
  // The header's closing brace is replaced by the events array.
  let chunk = `${header.slice(0, -1)},"events":[\n`;
  let first = true;
  for (const event of generateEvents(world, count, seed)) {
    const item = JSON.stringify(event);
    columns?.addEvent(item);
    chunk += (first ? "" : ",\n") + item;
    first = false;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(`${chunk}\n]}\n`);
  await once(out, "finish");
  return out.bytesWritten;
}
