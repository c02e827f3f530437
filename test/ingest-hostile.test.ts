// Hostile inputs, made here in a temp dir: each gets a clear reject and the rest of the batch goes on.
import assert from "node:assert/strict";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import { ExtractError, extractArticle } from "../src/ingest/extract.js";
import { docs, readAll, rejects } from "./helpers/ingest.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-hostile-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const all = (inputs: string[]) => readAll(inputs);
const GOOD = "Good page after the bad ones\n\nIt has a first paragraph of words that make a sentence.\n";

test("a 50 MB page is rejected by size without being loaded", async () => {
  const path = join(dir, "huge.html");
  const fd = openSync(path, "w");
  const chunk = Buffer.alloc(1024 * 1024, "<p>filler</p>");
  for (let i = 0; i < 50; i++) writeSync(fd, chunk);
  closeSync(fd);
  writeFileSync(join(dir, "good.txt"), GOOD);
  const before = process.memoryUsage().rss;
  const items = await all([path, join(dir, "good.txt")]);
  assert.match(rejects(items)[0].reason, /larger than the 20\.0 MB limit/);
  assert.equal(docs(items).length, 1);
  assert.ok(process.memoryUsage().rss - before < 45 * 1024 * 1024, "the page was not held in memory");
});

test("a truncated .gz is rejected as truncated", async () => {
  const gz = gzipSync(Buffer.alloc(200_000, "<p>some words of a page</p>"));
  writeFileSync(join(dir, "cut.html.gz"), gz.subarray(0, gz.length - 40));
  writeFileSync(join(dir, "good.txt"), GOOD);
  const items = await all([join(dir, "cut.html.gz"), join(dir, "good.txt")]);
  assert.match(rejects(items)[0].reason, /truncated gzip/);
  assert.equal(docs(items).length, 1);
});

test("a page that is one 10 MB line is handled in linear time", () => {
  const words = "lorem ipsum dolor sit amet, ".repeat(360_000);
  const html = `<html><body><div class="a"><p>${words}</p></div></body></html>`;
  const a = extractArticle({
    uri: "one-line.html",
    bytes: Buffer.from(html),
    hints: { contentType: "text/html" },
  });
  assert.ok(a.body.length > 9_000_000);
  assert.throws(
    () =>
      extractArticle({
        uri: "one-line.txt",
        bytes: Buffer.from(words),
        hints: { contentType: "text/plain" },
      }),
    (e: unknown) => e instanceof ExtractError && /single line/.test(e.message),
  );
});

test("deeply nested markup does not overflow the stack", () => {
  const depth = 100_000;
  const html = `<html><body>${"<div>".repeat(depth)}<p>Deep text that is long enough to be taken as an article body by the extractor.</p>${"</div>".repeat(depth)}</body></html>`;
  const a = extractArticle({
    uri: "deep.html",
    bytes: Buffer.from(html),
    hints: { contentType: "text/html" },
  });
  assert.match(a.body, /Deep text/);
});

test("an unknown declared encoding on non-UTF-8 bytes is a clear extract error", () => {
  const bytes = Buffer.concat([
    Buffer.from('<html><head><meta charset="klingon-8"></head><body><p>'),
    Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]),
    Buffer.from("</p></body></html>"),
  ]);
  assert.throws(
    () => extractArticle({ uri: "x.html", bytes, hints: { contentType: "text/html" } }),
    /unknown character encoding "klingon-8"/,
  );
});

test("a binary file with a text name, and an empty directory", async () => {
  writeFileSync(join(dir, "doc.txt"), Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1"));
  const empty = join(dir, "emptydir");
  const { mkdirSync } = await import("node:fs");
  mkdirSync(empty, { recursive: true });
  const r = rejects(await all([join(dir, "doc.txt"), empty]));
  assert.match(r[0].reason, /PDF/);
  assert.match(r[1].reason, /no files/);
});
