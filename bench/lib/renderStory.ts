import type { Story } from "./buildStory";
import type { Random } from "./random";

export interface RenderedFile {
  name: string;
  content: string;
  /** Manifest entry, when this file is listed in the manifest. */
  manifest?: { file: string; title: string; source: string; url: string; published: string; language: string };
}

const FOREIGN = ["Заголовок открываемого материала", "اقرأ المزيد من الأخبار", "相关新闻报道"];

/**
 * Writes a story as a page capture with the chrome of news sites (menus, captions,
 * credits, teasers, comment widgets, another script, a lede printed twice) or as a
 * clean copy, in plain text, HTML or Markdown.
 */
export function renderStory(story: Story, name: string, random: Random, options: { chrome: boolean }): RenderedFile {
  const format = random.next();
  const paragraphs = options.chrome ? withChrome(story, random) : story.paragraphs;
  if (format < 0.15) return { name: `${name}.html`, content: html(story, paragraphs, options.chrome) };
  if (format < 0.3) return { name: `${name}.md`, content: markdown(story, paragraphs) };
  const file = `${name}.txt`;
  const text = options.chrome ? [story.title, ...paragraphs].join("\n\n") : paragraphs.join(random.chance(0.5) ? "\n" : "\n\n");
  const listed = random.chance(0.7);
  return {
    name: file,
    content: text,
    ...(listed
      ? { manifest: { file, title: story.title, source: story.outlet.name, url: story.url, published: story.published, language: "en" } }
      : {}),
  };
}

function withChrome(story: Story, random: Random): string[] {
  const [lede, ...rest] = story.paragraphs;
  const out = [`- ${story.outlet.name}`, random.pick(["World", "Politics", "Russia", "Middle East"])];
  if (random.chance(0.6)) out.push(`© ${story.outlet.name.toUpperCase()} / Staff Photographer`, `Delegates at the Security Council - ${story.outlet.name}`);
  out.push("Subscribe", lede!);
  if (random.chance(0.5)) out.push(lede!);
  rest.forEach((paragraph, i) => {
    out.push(paragraph);
    if (i === 1 && random.chance(0.5)) out.push(`Diplomats Brace for Another Council Showdown - ${story.outlet.name}`);
  });
  out.push("Newsfeed", "0", "To participate in the discussion", "log in or register", random.pick(FOREIGN));
  return out;
}

function html(story: Story, paragraphs: readonly string[], chrome: boolean): string {
  const body = paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(story.title)} | ${escape(story.outlet.name)}</title>
<meta property="og:title" content="${escape(story.title)}">
<meta property="og:site_name" content="${escape(story.outlet.name)}">
<meta property="article:published_time" content="${story.published}T12:00:00Z">
<link rel="canonical" href="${story.url}">
</head><body>
${chrome ? '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Sign in</a></nav>' : ""}
<article><h1>${escape(story.title)}</h1>
${chrome ? `<figure><img src="p.jpg"><figcaption>Delegates vote, ${story.published}. Photo: ${escape(story.outlet.name)}</figcaption></figure>` : ""}
${body}
${chrome ? '<div class="related-stories"><a href="/x">Council Divided Again</a></div>' : ""}
</article>
${chrome ? "<footer>© All rights reserved</footer>" : ""}
</body></html>
`;
}

function markdown(story: Story, paragraphs: readonly string[]): string {
  return `---\ntitle: "${story.title.replace(/"/g, '\\"')}"\ndate: ${story.published}\nsource: ${story.outlet.name}\nurl: ${story.url}\n---\n\n# ${story.title}\n\n${paragraphs.join("\n\n")}\n`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
