// Invented sentences run through the full pipeline: a speaker who says "we will not be intimidated"
// is the one threatened, not a threatener; the last-resort reading makes no actor the doer of a
// passive whose pronoun subject suffers it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("a leader saying his side will not be intimidated threatens no one", async () => {
  const codes = await codesOf('"We will not be intimidated," Odinga told reporters in Mombasa on Friday.');
  assert.ok(!codes.some((c) => / 13\d /.test(c)), codes.join("; "));
});

test("an opposition figure saying she was threatened is no threatener", async () => {
  const codes = await codesOf('Opposition leader Ana Vale told the court: "I was threatened."');
  assert.ok(!codes.some((c) => /^\S+ 13\d /.test(c) && !c.startsWith("- ")), codes.join("; "));
});
