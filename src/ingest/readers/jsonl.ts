// JSONL exports: one article a line. Fields are found by common names, or mapped with --field.
import type { RawDocument, RawHints } from "../../model/index.js";
import { collect, gunzip, lines } from "../stream.js";
import {
  errorMessage,
  formatBytes,
  type InputSource,
  type Reader,
  type ReadItem,
  type ResolvedReadOptions,
  readReject,
} from "../types.js";

/** Records split into fields carry this content type: their body is already the article text. */
export const ARTICLE_CONTENT_TYPE = "text/plain; profile=article";
/** The same for bodies that carry HTML markup (feed content, CMS exports): markup is dropped, nothing else. */
export const ARTICLE_HTML_CONTENT_TYPE = "text/html; profile=article";

const DEFAULT_FIELDS: Record<string, string[]> = {
  body: ["body", "text", "content", "articleBody", "article", "fulltext", "maintext", "description"],
  title: ["title", "headline"],
  published: [
    "published",
    "date",
    "datePublished",
    "pubDate",
    "published_at",
    "publish_date",
    "date_publish",
  ],
  byline: ["byline", "author", "authors", "creator"],
  publisher: ["publisher", "source", "site_name", "siteName", "outlet"],
  section: ["section", "category", "articleSection"],
  language: ["language", "lang"],
  url: ["url", "link", "canonical_url", "canonicalUrl"],
};

export const ARTICLE_FIELDS = Object.keys(DEFAULT_FIELDS);

function getPath(obj: Record<string, unknown>, path: string): unknown {
  if (path in obj) return obj[path];
  let cur: unknown = obj;
  for (const part of path.split(".")) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function asText(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() === "" ? undefined : v;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) {
    const parts = v.map((x) =>
      typeof x === "object" && x !== null ? asText((x as { name?: unknown }).name) : asText(x),
    );
    const joined = parts.filter((x): x is string => !!x).join(", ");
    return joined || undefined;
  }
  if (typeof v === "object" && v !== null && "name" in v) return asText((v as { name: unknown }).name);
  return undefined;
}

function field(obj: Record<string, unknown>, name: string, map: Record<string, string>): string | undefined {
  if (map[name]) return asText(getPath(obj, map[name]));
  for (const candidate of DEFAULT_FIELDS[name]) {
    const v = asText(obj[candidate]);
    if (v !== undefined) return v;
  }
  return undefined;
}

const LOOKS_HTML = /<(?:p|div|br|html|body|article|span|a|h[1-6])\b[^>]{0,200}>/i;

/** Turns one parsed record into a RawDocument, or a reason it cannot be one. */
export function recordToDocument(
  record: unknown,
  uri: string,
  map: Record<string, string>,
  base: RawHints = {},
): RawDocument | string {
  if (typeof record !== "object" || record === null || Array.isArray(record))
    return "line is not a JSON object";
  const obj = record as Record<string, unknown>;
  const body = field(obj, "body", map);
  if (!body) {
    const keys = Object.keys(obj).slice(0, 12).join(", ");
    return `record has no body text (fields: ${keys}); map one with --field body=NAME`;
  }
  const hints: RawHints = { ...base };
  for (const name of ["title", "published", "byline", "publisher", "section", "language", "url"] as const) {
    const v = field(obj, name, map);
    if (v !== undefined) hints[name] = v.trim();
  }
  hints.contentType = LOOKS_HTML.test(body.slice(0, 5000)) ? ARTICLE_HTML_CONTENT_TYPE : ARTICLE_CONTENT_TYPE;
  return { uri, bytes: Buffer.from(body, "utf8"), hints };
}

async function* readJsonl(source: InputSource, options: ResolvedReadOptions): AsyncIterable<ReadItem> {
  const chunks = source.gz ? gunzip(source.open()) : source.open();
  let any = false;
  try {
    for await (const l of lines(chunks, options.maxBytes)) {
      const uri = `${source.uri}:${l.n}`;
      if ("tooLong" in l) {
        any = true;
        yield readReject(
          uri,
          `line of ${formatBytes(l.tooLong)} is over the ${formatBytes(options.maxBytes)} limit`,
        );
        continue;
      }
      if (l.line.trim() === "") continue;
      any = true;
      let parsed: unknown;
      try {
        parsed = JSON.parse(l.line);
      } catch (err) {
        yield readReject(uri, `invalid JSON: ${errorMessage(err).slice(0, 120)}`);
        continue;
      }
      const doc = recordToDocument(parsed, uri, options.fieldMap, source.hints);
      yield typeof doc === "string" ? readReject(uri, doc) : doc;
    }
  } catch (err) {
    yield readReject(source.uri, errorMessage(err));
    return;
  }
  if (!any) yield readReject(source.uri, "empty input");
}

/** A JSON file holding one article object or an array of them. */
async function* readJson(source: InputSource, options: ResolvedReadOptions): AsyncIterable<ReadItem> {
  let parsed: unknown;
  try {
    const bytes = await collect(source.gz ? gunzip(source.open()) : source.open(), options.maxBytes);
    parsed = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch (err) {
    yield readReject(source.uri, errorMessage(err).slice(0, 200));
    return;
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  if (records.length === 0) yield readReject(source.uri, "empty JSON array");
  for (let i = 0; i < records.length; i++) {
    const uri = Array.isArray(parsed) ? `${source.uri}#${i + 1}` : source.uri;
    const doc = recordToDocument(records[i], uri, options.fieldMap, source.hints);
    yield typeof doc === "string" ? readReject(uri, doc) : doc;
  }
}

export const jsonlReader: Reader = { name: "jsonl", read: readJsonl };
export const jsonReader: Reader = { name: "json", read: readJson };
