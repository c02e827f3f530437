// TIMEX3 value conventions for vague and relative periods. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { tagTimexes } from "../src/time/tagger.js";

const tagged = (text: string, dct: string | null, surface: string) => {
  const hit = tagTimexes(text, dct).find((t) => t.text === surface);
  assert.ok(hit, `expected "${surface}" in: ${JSON.stringify(tagTimexes(text, dct).map((t) => t.text))}`);
  return hit;
};

test("'the coming weeks' is a stretch of unstated length, like 'the next few weeks'", () => {
  const weeks = tagged(
    "The ferry line expects more delays in the coming weeks.",
    "2022-03-09",
    "the coming weeks",
  );
  assert.equal(weeks.type, "DURATION");
  assert.equal(weeks.value, "PXW");
  assert.equal(tagged("Fares may rise in coming years.", "2022-03-09", "coming years").value, "PXY");
  // "the future" stays a vague reference to what lies ahead.
  assert.equal(tagged("Fares may rise in the future.", "2022-03-09", "the future").value, "FUTURE_REF");
});
