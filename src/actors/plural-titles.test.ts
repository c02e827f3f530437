// A plural title before a list of names titles each name; on sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analysedCodeAt } from "./test-analysed.js";

const DATE = "2019-05-01";

/** The sector of the code at `word` (the country depends on the story, not on the rule). */
const sectorAt = (body: string, word: string) => analysedCodeAt(body, word, DATE)?.slice(3) ?? null;

test("a plural title before names titles each of them", () => {
  const sens = "Sens. Tomas Ruiz and Bea Lindqvist of Ohio wrote to the agency on Friday.";
  assert.equal(sectorAt(sens, "Tomas"), "LEG", "the first name after 'Sens.' is a senator");
  assert.equal(sectorAt(sens, "Bea"), "LEG", "the name after 'and' is a senator too");
  const reps = "Reps. Olla Brandt, R-Ohio, and Ivo Marsh, D-Iowa, asked for a vote in Washington.";
  assert.equal(sectorAt(reps, "Ivo"), "LEG", "a party tag between names does not end the list");
  assert.equal(analysedCodeAt(reps, "R-Ohio", DATE), null, "the party tag is no one's name");
  const judges = "The list included Judges Pema Oduya, Lars Fenn and Ada Quist of the appeals court.";
  assert.equal(sectorAt(judges, "Lars"), "JUD", "a middle name of the list is titled");
});

test("a capitalised plural of no office titles no one", () => {
  assert.equal(
    analysedCodeAt("Farm Voters Cite Prices As Their Top Worry in Iowa", "Cite", DATE),
    null,
    "a headline's next word after 'Voters' is no voter",
  );
  assert.equal(
    analysedCodeAt("The senators met on the Role of Judges Under the Constitution in Ohio.", "Under", DATE),
    null,
    "one capitalised word after a plural title is no name",
  );
});
