// An empty filter (`?q=`, `?code=`) is handled the same way on every route: a 400 naming the parameter,
// as any other malformed value is (README: "anything unknown or malformed gets a JSON 400 that names
// the field"). Before, `/api/articles?q=` answered 200 with no rows while `/api/actors?code=` was a 400.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { createApp } from "../src/api/app.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { makeDocument } from "./helpers/documents.js";

const store = new SqliteStore(":memory:");
await store.saveDocument(makeDocument("Norway welcomed Iceland's offer on the herring quota."));
const app = createApp({ store });
after(() => store.close());

const textAndCodeParams: [string, string][] = [
  ["/api/articles", "q"],
  ["/api/articles", "publisher"],
  ["/api/events", "actor"],
  ["/api/events", "source"],
  ["/api/events", "target"],
  ["/api/events", "place"],
  ["/api/events/merged", "actor"],
  ["/api/events/merged", "place"],
  ["/api/quotes", "speaker"],
  ["/api/quotes", "q"],
  ["/api/actors", "code"],
  ["/api/actors", "name"],
];

test("an empty text or code filter is a 400 naming the parameter on every route", async () => {
  for (const [route, field] of textAndCodeParams) {
    const r = await app.request(`${route}?${field}=`);
    assert.equal(r.status, 400, `${route}?${field}=`);
    const body = (await r.json()) as { error: string; issues: { path: string; message: string }[] };
    assert.equal(body.issues[0].path, field, `${route}?${field}=`);
    assert.match(body.issues[0].message, /empty/, `${route}?${field}=`);
  }
});

test("leaving the parameter out does not filter, and a real value still does", async () => {
  const all = (await (await app.request("/api/articles")).json()) as { data: unknown[] };
  assert.equal(all.data.length, 1);
  const hit = (await (await app.request("/api/articles?q=herring")).json()) as { data: unknown[] };
  assert.equal(hit.data.length, 1);
  const actors = (await (await app.request("/api/actors?code=NO")).json()) as { data: unknown[] };
  assert.equal(actors.data.length, 1);
});
