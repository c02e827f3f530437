// The events filter by place takes the place name or ISO3 country in any case, as --plover does.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { makeDocument, makeEvent } from "./helpers/documents.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-store-place-"));
let store: SqliteStore;

before(async () => {
  store = new SqliteStore(join(dir, "x.db"));
  await store.saveDocument(
    makeDocument("Ruritania shelled Freedonia near Strelsau on Monday, officials said.", {
      events: [
        makeEvent({ id: "e0-0", place: { name: "Strelsau", country: "RUR", lat: 50.1, lon: 14.4 } }),
        makeEvent({ id: "e0-1", place: { name: "Zenda", country: "RUR", lat: 50.2, lon: 14.5 } }),
        makeEvent({ id: "e0-2", place: null }),
      ],
    }),
  );
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("--place matches the place name whatever its case", async () => {
  for (const place of ["Strelsau", "strelsau", "STRELSAU"]) {
    const rows = await store.listEvents({ place });
    assert.deepEqual(
      rows.map((r) => r.event.id),
      ["e0-0"],
      place,
    );
  }
});

test("--place matches the ISO3 country whatever its case", async () => {
  for (const place of ["RUR", "rur"]) {
    const rows = await store.listEvents({ place });
    assert.deepEqual(rows.map((r) => r.event.id).sort(), ["e0-0", "e0-1"], place);
  }
  assert.deepEqual(await store.listEvents({ place: "Elsewhere" }), []);
});
