const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
const FENCE = /^\s*(?:```|~~~)/;
const RULE = /^\s{0,3}(?:(?:[-*_]\s*){3,}|=+\s*|-+\s*)$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const QUOTE_MARKER = /^\s{0,3}(?:>\s?)+/;

/**
 * The readable text of a Markdown body: markup removed, one paragraph per block, blank
 * lines between them. As in Markdown, the lines of a paragraph are one paragraph; list
 * items and headings stand alone (the cleaner takes headings for headlines). Images,
 * code blocks, rules and link definitions go.
 */
export function markdownToText(markdown: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const paragraph = current.join(" ").trim();
    if (paragraph) paragraphs.push(paragraph);
    current = [];
  };
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence || LINK_DEFINITION.test(line)) continue;
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const body = line.replace(QUOTE_MARKER, "");
    const heading = HEADING.exec(body);
    if (heading || LIST_ITEM.test(body) || !body.trim()) flush();
    if (heading) {
      paragraphs.push(inline(heading[1]!));
      continue;
    }
    if (body.trim()) current.push(inline(body.replace(LIST_ITEM, "").trim()));
  }
  flush();
  return paragraphs.join("\n\n");
}

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(^|[^\p{L}\p{N}\\])(\*\*|__)(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, "$1$3")
    .replace(/(^|[^\p{L}\p{N}\\*_])([*_])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, "$1$3")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1")
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name]!);
}
