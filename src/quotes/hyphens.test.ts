import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// A word joined by a hyphen ("Fact-checkers", "front-runner", "Ocasio-Cortez") is one word of the
// speaker's name, whatever the parse hangs the hyphen on. Sentences written for these tests.

test("a hyphenated subject is whole", () => {
  assert.equal(
    byCue(analysed("Fact-checkers soon noted that the mayor was wrong about the pier."), "noted")?.source,
    "Fact-checkers",
    "not 'checkers'",
  );
  assert.equal(
    byCue(analysed("The Dover-based harbour board said the pier was unsafe."), "said")?.source,
    "The Dover-based harbour board",
    "a hyphenated modifier inside the phrase",
  );
});

test("an inverted speaker with a hyphenated name keeps the name and its description", () => {
  const list = analysed(
    '"The tide will turn," said Ann Grais-Dorn, a pilot at the Dover harbour, adding that the fog had lifted.',
  );
  assert.equal(
    byCue(list, "adding")?.source,
    "Ann Grais-Dorn, a pilot at the Dover harbour",
    "the participle's speaker is the whole inverted speaker",
  );
});
