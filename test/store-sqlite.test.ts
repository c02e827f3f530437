import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { migrations } from "../src/store/sqlite/migrations.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { storeSuite } from "./helpers/store-suite.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-store-"));
let n = 0;
storeSuite("sqlite", async () => new SqliteStore(join(dir, `t${n++}.db`)));

test("sqlite: migrations are versioned and reopening applies nothing twice", async () => {
  const path = join(dir, "reopen.db");
  const a = new SqliteStore(path);
  assert.equal(a.schemaVersion(), migrations.at(-1)!.version);
  await a.close();
  const b = new SqliteStore(path);
  assert.equal(b.schemaVersion(), migrations.at(-1)!.version);
  await b.close();
});
