// WARC and feed readers, on containers written by the test (and on the shared samples when present).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import { extractArticle } from "../src/ingest/extract.js";
import { corpusPath } from "../src/util/shared.js";
import { docs, readAll, rejects } from "./helpers/ingest.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-containers-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const all = (inputs: string[]) => readAll(inputs);

const page = (n: number) =>
  `<html><head><title>Story ${n}</title></head><body><article><p>Story number ${n} is a short piece of text written for a test of the archive reader, long enough to count.</p></article></body></html>`;

function record(type: string, uri: string, block: string, contentType: string, version = "1.0"): Buffer {
  const body = Buffer.from(block, "utf8");
  const head =
    `WARC/${version}\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:${Math.random().toString(16).slice(2)}>\r\nContent-Type: ${contentType}\r\n` +
    `Content-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body, Buffer.from("\r\n\r\n")]);
}
const response = (n: number, ct = "text/html; charset=utf-8") =>
  record(
    "response",
    `http://news.test/${n}`,
    `HTTP/1.1 200 OK\r\nContent-Type: ${ct}\r\n\r\n${page(n)}`,
    "application/http; msgtype=response",
  );
const request = (n: number) =>
  record("request", `http://news.test/${n}`, "GET / HTTP/1.1\r\n\r\n", "application/http; msgtype=request");

test("WARC 1.0 and 1.1: response and resource records with HTML become documents", async () => {
  const warc = Buffer.concat([
    request(1),
    response(1),
    response(2, "image/png"),
    record("resource", "http://news.test/3", page(3), "text/html", "1.1"),
  ]);
  writeFileSync(join(dir, "a.warc"), warc);
  const d = docs(await all([join(dir, "a.warc")]));
  assert.deepEqual(
    d.map((x) => [x.uri.replace(dir, ""), x.hints.url]),
    [
      ["/a.warc#2", "http://news.test/1"],
      ["/a.warc#4", "http://news.test/3"],
    ],
  );
  assert.equal(d[0].fetchedAt, "2024-05-01T10:00:00Z");
  assert.match(extractArticle(d[0]).body, /Story number 1 /);
});

test("WARC.gz (one gzip member per record) with a corrupted member: the records after it still go in", async () => {
  const members = [response(1), response(2), response(3)].map((r) => gzipSync(r));
  const broken = Buffer.from(members[1]);
  for (let i = 20; i < broken.length - 10; i += 7) broken[i] ^= 0x5a;
  writeFileSync(join(dir, "b.warc.gz"), Buffer.concat([members[0], broken, members[2]]));
  const items = await all([join(dir, "b.warc.gz")]);
  const d = docs(items);
  assert.deepEqual(
    d.map((x) => x.hints.url),
    ["http://news.test/1", "http://news.test/3"],
  );
  assert.ok(rejects(items).some((r) => /broken WARC record|unreadable record/.test(r.reason)));
});

test("uncompressed WARC with a garbled record between good ones", async () => {
  const garbled = Buffer.from(
    "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: zz\r\n\r\nnot a record at all\r\n\r\n",
  );
  writeFileSync(join(dir, "c.warc"), Buffer.concat([response(1), garbled, response(2)]));
  const items = await all([join(dir, "c.warc")]);
  assert.deepEqual(
    docs(items).map((x) => x.hints.url),
    ["http://news.test/1", "http://news.test/2"],
  );
  assert.ok(rejects(items).length >= 1);
});

test("a record over the size limit is rejected, the next one read", async () => {
  const big = record(
    "resource",
    "http://news.test/big",
    `<html><body><p>${"x".repeat(5000)}</p></body></html>`,
    "text/html",
  );
  writeFileSync(join(dir, "d.warc"), Buffer.concat([big, response(2)]));
  const items = await readAll([join(dir, "d.warc")], { maxBytes: 2000 });
  assert.match(rejects(items)[0].reason, /over the .* limit/);
  assert.deepEqual(
    docs(items).map((x) => x.hints.url),
    ["http://news.test/2"],
  );
});

const sample = corpusPath("warc/warcio-example-iana.org-chunked.warc");
test("shared samples: chunked transfer encoding and Common Crawl", {
  skip: sample ? false : "shared corpus absent",
}, async () => {
  const d = docs(await all([sample!]));
  assert.equal(d.length, 1);
  assert.match(extractArticle(d[0]).title, /Internet Assigned Numbers Authority/);
  const cc = corpusPath("warc/cc-main-2020-34-sample.warc.gz");
  if (cc) assert.equal(docs(await all([cc])).length, 16);
});

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Valley Post</title><language>en</language>
<item><title>Bridge opens &amp; traffic flows</title><link>https://valley.test/1</link>
<pubDate>Tue, 11 Apr 2023 10:00:00 GMT</pubDate><dc:creator>Rosa Diaz</dc:creator><category>Local</category>
<content:encoded><![CDATA[<p>The new bridge opened to traffic on Tuesday morning after two years of work.</p><p>Drivers said the trip was ten minutes shorter.</p>]]></content:encoded></item>
<item><title>Broken item</title><description>no end tag here</item>
<item><title>Library extends hours</title><link>https://valley.test/3</link>
<description>The town library will stay open until nine in the evening on weekdays from May.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Times</title>
<entry><title type="text">Schools close for snow</title><link rel="alternate" href="https://hill.test/a"/>
<published>2023-01-05T07:00:00+01:00</published><author><name>Lee Moss</name></author>
<content type="html">&lt;p&gt;All schools in the district closed on Thursday because of heavy snow, the council said.&lt;/p&gt;</content></entry>
</feed>`;

test("RSS 2.0: items with their fields; a malformed item is rejected and the next goes in", async () => {
  writeFileSync(join(dir, "f.rss"), RSS);
  const items = await all([join(dir, "f.rss")]);
  const d = docs(items);
  assert.equal(d.length, 2);
  const a = extractArticle(d[0]);
  assert.equal(a.title, "Bridge opens & traffic flows");
  assert.equal(
    a.body,
    "The new bridge opened to traffic on Tuesday morning after two years of work.\n\nDrivers said the trip was ten minutes shorter.",
  );
  assert.equal(a.published, "2023-04-11");
  assert.equal(a.byline, "Rosa Diaz");
  assert.equal(a.publisher, "Valley Post");
  assert.equal(a.section, "Local");
  assert.equal(a.canonicalUrl, "https://valley.test/1");
  assert.equal(d[0].uri, `${join(dir, "f.rss")}#1`);
  assert.equal(rejects(items).length, 1);
  assert.equal(extractArticle(d[1]).title, "Library extends hours");
});

test("Atom: entries with escaped HTML content", async () => {
  writeFileSync(join(dir, "g.atom"), ATOM);
  const d = docs(await all([join(dir, "g.atom")]));
  const a = extractArticle(d[0]);
  assert.equal(a.title, "Schools close for snow");
  assert.equal(
    a.body,
    "All schools in the district closed on Thursday because of heavy snow, the council said.",
  );
  assert.equal(a.published, "2023-01-05T07:00:00+01:00");
  assert.equal(a.byline, "Lee Moss");
  assert.equal(a.canonicalUrl, "https://hill.test/a");
});

test("a billion-laughs feed: entities are not expanded, the items still go in", async () => {
  const lol = [`<!ENTITY lol "lol">`];
  for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? "" : i - 1};`.repeat(10)}">`);
  const bomb = RSS.replace("<rss", `<!DOCTYPE rss [\n${lol.join("\n")}\n]>\n<rss`).replace(
    "Drivers said",
    "&lol9; Drivers said",
  );
  writeFileSync(join(dir, "bomb.rss"), bomb);
  const before = process.memoryUsage().heapUsed;
  const items = await all([join(dir, "bomb.rss")]);
  assert.ok(process.memoryUsage().heapUsed - before < 200 * 1024 * 1024);
  assert.match(rejects(items)[0].reason, /entit/);
  const d = docs(items);
  assert.equal(d.length, 2);
  assert.ok(extractArticle(d[0]).body.length < 1000);
});

const feeds = corpusPath("feeds");
test("shared feed samples", { skip: feeds ? false : "shared corpus absent" }, async () => {
  const guardian = docs(await all([join(feeds!, "guardian-2018.rss")]));
  assert.equal(guardian.length, 55);
  const heise = docs(await all([join(feeds!, "heise-developer-2016.atom")]));
  assert.equal(heise.length, 15);
  assert.equal(extractArticle(heise[0]).language, "de");
  const uol = docs(await all([join(feeds!, "uol-noticias-2018.rss")]));
  const first = extractArticle(uol[0]);
  assert.equal(first.language, "pt");
  assert.equal(first.published, "2018-09-24");
  assert.match(first.title, /simulações/);
});
