import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// Verbs of wish and intent are cues only with their infinitive (phrase-cues.ts). Sentences written for
// these tests.

test("a wish or intent with its infinitive is the subject's position", () => {
  const wish = byCue(analysed("Harbour officials wish to reopen the pay talks before winter."), "wish to");
  assert.equal(wish?.source, "Harbour officials", "the officials hold the wish");
  assert.match(wish?.content ?? "", /^reopen the pay talks/, "the infinitive is what it wishes");
  const would = byCue(
    analysed("Mayor Lena Ortiz would like to close the old ferry pier next spring."),
    "would like to",
  );
  assert.equal(would?.source, "Mayor Lena Ortiz", "'would like to' states the mayor's wish");
});

test("liking as a habit, a supposed wish, a modifier or a gap is no attribution", () => {
  const habit = analysed("Councillor Bram Kessel likes to jog along the canal before dawn.");
  assert.equal(
    habit.find((q) => q.cue?.includes("like")),
    undefined,
    "'likes to' without 'would' is a habit",
  );
  const supposed = analysed("If you would like to join the rowing club, the form is online.");
  assert.equal(
    supposed.find((q) => q.cue?.includes("like")),
    undefined,
    "a wish after 'if' is supposed, not held",
  );
  const asked = analysed("Do the ferry crews really wish to strike before the holiday?");
  assert.equal(
    asked.find((q) => q.cue?.includes("wish")),
    undefined,
    "a wish asked about in a question is not held",
  );
  const anyone = analysed("Anyone wishing to speak at the hearing must register by noon.");
  assert.equal(
    anyone.find((q) => q.cue?.includes("wish")),
    undefined,
    "'anyone wishing to' names who may speak; no one states a wish",
  );
  const gap = analysed("Carving boats was the work she loved to do.");
  assert.equal(
    gap.find((q) => q.cue?.includes("love")),
    undefined,
    "the infinitive's object is the gap of a relative",
  );
});

test("an infinitive that is itself a cue keeps the report", () => {
  const list = analysed("The ferry workers like to say that the harbour never sleeps.");
  assert.equal(
    list.find((q) => q.cue === "like to"),
    undefined,
    "'like to' is not the cue when 'say' follows",
  );
  assert.ok(
    list.some((q) => q.content.includes("the harbour never sleeps")),
    "the saying still carries its clause",
  );
});

test("a past habit of liking is no wish either", () => {
  const list = analysed("The old skipper, who loved to race the ferries across the bay, retired in May.");
  assert.equal(
    list.find((q) => q.cue?.includes("love")),
    undefined,
    "'loved to' without 'would' is a habit",
  );
});
