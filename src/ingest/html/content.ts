// Finds the article body in a page. Text is cut into blocks at block-level elements; paragraphs
// score their ancestors (longer, comma-rich, link-poor text scores more; boilerplate classes
// and tags score less), the best-scoring container and its worthy siblings hold the article, and
// within them blocks that are link lists, page chrome or captions are left out.
import type { Caption } from "../../model/index.js";
import { type El, elements, type Node } from "./dom.js";

export interface Block {
  text: string;
  linkLen: number;
  el: El;
  boiler: boolean;
  caption: boolean;
  /** Taken for a caption only because it sits in a small box with a picture: kept out of the
   * body, but not reported as a caption. */
  byImage: boolean;
  heading: number;
}

export interface BodyResult {
  paragraphs: string[];
  captions: Caption[];
  /** The chosen container, for diagnostics: tag.class#id. */
  container?: string;
  /** Lines left out above the story and in its byline/date boxes: where a dateline may be. */
  headLines: string[];
}

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "html",
  "head",
]);

// Not <head>: pages that never close it put their whole body there, and nothing else in it has text.
const BOILER_TAGS = new Set(["nav", "footer", "aside", "form", "menu", "dialog", "label", "input"]);
const UNLIKELY =
  /-ad-|^ad-|\bads?\b|adsense|advert|agegate|ai2html|banner|breadcrumb|combx|comment|community|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|modal|more-stories|most-popular|mostread|most-read|\bnav|newsletter|outbrain|pagination|pager|paywall|popular|popup|promo|recirc|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skip|skyscraper|social|sponsor|subscribe|supplemental|taboola|toolbar|trending|widget|yom-remote/i;
// Calls to action (donate, write to us, sign up) are boilerplate even in an "article-…" box.
const APPEAL = /(?:^|[-_\s])cta(?:$|[-_\s])|donat(?:e|ion)|newsletter-?(?:signup|promo|cta)/i;
const MAYBE = /and|article|body|column|content|main|post|story|entry|text|embed/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author|dateline|caption|credit/i;
const CAPTION_CLASS =
  /caption|credit|(?:^|\s)(?:(?:pic|img|photo|image)[-_]?)?cap(?:$|\s)|wp-caption-text|photo-?desc|image-?desc|img-?desc/i;
const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:comments?|reader comments|readers'? comments|leave a (?:comment|reply)|post a comment|add (?:a|your) comment|join the (?:discussion|conversation)|your comments?|tell us what you think\.*|have your say|discuss this (?:article|story)|comments? on this (?:article|story))(?:\s*\(\d+\))?\s*:?$/i;
const COPYRIGHT =
  /^[([]?(?:(?:copyright|©|\(c\))[^\n]*(?:all rights reserved|may not be (?:published|reproduced|redistributed))|this (?:material|article|story|content) may not be (?:published|reproduced|redistributed))/i;
// Calls to sign up, subscribe or click, which pages put between or after the paragraphs.
const PROMO =
  /\b(?:sign up|subscribe|register)\b[^.!?]{0,120}\b(?:newsletters?|inbox|e-?mail alerts?)\b|\b(?:newsletters?|inbox)\b[^.!?]{0,80}\b(?:sign up|subscribe)\b|\bclick here\b|\bklicken sie hier\b|\bcliquez ici\b|\bdelivered (?:to|through|via|by) (?:your )?(?:inbox|letterbox|door|e-?mail)\b|\bfollow (?:him|her|them|us|me) on (?:twitter|facebook|instagram)\b|\baffiliate (?:links?|partnerships?|commission)\b/i;
const DATE_LINE = /^(?:updated|posted|published|last updated?|first published)\b[^\n]{0,60}\d/i;
const META_CLASS =
  /\b(?:by-?line|date-?line|(?:article|post|entry|story)[-_]?(?:meta|info|date|details|byline|author|tools)|meta-?data|time-?stamp|pub-?date|author[-_]?(?:info|name|box|details))\b/i;
const TEASER_HEADING =
  /^(?:also (?:in|on|read)\b|more (?:from|on|in|stories|news|headlines|articles|coverage)\b|more [\p{L}' ]{0,30}(?:stories|news|articles|headlines|videos)$|related\b|see also|latest (?:news|stories|headlines)|top (?:stories|news|headlines)|most (?:read|popular|viewed|emailed|shared|commented)|you (?:may|might) also|recommended|further reading|other (?:news|stories|headlines)|in (?:other|today's) news|around the web|from the web|editor'?s picks|don'?t miss|read (?:more|next)|popular (?:stories|articles|now)|trending|keep reading)/iu;
const EMBED_CLASS = /twitter-tweet|instagram-media|tiktok-embed|fb-post/i;
const CHROME =
  /^(?:like this:?$|like this (?:story|article|post)\b|did you (?:enjoy|like) this|ads by google|bookmark(?:\/search)? (?:this|it)\b|bookmark$|page \d+ of \d+|ap-[a-z]{2}-\d\d-\d\d-\d\d \d{4}[a-z]{3}$|\d+\s*min(?:ute)?s?\s*read|reading time|tempo de leitura|continued\s*(?:\d|on page|$)|(?:story|article) continues below|printer[- ]friendly|print this(?: article| story| page)?$|send (?:this (?:article|story|page)|to a friend)|e-?mail (?:this(?: article| story| page)?$|to a friend)|adjust font|text size|rating:|search(?: for)?(?: news| articles| stories)?:?$|experience more news|a \| a\b|there are (?:currently )?no comments|(?:have|got) a (?:news )?tip\b|like loading|advert$|this (?:slideshow|video|content|page) requires javascript|\[[^\]]{0,200}\][^[]{0,100}\[\/[a-z]+\]$|advertisement|advertising|sponsored( content)?|share( this)?( article| story| on \w+)?|tweet|email|e-mail|print|comments?|\d+ comments?|read more|read next|related( articles| stories| content| coverage)?|recommended( for you)?|more from|more on this|sign up|subscribe|follow us|click here|continue reading|skip to|loading|see also|also read|top stories|most (?:read|popular|viewed)|you may also like|listen to (?:this|the) (?:article|story)|copyright|all rights reserved|©)\b/i;

// Chrome lines that end in punctuation, which the word boundary closing CHROME cannot follow.
const CHROME_MARK =
  /^(?:font(?: size)?:|(?:«\s*)?(?:previous|next)(?: story| article| post| page)?\s*(?::|»|$)|(?:©|\(c\))\s*(?:\d{4}\s*)?[^\s].{0,40}$|.{0,60}\bwith files from\b)/i;

function classId(el: El): string {
  const c = el.attrs.class ?? "";
  const i = el.attrs.id ?? "";
  return c || i ? `${c} ${i}` : "";
}

// Class names that hide an element with CSS, and pop-ups that only show on hover.
const HIDDEN_TOKENS = new Set([
  "hidden",
  "hide",
  "sr-only",
  "visually-hidden",
  "visuallyhidden",
  "screen-reader-text",
  "screen-reader-only",
  "d-none",
  "is-hidden",
  "invisible",
  "offscreen",
]);
const POPUP_CLASS = /rollover-people-block|tooltip|popover|hovercard|hover-card/i;

function isHidden(el: El): boolean {
  if ("hidden" in el.attrs) return true;
  const cls = el.attrs.class;
  if (cls) {
    if (POPUP_CLASS.test(cls)) return true;
    for (const t of cls.split(/\s+/)) if (HIDDEN_TOKENS.has(t.toLowerCase())) return true;
  }
  if (el.attrs["aria-hidden"] === "true" && el.tag !== "span") return true;
  const style = el.attrs.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const NEVER_BOILER = new Set(["html", "body", "article", "main", "#root"]);

// Reader comments: boilerplate even when they outweigh the story (matched per class token).
const COMMENTS_TOKEN =
  /^(?:comments?|comments?[-_]?(?:list|container|area|section|s?wrap(?:per)?|thread|form|block|box|s|text|body|content|entry|item|author|meta|holder|panel|tab)|commentlist|disqus_thread|respond|replies|reader-?comments|user-?comments|talkback)$/i;

// Any other class token that speaks of comments ("comment-article", "user-comment"), but not
// commentary: boilerplate unless it holds most of the page.
const COMMENTS_LOOSE = /comment(?!ary|ator)/i;

function isComments(el: El, loose: boolean): boolean {
  const ci = classId(el);
  if (!ci) return false;
  for (const t of ci.split(/\s+/))
    if (t && (COMMENTS_TOKEN.test(t) || (loose && COMMENTS_LOOSE.test(t)))) return true;
  return false;
}

function isBoiler(el: El): boolean {
  if (NEVER_BOILER.has(el.tag)) return false;
  if (BOILER_TAGS.has(el.tag)) return true;
  const role = el.attrs.role;
  if (role && /^(navigation|banner|contentinfo|complementary|menu|menubar|search|dialog|alert)$/i.test(role))
    return true;
  const ci = classId(el);
  if (!ci) return false;
  return (UNLIKELY.test(ci) && !MAYBE.test(ci)) || APPEAL.test(ci);
}

/** A form with radio buttons or check boxes is a poll or a survey, however much text it holds. */
function hasChoices(form: El): boolean {
  for (const el of elements(form)) {
    if (el.tag === "input" && /^(?:radio|checkbox)$/i.test(el.attrs.type ?? "")) return true;
  }
  return false;
}

/** Holds a picture (not an emoji or a spacer drawn as an image). */
function hasImage(el: El): boolean {
  for (const e of elements(el)) {
    if (e.tag !== "img" || /emoji|smiley|spacer|pixel/i.test(`${e.attrs.class ?? ""} ${e.attrs.src ?? ""}`))
      continue;
    const w = Number.parseInt(e.attrs.width ?? "", 10);
    const h = Number.parseInt(e.attrs.height ?? "", 10);
    if ((w > 0 && w < 60) || (h > 0 && h < 60)) continue;
    return true;
  }
  return false;
}

function isCaption(el: El): boolean {
  if (el.tag === "figcaption") return true;
  const ci = classId(el);
  return !!ci && CAPTION_CLASS.test(ci) && !/\b(article|story)-?body\b/i.test(ci);
}

/** Cuts the page into text blocks in document order. */
export function blocksOf(root: El): Block[] {
  const blocks: Block[] = [];
  let buf: string[] = [];
  let bufLink = 0;
  let linkDepth = 0;
  const blockStack: El[] = [root];
  const captionStack: boolean[] = [false];
  const flush = () => {
    if (buf.length === 0) return;
    const raw = buf.join("");
    buf = [];
    const text = raw
      // "Â" before a no-break space or "©" is UTF-8 read as Latin-1 by the page itself.
      .replace(/Â(?=[\u00a0©])/g, "")
      .replace(/[ \t\f\r\u00a0\u200b]+/g, " ")
      .replace(/ ?\n ?/g, "\n")
      .replace(/\n{2,}/g, "\n")
      .trim();
    const link = bufLink;
    bufLink = 0;
    if (!text) return;
    const el = blockStack[blockStack.length - 1];
    const h = /^h([1-6])$/.exec(el.tag);
    blocks.push({
      text,
      linkLen: Math.min(link, text.length),
      el,
      boiler: false,
      caption: captionStack[captionStack.length - 1],
      byImage: false,
      heading: h ? +h[1] : 0,
    });
  };
  // Explicit stack of (node, exiting) so that deep pages cannot overflow the call stack.
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, exiting] = stack.pop()!;
    if (typeof node === "string") {
      buf.push(node.replace(/\s+/g, " "));
      if (linkDepth > 0) bufLink += node.trim().length;
      continue;
    }
    const block = BLOCK_TAGS.has(node.tag);
    if (exiting) {
      if (node.tag === "a") linkDepth--;
      if (block) {
        flush();
        blockStack.pop();
        captionStack.pop();
      }
      continue;
    }
    if (node !== root && isHidden(node)) continue;
    if (node.tag === "br") {
      buf.push("\n");
      continue;
    }
    if (node.tag === "img" || node.tag === "hr") continue;
    if (node.tag === "a") linkDepth++;
    if (block) {
      flush();
      blockStack.push(node);
      captionStack.push(captionStack[captionStack.length - 1] || isCaption(node));
    } else if (isCaption(node)) {
      // An inline caption (span.caption) still ends the paragraph before it.
      flush();
      blockStack.push(node);
      captionStack.push(true);
      stack.push([{ ...node, tag: "div", children: [] }, true]);
    }
    stack.push([node, true]);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i], false]);
  }
  flush();
  return blocks;
}

interface Stat {
  text: number;
  link: number;
  /** Text in prose paragraphs (long, few links, not boilerplate). */
  good: number;
  score: number;
  scored: boolean;
}

function tagWeight(el: El): number {
  switch (el.tag) {
    case "div":
    case "article":
    case "main":
    case "section":
      return 5;
    case "pre":
    case "td":
    case "blockquote":
      return 3;
    case "address":
    case "ol":
    case "ul":
    case "dl":
    case "dd":
    case "dt":
    case "li":
    case "form":
      return -3;
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
    case "th":
      return -5;
    default:
      return 0;
  }
}

function classWeight(el: El): number {
  const ci = classId(el);
  if (!ci) return 0;
  let w = 0;
  if (NEGATIVE.test(ci)) w -= 25;
  if (POSITIVE.test(ci)) w += 25;
  if (el.attrs.itemprop && /articleBody/i.test(el.attrs.itemprop)) w += 50;
  return w;
}

const COMMAS = /[,،，、]/g;

function normKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The article body (paragraphs) and captions of a parsed page. */
export function extractBody(root: El, title: string | null): BodyResult {
  const blocks = blocksOf(root);
  const stats = new Map<El, Stat>();
  const stat = (el: El): Stat => {
    let s = stats.get(el);
    if (!s) {
      s = { text: 0, link: 0, good: 0, score: 0, scored: false };
      stats.set(el, s);
    }
    return s;
  };
  for (const b of blocks) {
    // Text totals go to every ancestor; depth is bounded by the parser.
    const prose = !b.caption && b.text.length >= 60 && b.el.tag !== "li" && b.linkLen / b.text.length < 0.25;
    for (let el: El | null = b.el; el; el = el.parent) {
      const s = stat(el);
      s.text += b.text.length;
      s.link += b.linkLen;
      if (prose) s.good += b.text.length;
    }
  }
  // Boilerplate (by tag, role or class) is inherited, but an element holding most of the page's
  // text is the page, whatever its class says (ASP.NET forms, <html class="header-spacing">).
  const total = stats.get(root)?.text ?? 0;
  const totalProse = stats.get(root)?.good ?? 0;
  const boilerMemo = new Map<El, boolean>();
  const boilerOf = (el: El | null): boolean => {
    if (!el) return false;
    let v = boilerMemo.get(el);
    if (v !== undefined) return v;
    const s = stats.get(el);
    const big =
      ((s?.text ?? 0) > total * 0.5 && total > 1000) ||
      ((s?.good ?? 0) > totalProse * 0.5 && totalProse > 500);
    // ASP.NET pages wrap the whole story in one <form>: a form holding prose is not a search box.
    const proseForm = el.tag === "form" && (s?.good ?? 0) >= 400 && !hasChoices(el);
    v =
      (isBoiler(el) && !big && !proseForm) ||
      (!NEVER_BOILER.has(el.tag) && isComments(el, !big)) ||
      boilerOf(el.parent);
    boilerMemo.set(el, v);
    return v;
  };
  for (const b of blocks) b.boiler = boilerOf(b.el);
  // A short text in a small box beside a picture is its caption, whatever the markup says; not a
  // paragraph (<p>), which is how slideshows and listicles set their text beside each picture.
  for (const b of blocks) {
    if (b.caption || b.heading || b.el.tag === "p" || b.text.length >= 200) continue;
    const box = b.el.parent;
    if (!box || box.tag === "blockquote" || box.tag === "p" || (stats.get(box)?.text ?? 0) > 300) continue;
    if (hasImage(box)) b.caption = b.byImage = true;
  }
  // From here on, prose counts only outside boilerplate.
  for (const st of stats.values()) st.good = 0;
  for (const b of blocks) {
    if (
      !b.boiler &&
      !b.caption &&
      b.text.length >= 60 &&
      b.el.tag !== "li" &&
      b.linkLen / b.text.length < 0.25
    ) {
      for (let el: El | null = b.el; el; el = el.parent) stat(el).good += b.text.length;
    }
  }
  const candidates: El[] = [];
  for (const b of blocks) {
    if (b.boiler || b.caption || b.heading || b.text.length < 25) continue;
    if (b.el.tag === "li" || b.el.tag === "dt" || b.el.tag === "dd" || b.el.tag === "th") continue;
    const density = b.linkLen / b.text.length;
    if (density > 0.5) continue;
    // Pages that lay a story out as one block with <br> between paragraphs score per line.
    let score = 0;
    for (const line of b.text.split("\n")) {
      if (line.length < 25) continue;
      const commas = line.match(COMMAS)?.length ?? 0;
      score += 1 + Math.min(commas, 10) + Math.min(3, Math.floor(line.length / 100));
    }
    score *= 1 - density;
    let level = 0;
    for (let el: El | null = b.el.parent; el && level < 4; el = el.parent, level++) {
      const s = stat(el);
      if (!s.scored) {
        s.scored = true;
        s.score = tagWeight(el) + classWeight(el);
        candidates.push(el);
      }
      s.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  let top: El | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  for (const el of candidates) {
    const s = stat(el);
    const final = s.score * (1 - (s.text ? s.link / s.text : 0));
    s.score = final;
    if (final > topScore) {
      topScore = final;
      top = el;
    }
  }
  const captions: Caption[] = [];
  const seenCaption = new Set<string>();
  for (const b of blocks) {
    if (!b.caption || b.byImage || b.boiler) continue;
    const t = b.text.replace(/\s+/g, " ").trim();
    if (t.length < 3 || seenCaption.has(t)) continue;
    seenCaption.add(t);
    captions.push(splitCredit(t));
  }
  if (!top) return { paragraphs: [], captions, headLines: [] };
  const headLines: string[] = [];
  return {
    paragraphs: assemble(blocks, stats, top, topScore, title, headLines),
    captions,
    container: describe(top, topScore),
    headLines,
  };
}

const BREADCRUMB = /^(?:[\p{L}\p{N}&',. -]{1,30}\s?[>»›]\s?){1,6}[\p{L}\p{N}&',. -]{1,40}$/u;
/** A line that is only a photo credit: "Name/Paper/Getty Images", "Name via Reuters". */
const CREDIT_ONLY =
  /^[^.!?]{0,60}(?:\/|\bvia\s)[^.!?]{0,40}\b(?:getty images|afp|ap(?: photo)?|reuters|epa|shutterstock|images|photos?)\s*$/i;
const CAPTION_CREDIT =
  /\s[([](?:Photo:?\s*)?(?:AFP|EPA|AP(?: Photo)?|Reuters|REUTERS|Getty(?: Images)?|Shutterstock|PA|Xinhua|File)(?:\s*\/\s*[^)\]]{1,40})?[)\]]$/;
const PHOTO_CREDIT = /^(?:photo|image|picture|graphic)s?\s*(?:copyright|credit|by|:|©)[^\n]{0,60}$/i;
const BYLINE_LINE = /^[Bb]y\s+(?:the\s+)?\p{Lu}/u;
const WIRES =
  "(?:the )?(?:associated press|ap|afp|agence france-presse|reuters|upi|dpa|efe|xinhua|pa|press association|canwest news service|bloomberg|nzpa|aap|ians|indo-asian news service|pti|press trust of india|ani)";
const WIRE_CREDIT = new RegExp(`^\\(?${WIRES}\\)?(?:$|\\s*[-–—,;|/]\\s*.{0,60}$)`, "iu");
// Credits and notes that close a story: who contributed, who edited, where it appeared.
const STORY_CREDIT =
  /\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b|^\(?(?:additional )?(?:reporting|writing|editing) by\b|\b(?:information|material) for this (?:report|story|article) (?:was|came)\b|^the full article contains \d+ words|\bcan be reached at\b/i;
const RELATIVE_TIME =
  /^(?:about |updated )?\d+\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\.?$/i;
const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|gmt|utc|[ecmp][sd]t|bst|cet)\b\.?|\b[ap]\.m\./gi;

/**
 * A line that is only a date or a time ("31 December 2007, 12:20", "Jan. 5, 2008 3:14 PM ET"),
 * maybe set off by a bar and followed by the author ("| Jan 09 2008 07:48 PM PST By JHOHL27").
 */
function isDateOnly(whole: string): boolean {
  const line = whole.replace(/^[|•·–—-]+\s*/, "").replace(/\s+by\s+\S.{0,40}$/i, "");
  if (line.length > 50 || !/\d/.test(line)) return false;
  const rest = line.replace(DATE_WORDS, " ");
  if (!/^[\d\s,:./|-]*$/.test(rest)) return false;
  // Needs a month or day name, or a date or time shape; a bare number is a table cell.
  return rest !== line || /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}/.test(line);
}

/** What to do with one line inside the article: keep it, drop it, or stop (a footer begins). */
function lineVerdict(
  line: string,
  kept: number,
  lead: boolean,
  titleKey: string | null,
): "keep" | "drop" | "stop" {
  if (line.length < 100) {
    if (
      CHROME.test(line) ||
      CHROME_MARK.test(line) ||
      DATE_LINE.test(line) ||
      RELATIVE_TIME.test(line) ||
      isDateOnly(line)
    )
      return "drop";
    if (BREADCRUMB.test(line) || PHOTO_CREDIT.test(line) || CREDIT_ONLY.test(line)) return "drop";
    if (lead) {
      // The headline, byline and wire credit above the story are not the story.
      if (line.length < 60 && BYLINE_LINE.test(line)) return "drop";
      if (WIRE_CREDIT.test(line)) return "drop";
      const key = normKey(line);
      if (titleKey && key.length >= 15 && titleKey.includes(key)) return "drop";
    }
    if (line.length < 60 && COMMENTS_HEADING.test(line) && kept >= 2) return "stop";
  }
  if (line.length < 400 && COPYRIGHT.test(line)) return kept >= 1 ? "stop" : "drop";
  if (line.length < 250 && (PROMO.test(line) || STORY_CREDIT.test(line))) return "drop";
  // A photo caption the page did not mark: a short line closed by the agency's credit.
  if (line.length < 200 && CAPTION_CREDIT.test(line)) return "drop";
  return "keep";
}

/** A short block in a box the page marks as the byline, dateline or post metadata. */
function inMetaBox(el: El, container: Set<El>): boolean {
  for (let e: El | null = el, i = 0; e && i < 3 && !container.has(e); e = e.parent, i++) {
    const ci = classId(e);
    if (ci && META_CLASS.test(ci)) return true;
  }
  return false;
}

function inEmbed(el: El): boolean {
  for (let e: El | null = el, i = 0; e && i < 6; e = e.parent, i++) {
    if (e.tag === "blockquote" && EMBED_CLASS.test(e.attrs.class ?? "")) return true;
  }
  return false;
}

function within(el: El, box: Set<El>): boolean {
  for (let e: El | null = el; e; e = e.parent) if (box.has(e)) return true;
  return false;
}

/**
 * The summary or first paragraph that pages set apart just above the body (a standfirst div, loose
 * text in the enclosing cell): the nearest prose block before the container, past headline, date
 * and byline lines, when it sits in the container's own parent.
 */
function leadBefore(blocks: Block[], included: Set<El>, top: El): Block | null {
  const parent = top.parent;
  if (!parent || parent.tag === "body" || parent.tag === "html") return null;
  const first = blocks.findIndex((b) => !b.boiler && !b.caption && within(b.el, included));
  for (let j = first - 1, skipped = 0; j >= 0 && skipped < 6; j--) {
    const b = blocks[j];
    if (b.boiler || b.caption || b.heading || b.text.length < 80) {
      skipped++;
      continue;
    }
    const prose = b.el.tag !== "li" && b.linkLen / b.text.length < 0.2 && /[.!?"”']\s*$/.test(b.text);
    return prose && within(b.el, new Set([parent])) ? b : null;
  }
  return null;
}

/** The last few short texts above the container (a date and byline box just outside it). */
function shortLinesAbove(blocks: Block[], included: Set<El>, n: number): string[] {
  const first = blocks.findIndex((b) => !b.boiler && within(b.el, included));
  const out: string[] = [];
  for (let j = first - 1; j >= 0 && out.length < n; j--) {
    const b = blocks[j];
    if (b.boiler || b.linkLen > b.text.length / 2) continue;
    if (b.text.length >= 150) break;
    out.unshift(b.text);
  }
  return out;
}

function describe(el: El, score: number): string {
  return `${el.tag}.${el.attrs.class ?? ""}#${el.attrs.id ?? ""} score=${score.toFixed(1)}`;
}

/** The paragraphs of the chosen container (moved up, with worthy siblings), chrome removed. */
function assemble(
  blocks: Block[],
  stats: Map<El, Stat>,
  chosen: El,
  chosenScore: number,
  title: string | null,
  headLines: string[],
): string[] {
  let top = chosen;
  let topScore = chosenScore;
  const stat = (el: El): Stat => stats.get(el) ?? { text: 0, link: 0, good: 0, score: 0, scored: false };
  /** Best score of a candidate inside `up` but outside `inner`: another chunk of the same story? */
  const rivalScore = (up: El, inner: El): number => {
    let best = 0;
    for (const [el, st] of stats) {
      if (!st.scored || st.score <= best) continue;
      let inUp = false;
      for (let e: El | null = el; e; e = e.parent) {
        if (e === inner) {
          inUp = false;
          break;
        }
        if (e === up) {
          inUp = el !== up;
          break;
        }
      }
      if (inUp) best = st.score;
    }
    return best;
  };
  // Move up while what the parent adds is itself mostly prose: articles cut into chunks by ads.
  for (let i = 0; i < 5; i++) {
    const up = top.parent;
    if (!up || up.tag === "body" || up.tag === "html" || up.tag === "#root") break;
    const a = stat(up);
    const t = stat(top);
    const addedText = a.text - t.text;
    const addedGood = a.good - t.good;
    // A wrapper that adds (almost) nothing costs nothing to climb through.
    if (
      addedText <= 20 ||
      (addedGood > 0.15 * t.good && addedGood >= 0.6 * addedText && rivalScore(up, top) >= 0.3 * topScore)
    ) {
      top = up;
      topScore = Math.max(topScore, a.score);
    } else break;
  }
  const included = new Set<El>([top]);
  const parent = top.parent;
  if (parent) {
    const threshold = Math.max(10, topScore * 0.3);
    let before = true;
    for (const sib of parent.children) {
      if (sib === top) before = false;
      if (typeof sib === "string" || sib === top) continue;
      const s = stats.get(sib);
      if (!s) continue;
      const density = s.text ? s.link / s.text : 1;
      // Articles cut into several boxes by ads share the box's class.
      const sameBox = !!top.attrs.class && sib.attrs.class === top.attrs.class;
      if (s.scored && (s.score >= threshold || (sameBox && s.score > 0))) included.add(sib);
      else if (sib.tag === "p" && s.text > 80 && density < 0.25) included.add(sib);
      // Too deep to have been scored, but mostly prose: the opening chunk of a story cut into
      // sections (what follows the container is more often footer text).
      else if (before && !s.scored && s.good >= 200 && s.good >= 0.6 * s.text && density < 0.2)
        included.add(sib);
    }
  }
  const lead = leadBefore(blocks, included, top);
  headLines.push(...shortLinesAbove(blocks, included, 4));
  const listLinkDensity = (li: El): number => {
    const list = li.parent && (li.parent.tag === "ul" || li.parent.tag === "ol") ? li.parent : li;
    const s = stats.get(list);
    return s?.text ? s.link / s.text : 0;
  };
  const titleKey = title ? normKey(title) : null;
  const paragraphs: string[] = [];
  let teaserLevel = 0;
  let prose = false;
  for (const b of blocks) {
    if (b.boiler) continue;
    let inside = b === lead;
    for (let el: El | null = b.el; el; el = el.parent) {
      if (included.has(el)) {
        inside = true;
        break;
      }
    }
    if (!inside) continue;
    // Whatever stands above the first paragraph (headline, date, byline) may hold the dateline.
    if (!prose && (b.byImage || !b.caption)) headLines.push(b.text);
    if (b.caption) continue;
    const density = b.linkLen / b.text.length;
    // Embedded posts are part of the story even though their bylines are links.
    const embed = density > 0.5 && inEmbed(b.el);
    if (density > 0.5 && !embed && !(b.heading && density < 1)) continue;
    if (b.el.tag === "li" && listLinkDensity(b.el) > 0.5) continue;
    if (b.heading && titleKey && normKey(b.text) === titleKey) continue;
    // The headline (h1), and the deck headings above the first paragraph, are not the story.
    if (b.heading === 1 || (b.heading && !prose)) continue;
    if (b.heading && b.text.length < 60 && TEASER_HEADING.test(b.text)) {
      teaserLevel = b.heading;
      continue;
    }
    if (teaserLevel) {
      if (b.heading && b.heading <= teaserLevel) teaserLevel = 0;
      // Under a "More stories" heading, only real paragraphs end the list of teasers.
      else if (b.el.tag === "li" || b.text.length < 80 || density > 0.3) continue;
      else teaserLevel = 0;
    }
    if (b.text.length < 150 && inMetaBox(b.el, included)) {
      if (prose) headLines.push(b.text);
      continue;
    }
    let footer = false;
    for (const line of b.text.split("\n")) {
      const l = line.trim();
      if (!l) continue;
      const verdict = lineVerdict(l, paragraphs.length, paragraphs.length < 3 || !prose, titleKey);
      if (verdict === "stop") {
        footer = true;
        break;
      }
      if (verdict === "keep") {
        paragraphs.push(l);
        if (!b.heading) prose = true;
      }
    }
    if (footer) break;
  }
  return trimEdges(paragraphs);
}

// A label ends in a word; a dateline ("LONDON --") or a sentence does not.
const LABEL_END = /[\p{L}\p{N}]$/u;

/**
 * Drops the short label lines (section names, tool labels, kickers, dates) left above the first
 * real paragraph; their twins after the last paragraph are kept, as they are as often part of the
 * story. Drops a closing one-line author biography.
 */
function trimEdges(paragraphs: string[]): string[] {
  let start = 0;
  while (start < paragraphs.length && paragraphs[start].length < 50 && LABEL_END.test(paragraphs[start]))
    start++;
  // A page of nothing but short lines keeps them all: there is nothing else to give.
  if (start === paragraphs.length) start = 0;
  const kept = start === 0 ? paragraphs : paragraphs.slice(start);
  // The author's one-line biography closes many pages ("Jane Roe is a reporter for …").
  let end = kept.length;
  while (end > 1 && kept.length - end < 2 && kept[end - 1].length < 250 && AUTHOR_BIO.test(kept[end - 1]))
    end--;
  return end === kept.length ? kept : kept.slice(0, end);
}

const AUTHOR_BIO =
  /^(?:[\p{Lu}][\p{L}.'-]*\s){1,3}[\p{Lu}][\p{L}.'-]*,? (?:is|was|has been|writes|covers)\b[^.]{0,140}\b(?:editor|writer|correspondent|reporter|columnist|contributor|author|professor|fellow|analyst|journalist|curator|blogger|administrator|producer|critic)s?\b/u;

const CREDIT_TAIL =
  /^(.*?)\s*[([]\s*((?:photo(?:graph)?|image|picture|credit|foto|video)s?\s*(?:by|:)?\s*)?([^()[\]]{2,80})[)\]]\s*$/i;
const CREDIT_LABEL =
  /^(.*?)[\s.|–—-]*\b(?:photo(?:graph)?|image|picture|credit|source)s?\s*(?:by|:)\s*([^.]{2,80})\.?\s*$/i;

/** Splits "… caption text (Name/Agency)" or "… Photo: Name" into caption and credit. */
export function splitCredit(text: string): Caption {
  const m = CREDIT_TAIL.exec(text);
  if (
    m &&
    m[1].length > 0 &&
    (m[2] || /\/|\b(getty|ap|afp|reuters|images|photo|epa|shutterstock|via)\b/i.test(m[3]))
  ) {
    return { text: m[1].trim(), credit: m[3].trim() };
  }
  const l = CREDIT_LABEL.exec(text);
  if (l && l[1].length > 0) return { text: l[1].trim(), credit: l[2].trim() };
  const slash = /^(.*\.)\s+([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\s?\/\s?[A-Z][\w .'&-]{1,40})$/.exec(text);
  if (slash) return { text: slash[1].trim(), credit: slash[2].trim() };
  return { text, credit: null };
}
