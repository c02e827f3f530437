// Free-text query parameters refuse control characters with a 400 naming the field (a NUL made
// PostgreSQL fail the query: a 500), and take ordinary text, accents and quotes as before.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { createApp } from "../src/api/app.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";

const store = new SqliteStore(":memory:");
const app = createApp({ store });
after(() => store.close());

test("a control character in q, publisher, place, speaker or name is a 400 naming the field", async () => {
  for (const [route, field] of [
    ["/api/articles", "q"],
    ["/api/articles", "publisher"],
    ["/api/events", "place"],
    ["/api/quotes", "speaker"],
    ["/api/quotes", "q"],
    ["/api/actors", "name"],
  ]) {
    for (const bad of ["a\u0000b", "\u0007", "x\u001by"]) {
      const r = await app.request(`${route}?${field}=${encodeURIComponent(bad)}`);
      assert.equal(r.status, 400, `${route} ${field}=${JSON.stringify(bad)}`);
      const body = (await r.json()) as { issues: { path: string }[] };
      assert.equal(body.issues[0].path, field);
    }
    const ok = await app.request(`${route}?${field}=${encodeURIComponent(`Zürich "O'Neil" 100%`)}`);
    assert.equal(ok.status, 200, `${route} ${field} with ordinary text`);
  }
});
