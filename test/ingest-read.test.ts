import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import { readInputs, readSource } from "../src/ingest/read.js";
import { stdinSource } from "../src/ingest/readers/stdin.js";
import { isReject, type ReadItem, resolveOptions } from "../src/ingest/types.js";
import type { RawDocument, Reject } from "../src/model/index.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-read-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function all(it: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}
const docs = (items: ReadItem[]) => items.filter((x): x is RawDocument => !isReject(x));
const rejects = (items: ReadItem[]) => items.filter((x): x is Reject => isReject(x));

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour reopens | Example Gazette</title></head>
<body><article><h1>Harbour reopens</h1><p>The harbour of a small town reopened on Tuesday after a storm, officials said, and the first ferry left at noon.</p></article></body></html>`;

test("reads .txt and .html files with their content type", async () => {
  writeFileSync(
    join(dir, "a.txt"),
    "Headline of a test page\n\nA first paragraph of plain text, written for this test.\n",
  );
  writeFileSync(join(dir, "b.html"), PAGE);
  const items = await all(readInputs([join(dir, "a.txt"), join(dir, "b.html")]));
  const d = docs(items);
  assert.equal(d.length, 2);
  assert.equal(d[0].hints.contentType, "text/plain");
  assert.equal(d[1].hints.contentType, "text/html");
  assert.equal(d[1].uri, join(dir, "b.html"));
});

test("reads gzip-compressed pages and sniffs the kind of unnamed files", async () => {
  writeFileSync(join(dir, "c.html.gz"), gzipSync(PAGE));
  writeFileSync(join(dir, "noext"), PAGE);
  const d = docs(await all(readInputs([join(dir, "c.html.gz"), join(dir, "noext")])));
  assert.equal(d.length, 2);
  assert.match(Buffer.from(d[0].bytes).toString("utf8"), /Harbour reopens/);
  assert.equal(d[1].hints.contentType, "text/html");
});

test("JSONL: one document per line, fields found by name or mapped, bad lines rejected", async () => {
  const lines = [
    JSON.stringify({
      title: "One",
      content: "Body of the first record.",
      date: "2021-05-04",
      url: "https://ex.org/1",
    }),
    "{not json",
    JSON.stringify({ title: "No body" }),
    "",
    JSON.stringify({ headline: "Two", text: "Body of the second record." }),
  ];
  writeFileSync(join(dir, "x.jsonl"), lines.join("\n") + "\n");
  const items = await all(readInputs([join(dir, "x.jsonl")], { fieldMap: { body: "content" } }));
  const d = docs(items);
  const r = rejects(items);
  assert.equal(d.length, 1, "the mapped field wins: record 5 has no 'content'");
  assert.equal(d[0].uri, `${join(dir, "x.jsonl")}:1`);
  assert.equal(d[0].hints.title, "One");
  assert.equal(d[0].hints.published, "2021-05-04");
  assert.equal(d[0].hints.url, "https://ex.org/1");
  assert.equal(r.length, 3);
  assert.match(r[0].reason, /invalid JSON/);
  assert.match(r[1].reason, /no body/);
  const unmapped = docs(await all(readInputs([join(dir, "x.jsonl")])));
  assert.deepEqual(
    unmapped.map((x) => x.hints.title),
    ["One", "Two"],
  );
});

test("directories are read recursively, sorted, hidden files skipped", async () => {
  const root = join(dir, "tree");
  mkdirSync(join(root, "sub"), { recursive: true });
  writeFileSync(join(root, "z.txt"), "Last file here\n\nSome text in it, enough to be read.\n");
  writeFileSync(join(root, "sub", "m.txt"), "Middle file here\n\nSome text in it, enough to be read.\n");
  writeFileSync(join(root, "a.txt"), "First file here\n\nSome text in it, enough to be read.\n");
  writeFileSync(join(root, ".hidden.txt"), "secret");
  const d = docs(await all(readInputs([root])));
  assert.deepEqual(
    d.map((x) => x.uri),
    [join(root, "a.txt"), join(root, "sub", "m.txt"), join(root, "z.txt")],
  );
});

test("stdin: the kind comes from the bytes", async () => {
  const opts = resolveOptions();
  const html = docs(await all(readSource(stdinSource(Readable.from([Buffer.from(PAGE)])), opts)));
  assert.equal(html[0].uri, "-");
  assert.equal(html[0].hints.contentType, "text/html");
  const jsonl = docs(
    await all(readSource(stdinSource(Readable.from([Buffer.from('{"text":"a"}\n{"text":"b"}\n')])), opts)),
  );
  assert.deepEqual(
    jsonl.map((x) => x.uri),
    ["-:1", "-:2"],
  );
  const gz = docs(
    await all(readSource(stdinSource(Readable.from([gzipSync("Plain words on stdin.")])), opts)),
  );
  assert.equal(gz[0].hints.contentType, "text/plain");
});

test("bad inputs are rejected with a reason and the rest goes on", async () => {
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "pic.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  const gz = gzipSync(PAGE.repeat(50));
  writeFileSync(join(dir, "cut.html.gz"), gz.subarray(0, Math.floor(gz.length / 2)));
  writeFileSync(join(dir, "big.html"), Buffer.alloc(3000, 0x61));
  writeFileSync(join(dir, "ok.txt"), "Still read after the bad ones\n\nA line of text.\n");
  const items = await all(
    readInputs(
      [
        join(dir, "missing.txt"),
        join(dir, "empty.txt"),
        join(dir, "pic.html"),
        join(dir, "cut.html.gz"),
        join(dir, "big.html"),
        join(dir, "ok.txt"),
      ],
      { maxBytes: 2000 },
    ),
  );
  const r = rejects(items);
  assert.deepEqual(
    r.map((x) => x.stage),
    ["read", "read", "read", "read", "read"],
  );
  assert.match(r[0].reason, /no such file/);
  assert.match(r[1].reason, /empty/);
  assert.match(r[2].reason, /PNG/);
  assert.match(r[3].reason, /truncated gzip|limit/);
  assert.match(r[4].reason, /limit/);
  assert.equal(docs(items).length, 1);
});

test("a JSONL line over the size limit is skipped without stopping the file", async () => {
  const big = JSON.stringify({ text: "x".repeat(5000) });
  writeFileSync(join(dir, "long.jsonl"), `${big}\n{"text":"short body"}\n`);
  const items = await all(readInputs([join(dir, "long.jsonl")], { maxBytes: 1000 }));
  assert.match(rejects(items)[0].reason, /over the .* limit/);
  assert.equal(docs(items).length, 1);
});
