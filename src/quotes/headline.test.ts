import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed } from "./test-helpers.js";

// A headline's cue is its verb: nouns after a determiner or quantifier, passives and sentence-case
// participles are no verbs of saying. Headlines written for these tests.

const headline = (title: string) =>
  analysed(`${title}\nThe harbour board met on Monday to discuss the ferry.`).filter(
    (q) => q.content.length > 0 && title.includes(q.content) && q.source !== null,
  );

test("a title-case headline's verb is its cue", () => {
  const list = headline("Harbour Master Praises New Ferry Schedule");
  assert.equal(list[0]?.source, "Harbour Master", "the subject before the inflected verb");
  assert.equal(list[0]?.cue, "Praises");
});

test("nouns, passives and participles in a headline are no cues", () => {
  assert.deepEqual(
    headline("Both Sides Want A Bigger Pier").map((q) => q.cue),
    ["Want"],
    "'Sides' after 'Both' is a noun; 'Want' is the verb",
  );
  assert.equal(headline("Ferry Plan Skewered By Harbour Pilots").length, 0, "a passive with 'By'");
  assert.equal(
    headline("More harbour emails released on eve of vote").length,
    0,
    "a sentence-case participle",
  );
  assert.equal(
    headline("Something Strange Was Just Released About The Ferry").length,
    0,
    "a passive with 'Was'",
  );
});
