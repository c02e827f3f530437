// POST /api/ingest end to end: the real pipeline in worker threads, then the store, then the read routes.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { createApp } from "../src/api/app.js";
import { localSink } from "../src/api/ingest-sink.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";

const TOKEN = "ingest-token-0123456789";
const store = new SqliteStore(":memory:");
const sink = localSink(store, { threads: 1, budgetMs: 60_000 });
const app = createApp({ store, token: TOKEN, ingest: sink });
after(async () => {
  await sink.close();
  await store.close();
});

const TEXT = `Estonia and Latvia agree on rail link

RIGA, June 3 (Dyad Wire) - Estonia and Latvia agreed on Monday to share the cost of a new rail link, the two transport ministries said.
`;

test("posted documents are analysed, stored once, and readable through the API", {
  timeout: 120_000,
}, async () => {
  const post = (body: unknown) =>
    app.request("/api/ingest", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    });
  const first = await post({
    documents: [
      { uri: "wire:rail", text: TEXT },
      { uri: "wire:empty", text: " " },
    ],
  });
  assert.equal(first.status, 200);
  const { results } = (await first.json()) as {
    results: { status: string; articleId?: number; stage?: string }[];
  };
  assert.equal(results[0].status, "stored");
  assert.equal(results[1].status, "rejected", "a blank page is refused with a reason, the rest goes in");
  const again = (await (await post({ documents: [{ uri: "wire:rail-copy", text: TEXT }] })).json()) as {
    results: { status: string; articleId: number }[];
  };
  assert.equal(again.results[0].status, "duplicate");
  assert.equal(again.results[0].articleId, results[0].articleId);
  const article = (await (await app.request(`/api/articles/${results[0].articleId}`)).json()) as {
    document: { title: string; sentences: unknown[] };
  };
  assert.match(article.document.title, /Estonia and Latvia/);
  assert.ok(article.document.sentences.length > 0, "the analysis layers were stored");
  assert.equal((await store.counts()).articles, 1);
  assert.equal((await store.listRejects())[0].source, "wire:empty");
});
