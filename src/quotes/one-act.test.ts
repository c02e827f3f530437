import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed } from "./test-helpers.js";

// One act found twice: as "is planning" and again as "planning to release" (the two cues cross and
// share a speaker, so the one whose cue starts first stays), or as "fired back" with "forcefully" for
// its words beside the quote that "fired back forcefully:" introduces, or as "published" and
// "alleging" with the same words (which belong to the cue next to them). Sentences written for these
// tests.

test("crossing cues of one speaker give one attribution", () => {
  const planning = analysed("The ferry company is planning to release a new timetable in May.");
  assert.equal(planning.length, 1, "one act of planning, not two");
  assert.equal(planning[0].cue, "is planning", "the cue that starts first keeps the verb group");
  assert.equal(planning[0].source, "The ferry company", "the company plans");

  const unwilling = analysed("The pilots are unwilling to admit that the channel is unsafe.");
  assert.equal(unwilling.length, 1, "'are unwilling to' and 'unwilling to admit' are one act");
  assert.equal(unwilling[0].cue, "are unwilling to", "the adjective's reading starts first");
});

test("the longer speaker survives when the later cue took only part of it", () => {
  const aides = analysed("None of the mayor's aides were willing to say that the levy had failed.");
  assert.equal(aides.length, 1, "one act of the aides");
  assert.equal(aides[0].source, "None of the mayor's aides", "not the bare 'None'");
});

test("words inside another report's cue are no report of their own", () => {
  const fired = analysed('Ruiz fired back forcefully: "The council has never read the report."');
  assert.equal(fired.length, 1, "'forcefully' is no content of 'fired back'");
  assert.equal(fired[0].content, "The council has never read the report.", "the quote is what Ruiz said");
  assert.equal(fired[0].source, "Ruiz", "Ruiz fired back");
});

test("two cues of one speaker with the same words: the cue next to the words stays", () => {
  const report = analysed(
    "The port authority published a long report alleging that the pilots had been paid twice.",
  );
  assert.equal(report.length, 1, "publishing the report and alleging are one act");
  assert.equal(report[0].cue, "alleging", "the words are what the report alleges");
  assert.equal(report[0].content, "that the pilots had been paid twice", "the clause is kept whole");

  const way = analysed("Ruiz went out of her way to say that the ferry was safe.");
  assert.equal(way.length, 1, "one act of saying");
  assert.equal(way[0].cue, "say", "'say' is next to the words");
  assert.equal(way[0].source, "Ruiz", "Ruiz said it");
});
