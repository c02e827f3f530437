// Dyad timelines: an event dated only to the month counts in the monthly timeline, not in daily or weekly ones.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { periodStart } from "../src/store/aggregate.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { makeDocument, makeEvent } from "./helpers/documents.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-store-timeline-"));
let store: SqliteStore;

before(async () => {
  store = new SqliteStore(join(dir, "x.db"));
  await store.saveDocument(
    makeDocument("Norway welcomed Iceland's offer in May, and again on May 10 and June 2, officials said.", {
      events: [
        makeEvent({ id: "e0-0", date: "2024-05" }),
        makeEvent({ id: "e0-1", date: "2024-05-10" }),
        makeEvent({ id: "e0-2", date: "2024-06-02" }),
        makeEvent({ id: "e0-3", date: "2024" }),
      ],
    }),
  );
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("periodStart: a YYYY-MM date has a month but no day or week", () => {
  assert.equal(periodStart("2024-05", "month"), "2024-05-01");
  assert.equal(periodStart("2024-05", "week"), null);
  assert.equal(periodStart("2024-05", "day"), null);
  assert.equal(periodStart("2024-13", "month"), null);
  assert.equal(periodStart("2024", "month"), null);
  assert.equal(periodStart("2024-05-10", "month"), "2024-05-01");
  assert.equal(periodStart("2024-05-10", "week"), "2024-05-06");
});

test("the monthly timeline counts the month-dated event; daily and weekly ones leave it out", async () => {
  const month = await store.timeline({ source: "NOR", target: "ISL", interval: "month" });
  assert.deepEqual(
    month.map((b) => [b.period, b.events]),
    [
      ["2024-05-01", 2],
      ["2024-06-01", 1],
    ],
  );
  const week = await store.timeline({ source: "NOR", target: "ISL", interval: "week" });
  assert.deepEqual(
    week.map((b) => [b.period, b.events]),
    [
      ["2024-05-06", 1],
      ["2024-05-27", 1],
    ],
  );
});
