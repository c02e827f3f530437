// Page metadata: <meta> tags (Open Graph, Dublin Core, article:*, parsely, sailthru ...), <link>,
// <time>, <html lang> and JSON-LD (schema.org NewsArticle and kin).
import { type El, elements, type Page, textOf } from "./dom.js";

export interface PageMeta {
  title: string | null;
  published: string | null;
  byline: string | null;
  publisher: string | null;
  section: string | null;
  canonicalUrl: string | null;
  language: string | null;
  /** JSON-LD articleBody, when the page carries one. */
  articleBody: string | null;
  /** Datetimes of <time> elements, in document order. */
  times: string[];
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting|TechArticle|WebPage|ItemPage)$/;

function first(map: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = map.get(k);
    if (v?.trim()) return v.trim();
  }
  return null;
}

function names(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) {
    const all = v.map(names).filter((x): x is string => !!x);
    return all.length ? [...new Set(all)].join(", ") : null;
  }
  if (v && typeof v === "object") return names((v as { name?: unknown }).name);
  return null;
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o["@type"];
  return Array.isArray(t) ? t.map(String) : typeof t === "string" ? [t] : [];
}

/** Objects in parsed JSON-LD, flattening @graph and arrays (bounded). */
function ldObjects(data: unknown, out: Record<string, unknown>[] = [], depth = 0): Record<string, unknown>[] {
  if (depth > 6 || out.length > 200) return out;
  if (Array.isArray(data)) for (const d of data) ldObjects(d, out, depth + 1);
  else if (data && typeof data === "object") {
    const o = data as Record<string, unknown>;
    out.push(o);
    if (o["@graph"]) ldObjects(o["@graph"], out, depth + 1);
    if (o.mainEntity && typeof o.mainEntity === "object") ldObjects(o.mainEntity, out, depth + 1);
  }
  return out;
}

interface LdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  section?: string;
  body?: string;
  language?: string;
  url?: string;
}

function readLd(blocks: string[]): LdArticle {
  const best: LdArticle = {};
  let bestRank = -1;
  for (const raw of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ""));
    } catch {
      continue;
    }
    for (const o of ldObjects(data)) {
      const types = typesOf(o);
      const art = types.find((t) => ARTICLE_TYPES.test(t));
      if (!art) {
        if (!best.publisher && types.includes("Organization") && typeof o.name === "string") {
          best.publisher = o.name;
        }
        continue;
      }
      // Prefer a real article type over a WebPage wrapper.
      const rank = /Page$/.test(art) ? 0 : 1;
      const a: LdArticle = {
        headline: names(o.headline) ?? names(o.name) ?? undefined,
        datePublished: names(o.datePublished) ?? names(o.dateCreated) ?? undefined,
        author: names(o.author) ?? names(o.creator) ?? undefined,
        publisher: names(o.publisher) ?? undefined,
        section: names(o.articleSection) ?? undefined,
        body: typeof o.articleBody === "string" ? o.articleBody : undefined,
        language: names(o.inLanguage) ?? undefined,
        url: names(o.url) ?? (typeof o.mainEntityOfPage === "string" ? o.mainEntityOfPage : undefined),
      };
      if (rank > bestRank) {
        bestRank = rank;
        for (const [k, v] of Object.entries(a)) if (v) (best as Record<string, string>)[k] = v;
      } else {
        for (const [k, v] of Object.entries(a))
          if (v && !(best as Record<string, string>)[k]) (best as Record<string, string>)[k] = v;
      }
    }
  }
  return best;
}

function isAuthorish(el: El): boolean {
  const cls = `${el.attrs.class ?? ""} ${el.attrs.id ?? ""} ${el.attrs.rel ?? ""} ${el.attrs.itemprop ?? ""}`;
  return (
    /\b(byline|author|writer|dateline-author)\b/i.test(cls) && !/\b(bio|avatar|image|photo)\b/i.test(cls)
  );
}

export function readMetadata(page: Page): PageMeta {
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  let lang: string | null = null;
  const times: string[] = [];
  let bylineEl: string | null = null;
  let h1: string | null = null;
  for (const el of elements(page.root)) {
    switch (el.tag) {
      case "meta": {
        const key = (el.attrs.property ?? el.attrs.name ?? el.attrs.itemprop ?? el.attrs["http-equiv"] ?? "")
          .trim()
          .toLowerCase();
        const content = el.attrs.content ?? el.attrs.datetime;
        if (key && content && !meta.has(key)) meta.set(key, content.slice(0, 2000));
        break;
      }
      case "link":
        if (/\bcanonical\b/i.test(el.attrs.rel ?? "") && el.attrs.href && !canonical)
          canonical = el.attrs.href;
        break;
      case "html":
        if (el.attrs.lang) lang = el.attrs.lang;
        else if (el.attrs["xml:lang"]) lang = el.attrs["xml:lang"];
        break;
      case "time":
        if (el.attrs.datetime) times.push(el.attrs.datetime);
        break;
      case "h1":
        if (!h1) h1 = textOf(el) || null;
        break;
      default:
        if (!bylineEl && isAuthorish(el)) {
          const t = textOf(el);
          if (t && t.length < 120) bylineEl = t;
        }
    }
  }
  const ld = readLd(page.jsonLd);
  const title =
    first(meta, ["og:title", "twitter:title", "headline", "dc.title", "sailthru.title", "parsely-title"]) ??
    ld.headline ??
    h1 ??
    (page.title || null);
  const published =
    first(meta, [
      "article:published_time",
      "article:published",
      "datepublished",
      "og:article:published_time",
      "published_time",
      "publishdate",
      "publish-date",
      "pubdate",
      "date",
      "dc.date",
      "dc.date.issued",
      "dcterms.created",
      "dcterms.date",
      "sailthru.date",
      "parsely-pub-date",
      "article.published",
      "original-publish-date",
      "cxenseparse:recs:publishtime",
      "og:published_time",
      "article:modified_time",
      "last-modified",
    ]) ??
    ld.datePublished ??
    null;
  const byline =
    ld.author ??
    first(meta, ["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"]) ??
    bylineEl;
  const publisher =
    first(meta, ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"]) ??
    ld.publisher ??
    null;
  const section =
    first(meta, [
      "article:section",
      "section",
      "og:article:section",
      "parsely-section",
      "sailthru.section",
    ]) ??
    ld.section ??
    null;
  canonical = canonical ?? first(meta, ["og:url"]) ?? ld.url ?? null;
  return {
    title,
    published,
    byline: byline && !/^https?:/.test(byline) ? byline.replace(/^by\s+/i, "").trim() : null,
    publisher: publisher?.replace(/^@/, "") ?? null,
    section,
    canonicalUrl: canonical,
    language:
      lang ?? ld.language ?? first(meta, ["content-language", "og:locale", "dc.language", "language"]),
    articleBody: ld.body ?? null,
    times,
  };
}
