import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { ExtractError, extractArticle } from "../src/ingest/extract.js";
import type { RawDocument } from "../src/model/index.js";
import { sharedPath } from "../src/util/shared.js";

const raw = (text: string, contentType: string, extra: Partial<RawDocument["hints"]> = {}): RawDocument => ({
  uri: "test",
  bytes: Buffer.from(text, "utf8"),
  hints: { contentType, ...extra },
});

// A page written for this test: navigation, a share bar, a figure, the story, related links, a footer.
const PAGE = `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>Ferry service resumes after storm - The Coast Courier</title>
<meta property="og:site_name" content="The Coast Courier">
<meta property="article:published_time" content="2023-04-11T08:30:00+02:00">
<meta property="article:section" content="Local">
<meta name="author" content="Ana Lima">
<link rel="canonical" href="https://courier.example/2023/04/11/ferry-resumes">
</head><body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<article class="story">
<h1>Ferry service resumes after storm</h1>
<figure><img src="f.jpg"><figcaption>The first ferry leaves the harbour on Tuesday. (Jo Park/Courier)</figcaption></figure>
<div class="story-body">
<p>The ferry between the island and the mainland ran again on Tuesday, three days after a storm damaged the pier, the harbour master said.</p>
<p>Repairs to the pier, which lost two of its mooring posts, took longer than planned because divers could not work in the swell, she said.</p>
<h2>Timetable</h2>
<p>Boats will run every two hours until the end of the month, and the evening crossing will be added again in May, according to the operator.</p>
<p>Advertisement</p>
</div></article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Storm closes pier</a></li><li><a href="/b">Island school gets new roof</a></li></ul></aside>
<footer><p>Copyright 2023 The Coast Courier. All rights reserved.</p></footer>
</body></html>`;

test("HTML: body without chrome, and the metadata", () => {
  const a = extractArticle(raw(PAGE, "text/html"));
  assert.equal(a.title, "Ferry service resumes after storm");
  assert.match(a.body, /^The ferry between the island/);
  assert.match(a.body, /Timetable/);
  assert.match(a.body, /added again in May, according to the operator\.$/);
  for (const junk of [
    "Share on Facebook",
    "Home",
    "Related stories",
    "Copyright",
    "Advertisement",
    "first ferry leaves",
  ]) {
    assert.ok(!a.body.includes(junk), `body should not contain "${junk}"`);
  }
  assert.equal(a.published, "2023-04-11T08:30:00+02:00");
  assert.equal(a.publishedSource, "metadata");
  assert.equal(a.byline, "Ana Lima");
  assert.equal(a.publisher, "The Coast Courier");
  assert.equal(a.section, "Local");
  assert.equal(a.canonicalUrl, "https://courier.example/2023/04/11/ferry-resumes");
  assert.equal(a.language, "en");
  assert.deepEqual(a.captions, [
    { text: "The first ferry leaves the harbour on Tuesday.", credit: "Jo Park/Courier" },
  ]);
});

test("HTML: JSON-LD gives the date and author when meta tags do not", () => {
  const page = PAGE.replace(/<meta (property|name)="(article:published_time|author)"[^>]*>/g, "").replace(
    "</head>",
    `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Ferry service resumes","datePublished":"2023-04-10","author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Ben Ode"}]}]}</script></head>`,
  );
  const a = extractArticle(raw(page, "text/html"));
  assert.equal(a.published, "2023-04-10");
  assert.equal(a.byline, "Ana Lima, Ben Ode");
});

test("HTML: the date comes from the URL when the page has none", () => {
  const page = PAGE.replace(/<meta property="article:published_time"[^>]*>/, "");
  const a = extractArticle(raw(page, "text/html"));
  assert.equal(a.published, "2023-04-11");
  assert.equal(a.publishedSource, "url");
});

test("HTML: ISO-8859-1 bytes are decoded by the meta charset", () => {
  const page = `<html><head><meta charset="iso-8859-1"></head><body><article><p>Le président a visité la région de Genève mercredi, où il a rencontré des élèves et des enseignants.</p></article></body></html>`;
  const bytes = Buffer.from(page, "latin1");
  const a = extractArticle({ uri: "t", bytes, hints: { contentType: "text/html" } });
  assert.match(a.body, /président a visité la région de Genève/);
  assert.equal(a.language, "fr");
});

test("HTML: an unknown declared charset on non-UTF-8 bytes is an ExtractError", () => {
  const page = Buffer.concat([
    Buffer.from('<html><head><meta charset="x-no-such-charset"></head><body><p>'),
    Buffer.from([0xe9, 0xe8, 0xff, 0xfe, 0x81]),
    Buffer.from("</p></body></html>"),
  ]);
  assert.throws(
    () => extractArticle({ uri: "t", bytes: page, hints: { contentType: "text/html" } }),
    (e: unknown) => {
      return e instanceof ExtractError && /unknown character encoding/.test(e.message);
    },
  );
});

test("a page with no article text is an ExtractError", () => {
  assert.throws(
    () => extractArticle(raw("<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html")),
    ExtractError,
  );
});

test("records from structured containers keep their fields and their body as it is", () => {
  const a = extractArticle(
    raw("First paragraph of a record.\n\nSecond paragraph of the record.", "text/plain; profile=article", {
      title: "A record",
      published: "Tue, 11 Apr 2023 10:00:00 GMT",
      publisher: "Wire",
    }),
  );
  assert.equal(a.title, "A record");
  assert.equal(a.body, "First paragraph of a record.\n\nSecond paragraph of the record.");
  assert.equal(a.published, "2023-04-11");
  assert.equal(a.publishedSource, "container");
  assert.equal(a.publisher, "Wire");
});

test("text page: breadcrumbs and footer dropped, caption and credit kept apart", () => {
  const page = [
    "Home",
    "",
    "Business",
    "",
    "Bakery chain opens its fiftieth shop in the capital",
    "",
    "Customers queue outside the new shop in Lisbon, Portugal, June 2, 2021. (Rui Sol/Agency Photo)",
    "",
    "A bakery chain opened its fiftieth shop on Wednesday, the company said, and plans ten more this year.",
    "",
    "The chain, which began as a single shop, now employs more than a thousand people, it said.",
    "",
    "Exit mobile version",
  ].join("\n");
  const a = extractArticle(raw(page, "text/plain"));
  assert.equal(a.title, "Bakery chain opens its fiftieth shop in the capital");
  assert.match(a.body, /^A bakery chain opened/);
  assert.match(a.body, /thousand people, it said\.$/);
  assert.ok(!a.body.includes("Exit mobile version"));
  assert.ok(!a.body.includes("Customers queue"));
  assert.equal(a.captions[0].credit, "Rui Sol/Agency Photo");
  assert.equal(a.section, "Business");
  assert.equal(a.published, "2021-06-02");
  assert.equal(a.publishedSource, "caption");
});

test("text page: the date line and the byline above the body are metadata; a short last sentence stays", () => {
  const page = [
    "Harbour cranes return to work",
    "",
    "Published March 3, 2025",
    "",
    "By Ines Duarte, The Coast Courier",
    "",
    "PORTO, March 3 (Dyad Wire) - Dock workers ended a four-day strike on Monday after the port agreed to hire forty more crane operators.",
    "",
    "Ships waited offshore.",
  ].join("\n");
  const a = extractArticle(raw(page, "text/plain"));
  assert.equal(a.published, "2025-03-03");
  assert.equal(a.publishedSource, "metadata");
  assert.equal(a.byline, "Ines Duarte");
  assert.match(a.body, /^PORTO, March 3/);
  assert.match(a.body, /Ships waited offshore\.$/);
});

test("text page: a single 10 MB line is rejected as not an article", () => {
  const line = "word ".repeat(2_000_000);
  assert.throws(() => extractArticle(raw(line, "text/plain")), /single line/);
});

const seed = sharedPath("seed/article-2022-03-07.txt");
test("the seed page: title, date from the caption, chrome gone, caption apart", {
  skip: seed ? false : "shared seed absent",
}, () => {
  const a = extractArticle({ uri: seed!, bytes: readFileSync(seed!), hints: { contentType: "text/plain" } });
  assert.match(a.title, /Rock-Solid/);
  assert.equal(a.published, "2022-03-07");
  assert.equal(a.publishedSource, "caption");
  assert.ok(!a.body.includes("Exit mobile version"));
  assert.ok(!/^(News|World)\n/.test(a.body));
  assert.equal(a.captions.length, 1);
  assert.equal(a.captions[0].credit, "Ryan Woo/Reuters");
  assert.ok(!a.body.includes(a.captions[0].text.slice(0, 40)));
  assert.match(a.body, /Wang Yi/);
  assert.equal(a.language, "en");
});
