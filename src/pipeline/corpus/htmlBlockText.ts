/** Elements that start a new paragraph. */
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
  "blockquote", "pre", "dd", "dt", "dl", "table", "tr", "td", "th", "hr", "address", "center",
]);
/** Never article text: furniture, media, forms, and captions (their dates must not reach extraction). */
const SKIP = new Set([
  "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "select", "textarea",
  "iframe", "object", "embed", "svg", "canvas", "video", "audio", "picture", "img", "figure", "figcaption",
]);
/**
 * Words in the class or id of blocks that hold teasers, sharing buttons, credits and the
 * like; matched against whole parts of a name ("social-share", not "shareable").
 */
const FURNITURE = new Set([
  "related", "teaser", "teasers", "promo", "newsletter", "share", "sharing", "social", "advert", "advertisement",
  "ad", "ads", "caption", "credit", "credits", "subscribe", "subscription", "comment", "comments", "breadcrumb",
  "breadcrumbs", "readmore", "recommended", "recommendations", "sidebar", "outbrain", "taboola", "paywall",
]);

/**
 * The text of an element, one line per block-level element, blank lines between them.
 * Whitespace inside a block is collapsed as a browser would render it.
 */
export function htmlBlockText(root: Element): string {
  const articleLength = textLength(root);
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) blocks.push(text);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (SKIP.has(tag) || isFurniture(element, articleLength)) return;
    if (tag === "br") {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(element.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}

/**
 * A caption, teaser or share box is a small part of the page: a block that holds most of the
 * text is the article itself, whatever its class says ("story-body has-comments").
 */
function isFurniture(element: Element, articleLength: number): boolean {
  const marker = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.toLowerCase();
  return marker.split(/[\s_-]+/).some((part) => FURNITURE.has(part)) && textLength(element) < articleLength / 2;
}

function textLength(node: Node): number {
  return (node.textContent ?? "").replace(/\s+/g, " ").trim().length;
}
