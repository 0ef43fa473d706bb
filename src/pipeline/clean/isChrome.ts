import { wordCount } from "./isHeadlineLike";

/**
 * Page furniture in the words news sites use for it, each with the longest paragraph it
 * may condemn: a long paragraph that mentions "subscribe" is an article about subscriptions.
 */
const CHROME: readonly (readonly [RegExp, number])[] = [
  // menu items and buttons standing alone
  [
    /^(?:subscribe(?: now)?|sign (?:up|in)|log ?in|register|newsletter|share(?: this(?: article| story)?)?|tweet|e-?mail|print|comments?|reply|menu|search|home|top stories|most (?:read|popular|viewed)|trending|newsfeed|loader|chats?|advertisement|sponsored(?: content)?|skip to (?:main )?content|back to top|accept(?: all)?(?: cookies)?)[\s.!:]*$/i,
    6,
  ],
  // calls to action, account and comment widgets, legal notices
  [
    /\b(?:to participate in the discussion|log in or register|sign up (?:for|here)|subscribe to our|join the conversation|leave a comment|comments are closed|click here|download (?:our|the) app|follow us on|all rights reserved|terms of (?:use|service)|privacy policy)\b/i,
    20,
  ],
  [/^(?:read|see) (?:more|also)\b/i, 30],
  [/^(?:related|more|recommended|also read|further reading|editor's picks)(?: (?:articles?|stories|news|coverage|content))?\s*[:|]/i, 30],
  // cookie banners
  [/\b(?:(?:we|this (?:web)?site) uses? cookies|cookies? (?:policy|settings|preferences)|(?:use|all) of (?:these )?cookies)\b/i, 60],
  // bylines and credits closing an agency story, archive and syndication notes
  [
    /\b(?:contributed (?:to )?(?:this )?(?:report|reporting|story)|(?:additional )?reporting by|editing by|writing by|compiled by|this (?:article|story) (?:was |is )?(?:first |originally )?(?:published|appeared|reproduced)|reproduced from the|as originally published)\b/i,
    40,
  ],
];

/**
 * Photo credits and captions that carry their own marker: "© Reuters / Maxim Shemetov",
 * "Photo: AFP", "(AP Photo/Vadim Ghirda)", "REUTERS/Mike Segar" or "Archive photograph."
 * closing the caption, "Go to the mediabank", and the stock opening of agency captions
 * ("A general view of the Security Council…").
 */
const CAPTION = [
  /^©/,
  /^\(?(?:photo|photograph|image|picture|pictured|file photo|caption|image caption|credit|video)\s*(?:credit)?\s*[:|]/i,
  /\((?:AP|AFP|Reuters|EPA|Getty|TASS|RIA|Xinhua|Sputnik|Anadolu)[^)]*(?:photo|images?|\/)[^)]*\)\s*$/i,
  /\b(?:AP|AFP|REUTERS|EPA|GETTY IMAGES|TASS|XINHUA|SPUTNIK|ANADOLU)\s*\/\s*\p{Lu}[\p{L} .'-]*$/u,
  /(?:^|[.!?]\s+)(?:(?:archive|file|staff|pool|handout) )(?:photograph|photo|picture|image)s?\b[^.!?]{0,60}\.?$/i,
  /\bgo to the (?:photo ?bank|mediabank)\b/i,
  /^(?:an? )?(?:general|wide|partial|aerial|overall|close-up) view of\b/i,
];

/** Whether a paragraph is page furniture or a photo credit or caption rather than article text. */
export function isChrome(text: string): boolean {
  if (CAPTION.some((pattern) => pattern.test(text))) return true;
  const words = wordCount(text);
  return CHROME.some(([pattern, maxWords]) => words <= maxWords && pattern.test(text));
}
