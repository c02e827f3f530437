import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// A contrast clause set off right after "that" ("said that, while ..., ..."). Sentences written for
// these tests.

test("a contrast aside right after 'that' stays inside the reported clause", () => {
  const said = byCue(analysed("The pilots said that, while the levy may pass, the crews will lose."), "said");
  assert.equal(said?.source, "The pilots", "the subject of 'said' is the speaker");
  assert.equal(
    said?.content,
    "that, while the levy may pass, the crews will lose",
    "the words run from 'that' over the aside to the end of the clause",
  );
  const argued = byCue(
    analysed("Mayor Ann Ruiz argued that, although the ferry was late, the harbor did well."),
    "argued",
  );
  assert.equal(
    argued?.content,
    "that, although the ferry was late, the harbor did well",
    "an 'although' aside is read the same way",
  );
});

test("a contrast after a comma still ends words reported without 'that'", () => {
  const said = byCue(analysed("Ruiz said the levy was fair, while Lomax called it a tax."), "said");
  assert.equal(said?.content, "the levy was fair", "the 'while' clause after the comma is another report");
});
