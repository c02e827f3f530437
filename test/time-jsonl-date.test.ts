// The `dyad time --jsonl` interface reads the article's date under "date" as well as "dct".
import assert from "node:assert/strict";
import { test } from "node:test";
import { timeLineResult } from "../src/time/jsonl.js";

const values = (record: Record<string, unknown>) =>
  (timeLineResult(JSON.stringify(record), 1) as { timex: Array<{ text: string; value: string }> }).timex.map(
    (t) => [t.text, t.value],
  );

test('"date" dates the text when "dct" is absent; "dct" wins when both are given', () => {
  const text = "The strike is expected to last from June to August.";
  assert.deepEqual(values({ id: "d1", text, date: "2031-03-01" }), [
    ["June", "2031-06"],
    ["August", "2031-08"],
  ]);
  assert.deepEqual(values({ id: "d2", text, dct: "2031-03-01", date: "2019-03-01" }), [
    ["June", "2031-06"],
    ["August", "2031-08"],
  ]);
  assert.match(String(timeLineResult(JSON.stringify({ id: "d3", text, date: "soon" }), 3).error), /ISO date/);
});
