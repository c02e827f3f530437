import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const bin = join(import.meta.dirname, "..", "bin", "dyad.js");

function dyad(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", input, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE_A = `Finland and Estonia sign energy pact

Published May 6, 2024

TALLINN, May 6 (Dyad Wire) - Finland and Estonia signed an agreement on Monday to build a second power cable under the Gulf of Finland, the two governments said.

Finnish Prime Minister Petteri Orpo met Estonian Prime Minister Kaja Kallas in Tallinn. "This cable makes both our grids safer," Orpo told reporters.

Russia criticised the project, calling it a provocation.
`;

const ARTICLE_B = `Kenya sends aid to flooded districts

Published April 29, 2024

NAIROBI, April 29 (Dyad Wire) - The Kenyan government sent food and medical supplies to three flooded districts on Sunday, officials said.

The United Nations urged donors to help Kenya rebuild roads washed away by the floods.
`;

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-cli-"));
  mkdirSync(join(dir, "in", "nested"), { recursive: true });
  writeFileSync(join(dir, "in", "a.txt"), ARTICLE_A);
  writeFileSync(join(dir, "in", "nested", "b.txt"), ARTICLE_B);
  return dir;
}

test("ingest then events --json: events come out with codes and evidence", () => {
  const dir = corpus();
  const db = join(dir, "t.db");
  const ingest = dyad(["ingest", join(dir, "in"), "--db", db, "--workers", "1"]);
  assert.equal(ingest.status, 0, ingest.stderr);
  assert.match(ingest.stderr, /2 documents, 2 new, 0 duplicates/);

  const events = dyad(["events", "--json", "--db", db]);
  assert.equal(events.status, 0, events.stderr);
  const rows = JSON.parse(events.stdout) as {
    articleId: number;
    event: { cameo: string; evidence: object };
  }[];
  assert.ok(rows.length >= 2, `expected events, got ${rows.length}`);
  for (const r of rows) {
    assert.match(r.event.cameo, /^\d{2,4}$/);
    assert.ok(r.event.evidence);
  }

  const articles = JSON.parse(dyad(["articles", "--json", "--db", db]).stdout) as { title: string }[];
  assert.deepEqual(articles.map((a) => a.title).sort(), [
    "Finland and Estonia sign energy pact",
    "Kenya sends aid to flooded districts",
  ]);

  // The same inputs again add nothing.
  const again = dyad(["ingest", join(dir, "in"), "--db", db, "--workers", "1"]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /2 documents, 0 new, 2 duplicates/);
  assert.equal((JSON.parse(dyad(["articles", "--json", "--db", db]).stdout) as unknown[]).length, 2);
});

test("bad inputs: one line each, a reject row, the rest goes in, exit status 2", () => {
  const dir = corpus();
  const db = join(dir, "t.db");
  writeFileSync(join(dir, "in", "empty.txt"), "");
  writeFileSync(
    join(dir, "in", "photo.bin"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0x00, 0x10]),
  );
  writeFileSync(
    join(dir, "in", "blob.txt"),
    Buffer.concat([Buffer.from([0, 1, 2, 3, 0, 0, 0xff]), Buffer.alloc(200)]),
  );
  writeFileSync(join(dir, "in", "broken.jsonl"), '{"title": "half a line", "text": \n');
  const r = dyad(["ingest", join(dir, "in"), join(dir, "does-not-exist.txt"), "--db", db, "--workers", "1"]);
  assert.equal(r.status, 2, r.stderr);
  const lines = r.stderr.split("\n").filter((l) => l.startsWith("rejected "));
  for (const name of ["empty.txt", "photo.bin", "blob.txt", "broken.jsonl", "does-not-exist.txt"]) {
    assert.ok(
      lines.some((l) => l.includes(name)),
      `no reject line for ${name} in:\n${r.stderr}`,
    );
  }
  const articles = JSON.parse(dyad(["articles", "--json", "--db", db]).stdout) as unknown[];
  assert.equal(articles.length, 2, "the good documents went in");
});

test("stdin and the human table", () => {
  const dir = corpus();
  const db = join(dir, "t.db");
  const r = dyad(["ingest", "-", "--db", db, "--workers", "1"], ARTICLE_B);
  assert.equal(r.status, 0, r.stderr);
  const table = dyad(["articles", "--db", db]);
  assert.match(table.stdout, /^id\s+published\s+publisher/m);
  assert.match(table.stdout, /Kenya sends aid/);
  const missing = dyad(["show", "999", "--db", db]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no article with id 999/);
});

test("dictionaries named in the config file reach the pipeline and override built-in actors", () => {
  const dir = corpus();
  const db = join(dir, "t.db");
  writeFileSync(join(dir, "user.actors.txt"), "KENYA_ [KENXYZ]\n");
  writeFileSync(
    join(dir, "dyad.config.json"),
    JSON.stringify({ dictionaries: [join(dir, "user.actors.txt")] }),
  );
  const r = spawnSync(
    process.execPath,
    [bin, "ingest", join(dir, "in", "nested"), "--db", db, "--workers", "1"],
    {
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, DYAD_CONFIG: join(dir, "dyad.config.json") },
    },
  );
  assert.equal(r.status, 0, r.stderr);
  const actors = JSON.parse(dyad(["actors", "--json", "--db", db]).stdout) as { code: string }[];
  assert.ok(
    actors.some((a) => a.code === "KENXYZ"),
    `no KENXYZ actor in ${actors.map((a) => a.code).join(" ")}`,
  );
});

test("--field maps JSONL keys and may stand before the inputs", () => {
  const dir = corpus();
  const db = join(dir, "t.db");
  const line = {
    headline: "Kenya sends aid to flooded districts",
    content: ARTICLE_B.split("\n\n").slice(2).join("\n\n"),
  };
  writeFileSync(join(dir, "wire.jsonl"), JSON.stringify(line) + "\n");
  const r = dyad([
    "ingest",
    "--field",
    "body=content",
    "--field",
    "title=headline",
    join(dir, "wire.jsonl"),
    "--db",
    db,
  ]);
  assert.equal(r.status, 0, r.stderr);
  const articles = JSON.parse(dyad(["articles", "--json", "--db", db]).stdout) as { title: string }[];
  assert.deepEqual(
    articles.map((a) => a.title),
    ["Kenya sends aid to flooded districts"],
  );
});

test("code --verbs with a wrong path says so, exits 1 and writes nothing", () => {
  const r = dyad(
    ["code", "--jsonl", "--verbs", "/no/such/CAMEO.txt"],
    '{"id":"a","text":"Chile praised Peru."}\n',
  );
  assert.equal(r.status, 1);
  assert.match(r.stderr, /verb dictionary \/no\/such\/CAMEO\.txt does not exist/);
  assert.doesNotMatch(r.stderr, /pipeline unavailable/);
  assert.equal(r.stdout, "");
});

test("code answers a line whose date is no ISO date with an error record; --limit must be at least 1", () => {
  const r = dyad(["code", "--jsonl"], '{"id":"a","text":"Chile praised Peru.","date":"last Tuesday"}\n');
  assert.equal(r.status, 1);
  const line = JSON.parse(r.stdout.trim()) as { id: string; error: string };
  assert.equal(line.id, "a");
  assert.match(line.error, /ISO date/);
  const l = dyad(["--db", join(mkdtempSync(join(tmpdir(), "dyad-cli-")), "t.db"), "events", "--limit", "0"]);
  assert.equal(l.status, 2);
  assert.match(l.stderr, /--limit must be an integer of at least 1/);
});
