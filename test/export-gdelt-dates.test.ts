// GDELT's date columns for events whose date is known only to the month or the year.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dateParts, gdeltRow } from "../src/export/gdelt.js";
import type { EventRow } from "../src/model/index.js";
import { makeEvent } from "./helpers/documents.js";

test("dateParts: a full date fills Day, MonthYear, Year and FractionDate", () => {
  assert.deepEqual(dateParts("2024-03-01"), ["20240301", "202403", "2024", "2024.1671"]);
  assert.deepEqual(dateParts("2024-03-01T10:00:00Z"), ["20240301", "202403", "2024", "2024.1671"]);
});

test("dateParts: a month or a year fills what it can, the rest stays empty", () => {
  assert.deepEqual(dateParts("2023-09"), ["", "202309", "2023", ""]);
  assert.deepEqual(dateParts("2028"), ["", "", "2028", ""]);
  for (const d of [null, "", "2024-W02", "XXXX-XX-XX", "20240301", "PRESENT_REF"])
    assert.deepEqual(dateParts(d), ["", "", "", ""], String(d));
});

test("gdeltRow: a month-dated event keeps its MonthYear and Year", () => {
  const row: EventRow = {
    id: 14,
    articleId: 1,
    storyKey: "k",
    publisher: null,
    articleSource: "test://a",
    event: makeEvent({ date: "2023-09" }),
  };
  const cells = gdeltRow(row);
  assert.equal(cells.length, 61);
  assert.deepEqual(cells.slice(1, 5), ["", "202309", "2023", ""]);
});
