import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// "has since", "have since": an adverb of time inside the verb group, which must not hide the
// subject before it. Sentences written for these tests.

test("'has since' before a cue keeps the subject before it", () => {
  const balked = analysed(
    "The pier plan was approved last year, but harbour officials have since balked at the proposal to build a hotel.",
  ).find((q) => q.cue?.endsWith("balked at"));
  assert.ok(balked, "the officials' stance is found");
  assert.equal(balked.source, "harbour officials", "not the plan of the first clause");
  const said = analysed("Ruiz backed the ferry levy in May but has since said the fares are too high.").find(
    (q) => q.cue?.endsWith("said"),
  );
  assert.equal(said?.source, "Ruiz", "the subject of the joined clause");
  assert.equal(said?.content, "the fares are too high");
});

test("'since' opening a clause is no part of the verb group", () => {
  const list = analysed("Since the pilots said the pier was unsafe, the ferry has docked elsewhere.");
  assert.equal(byCue(list, "said")?.source, "the pilots", "the subject after 'since' speaks");
});
