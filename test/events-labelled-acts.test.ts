// Invented sentences run through the full pipeline: an act word in scare quotes ("a 'lynching'") labels
// something else, and an act a law makes a crime ("make torture a federal crime") is not done.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("an act outlawed by a bill is not done", async () => {
  for (const text of [
    "The Senate finally passed a bill to make lynching a federal crime.",
    "The reform would begin with making lynching a hate crime.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(
      !codes.some((c) => / 18\d+ /.test(c)),
      `no lynching happened in "${text}": ${codes.join("; ")}`,
    );
  }
});

test("an act word in scare quotes is a label, not the act", async () => {
  const codes = await codesOf(
    "His allies say the senator is the victim of a political 'lynching' by the press.",
  );
  assert.ok(!codes.some((c) => / 18\d+ /.test(c)), `a label, no assault: ${codes.join("; ")}`);
});

test("a quoted word after a copula is still the speaker's own", async () => {
  const codes = await codesOf(
    "Mayor Tom Vale said Thursday that he's “hopeful” about the new convention plan.",
  );
  assert.ok(
    codes.some((c) => / 013 /.test(c)),
    `the mayor's optimism (013) stays: ${codes.join("; ")}`,
  );
});
