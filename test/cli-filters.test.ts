// Filter values the CLI and the API refuse instead of silently matching nothing.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { DateParam } from "../src/api/schemas.js";
import { UserError } from "../src/cli/context.js";
import { parseFieldMap } from "../src/cli/fields.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { isIsoDate } from "../src/util/iso-date.js";

const bin = join(import.meta.dirname, "..", "bin", "dyad.js");

function dyad(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("isIsoDate takes real calendar days only", () => {
  for (const d of ["2024-02-29", "2023-12-31", "1999-01-01"]) assert.equal(isIsoDate(d), true, d);
  for (const d of [
    "2024-13-45",
    "2023-02-29",
    "2024-04-31",
    "2024-00-10",
    "2024-01-00",
    "notadate",
    "2024-1-5",
    "",
  ])
    assert.equal(isIsoDate(d), false, d);
});

test("the API's date parameter refuses impossible dates", () => {
  assert.equal(DateParam.safeParse("2024-03-07").success, true);
  assert.equal(DateParam.safeParse("2024-13-45").success, false);
  assert.equal(DateParam.safeParse("2023-02-29").success, false);
});

test("--field names must be article fields", () => {
  assert.deepEqual(parseFieldMap(["body=content", "title=headline", "published=meta.when"]), {
    body: "content",
    title: "headline",
    published: "meta.when",
  });
  assert.throws(
    () => parseFieldMap(["bodyy=content"]),
    (e: unknown) => e instanceof UserError && /bodyy/.test(e.message),
  );
  assert.throws(() => parseFieldMap(["id=uid"]), UserError);
});

/** A new, empty database file. */
async function emptyDb(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), "dyad-cli-filters-")), "t.db");
  await new SqliteStore(db).close();
  return db;
}

test("events, articles and export refuse malformed filters with exit status 2", async () => {
  const db = await emptyDb();
  const cases: [string[], RegExp][] = [
    [["events", "--from", "notadate"], /--from must be a date/],
    [["events", "--to", "2024-13-45"], /--to must be a date/],
    [["events", "--quad", "9"], /--quad must be 1, 2, 3 or 4/],
    [["events", "--status", "rumoured"], /--status must be one of/],
    [["articles", "--from", "yesterday"], /--from must be a date/],
    [["export", "--format", "csv", "--quad", "0"], /--quad/],
    [["export", "--format", "csv", "--status", "foo"], /--status/],
    [["export", "--format", "csv", "--from", "2023-02-29"], /--from must be a date/],
  ];
  for (const [args, message] of cases) {
    const r = dyad([...args, "--db", db]);
    assert.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(" "));
  }
  const ok = dyad([
    "events",
    "--from",
    "2024-01-01",
    "--quad",
    "4",
    "--status",
    "alleged",
    "--json",
    "--db",
    db,
  ]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(JSON.parse(ok.stdout), []);
});

test("ingest refuses an unknown --field name before reading anything", () => {
  const db = join(mkdtempSync(join(tmpdir(), "dyad-cli-filters-")), "t.db");
  const r = dyad(["ingest", "--field", "id=uid", "-", "--db", db]);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /--field name must be one of body, title/);
});

test("reading commands refuse a --db with no database behind it instead of creating an empty one", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-cli-filters-"));
  const typo = join(dir, "typo.db");
  for (const args of [
    ["events"],
    ["articles", "--json"],
    ["quotes"],
    ["actors"],
    ["show", "1"],
    ["export", "--format", "csv"],
  ]) {
    const r = dyad([...args, "--db", typo]);
    assert.equal(r.status, 1, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, /no database at .*typo\.db/, args.join(" "));
    assert.equal(r.stdout, "", args.join(" "));
  }
  assert.equal(existsSync(typo), false);
  const db = await emptyDb();
  const ok = dyad(["articles", "--json", "--db", db]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(JSON.parse(ok.stdout), []);
});
