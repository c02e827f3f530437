// Two country names sharing their last words, the first written without them ("North and South
// Korea"): chunk.ts sharedHeadCountries. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeAt } from "./test-helpers.js";

test("the bare first half of 'North and South Korea' is North Korea", () => {
  assert.equal(codeAt("Talks between North and South Korea stalled again this spring.", "North"), "PRK");
  assert.equal(codeAt("Talks between North and South Korea stalled again this spring.", "South"), "KOR");
});

test("a capitalised word before 'and' and a country whose whole is no country stays unresolved", () => {
  assert.equal(codeAt("Officials from Harmon and South Korea met on Friday.", "Harmon"), null);
});
