// The distributed set-up for real: two `dyad worker` processes on one Redis queue and one PostgreSQL
// database, one of them killed (SIGKILL) in the middle of the batch. (Two, not more: each loads the
// language models, which dominates the test's time on a small CI machine.) Its jobs are taken over
// once their locks expire, and every document ends up stored exactly once.
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { QueueEvents } from "bullmq";
import pg from "pg";
import { IngestQueue } from "../src/queue/producer.js";
import { connectionFromUrl } from "../src/queue/queue.js";
import { POSTGRES_URL, REDIS_URL, serviceSkip, uniqueName } from "./helpers/services.js";

const skip = (await serviceSkip("redis")) || (await serviceSkip("postgres"));
const bin = join(import.meta.dirname, "..", "bin", "dyad.js");
const DOCS = 30;

const PLACES = ["Oslo", "Lima", "Accra", "Hanoi", "Quito", "Dakar", "Riga", "Doha", "Suva", "Baku"];

/** Thirty short wire items of our own, each different, so each has its own content hash. */
function writeBatch(dir: string): string[] {
  const files: string[] = [];
  for (let i = 0; i < DOCS; i++) {
    const place = PLACES[i % PLACES.length];
    const other = PLACES[(i + 3) % PLACES.length];
    const text = `${place} and ${other} sign accord number ${i}\n\n${place.toUpperCase()}, May ${(i % 27) + 1} (Dyad Wire) - Officials from ${place} and ${other} signed accord number ${i} on water and trade on Monday, the two governments said.\n`;
    const file = join(dir, `doc-${String(i).padStart(2, "0")}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

interface Proc {
  child: ChildProcess;
  out: string;
}

function startWorker(env: NodeJS.ProcessEnv, queueName: string, db: string): Proc {
  const child = spawn(
    process.execPath,
    [bin, "worker", "--queue", REDIS_URL, "--queue-name", queueName, "--db", db, "--threads", "1"].concat([
      "--concurrency",
      "3",
      "--lock-ms",
      "2000",
      "--stalled-ms",
      "1000",
      "--budget",
      "60000",
    ]),
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  const p: Proc = { child, out: "" };
  child.stdout!.on("data", (d: Buffer) => (p.out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (p.out += d.toString()));
  return p;
}

function until(cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = async () => {
      if (await cond()) return resolve();
      if (Date.now() - started > ms) return reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
      setTimeout(tick, 100);
    };
    void tick();
  });
}

const schema = uniqueName("dyad_test");
const queueName = uniqueName("dyadtest");
const procs: Proc[] = [];

after(async () => {
  for (const p of procs)
    if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
  if (skip) return;
  const q = new IngestQueue({ url: REDIS_URL, name: queueName });
  await q.queue.obliterate({ force: true }).catch(() => {});
  await q.dead.obliterate({ force: true }).catch(() => {});
  await q.close();
  const c = new pg.Client({ connectionString: POSTGRES_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
});

test("two workers, one killed mid-batch: every document is stored exactly once", {
  skip,
  timeout: 150_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-workers-"));
  const files = writeBatch(dir);
  const db = `${POSTGRES_URL}${POSTGRES_URL.includes("?") ? "&" : "?"}schema=${schema}`;
  const env = { ...process.env, DYAD_CONFIG: "", DYAD_QUEUE_URL: "", DYAD_DATABASE_URL: "" };

  // Stalled-job recovery is what brings the killed worker's jobs back: watch for it.
  const events = new QueueEvents(queueName, { connection: connectionFromUrl(REDIS_URL) });
  let stalled = 0;
  events.on("stalled", () => stalled++);
  await events.waitUntilReady();

  const [victim, ...others] = [0, 1].map(() => startWorker(env, queueName, db));
  procs.push(victim, ...others);
  await until(() => procs.every((p) => /ready/.test(p.out)), 120_000, "two workers to start");

  // Killed the moment it reports its first stored document, while it holds more (concurrency 3).
  let storedByVictim = -1;
  victim.child.stderr!.on("data", () => {
    if (storedByVictim < 0 && /stored /.test(victim.out)) {
      victim.child.kill("SIGKILL");
      storedByVictim = (victim.out.match(/stored /g) ?? []).length;
    }
  });

  const enqueue = () =>
    spawnSync(process.execPath, [bin, "ingest", "--queue", REDIS_URL, "--queue-name", queueName, dir], {
      encoding: "utf8",
      env,
      timeout: 60_000,
    });
  const enq = enqueue();
  assert.equal(enq.status, 0, enq.stderr);
  assert.match(enq.stderr, new RegExp(`enqueued: ${DOCS} documents, ${DOCS} new jobs`));

  const client = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const stored = async () => Number((await client.query("SELECT count(*) AS n FROM articles")).rows[0].n);
    await until(async () => (await stored()) >= DOCS, 120_000, `all ${DOCS} documents to be stored`);
    // Let any late duplicate processing finish, then look again: still exactly one row per document.
    const q = new IngestQueue({ url: REDIS_URL, name: queueName });
    await until(
      async () => {
        const c = await q.counts();
        return c.waiting + c.active + c.delayed === 0;
      },
      30_000,
      "the queue to drain",
    );
    const counts = await q.counts();
    await q.close();
    const rows = (await client.query("SELECT source, count(*) AS n FROM articles GROUP BY source")).rows as {
      source: string;
      n: string;
    }[];
    assert.equal(rows.length, DOCS, "one article per document");
    assert.ok(
      rows.every((r) => Number(r.n) === 1),
      "no document stored twice",
    );
    assert.deepEqual(rows.map((r) => r.source).sort(), files.sort());
    const hashes = await client.query(
      "SELECT count(DISTINCT content_hash) AS n, count(*) AS m FROM articles",
    );
    assert.equal(Number(hashes.rows[0].n), DOCS);
    assert.equal(Number(hashes.rows[0].m), DOCS);
    assert.equal(counts.dead, 0, "nothing was dead-lettered");
    assert.ok(storedByVictim >= 1 && storedByVictim < DOCS, "the worker was killed mid-batch");
    assert.equal(victim.child.signalCode, "SIGKILL");
    assert.ok(stalled >= 1, "the killed worker's jobs in flight were recovered as stalled");
    assert.match(enqueue().stderr, new RegExp(`${DOCS} documents, 0 new jobs`), "re-enqueueing adds nothing");
    const byOthers = others.map((p) => (p.out.match(/stored /g) ?? []).length);
    assert.ok(
      byOthers.some((n) => n > 0),
      "the surviving worker took over",
    );
  } finally {
    await events.close();
    await client.end();
    for (const p of others) p.child.kill("SIGTERM");
    await Promise.all(
      others.map((p) => new Promise((r) => (p.child.exitCode !== null ? r(null) : p.child.once("exit", r)))),
    );
  }
  for (const p of others) assert.match(p.out, /stopping: finishing the documents in flight/);
});
