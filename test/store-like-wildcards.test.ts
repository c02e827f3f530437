// Code and name filters take the user's text literally: `%`, `_` and `\` are escaped in LIKE patterns,
// so a filter of "%" or "_" matches nothing instead of every event (SQLite and PostgreSQL).
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { likeContains, likePrefix } from "../src/store/where.js";
import { makeDocument } from "./helpers/documents.js";
import { POSTGRES_URL, serviceSkip, throwawaySchemas } from "./helpers/services.js";

test("likePrefix and likeContains escape the wildcards and the escape character", () => {
  assert.equal(likePrefix("%"), "\\%%");
  assert.equal(likePrefix("N_R"), "N\\_R%");
  assert.equal(likePrefix("a\\b"), "a\\\\b%");
  assert.equal(likeContains("50%"), "%50\\%%");
  assert.equal(likePrefix("NOR"), "NOR%");
});

async function seeded(store: Store): Promise<Store> {
  await store.saveDocument(makeDocument("Norway welcomed Iceland's offer on the herring quota."));
  return store;
}

function wildcardSuite(name: string, open: () => Promise<Store>, skip: string | false = false): void {
  describe(`LIKE wildcards are literal: ${name}`, { skip }, () => {
    test("actor, source, target and cameo filters of % or _ match no event", async () => {
      const store = await seeded(await open());
      try {
        assert.equal((await store.listEvents({ actor: "NOR" })).length, 1, "a real prefix still matches");
        assert.equal((await store.listEvents({ cameo: "05" })).length, 1);
        for (const w of ["%", "_", "N_R", "%OR", "\\"]) {
          assert.equal((await store.listEvents({ actor: w })).length, 0, `actor=${w}`);
          assert.equal((await store.listEvents({ source: w })).length, 0, `source=${w}`);
          assert.equal((await store.listEvents({ target: w })).length, 0, `target=${w}`);
          assert.equal((await store.listEvents({ cameo: w })).length, 0, `cameo=${w}`);
        }
      } finally {
        await store.close();
      }
    });

    test("actor code and name filters of % or _ match no actor", async () => {
      const store = await seeded(await open());
      try {
        assert.equal((await store.listActors({ code: "IS" })).length, 1);
        assert.equal((await store.listActors({ name: "orwa" })).length, 1);
        for (const w of ["%", "_", "I_L", "\\"]) {
          assert.equal((await store.listActors({ code: w })).length, 0, `code=${w}`);
          assert.equal((await store.listActors({ name: w })).length, 0, `name=${w}`);
        }
      } finally {
        await store.close();
      }
    });

    test("the network's actor filter and quote speakers take % literally", async () => {
      const store = await seeded(await open());
      try {
        assert.equal((await store.network({ actor: "%" })).edges.length, 0);
        assert.equal((await store.network({ actor: "NOR" })).edges.length, 1);
        assert.equal((await store.listQuotes({ speaker: "%" })).length, 0);
      } finally {
        await store.close();
      }
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "dyad-like-"));
let n = 0;
wildcardSuite("sqlite", async () => new SqliteStore(join(dir, `t${n++}.db`)));

const pgSkip = await serviceSkip("postgres");
const freshSchema = throwawaySchemas("dyad_like", pgSkip);
wildcardSuite("postgres", () => openPostgresStore(POSTGRES_URL, { schema: freshSchema() }), pgSkip);
