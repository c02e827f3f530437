// A WARC record cut short by the end of the file is rejected, not read as a page missing its end;
// complete records (plain, chunked, gzip-encoded, or a resource) read as before.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import { readInputs } from "../src/ingest/read.js";
import { isReject, type ReadItem } from "../src/ingest/types.js";
import type { RawDocument, Reject } from "../src/model/index.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-warc-trunc-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function all(it: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const page = (n: number) =>
  Buffer.from(
    `<html><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1><p>Ruritania and Freedonia agreed on Monday to reopen their border crossing number ${n}, officials from both governments said.</p></article></body></html>`,
  );

function record(type: string, uri: string, payload: Buffer, contentType: string): Buffer {
  const head =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-06-03T10:00:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-${uri.length.toString().padStart(12, "0")}>\r\n` +
    `Content-Type: ${contentType}\r\nContent-Length: ${payload.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), payload, Buffer.from("\r\n\r\n")]);
}

function response(uri: string, body: Buffer, headers = ""): Buffer {
  const http = Buffer.concat([
    Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n${headers}\r\n`),
    body,
  ]);
  return record("response", uri, http, "application/http; msgtype=response");
}

function chunked(body: Buffer): Buffer {
  const half = Math.floor(body.length / 2);
  const parts = [body.subarray(0, half), body.subarray(half)];
  return Buffer.concat([
    ...parts.flatMap((p) => [Buffer.from(`${p.length.toString(16)}\r\n`), p, Buffer.from("\r\n")]),
    Buffer.from("0\r\n\r\n"),
  ]);
}

test("complete records read; the last one, cut short by the end of the file, is rejected", async () => {
  const complete = Buffer.concat([
    response("https://qa.example/1", page(1)),
    response("https://qa.example/2", chunked(page(2)), "Transfer-Encoding: chunked\r\n"),
    response("https://qa.example/3", gzipSync(page(3)), "Content-Encoding: gzip\r\n"),
    record("resource", "https://qa.example/4", page(4), "text/html"),
  ]);
  const last = response("https://qa.example/5", page(5));
  const path = join(dir, "crawl.warc");
  writeFileSync(path, Buffer.concat([complete, last.subarray(0, last.length - 60)]));

  const items = await all(readInputs([path]));
  const docs = items.filter((x): x is RawDocument => !isReject(x));
  const rejects = items.filter((x): x is Reject => isReject(x));
  assert.deepEqual(
    docs.map((d) => d.hints.url),
    ["https://qa.example/1", "https://qa.example/2", "https://qa.example/3", "https://qa.example/4"],
  );
  for (const [i, d] of docs.entries()) {
    const html = Buffer.from(d.bytes).toString("utf8");
    assert.match(html, new RegExp(`crossing number ${i + 1}, officials`), `record ${i + 1}`);
    assert.match(html, /<\/html>$/, `record ${i + 1} complete`);
  }
  assert.equal(rejects.length, 1, JSON.stringify(rejects));
  assert.match(rejects[0].reason, /^truncated WARC record: \d+ of \d+ payload bytes$/);
  assert.equal(rejects[0].source, `${path}#5`);

  writeFileSync(join(dir, "whole.warc"), Buffer.concat([complete, last]));
  const whole = await all(readInputs([join(dir, "whole.warc")]));
  assert.equal(whole.filter((x) => isReject(x)).length, 0, JSON.stringify(whole.filter((x) => isReject(x))));
  assert.equal(whole.length, 5);
});
