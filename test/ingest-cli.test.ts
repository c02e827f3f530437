// `dyad extract`: JSONL records with exactly the documented keys, --field mapping, stdin, rejects.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { repoRoot } from "../src/util/shared.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function dyad(args: string[], input?: string) {
  return spawnSync(process.execPath, [join(repoRoot, "bin", "dyad.js"), ...args], {
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
}

const PAGE = `<html><head><title>Council approves budget</title><meta property="article:published_time" content="2024-02-20"></head>
<body><article><p>The council approved next year's budget on Tuesday after a long debate, the mayor's office said.</p></article></body></html>`;

test("extract --jsonl: one record per document with the documented keys", () => {
  writeFileSync(join(dir, "a.html"), PAGE);
  writeFileSync(
    join(dir, "b.jsonl"),
    `${JSON.stringify({ headline: "Record", content: "Body text of a record in a JSON lines file." })}\n`,
  );
  const r = dyad([
    "extract",
    "--jsonl",
    "--field",
    "title=headline",
    "--field",
    "body=content",
    join(dir, "a.html"),
    join(dir, "b.jsonl"),
  ]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.deepEqual(Object.keys(lines[0]).sort(), [
    "body",
    "byline",
    "captions",
    "language",
    "published",
    "publisher",
    "section",
    "source",
    "title",
  ]);
  assert.equal(lines[0].source, join(dir, "a.html"));
  assert.equal(lines[0].title, "Council approves budget");
  assert.equal(lines[0].published, "2024-02-20");
  assert.equal(lines[1].source, `${join(dir, "b.jsonl")}:1`);
  assert.equal(lines[1].title, "Record");
});

test("extract reads stdin, and reports rejects on stderr with a non-zero exit", () => {
  const r = dyad(["extract", "--jsonl", "-", join(dir, "missing.html")], PAGE);
  assert.equal(r.status, 2);
  assert.equal(JSON.parse(r.stdout.trim()).source, "-");
  assert.match(r.stderr, /missing\.html: no such file or directory/);
});

test("extract: a bad --field is a usage error", () => {
  const r = dyad(["extract", "--field", "nonsense", join(dir, "a.html")]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--field expects name=key/);
});
