/**
 * Plain-text rendering of a corpus score: the summary table, and the per-miss listing
 * that tells the extraction engineers which sentence went wrong and how.
 */
import type { EventFile } from "../model/contract";
import type { GoldStatement, GoldVeto } from "./gold";
import type { CorpusScore, StoryReport } from "./score";
import { actorLookup } from "./score";
import type { StoryEvent } from "./stories";
import type { TargetCheck } from "./targets";
import { containment } from "./text";

/** Below this share of shared words an extra event is no useful hint for a miss. */
const CLOSEST_HINT = 0.3;

export function formatTable(title: string, checks: readonly TargetCheck[]): string {
  const width = Math.max(...checks.map((c) => c.measure.length));
  const resultWidth = Math.max(...checks.map((c) => c.result.length));
  const lines = checks.map((c) => {
    const verdict = c.pass === null ? "" : c.pass ? "PASS" : "FAIL";
    return `  ${c.measure.padEnd(width)}  ${c.result.padEnd(resultWidth)}  ${c.target.padEnd(7)}  ${verdict}`.trimEnd();
  });
  return [title, ...lines].join("\n");
}

function quote(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

function dateOf(d: { date: string; dateEnd?: string | undefined }): string {
  return d.dateEnd && d.dateEnd !== d.date ? `${d.date}..${d.dateEnd}` : d.date;
}

function goldLine(g: GoldStatement | GoldVeto): string {
  return "speaker" in g
    ? `[${g.speaker[0]}] ${g.subtype} ${quote(g.text)} ${dateOf(g)}`
    : `[${g.countries.join("+")}] ${g.subtype} veto ${dateOf(g)}`;
}

export function formatMisses(score: CorpusScore, output: EventFile): string {
  const actors = actorLookup(output.actors);
  const who = (item: StoryEvent) => {
    const roles = item.event.type === "veto" ? ["vetoing"] : ["speaker"];
    const names = item.event.actors.filter((a) => roles.includes(a.role)).map((a) => actors.speaker(a.id).name);
    return names.length > 0 ? names.join(", ") : "nobody";
  };
  const eventLine = (item: StoryEvent) =>
    `[${who(item)}] ${item.event.subtype} ${quote(item.event.text)} ${dateOf(item.event)}` +
    (item.event.dateText ? ` ("${item.event.dateText}")` : "") +
    `\n        evidence: ${quote(item.sentences[0] ?? "", 220)}`;

  const blocks = score.stories.map((r) => storyBlock(r, eventLine));
  const unscored = score.unscored.map((e) => `  unscored (no annotated file): ${e.id} ${quote(e.text)}`);
  return [...blocks.filter((b) => b !== ""), ...unscored].join("\n");
}

function storyBlock(r: StoryReport, eventLine: (item: StoryEvent) => string): string {
  const lines: string[] = [];
  for (const g of r.missedStatements) {
    lines.push(`  missed statement      ${goldLine(g)}\n        sentence: ${quote(g.sentence, 220)}`);
    const closest = r.extraStatements
      .map((item) => ({ item, c: containment(g.text, item.event.text) }))
      .sort((a, b) => b.c - a.c)[0];
    if (closest && closest.c >= CLOSEST_HINT) lines.push(`      closest output: ${eventLine(closest.item)}`);
  }
  for (const item of r.extraStatements) lines.push(`  false statement       ${eventLine(item)}`);
  for (const g of r.missedVetoes) lines.push(`  missed veto           ${goldLine(g)}\n        sentence: ${quote(g.sentences[0] ?? "", 220)}`);
  for (const item of r.extraVetoes) lines.push(`  false veto            ${eventLine(item)}`);
  for (const p of r.wrongVetoes) lines.push(`  wrong veto            want ${goldLine(p.gold)}\n      got: ${eventLine(p.item)}`);
  for (const p of r.wrongDates) lines.push(`  wrong date            want ${goldLine(p.gold)}\n      got: ${eventLine(p.item)}`);
  for (const item of r.fromChrome) lines.push(`  from page chrome      ${eventLine(item)}`);
  if (lines.length === 0) return "";
  return [`story ${r.story.id} (${r.story.files.join(", ")})`, ...lines].join("\n");
}
