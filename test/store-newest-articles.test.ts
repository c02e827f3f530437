// The home page lists the newest articles first (latest published, undated last, then latest stored),
// not the first 500 stored; `listArticles({ newest: true })` does it in SQLite and PostgreSQL.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createApp } from "../src/api/app.js";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { makeDocument, makeEvent } from "./helpers/documents.js";
import { POSTGRES_URL, serviceSkip, throwawaySchemas } from "./helpers/services.js";

async function seed(store: Store): Promise<void> {
  // Stored out of date order, one undated.
  await store.saveDocument(makeDocument("Chile and Peru signed a port accord.", { published: "2021-03-04" }));
  await store.saveDocument(makeDocument("Mali and Niger reopened a border post.", { published: null }));
  await store.saveDocument(makeDocument("Kenya hosted talks in Nairobi.", { published: "2023-11-20" }));
  await store.saveDocument(makeDocument("Ghana and Togo agreed on tariffs.", { published: "2022-07-01" }));
}

function suite(name: string, open: () => Promise<Store>, skip: string | false = false): void {
  describe(`newest articles first: ${name}`, { skip }, () => {
    test("newest: latest published first, undated last; default order is still by id", async () => {
      const store = await open();
      try {
        await seed(store);
        const newest = await store.listArticles({ newest: true });
        assert.deepEqual(
          newest.map((a) => a.published?.slice(0, 10) ?? null),
          ["2023-11-20", "2022-07-01", "2021-03-04", null],
        );
        const two = await store.listArticles({ newest: true, limit: 2 });
        assert.deepEqual(
          two.map((a) => a.title.split(" ")[0]),
          ["Kenya", "Ghana"],
        );
        const byId = await store.listArticles();
        assert.deepEqual(
          byId.map((a) => a.title.split(" ")[0]),
          ["Chile", "Mali", "Kenya", "Ghana"],
        );
      } finally {
        await store.close();
      }
    });
    test("events too: latest event date first, undated last; default order is still by id", async () => {
      const store = await open();
      try {
        for (const [n, date] of [
          [1, "2021-03-04"],
          [2, null],
          [3, "2023-11-20"],
          [4, "2022-07-01"],
        ] as const) {
          const body = `Norway welcomed Iceland's offer number ${n} on fishing quotas in the north.`;
          await store.saveDocument(makeDocument(body, { events: [makeEvent({ id: `e${n}`, date })] }));
        }
        const newest = await store.listEvents({ newest: true });
        assert.deepEqual(
          newest.map((r) => r.event.date),
          ["2023-11-20", "2022-07-01", "2021-03-04", null],
        );
        const byId = await store.listEvents();
        assert.deepEqual(
          byId.map((r) => r.event.date),
          ["2021-03-04", null, "2023-11-20", "2022-07-01"],
        );
      } finally {
        await store.close();
      }
    });
  });
}

suite("sqlite", async () => new SqliteStore(":memory:"));

const pgSkip = await serviceSkip("postgres");
const freshSchema = throwawaySchemas("dyad_newest", pgSkip);
suite("postgres", () => openPostgresStore(POSTGRES_URL, { schema: freshSchema() }), pgSkip);

test("the home page lists the newest article first", async () => {
  const store = new SqliteStore(":memory:");
  try {
    await seed(store);
    const html = await (await createApp({ store }).request("/")).text();
    const order = ["Kenya", "Ghana", "Chile", "Mali"].map((w) => html.indexOf(`>${w} `));
    assert.ok(
      order.every((i) => i > 0),
      "every title is listed",
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      "newest first, undated last",
    );
  } finally {
    await store.close();
  }
});
