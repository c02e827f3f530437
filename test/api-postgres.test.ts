// The API over the PostgreSQL store: the same answers as over SQLite for search, filters, paging,
// timelines and the network.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import pg from "pg";
import { createApp } from "../src/api/app.js";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { makeDocument, makeEvent } from "./helpers/documents.js";
import { POSTGRES_URL, serviceSkip, uniqueName } from "./helpers/services.js";

const skip = await serviceSkip("postgres");
const schema = uniqueName("dyad_test");

after(async () => {
  if (skip) return;
  const c = new pg.Client({ connectionString: POSTGRES_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
});

async function fill(store: Store): Promise<void> {
  const actor = (code: string) => ({ start: 0, end: 3, text: code, code, actorId: null });
  for (let i = 0; i < 12; i++)
    await store.saveDocument(
      makeDocument(`Report ${i}: envoys from the two capitals met about grain exports and ports.`, {
        published: `2024-04-${String(i + 1).padStart(2, "0")}`,
        events: [
          makeEvent({
            id: "x",
            source: actor(i % 2 ? "CHNGOV" : "RUS"),
            target: actor(i % 2 ? "RUS" : "CHN"),
            cameo: i % 3 ? "042" : "112",
            root: i % 3 ? "04" : "11",
            quad: i % 3 ? 1 : 3,
            goldstein: i % 3 ? 1.9 : -2,
            date: `2024-04-${String(i + 1).padStart(2, "0")}`,
          }),
        ],
      }),
    );
}

test("the API answers the same over PostgreSQL as over SQLite", { skip }, async () => {
  const stores = [await openPostgresStore(POSTGRES_URL, { schema }), new SqliteStore(":memory:")];
  try {
    const answers: string[][] = [];
    for (const store of stores) {
      await fill(store);
      const app = createApp({ store });
      const paths = [
        "/api/articles?q=grain%20exports&limit=5",
        "/api/articles?q=grain&limit=5&after=5",
        "/api/events?dyad=CHN-RUS&format=csv",
        "/api/events?root=11&from=2024-04-02&to=2024-04-10",
        "/api/dyads/CHN/RUS/timeline?interval=week&symmetric=true",
        "/api/network?country=true",
        "/api/events/merged?actor=CHN",
        "/api/actors?format=csv",
      ];
      const out: string[] = [];
      for (const p of paths) {
        const r = await app.request(p);
        assert.equal(r.status, 200, `${store.kind} ${p}`);
        // Article and event ids come from the same insert order in both stores; only timestamps differ.
        let text = (await r.text()).replace(/"ingestedAt":"[^"]+"/g, "");
        // Actors tied on mentions may come in another order (PostgreSQL inserts them sorted by id).
        if (p.startsWith("/api/actors")) text = text.split("\r\n").sort().join("\n");
        out.push(text);
      }
      answers.push(out);
    }
    for (let i = 0; i < answers[0].length; i++)
      assert.equal(answers[0][i], answers[1][i], `answer ${i} differs`);
    const page = JSON.parse(answers[0][0]) as { data: unknown[]; next: number };
    assert.equal(page.data.length, 5);
    assert.equal(page.next, 5);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
});
