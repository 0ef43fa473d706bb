import { wordCount } from "./isHeadlineLike";

/** Chrome is short; a long paragraph that mentions "subscribe" is an article about subscriptions. */
const MAX_CHROME_WORDS = 20;

/**
 * Calls to action, account and comment widgets, sharing, cookie and copyright notices,
 * "read more" links: the page furniture of news sites, in the words sites use for it.
 */
const CHROME = new RegExp(
  [
    String.raw`^(?:subscribe(?: now)?|sign (?:up|in)|log ?in|register|newsletter|share(?: this(?: article| story)?)?|tweet|e-?mail|print|comments?|reply|menu|search|home|top stories|most (?:read|popular|viewed)|trending|newsfeed|loader|chats?|advertisement|sponsored(?: content)?|skip to (?:main )?content|back to top|accept(?: all)?(?: cookies)?)[\s.!:]*$`,
    String.raw`\b(?:to participate in the discussion|log in or register|sign up for|subscribe to our|join the conversation|leave a comment|comments are closed|click here|download (?:our|the) app|follow us on|all rights reserved|terms of (?:use|service)|privacy policy|this (?:article|story) (?:was )?(?:first|originally) (?:published|appeared)|we use cookies)\b`,
    String.raw`^(?:read|see) (?:more|also)\b`,
    String.raw`^(?:related|more|recommended|also read|further reading|editor's picks)(?: (?:articles?|stories|news|coverage|content))?\s*[:|]`,
  ].join("|"),
  "i",
);

/**
 * Photo credits and captions that carry their own marker: "© Reuters / Maxim Shemetov",
 * "Photo: AFP", "(AP Photo/Vadim Ghirda)", "Go to the mediabank", "Image caption …".
 */
const CREDIT =
  /^©|^\(?(?:photo|photograph|image|picture|pictured|file photo|caption|image caption|credit|video)\s*(?:credit)?\s*[:|]|\((?:AP|AFP|Reuters|EPA|Getty|TASS|RIA|Xinhua|Sputnik|Anadolu)[^)]*(?:photo|images?|\/)[^)]*\)\s*$|\bgo to the (?:photo ?bank|mediabank)\b|^(?:AP|AFP|REUTERS|EPA|GETTY IMAGES|TASS|XINHUA)\s*\/\s*\p{Lu}/iu;

/** Whether a paragraph is page furniture or a photo credit rather than article text. */
export function isChrome(text: string): boolean {
  if (CREDIT.test(text)) return true;
  return wordCount(text) <= MAX_CHROME_WORDS && CHROME.test(text);
}
