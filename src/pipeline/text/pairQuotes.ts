import type { Quote, Span } from "../types";
import { isSpace, paragraphSpans } from "./paragraphSpans";

/** Quotation marks that pair with each other: “…”, "…", „…“ are one family, ‘…’ and '…' another. */
type Family = "double" | "single" | "guillemet" | "single-guillemet";

interface OpenMark {
  family: Family;
  pos: number;
  /** „ is closed by “ as well as ”. */
  low: boolean;
}

interface Pair {
  open: number;
  close: number;
}

type Action = { open: Family; low?: boolean } | { close: Family } | null;

/**
 * Pairs the quotation marks of a text and returns the outermost quotations, in order.
 *
 * Apostrophes (Syria’s, Russia's, the Syrians’ position) are told apart from single
 * quotes by their neighbours. Marks pair within a paragraph, except the newspaper
 * convention for a quotation that runs over several paragraphs: each paragraph opens
 * the mark again and only the last one closes it; that becomes one Quote. A quotation
 * interrupted by attribution ("We will go," he said, "and we will win.") is two Quotes.
 * Unpaired marks are ignored rather than guessed.
 */
export function pairQuotes(text: string): Quote[] {
  const pairs: Pair[] = [];
  let carried: OpenMark | null = null;
  for (const paragraph of paragraphSpans(text)) {
    const stack: OpenMark[] = [];
    let from = paragraph.start;
    if (carried && continuesQuote(text, paragraph, carried.family)) {
      stack.push(carried);
      from++;
    }
    for (let i = from; i < paragraph.end; i++) {
      const action = classify(text, i, paragraph, stack);
      if (action === null) continue;
      if ("open" in action) {
        stack.push({ family: action.open, pos: i, low: action.low ?? false });
        continue;
      }
      const depth = findOpen(stack, action.close);
      if (depth === -1) continue;
      const opened = stack[depth]!;
      stack.length = depth;
      pairs.push({ open: opened.pos, close: i });
    }
    const outermost = stack[0];
    carried = outermost && (outermost.family === "double" || outermost.family === "guillemet") ? outermost : null;
  }
  return outermostQuotes(pairs);
}

function continuesQuote(text: string, paragraph: Span, family: Family): boolean {
  const first = text[paragraph.start];
  return family === "double" ? first === "“" || first === '"' || first === "„" : first === "«";
}

function findOpen(stack: readonly OpenMark[], family: Family): number {
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    if (stack[depth]!.family === family) return depth;
  }
  return -1;
}

function isOpen(stack: readonly OpenMark[], family: Family): boolean {
  return findOpen(stack, family) !== -1;
}

function classify(text: string, i: number, paragraph: Span, stack: readonly OpenMark[]): Action {
  const mark = text[i];
  const before = i > paragraph.start ? text[i - 1]! : " ";
  const after = i + 1 < paragraph.end ? text[i + 1]! : " ";
  switch (mark) {
    case "“": {
      const top = stack[stack.length - 1];
      return top?.family === "double" && top.low ? { close: "double" } : { open: "double" };
    }
    case "„":
      return { open: "double", low: true };
    case "”":
      return { close: "double" };
    case '"':
      return straightMark("double", before, after, stack);
    case "‘":
      return isWordChar(before) ? null : { open: "single" };
    case "’":
      if (isWordChar(before) && isWordChar(after)) return null;
      return isOpen(stack, "single") && !isSpaceChar(before) ? { close: "single" } : null;
    case "'":
      if (isWordChar(before) && isWordChar(after)) return null;
      return straightMark("single", before, after, stack);
    case "«":
      return { open: "guillemet" };
    case "»":
      return { close: "guillemet" };
    case "‹":
      return { open: "single-guillemet" };
    case "›":
      return { close: "single-guillemet" };
    default:
      return null;
  }
}

/**
 * A straight mark opens when it stands before a word and closes after one. When a
 * quote of its kind is open, a mark that looks like an opener is still taken as the
 * closer unless the text before it is blank: `"a" and "b"` pairs as two quotes.
 */
function straightMark(family: Family, before: string, after: string, stack: readonly OpenMark[]): Action {
  const opensWord = (isSpaceChar(before) || isOpeningPunct(before)) && !isSpaceChar(after);
  if (isOpen(stack, family) && !isSpaceChar(before)) return { close: family };
  if (opensWord) return { open: family };
  return null;
}

function outermostQuotes(pairs: Pair[]): Quote[] {
  pairs.sort((a, b) => a.open - b.open);
  const quotes: Quote[] = [];
  let lastClose = -1;
  for (const { open, close } of pairs) {
    if (open < lastClose || close - open < 2) continue;
    quotes.push({ start: open + 1, end: close, open, close });
    lastClose = close;
  }
  return quotes;
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

function isSpaceChar(ch: string): boolean {
  return isSpace(ch.charCodeAt(0));
}

function isOpeningPunct(ch: string): boolean {
  return "([{—–-/“‘«„:".includes(ch);
}
