import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// Reported clauses interrupted by a concessive aside, and -ing reports whose parse subject sits in
// their own words. Sentences written for these tests.

test("a concessive aside between the reported subject and its verb does not end the words", () => {
  assert.equal(
    byCue(analysed("Ruiz said the levy, while costly, was fair."), "said")?.content,
    "the levy, while costly, was fair",
    "the clause goes on past ', while costly,' to its verb",
  );
  assert.equal(
    byCue(analysed("The ministry said the strikes, though limited, had hit three depots."), "said")?.content,
    "the strikes, though limited, had hit three depots",
    "'though' opens the same kind of aside",
  );
  assert.equal(
    byCue(analysed("Ruiz said the levy was fair, while critics disagreed."), "said")?.content,
    "the levy was fair",
    "after the clause's verb ', while' is a contrast of its own and still ends the words",
  );
});

test("an -ing report after a comma is the main subject's, not its own clause's subject", () => {
  const list = analysed(
    "Fiorina was blunt about her distaste for the front-runner, saying conservatives need to band together.",
  );
  const saying = byCue(list, "saying");
  assert.equal(saying?.source, "Fiorina", "the main clause's subject says it");
  assert.equal(
    saying?.content,
    "conservatives need to band together",
    "the reported clause keeps its subject",
  );
  assert.equal(
    byCue(analysed("Citing the delays, the mayor said the port would close."), "said")?.source,
    "the mayor",
    "a fronted participle is untouched",
  );
});
