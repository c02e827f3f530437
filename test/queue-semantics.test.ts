// The queue's promises, in one process against a real Redis: idempotent enqueueing, retries with
// backoff, a dead-letter queue with reasons, and "processed twice = stored once".
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import type { RawDocument } from "../src/model/index.js";
import { IngestQueue } from "../src/queue/producer.js";
import { connectionFromUrl, fromJob, jobIdFor, toJob } from "../src/queue/queue.js";
import {
  type DocumentHandler,
  type DocumentOutcome,
  startWorker,
  type WorkerEvent,
} from "../src/queue/worker.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { makeDocument } from "./helpers/documents.js";
import { REDIS_URL, serviceSkip, uniqueName } from "./helpers/services.js";

const skip = await serviceSkip("redis");
const queues: IngestQueue[] = [];

after(async () => {
  for (const q of queues) {
    await q.queue.obliterate({ force: true }).catch(() => {});
    await q.dead.obliterate({ force: true }).catch(() => {});
    await q.close();
  }
});

function raw(uri: string, text: string): RawDocument {
  return { uri, bytes: new TextEncoder().encode(text), hints: { contentType: "text/plain" } };
}

function newQueue(attempts = 3) {
  const name = uniqueName("dyadtest");
  const q = new IngestQueue({ url: REDIS_URL, name, attempts, backoffMs: 20 });
  queues.push(q);
  return { name, q };
}

/** Resolves once `n` events of the given types have been seen. */
function waitFor(events: WorkerEvent[], types: WorkerEvent["type"][], n: number, ms = 20_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (events.filter((e) => types.includes(e.type)).length >= n) resolve();
      else if (Date.now() - started > ms) reject(new Error(`timed out waiting for ${n} ${types.join("/")}`));
      else setTimeout(check, 25);
    };
    check();
  });
}

test("jobs carry the bytes intact; job ids come from bytes + uri", () => {
  const a = raw("a.txt", "Bytes \u00e9\u4e2d\n");
  assert.deepEqual(fromJob(toJob(a)).bytes, a.bytes);
  assert.equal(jobIdFor(a), jobIdFor(raw("a.txt", "Bytes \u00e9\u4e2d\n")));
  assert.notEqual(jobIdFor(a), jobIdFor(raw("b.txt", "Bytes \u00e9\u4e2d\n")));
  assert.throws(() => fromJob({ uri: 3 } as never), /malformed job/);
  assert.throws(() => connectionFromUrl("http://x"), /redis:\/\//);
  assert.equal((connectionFromUrl("redis://:s%40cret@db.internal:6380/2") as { port: number }).port, 6380);
});

test("enqueueing the same document twice makes one job", { skip }, async () => {
  const { q } = newQueue();
  const first = await q.add([raw("x.txt", "Lagos hosted a regional trade summit.")]);
  const second = await q.add([raw("x.txt", "Lagos hosted a regional trade summit.")]);
  assert.equal(first[0].added, true);
  assert.equal(second[0].added, false);
  assert.equal(first[0].jobId, second[0].jobId);
  assert.equal((await q.counts()).waiting, 1);
});

test("a worker stores each document once, retries transient failures with backoff, dead-letters the rest", {
  skip,
}, async () => {
  const { name, q } = newQueue(3);
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "dyad-q-")), "q.db"));
  const tries = new Map<string, number>();
  const handler: DocumentHandler = async (r): Promise<DocumentOutcome> => {
    const n = (tries.get(r.uri) ?? 0) + 1;
    tries.set(r.uri, n);
    const text = new TextDecoder().decode(r.bytes);
    if (r.uri === "flaky.txt" && n < 2)
      return { ok: false, stage: "store", reason: "connection reset", retry: true };
    if (r.uri === "broken.txt") return { ok: false, stage: "analyse", reason: "parser crashed", retry: true };
    if (r.uri === "binary.bin") return { ok: false, stage: "extract", reason: "not text", retry: false };
    const saved = await store.saveDocument(makeDocument(text, { source: r.uri }));
    return { ok: true, articleId: saved.articleId, inserted: saved.inserted, events: 1, quotes: 1 };
  };
  const events: WorkerEvent[] = [];
  const worker = await startWorker(handler, {
    url: REDIS_URL,
    name,
    concurrency: 3,
    store,
    onEvent: (e) => events.push(e),
  });
  try {
    await q.add([
      raw("a.txt", "Quito and Lima agreed to share river data."),
      raw("copy-of-a.txt", "Quito and Lima agreed to share river data."),
      raw("flaky.txt", "Accra announced a new port tariff."),
      raw("broken.txt", "Dakar opened a consulate in Praia."),
      raw("binary.bin", "\u0000\u0001"),
    ]);
    await waitFor(events, ["done"], 3);
    await waitFor(events, ["dead"], 2);
    const counts = await store.counts();
    assert.equal(counts.articles, 2, "the copy under another uri is the same content: stored once");
    assert.equal(tries.get("flaky.txt"), 2, "the flaky document was retried once and then stored");
    assert.equal(tries.get("broken.txt"), 3, "tried `attempts` times before the dead-letter queue");
    assert.equal(tries.get("binary.bin"), 1, "an unrecoverable failure is not retried");
    const dead = await q.deadLetters();
    assert.deepEqual(dead.map((d) => [d.uri, d.stage, d.reason, d.attempts]).sort(), [
      ["binary.bin", "extract", "not text", 1],
      ["broken.txt", "analyse", "parser crashed", 3],
    ]);
    assert.equal(fromJob(dead[0].job).uri, dead[0].uri, "the dead letter keeps the job for a re-run");
    const rejects = await store.listRejects();
    assert.deepEqual(rejects.map((r) => r.source).sort(), ["binary.bin", "broken.txt"]);
    assert.equal((await q.counts()).dead, 2);
  } finally {
    await worker.close();
    await store.close();
  }
});

test("POST /api/ingest with a queue configured enqueues, idempotently", { skip }, async () => {
  const { createApp } = await import("../src/api/app.js");
  const { queueSink } = await import("../src/api/ingest-sink.js");
  const { q } = newQueue();
  const store = new SqliteStore(":memory:");
  const app = createApp({ store, token: "queue-token-0123456789", ingest: queueSink(q) });
  const post = () =>
    app.request("/api/ingest", {
      method: "POST",
      body: JSON.stringify({
        documents: [{ uri: "wire:9", text: "Tonga and Fiji renewed a fisheries pact." }],
      }),
      headers: { "content-type": "application/json", authorization: "Bearer queue-token-0123456789" },
    });
  const first = (await (await post()).json()) as {
    mode: string;
    results: { status: string; jobId: string }[];
  };
  assert.equal(first.mode, "queue");
  assert.equal(first.results[0].status, "queued");
  const second = (await (await post()).json()) as { results: { status: string; jobId: string }[] };
  assert.equal(second.results[0].status, "already-queued");
  assert.equal(second.results[0].jobId, first.results[0].jobId);
  assert.equal((await q.counts()).waiting, 1);
  assert.equal((await store.counts()).articles, 0, "nothing is analysed in the API process");
  await store.close();
});
