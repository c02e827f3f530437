// Configuration: file, environment and flags, in that order of strength; clear errors; `dyad doctor`.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ConfigError, loadConfig, redacted } from "../src/config/config.js";
import { checkDatabase, checkNode, checkPort } from "../src/config/doctor.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-config-"));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};

test("defaults: local SQLite, no queue, bound to 127.0.0.1:8080 without a token", () => {
  const { config, file: from } = loadConfig({ env: {}, path: file("empty.json", {}) });
  assert.match(from!, /empty\.json$/);
  assert.equal(config.database, "./dyad.db");
  assert.equal(config.queue, undefined);
  assert.equal(config.server.host, "127.0.0.1");
  assert.equal(config.server.port, 8080);
  assert.equal(config.server.token, undefined);
  assert.equal(config.worker.attempts, 3);
});

test("precedence: flags over environment over file over defaults", () => {
  const path = file("full.json", {
    database: "postgres://file@db/dyad",
    queue: "redis://file:6379",
    server: { host: "0.0.0.0", port: 9000, token: "file-token-0123456789" },
    worker: { concurrency: 4 },
    dictionaries: ["file.txt"],
  });
  const fromFile = loadConfig({ env: {}, path }).config;
  assert.equal(fromFile.database, "postgres://file@db/dyad");
  assert.equal(fromFile.server.port, 9000);
  assert.equal(fromFile.worker.concurrency, 4);
  assert.equal(fromFile.worker.attempts, 3, "unset fields of a section keep their defaults");
  const env = {
    DYAD_DATABASE_URL: "postgres://env@db/dyad",
    DYAD_PORT: "9100",
    DYAD_API_TOKEN: "env-token-0123456789",
    DYAD_DICTIONARIES: "a.txt,b.txt",
  };
  const fromEnv = loadConfig({ env, path }).config;
  assert.equal(fromEnv.database, "postgres://env@db/dyad");
  assert.equal(fromEnv.server.port, 9100);
  assert.equal(fromEnv.server.host, "0.0.0.0");
  assert.equal(fromEnv.server.token, "env-token-0123456789");
  assert.deepEqual(fromEnv.dictionaries, ["a.txt", "b.txt"]);
  const fromFlags = loadConfig({
    env,
    path,
    flags: { database: "flag.db", port: 9200, queue: "redis://flag:1" },
  }).config;
  assert.equal(fromFlags.database, "flag.db");
  assert.equal(fromFlags.server.port, 9200);
  assert.equal(fromFlags.queue, "redis://flag:1");
  assert.equal(redacted(fromFlags).server.token, "***");
  assert.equal(
    redacted({ ...fromFlags, database: "postgres://u:secret@h/d" }).database,
    "postgres://u:***@h/d",
  );
  assert.equal(loadConfig({ env: { DYAD_CONFIG: path } }).file, path, "DYAD_CONFIG names the file");
});

test("bad configuration gives one clear error naming the field", () => {
  const bad = (value: unknown, env: NodeJS.ProcessEnv, pattern: RegExp) =>
    assert.throws(
      () => loadConfig({ env, path: file("bad.json", value) }),
      (err: Error) => err instanceof ConfigError && pattern.test(err.message),
    );
  bad("{not json", {}, /not valid JSON/);
  bad([], {}, /top level must be an object/);
  bad({ server: { port: 70000 } }, {}, /server\.port/);
  bad({ server: { token: "short" } }, {}, /server\.token must be at least 16/);
  bad({ queue: "http://redis" }, {}, /queue must be a redis/);
  bad({ databse: "typo.db" }, {}, /databse|Unrecognized/);
  bad({}, { DYAD_PORT: "eighty" }, /server\.port/);
  assert.throws(() => loadConfig({ env: {}, path: join(dir, "missing.json") }), /does not exist/);
});

test("doctor checks: Node version, database, port", async () => {
  assert.equal(checkNode("18.19.0").status, "fail");
  assert.equal(checkNode("20.11.1").status, "ok");
  const { config } = loadConfig({
    env: {},
    path: file("d.json", { database: join(dir, "nowhere", "x", "d.db") }),
  });
  const missingDir = await checkDatabase(config);
  assert.equal(missingDir.status, "fail");
  assert.match(missingDir.fix, /directory/);
  const pgDown = await checkDatabase({ ...config, database: "postgres://postgres@127.0.0.1:1/x" });
  assert.equal(pgDown.status, "fail");
  assert.match(pgDown.fix, /start PostgreSQL/);
  const { createServer } = await import("node:net");
  const busy = createServer();
  await new Promise<void>((r) => busy.listen(0, "127.0.0.1", () => r()));
  const port = (busy.address() as { port: number }).port;
  try {
    const check = await checkPort("127.0.0.1", port);
    assert.equal(check.status, "warn");
    assert.match(check.detail, /in use/);
  } finally {
    busy.close();
  }
});

test("dyad doctor: a table, fixes, and exit status 1 when something is broken", () => {
  const bin = join(import.meta.dirname, "..", "bin", "dyad.js");
  const env = { ...process.env, DYAD_CONFIG: "", DYAD_DATABASE_URL: "", DYAD_DB: "", DYAD_QUEUE_URL: "" };
  const ok = spawnSync(process.execPath, [bin, "doctor", "--db", join(dir, "fresh.db")], {
    encoding: "utf8",
    env,
    timeout: 60_000,
  });
  assert.match(ok.stdout, /database\s+ok/);
  const broken = spawnSync(
    process.execPath,
    [bin, "doctor", "--db", join(dir, "fresh.db"), "--queue", "redis://127.0.0.1:1", "--json"],
    { encoding: "utf8", env, timeout: 60_000 },
  );
  assert.equal(broken.status, 1);
  const report = JSON.parse(broken.stdout) as { checks: { name: string; status: string; fix: string }[] };
  const queue = report.checks.find((c) => c.name === "queue")!;
  assert.equal(queue.status, "fail");
  assert.match(queue.fix, /start Redis/);
  const badFile = spawnSync(process.execPath, [bin, "doctor", "--config", file("broken.json", "{")], {
    encoding: "utf8",
    env,
    timeout: 60_000,
  });
  assert.equal(badFile.status, 1);
  assert.match(badFile.stdout, /not valid JSON/);
});
