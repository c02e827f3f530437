// extractArticle: a RawDocument in, the article record out (title, body, date, byline, publisher,
// section, canonical URL, language, captions), or an ExtractError saying why there is none.
import type { Article, RawDocument } from "../model/index.js";
import { CharsetError, charsetFromContentType, decodeBytes } from "./charset.js";
import { dateFromUrl, findDateInText, normalizeDate } from "./dates.js";
import { extractHtml, fragmentText } from "./html/extract.js";
import { detectLanguage } from "./language.js";
import { ARTICLE_CONTENT_TYPE, ARTICLE_HTML_CONTENT_TYPE } from "./readers/jsonl.js";
import { kindFromBytes } from "./sniff.js";
import { cleanTextPage } from "./text-page.js";

export type PublishedSource = "metadata" | "dateline" | "caption" | "text" | "url" | "container" | "none";

export type ExtractedArticle = Article & { canonicalUrl: string | null; publishedSource: PublishedSource };

/** No usable article in a document; the message says why, in words a user can act on. */
export class ExtractError extends Error {
  override name = "ExtractError";
}

/** Below this many characters of body there is no article to speak of. */
export const MIN_BODY_CHARS = 40;
/** A text "paragraph" longer than this is not prose (a dump, a base64 blob, a minified page). */
export const MAX_PARAGRAPH_CHARS = 100_000;

/**
 * Control characters have no place in an article: a NUL is refused by PostgreSQL (the document was
 * rejected at the store), and terminal escapes (ESC, CSI) would act on the terminal of whoever runs
 * `dyad show`. Vertical tab and form feed break lines; the rest are dropped.
 */
const LINE_CONTROLS = /[\u000b\u000c]/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export function stripControls(s: string): string {
  return s.replace(LINE_CONTROLS, "\n").replace(CONTROLS, "");
}

function clean(s: string | null | undefined, max = 500): string | null {
  if (!s) return null;
  const t = stripControls(s).replace(/\s+/g, " ").trim();
  return t ? t.slice(0, max) : null;
}

function isoLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^([a-z]{2})(?:[-_]|$)/i.exec(tag.trim());
  return m ? m[1].toLowerCase() : null;
}

/** Strips " | Site" / " - Site" tails that <title> elements carry. */
function tidyTitle(title: string | null, publisher: string | null): string | null {
  if (!title) return null;
  let t = title.replace(/\s+/g, " ").trim();
  const parts = t.split(/\s+[|–—•·»]\s+|\s+-\s+/);
  if (parts.length > 1) {
    const pub = publisher?.toLowerCase();
    const last = parts[parts.length - 1].toLowerCase();
    if (
      (pub && (last.includes(pub) || pub.includes(last))) ||
      parts[parts.length - 1].split(" ").length <= 4
    ) {
      const rest = parts.slice(0, -1).join(" - ");
      if (rest.split(" ").length >= 3) t = rest;
    }
  }
  return t;
}

function decode(raw: RawDocument): string {
  try {
    return stripControls(
      decodeBytes(raw.bytes, charsetFromContentType(raw.hints.contentType) ?? raw.hints.charset).text,
    );
  } catch (err) {
    if (err instanceof CharsetError) throw new ExtractError(err.message);
    throw err;
  }
}

/** Finds the article in one document. Throws ExtractError when there is none. */
export function extractArticle(raw: RawDocument): ExtractedArticle {
  const hints = raw.hints ?? {};
  const type = (hints.contentType ?? "").toLowerCase();
  const isArticle = type === ARTICLE_CONTENT_TYPE;
  const isFragment = type === ARTICLE_HTML_CONTENT_TYPE;
  const isHtml = !isFragment && (type.includes("html") || (!type && kindFromBytes(raw.bytes) === "html"));
  if (raw.bytes.length === 0) throw new ExtractError("empty document");
  const text = decode(raw);
  const url = hints.url ?? (/^https?:\/\//.test(raw.uri) ? raw.uri : null);

  let title: string | null = null;
  let paragraphs: string[];
  let captions: Article["captions"] = [];
  let byline: string | null = null;
  let publisher: string | null = null;
  let section: string | null = null;
  let canonicalUrl: string | null = null;
  let declaredLanguage: string | null = null;
  let published: string | null = null;
  let publishedSource: PublishedSource = "none";
  // Lines extraction left out above the story (date, byline): the dateline may be there.
  let headText = "";

  if (isHtml) {
    const page = extractHtml(text);
    const m = page.meta;
    publisher = clean(m.publisher, 200);
    title = tidyTitle(m.title, publisher);
    paragraphs = page.paragraphs;
    captions = page.captions;
    headText = page.headLines.join("\n").slice(0, 1000);
    byline = clean(m.byline, 300);
    section = clean(m.section, 200);
    canonicalUrl = clean(m.canonicalUrl, 2000);
    declaredLanguage = isoLanguage(m.language);
    const metaDate = normalizeDate(m.published);
    if (metaDate) {
      published = metaDate;
      publishedSource = "metadata";
    } else {
      for (const t of m.times) {
        const d = normalizeDate(t);
        if (d) {
          published = d;
          publishedSource = "metadata";
          break;
        }
      }
    }
  } else if (isFragment) {
    const f = fragmentText(text);
    paragraphs = f.paragraphs;
    captions = f.captions;
  } else if (isArticle) {
    paragraphs = text
      .replace(/\r\n?/g, "\n")
      .split(/\n/)
      .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
      .filter(Boolean);
  } else {
    for (const line of text.split("\n", 100_000)) {
      if (line.length > MAX_PARAGRAPH_CHARS) {
        throw new ExtractError(`not an article: a single line of ${line.length} characters`);
      }
    }
    const page = cleanTextPage(text, !!hints.title);
    title = page.title;
    paragraphs = page.body;
    captions = page.captions;
    byline = page.byline;
    section = page.section;
    if (page.date && page.dateSource) {
      published = page.date;
      publishedSource = page.dateSource;
    }
  }

  const body = paragraphs.join("\n\n");
  if (body.length < MIN_BODY_CHARS) {
    throw new ExtractError(
      body.length === 0
        ? "no article text found"
        : `no article: only ${body.length} characters of text found`,
    );
  }
  if (hints.published) {
    const d = normalizeDate(hints.published);
    if (d) {
      published = d;
      publishedSource = "container";
    }
  }
  if (!published) {
    const d = dateFromUrl(canonicalUrl) ?? dateFromUrl(url);
    if (d) {
      published = d;
      publishedSource = "url";
    }
  }
  if (!published) {
    const d = findDateInText(headText) ?? findDateInText(body.slice(0, 300));
    if (d) {
      published = d;
      publishedSource = "dateline";
    }
  }
  const language = detectLanguage(body) ?? isoLanguage(hints.language) ?? declaredLanguage;
  return {
    source: raw.uri,
    title: clean(hints.title, 1000) ?? clean(title, 1000) ?? "",
    body,
    published,
    byline: clean(hints.byline, 300) ?? byline,
    publisher: clean(hints.publisher, 200) ?? publisher,
    section: clean(hints.section, 200) ?? section,
    language,
    captions,
    canonicalUrl: canonicalUrl ?? url,
    publishedSource,
  };
}
