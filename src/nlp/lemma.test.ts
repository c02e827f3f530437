import assert from "node:assert/strict";
import { test } from "node:test";
import { applyLemma, learnLemmas } from "./lemma.js";

// invented training triples: a regular past tense, an irregular one, a plural, a name and an acronym
const data = learnLemmas([
  { form: "walked", xpos: "VBD", lemma: "walk" },
  { form: "talked", xpos: "VBD", lemma: "talk" },
  { form: "parked", xpos: "VBD", lemma: "park" },
  { form: "went", xpos: "VBD", lemma: "go" },
  { form: "writes", xpos: "VBZ", lemma: "write" },
  { form: "dies", xpos: "VBZ", lemma: "die" },
  { form: "hoping", xpos: "VBG", lemma: "hope" },
  { form: "raging", xpos: "VBG", lemma: "rage" },
  { form: "paging", xpos: "VBG", lemma: "page" },
  { form: "boxes", xpos: "NNS", lemma: "box" },
  { form: "foxes", xpos: "NNS", lemma: "fox" },
  { form: "Marlow", xpos: "NNP", lemma: "Marlow" },
  { form: "NATO", xpos: "NNP", lemma: "NATO" },
]);

test("suffix rules lemmatise unseen regular forms, exceptions the irregular ones", () => {
  assert.equal(applyLemma(data, "barked", "VBD"), "bark");
  assert.equal(applyLemma(data, "went", "VBD"), "go");
});

test("a capitalised or shouted common word takes its lower-case form's exception", () => {
  assert.equal(applyLemma(data, "Went", "VBD"), "go");
  assert.equal(applyLemma(data, "WENT", "VBD"), "go");
  assert.equal(applyLemma(data, "WALKED", "VBD"), "walk");
});

test("a long proper noun in capitals is lemmatised in title case, a short one (an acronym) kept", () => {
  assert.equal(applyLemma(data, "MARLOW", "NNP"), "Marlow");
  assert.equal(applyLemma(data, "NATO", "NNP"), "NATO");
  assert.equal(applyLemma(data, "HALVERSTON", "NNP"), "Halverston");
  assert.equal(applyLemma(data, "Marlow", "NNP"), "Marlow");
});

test("past forms the training data has not seen take the verb lexicon's lemma", () => {
  // the invented data's only past-tense rule would cut "-ed"; irregular forms need a lexicon
  assert.equal(applyLemma(data, "fled", "VBD"), "flee");
  assert.equal(applyLemma(data, "shot", "VBN"), "shoot");
  assert.equal(applyLemma(data, "declined", "VBD"), "decline");
  // what the data knows comes first
  assert.equal(applyLemma(data, "went", "VBD"), "go");
});

test("present forms keep a rule's answer that is a verb, and take the lexicon's where it is none", () => {
  // "-ies" -> "-ie" and "-ing" -> "-e" are the invented data's rules: right for these, which are verbs
  assert.equal(applyLemma(data, "ties", "VBZ"), "tie", "a rule's verb stands");
  assert.equal(applyLemma(data, "waging", "VBG"), "wage", "the rule's 'wage', not the lexicon's 'wag'");
  // and wrong for these, where the rule makes no verb
  assert.equal(applyLemma(data, "denies", "VBZ"), "deny", "'denie' is no verb");
  assert.equal(applyLemma(data, "tying", "VBG"), "tie", "'tye' is no verb");
  assert.equal(applyLemma(data, "defeating", "VBG"), "defeat", "'defeate' is no verb");
  // a form neither knows keeps the rule's answer
  assert.equal(applyLemma(data, "blorfing", "VBG"), "blorfe", "an unknown form is left to the rules");
});
