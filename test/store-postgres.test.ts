// The store contract against a real PostgreSQL server, each store in a schema of its own (dropped after).
import assert from "node:assert/strict";
import { test } from "node:test";
import { openStore } from "../src/store/open.js";
import { migrations } from "../src/store/postgres/migrations.js";
import {
  openPostgresStore,
  type PostgresStore,
  parsePostgresUrl,
} from "../src/store/postgres/postgres-store.js";
import { makeDocument } from "./helpers/documents.js";
import { POSTGRES_URL, serviceSkip, throwawaySchemas } from "./helpers/services.js";
import { storeSuite } from "./helpers/store-suite.js";

const skip = await serviceSkip("postgres");
const freshSchema = throwawaySchemas("dyad_test", skip);

storeSuite("postgres", () => openPostgresStore(POSTGRES_URL, { schema: freshSchema() }), { skip });

test("postgres: migrations run once even when many stores open the same schema at once", {
  skip,
}, async () => {
  const schema = freshSchema();
  const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(POSTGRES_URL, { schema })));
  try {
    for (const s of stores) assert.equal(await s.schemaVersion(), migrations.at(-1)!.version);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
});

test("postgres: two connections racing on one document store it once", { skip }, async () => {
  const schema = freshSchema();
  const stores: PostgresStore[] = [];
  for (let i = 0; i < 3; i++) stores.push(await openPostgresStore(POSTGRES_URL, { schema, max: 4 }));
  try {
    const docs = Array.from({ length: 10 }, (_, i) =>
      makeDocument(`Delegation ${i} from Norway met Iceland's envoy about fishing quotas.`),
    );
    const results = await Promise.all(stores.flatMap((s) => docs.map((d) => s.saveDocument(d))));
    assert.equal(results.filter((r) => r.inserted).length, docs.length);
    const counts = await stores[0].counts();
    assert.equal(counts.articles, 10);
    assert.equal(counts.events, 10);
    assert.equal(counts.actors, 2);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
});

test("postgres: openStore picks PostgreSQL from the URL and honours ?schema=", { skip }, async () => {
  const schema = freshSchema();
  const url = `${POSTGRES_URL}${POSTGRES_URL.includes("?") ? "&" : "?"}schema=${schema}`;
  assert.equal(parsePostgresUrl(url).schema, schema);
  const store = await openStore(url);
  try {
    assert.equal(store.kind, "postgres");
    await store.saveDocument(makeDocument("Peru and Chile opened a new border post near Tacna."));
    assert.equal((await store.counts()).articles, 1);
  } finally {
    await store.close();
  }
  await assert.rejects(
    () => openPostgresStore(POSTGRES_URL, { schema: "x; DROP TABLE y" }),
    /invalid schema/,
  );
});
