// An event's date comes from its own clause: a day when the clause names one, and a month or a year
// when that is all it gives ("last month"), rather than the article's day, which would be wrong.
import assert from "node:assert/strict";
import { test } from "node:test";
import { textDocument } from "../src/pipeline/document.js";
import { createPipeline } from "../src/pipeline/pipeline.js";

const pipeline = createPipeline({});

async function datesOf(text: string, published: string): Promise<Array<[string, string | null]>> {
  const doc = (await pipeline).analyse(textDocument("t", text, published));
  return doc.events.map((e) => [e.cameo.slice(0, 2), e.date]);
}

test("'last month' dates the event to the month before the article's", async () => {
  const dates = await datesOf(
    "Portugal accused Spain last month of diverting water from the shared river.",
    "2026-11-27",
  );
  assert.deepEqual(dates, [["11", "2026-10"]]);
});

test("'this year' says less than the article's own day, which the event keeps", async () => {
  const dates = await datesOf(
    "Portugal accused Spain this year of diverting water from the shared river.",
    "2026-11-27",
  );
  assert.deepEqual(dates, [["11", "2026-11-27"]]);
});

test("a named day still wins", async () => {
  const dates = await datesOf(
    "Portugal accused Spain on Monday of diverting water from the shared river.",
    "2026-11-27",
  );
  assert.deepEqual(dates, [["11", "2026-11-23"]]);
});
