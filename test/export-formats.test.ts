// Each export format, written from a small store and read back.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { after, before, test } from "node:test";
import { csvLine } from "../src/export/csv.js";
import { type ExportFormat, exportEvents, exportToFile } from "../src/export/export.js";
import { GDELT_COLUMNS } from "../src/export/gdelt.js";
import { ICEWS_COLUMNS } from "../src/export/icews.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { makeDocument, makeEvent } from "./helpers/documents.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-export-"));
const dbPath = join(dir, "x.db");
let store: SqliteStore;

before(async () => {
  store = new SqliteStore(dbPath);
  await store.saveDocument(makeDocument("Norway welcomed Iceland's offer on fishing quotas."));
  await store.saveDocument(
    makeDocument("China's government criticised Russia over the pipeline, an envoy said.", {
      source: "https://example.org/a,b\t1",
      events: [
        makeEvent({
          id: "e0-0",
          cameo: "111",
          root: "11",
          quad: 3,
          goldstein: -2,
          date: "2024-02-29",
          plover: { type: "ACCUSE", mode: null, context: null },
          source: { start: 0, end: 5, text: "China's government", code: "CHNGOV", actorId: null },
          target: { start: 30, end: 36, text: "=Russia", code: "RUS", actorId: null },
          place: { name: "Moscow", country: "RUS", lat: 55.75, lon: 37.62 },
        }),
        makeEvent({ id: "e0-1", cameo: "020", root: "02", plover: null, quad: 1, goldstein: 3 }),
      ],
    }),
  );
});
after(() => store.close());

async function text(format: Exclude<ExportFormat, "parquet">, options = {}): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await exportEvents(store, format, out, options);
  out.end();
  return Buffer.concat(chunks).toString("utf8");
}

test("gdelt: 61 tab-separated columns in GDELT 2.0 order, filled where Dyad knows", async () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.equal(GDELT_COLUMNS[26].name, "EventCode");
  assert.equal(GDELT_COLUMNS.at(-1)!.name, "SOURCEURL");
  const lines = (await text("gdelt")).trimEnd().split("\n");
  assert.equal(lines.length, 3);
  const row = lines[1].split("\t");
  assert.equal(row.length, 61);
  const col = (name: string) => row[GDELT_COLUMNS.findIndex((c) => c.name === name)];
  assert.equal(col("Day"), "20240229");
  assert.equal(col("MonthYear"), "202402");
  assert.equal(col("FractionDate"), "2024.1644");
  assert.equal(col("Actor1Code"), "CHNGOV");
  assert.equal(col("Actor1CountryCode"), "CHN");
  assert.equal(col("Actor1Type1Code"), "GOV");
  assert.equal(col("Actor2Code"), "RUS");
  assert.equal(col("EventCode"), "111");
  assert.equal(col("EventBaseCode"), "111");
  assert.equal(col("EventRootCode"), "11");
  assert.equal(col("QuadClass"), "3");
  assert.equal(col("GoldsteinScale"), "-2");
  assert.equal(col("ActionGeo_FullName"), "Moscow");
  assert.equal(col("ActionGeo_Lat"), "55.75");
  assert.equal(col("AvgTone"), "");
  assert.equal(col("SOURCEURL"), "https://example.org/a,b 1", "tabs inside values cannot shift columns");
});

test("icews: header and one CSV row per event, quoted where needed and formula-safe", async () => {
  const lines = (await text("icews")).trimEnd().split("\r\n");
  assert.equal(lines[0], ICEWS_COLUMNS.map((c) => c.name).join(","));
  assert.equal(lines.length, 4);
  assert.match(
    lines[2],
    /^2,2024-02-29,China's government,GOV,CHN,welcomed,111,-2,'=Russia,,RUS,2,1,Test Wire,Moscow,,,RUS,55.75,37.62$/,
  );
});

test("csv and jsonl: Dyad's own columns; filters apply", async () => {
  const csv = (await text("csv", { query: { root: "11" } })).trimEnd().split("\r\n");
  assert.equal(csv.length, 2);
  assert.match(csv[0], /^id,article_id,event_key,date/);
  assert.match(csv[1], /CHNGOV/);
  const jsonl = (await text("jsonl"))
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(jsonl.length, 3);
  assert.equal(jsonl[1].event.cameo, "111");
  assert.equal(csvLine(['a "b"', "x,y", null, -1]), '"a ""b""","x,y",,-1\r\n');
});

test("plover: a JSON array of PLOVER records; CAMEO 01/02 events are left out", async () => {
  const records = JSON.parse(await text("plover")) as Record<string, unknown>[];
  assert.equal(records.length, 2);
  const accuse = records.find((r) => r.event_type === "ACCUSE")!;
  assert.equal(accuse.actor_country, "CHN");
  assert.equal(accuse.recipient_code, "RUS");
  assert.deepEqual(accuse.location, { name: "Moscow", country: "RUS", lat: 55.75, lon: 37.62 });
  assert.deepEqual(JSON.parse(await text("plover", { query: { cameo: "99" } })), []);
});

test("graphml: actor codes as nodes, dyads as weighted edges, well-formed XML", async () => {
  const xml = await text("graphml", { network: { country: true } });
  assert.match(xml, /^<\?xml version="1.0"/);
  assert.match(xml, /<node id="NOR">/);
  assert.match(xml, /<edge id="e\d+" source="NOR" target="ISL"><data key="weight">2<\/data>/);
  assert.match(xml, /source="CHN" target="RUS"><data key="weight">1<\/data><data key="goldstein">-2<\/data>/);
  const { XMLParser } = await import("fast-xml-parser");
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
  assert.equal(parsed.graphml.graph.edge.length, 2);
});

test("parquet: written in row groups and read back with hyparquet", async () => {
  const path = join(dir, "events.parquet");
  assert.equal(await exportToFile(store, "parquet", path), 3);
  const { parquetReadObjects } = await import("hyparquet");
  const bytes = readFileSync(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = await parquetReadObjects({ file });
  assert.equal(rows.length, 3);
  assert.equal(rows[1].source_code, "CHNGOV");
  assert.equal(rows[1].goldstein, -2);
  assert.equal(rows[1].lat, 55.75);
  assert.equal(rows[0].place, null);
  assert.equal(rows[0].negated, false);
});

test("dyad export on the command line: gdelt to stdout, parquet needs --out, bad format is exit 2", () => {
  const bin = join(import.meta.dirname, "..", "bin", "dyad.js");
  const run = (args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 60_000 });
  const ok = run(["export", "--format", "gdelt", "--db", dbPath, "--cameo", "11"]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stdout.trimEnd().split("\n").length, 1);
  assert.match(ok.stderr, /1 events as gdelt/);
  const bad = run(["export", "--format", "xls", "--db", dbPath]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format must be one of/);
  assert.equal(run(["export", "--format", "parquet", "--db", dbPath]).status, 2);
  const described = run(["export", "--format", "gdelt", "--describe"]);
  assert.match(described.stdout, /SOURCEURL/);
});

test("--merge: reports of one event across articles become one row; wire copies count once", async () => {
  const s = new SqliteStore(":memory:");
  try {
    const report = (body: string, storyKey: string, date: string, cameo = "042") =>
      s.saveDocument(
        makeDocument(body, {
          storyKey,
          events: [makeEvent({ cameo, root: "04", date, plover: null, quad: 1 })],
        }),
      );
    await report("Norway's envoy visited Iceland on Tuesday for talks.", "story-a", "2024-05-07");
    await report("Copy one: Norway's envoy visited Iceland on Tuesday.", "story-b", "2024-05-07");
    await report("Copy two: Norway's envoy visited Iceland on Tuesday.", "story-b", "2024-05-08", "043");
    await report("A month later Norway's envoy visited Iceland again.", "story-c", "2024-06-10");
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    assert.equal(await exportEvents(s, "gdelt", out, { merge: true }), 2);
    const rows = Buffer.concat(chunks)
      .toString()
      .trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    const col = (row: string[], name: string) => row[GDELT_COLUMNS.findIndex((c) => c.name === name)];
    assert.deepEqual(
      rows.map((r) => [col(r, "Day"), col(r, "NumMentions"), col(r, "NumSources"), col(r, "NumArticles")]),
      [
        ["20240507", "3", "2", "3"],
        ["20240610", "1", "1", "1"],
      ],
    );
    await assert.rejects(() => exportEvents(s, "csv", new PassThrough(), { merge: true }), /gdelt and jsonl/);
  } finally {
    await s.close();
  }
});
