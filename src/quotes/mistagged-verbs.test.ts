import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// Cue forms the tagger may read as a noun or an adjective ("a warning", "worried residents") though a
// "that" clause follows them as a verb's. Sentences written for these tests.

test("an -ing cue after 'be' with a 'that' clause is a progressive verb", () => {
  const list = analysed("The harbor board is warning that it is running out of cash.");
  const warning = byCue(list, "is warning");
  assert.equal(warning?.source, "The harbor board", "the board does the warning");
  assert.equal(warning?.content, "that it is running out of cash", "the 'that' clause is what it warns");
});

test("an -ed cue right after its subject with a 'that' clause is a finite verb", () => {
  const list = analysed("After fleeing the port, the couple worried that the ferries would stop.");
  const worried = byCue(list, "worried");
  assert.equal(worried?.source, "the couple", "the subject after the fronted clause holds the worry");
  assert.equal(worried?.content, "that the ferries would stop", "the 'that' clause is the worry");
});

test("a cue form after a relative pronoun and an adverb is the relative clause's verb", () => {
  const list = analysed("The dock union, which largely supports the levy, met on Monday.");
  const supports = byCue(list, "largely supports");
  assert.equal(supports?.source, "which", "the relative pronoun is the subject of 'supports'");
  assert.equal(supports?.content, "the levy", "the object is the position held");
});
