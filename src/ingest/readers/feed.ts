// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item. Items are cut out of the feed text
// one by one and parsed apart (fast-xml-parser), so a malformed item costs only itself. Entities a
// feed declares in its own DOCTYPE are never expanded (billion-laughs), only XML's five and
// numeric references.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { RawDocument, RawHints } from "../../model/index.js";
import { CharsetError, decodeBytes } from "../charset.js";
import { collect, gunzip } from "../stream.js";
import {
  errorMessage,
  type InputSource,
  type Reader,
  type ReadItem,
  type ResolvedReadOptions,
  readReject,
} from "../types.js";
import { ARTICLE_CONTENT_TYPE, ARTICLE_HTML_CONTENT_TYPE } from "./jsonl.js";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** XML's predefined entities and numeric references; anything else is left as written. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
    if (e[0] === "#") {
      const cp =
        e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** Removes a DOCTYPE (with its internal subset) in one linear pass; says whether it declared entities. */
function stripDoctype(xml: string): { xml: string; entities: boolean } {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0 || start > 4096) return { xml, entities: false };
  let depth = 0;
  let end = -1;
  for (let i = start + 9; i < xml.length; i++) {
    const c = xml[i];
    if (c === "[") depth++;
    else if (c === "]") depth--;
    else if (c === ">" && depth <= 0) {
      end = i;
      break;
    }
  }
  if (end < 0)
    return { xml: xml.slice(0, start), entities: /<!ENTITY/i.test(xml.slice(start, start + 100_000)) };
  const doctype = xml.slice(start, end + 1);
  return { xml: xml.slice(0, start) + xml.slice(end + 1), entities: /<!ENTITY/i.test(doctype) };
}

/** Text of a parsed node: string, {#text}, or the first of several. */
function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string" || typeof v === "number") {
    const t = decodeXmlEntities(String(v)).trim();
    return t || undefined;
  }
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("#text" in o) return text(o["#text"]);
    if ("name" in o) return text(o.name);
    if ("@term" in o) return text(o["@term"]);
  }
  return undefined;
}

function atomLink(v: unknown): string | undefined {
  const links = Array.isArray(v) ? v : v ? [v] : [];
  let first: string | undefined;
  for (const l of links) {
    if (typeof l === "string") return text(l);
    const o = l as Record<string, unknown>;
    const href = text(o["@href"]);
    if (!href) continue;
    if (!o["@rel"] || o["@rel"] === "alternate") return href;
    first ??= href;
  }
  return first;
}

interface Tags {
  item: string;
}

/** The items of a feed as strings, found by scanning for their tags (linear, no backtracking). */
function* itemSlices(xml: string): Iterable<{ slice: string; complete: boolean }> {
  const rss = /<item[\s>]/i.test(xml);
  const tag: Tags = { item: rss ? "item" : "entry" };
  const lower = xml.toLowerCase();
  const open = `<${tag.item}`;
  const close = `</${tag.item}>`;
  let pos = 0;
  for (;;) {
    let s = lower.indexOf(open, pos);
    while (s >= 0 && !/[\s>]/.test(lower[s + open.length] ?? "")) s = lower.indexOf(open, s + 1);
    if (s < 0) return;
    const e = lower.indexOf(close, s);
    const nextOpen = lower.indexOf(open, s + open.length);
    if (e < 0 || (nextOpen >= 0 && nextOpen < e)) {
      const end = nextOpen >= 0 ? nextOpen : xml.length;
      yield { slice: xml.slice(s, end), complete: false };
      pos = end;
      continue;
    }
    yield { slice: xml.slice(s, e + close.length), complete: true };
    pos = e + close.length;
  }
}

function channelHints(xml: string): RawHints {
  const head = xml.slice(0, Math.max(0, xml.search(/<(item|entry)[\s>]/i))) || xml.slice(0, 4096);
  const hints: RawHints = {};
  const title = /<title[^>]*>([\s\S]{0,500}?)<\/title>/i.exec(head);
  if (title)
    hints.publisher = decodeXmlEntities(title[1].replace(/<!\[CDATA\[|\]\]>/g, "")).trim() || undefined;
  const lang = /<language>\s*([A-Za-z-]{2,10})\s*<\/language>|xml:lang="([A-Za-z-]{2,10})"/i.exec(head);
  if (lang) hints.language = lang[1] ?? lang[2];
  return hints;
}

function itemToDocument(item: Record<string, unknown>, uri: string, channel: RawHints): RawDocument | string {
  const body =
    text(item["content:encoded"]) ??
    text(item.content) ??
    text(item.description) ??
    text(item.summary) ??
    text(item["media:description"]);
  if (!body) return "feed item has no content, description or summary";
  const hints: RawHints = { ...channel };
  const title = text(item.title);
  if (title) hints.title = title.replace(/<[^>]{0,200}>/g, "");
  const link = text(item.link) && typeof item.link === "string" ? text(item.link) : atomLink(item.link);
  if (link) hints.url = link;
  const published =
    text(item.pubDate) ??
    text(item.published) ??
    text(item["dc:date"]) ??
    text(item.updated) ??
    text(item.date);
  if (published) hints.published = published;
  const byline = text(item["dc:creator"]) ?? text(item.author);
  if (byline) hints.byline = byline;
  const section = text(item.category);
  if (section) hints.section = section;
  hints.contentType = /<[a-z][\s\S]{0,200}?>/i.test(body.slice(0, 5000))
    ? ARTICLE_HTML_CONTENT_TYPE
    : ARTICLE_CONTENT_TYPE;
  return { uri, bytes: Buffer.from(body, "utf8"), hints };
}

async function* readFeed(source: InputSource, options: ResolvedReadOptions): AsyncIterable<ReadItem> {
  let xml: string;
  try {
    const bytes = await collect(source.gz ? gunzip(source.open()) : source.open(), options.maxBytes);
    xml = decodeBytes(bytes, source.hints.charset).text;
  } catch (err) {
    yield readReject(source.uri, err instanceof CharsetError ? err.message : errorMessage(err));
    return;
  }
  const stripped = stripDoctype(xml);
  if (stripped.entities) {
    yield readReject(
      source.uri,
      "feed declares its own entities in a DOCTYPE (possible entity-expansion bomb): they were not expanded",
    );
  }
  const channel = channelHints(stripped.xml);
  let n = 0;
  let docs = 0;
  for (const { slice, complete } of itemSlices(stripped.xml)) {
    n++;
    const uri = `${source.uri}#${n}`;
    if (!complete) {
      yield readReject(uri, "feed item is not closed (truncated or malformed feed)");
      continue;
    }
    let parsed: Record<string, unknown>;
    try {
      const valid = XMLValidator.validate(slice);
      if (valid !== true) throw new Error(`${valid.err.msg} (line ${valid.err.line})`);
      const root = parser.parse(slice) as Record<string, unknown>;
      parsed = (root.item ?? root.entry) as Record<string, unknown>;
      if (!parsed || typeof parsed !== "object") throw new Error("empty item");
    } catch (err) {
      yield readReject(uri, `malformed feed item: ${errorMessage(err).slice(0, 160)}`);
      continue;
    }
    const doc = itemToDocument(parsed, uri, channel);
    if (typeof doc === "string") yield readReject(uri, doc);
    else {
      docs++;
      yield doc;
    }
  }
  if (n === 0) yield readReject(source.uri, "no <item> or <entry> elements: not an RSS or Atom feed");
  else if (docs === 0 && n > 0) return;
}

export const feedReader: Reader = { name: "feed", read: readFeed };
