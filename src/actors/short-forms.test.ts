// Short forms in the knowledge base that are also common words, on sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeAt } from "./test-helpers.js";

test("a mixed-case short form ('LeT') matches only as written, not the word 'Let'", () => {
  assert.equal(
    codeAt("Let the voters decide, the mayor told the crowd on Tuesday.", "Let"),
    null,
    "'Let' opening a sentence is the verb, not Lashkar-e-Taiba",
  );
  assert.equal(
    codeAt("Police blamed LeT for the raid on the border post.", "LeT"),
    "PAKREB",
    "'LeT' as written is still Lashkar-e-Taiba",
  );
});
