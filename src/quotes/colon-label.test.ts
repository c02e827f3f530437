import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed } from "./test-helpers.js";

// "Ruiz: We will win." labels a speaker; a credit line, a roster of names and a headline's
// exclamation ("WOW: ...") label none. Sentences written for these tests.

const labels = (text: string) => analysed(text).filter((q) => q.cue === ":");

test("a speaker's label before a colon is the source", () => {
  assert.equal(labels("Ruiz: The ferry will run on time.\nThe pilots agreed.")[0]?.source, "Ruiz");
});

test("credit lines, rosters and exclamations are no speakers", () => {
  assert.equal(
    labels("The pilots went home.\nContributing: Ann Ruiz and Tom Baker, Harbour Times.").length,
    0,
    "a credit line",
  );
  assert.equal(
    labels("The panel met on Monday.\nDover: Ann Ruiz, Tom Baker, Lee Okafor, Sam Dorn.").length,
    0,
    "a roster of names after a place",
  );
  assert.equal(
    labels("WOW: The Harbour Board Just Made A Decision Nobody Expected\nThe board met on Monday.").length,
    0,
    "a headline's exclamation",
  );
});

test("inside a paragraph a label speaks only with a quote after its colon", () => {
  const both = labels(
    'The two candidates split on the port.  Ruiz: "We will sail at dawn." Baker: "The ferry stays in."',
  );
  assert.deepEqual(
    both.map((q) => q.source),
    ["Ruiz", "Baker"],
    "each label before a quote mid-paragraph names its speaker",
  );
  assert.equal(
    labels("The two candidates split on the port. Ruiz: the ferry would sail at dawn, aides said.").length,
    0,
    "without a quote a label inside a paragraph may be anything",
  );
});
