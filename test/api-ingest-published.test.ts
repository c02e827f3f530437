// POST /api/ingest: a `published` value no date reader understands is a 400 naming the field, not a
// document stored silently without its date. Nothing here reaches the pipeline.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { createApp } from "../src/api/app.js";
import type { IngestSink } from "../src/api/ingest-sink.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";

const TOKEN = "published-token-0123456789";
const store = new SqliteStore(":memory:");
const seen: unknown[] = [];
const sink = {
  mode: "local",
  async submit(docs: unknown[]) {
    seen.push(...docs);
    return docs.map(() => ({ uri: "x", status: "stored", articleId: 1, events: 0 }));
  },
  async close() {},
} as unknown as IngestSink;
const app = createApp({ store, token: TOKEN, ingest: sink });
after(() => store.close());

const post = (published: string) =>
  app.request("/api/ingest", {
    method: "POST",
    body: JSON.stringify({ documents: [{ text: "Portugal and Spain agreed on a rail link.", published }] }),
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
  });

test("an unreadable published date is a 400 that names the field", async () => {
  for (const bad of ["not-a-date", "2024-02-30", "02/05/2024"]) {
    const r = await post(bad);
    assert.equal(r.status, 400, bad);
    const body = (await r.json()) as { error: string; issues: { path: string }[] };
    assert.match(body.error, /published/, bad);
    assert.equal(body.issues[0].path, "documents.0.published", bad);
  }
  assert.equal(seen.length, 0);
});

test("ISO dates, date-times and written-out dates still go through", async () => {
  for (const ok of ["2024-05-02", "2024-05-02T10:00:00+02:00", "May 2, 2024"]) {
    const r = await post(ok);
    assert.equal(r.status, 200, ok);
  }
  assert.equal(seen.length, 3);
});
