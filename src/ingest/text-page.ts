// Plain-text pages as scrapers save them: a few lines of page chrome (breadcrumbs, share buttons,
// "Exit mobile version"), a headline, maybe a photo caption with its credit, the body, and a footer.
import type { Caption } from "../model/index.js";
import { findDateInText } from "./dates.js";
import { splitCredit } from "./html/content.js";

export interface TextPage {
  title: string | null;
  body: string[];
  captions: Caption[];
  /** A date read off a caption or a dateline, and where it came from. */
  date: string | null;
  dateSource: "metadata" | "caption" | "dateline" | "text" | null;
  byline: string | null;
  /** The last breadcrumb above the headline ("News", "World" -> "World"). */
  section: string | null;
}

const CHROME_LINE =
  /^(?:exit mobile version|skip to (?:main )?content|advertisement|share(?: this)?(?: article| story| on \w+)?|share via|tweet|email|e-mail|print|copy link|menu|search|home|log ?in|sign ?in|sign up|subscribe(?: now)?|follow us(?: on \w+)?|close|open|next|previous|back to top|read more|related(?: articles| stories)?|recommended|comments?|\d+ comments?|leave a comment|listen to this article|copyright.*|all rights reserved.*|© .*|facebook|twitter|linkedin|whatsapp|reddit|telegram|pinterest|flipboard)\.?$/i;

const CREDIT_AT_END =
  /[([]\s*(?:photo(?:graph)?|image|picture|credit|foto)?s?\s*(?:by|:)?\s*[^()[\]]{2,80}[)\]]\s*$/i;
/** A page's own date line above the body ("Published March 5, 2025", "Updated: 5 March 2025 10:02"). */
const DATE_LINE = /^(?:published|posted|updated|last updated|first published)\b[\s:]*(?:on\s+)?(.{6,60})$/i;
const CAPTION_START = /^(?:photo|image|picture|file photo|above|pictured|top)\s*[:|–—-]/i;
const BYLINE =
  /^[Bb]y\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,4}(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,4}){0,3}\s*(?:[,|–—-].{0,60})?$/u;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Looks like a headline: a handful of words, no sentence-final full stop. */
function isHeadline(s: string): boolean {
  const n = words(s);
  return n >= 3 && n <= 30 && !/[.:;,]$/.test(s) && s.length <= 250;
}

function isCaption(s: string): boolean {
  if (CAPTION_START.test(s)) return true;
  if (!CREDIT_AT_END.test(s)) return false;
  const c = splitCredit(s);
  return (
    c.credit !== null &&
    (/\/|\b(?:getty|ap|afp|reuters|epa|xinhua|images|photo|via|shutterstock)\b/i.test(c.credit) ||
      /^(photo|image)/i.test(s))
  );
}

/**
 * Cleans a scraped text page. `hasTitle` says a container already gave the title (then the first
 * line is not taken as one).
 */
export function cleanTextPage(text: string, hasTitle = false): TextPage {
  const paras = text
    .replace(/\r\n?/g, "\n")
    .split(/\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l) => l !== "");
  const out: TextPage = {
    title: null,
    body: [],
    captions: [],
    date: null,
    dateSource: null,
    byline: null,
    section: null,
  };
  let i = 0;
  // Leading chrome: breadcrumbs and menus are short lines before the headline.
  if (!hasTitle) {
    while (i < paras.length && i < 12) {
      const p = paras[i];
      if (
        CHROME_LINE.test(p) ||
        (words(p) <= 2 && !/[.!?]$/.test(p)) ||
        /^(?:[\w ]{1,30}[»>/|›] ?){1,6}[\w ]{1,30}$/.test(p)
      ) {
        if (!CHROME_LINE.test(p)) out.section = p.split(/\s*[»>/|›]\s*/).pop() ?? p;
        i++;
        continue;
      }
      break;
    }
    if (i < paras.length && isHeadline(paras[i])) {
      out.title = paras[i];
      i++;
    }
  }
  for (; i < paras.length; i++) {
    const p = paras[i];
    if (CHROME_LINE.test(p)) continue;
    if (out.body.length === 0 && out.dateSource !== "metadata") {
      const m = DATE_LINE.exec(p);
      const d = m ? findDateInText(m[1]) : null;
      if (d) {
        out.date = d;
        out.dateSource = "metadata";
        continue;
      }
    }
    if (out.body.length === 0 && !out.byline && BYLINE.test(p)) {
      out.byline = p.replace(/^by\s+/i, "").replace(/\s*[,|–—-].*$/, "");
      continue;
    }
    if (isCaption(p)) {
      const c = splitCredit(p.replace(CAPTION_START, "").trim());
      out.captions.push(c);
      if (!out.date) {
        const d = findDateInText(c.text);
        if (d) {
          out.date = d;
          out.dateSource = "caption";
        }
      }
      continue;
    }
    out.body.push(p);
  }
  // Trailing chrome: short link-like lines after the last sentence.
  while (out.body.length > 1) {
    const last = out.body[out.body.length - 1];
    // A short last line that ends like a sentence is the article's; one that does not is a link.
    if (!/[.!?…"”’»)]$/.test(last) && words(last) <= 6) out.body.pop();
    else break;
  }
  const head = out.body.slice(0, 2).join(" ").slice(0, 400);
  if (!out.date || (out.dateSource !== "caption" && out.dateSource !== "metadata")) {
    const d = findDateInText(head);
    if (d && !out.date) {
      out.date = d;
      out.dateSource = "dateline";
    }
  }
  return out;
}
