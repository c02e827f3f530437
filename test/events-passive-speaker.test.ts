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

test("the subject of a passive 'was asked / urged / ordered to' is the one asked, not the asker", async () => {
  const asked = await codesOf("The French ambassador was asked to leave the country.");
  assert.ok(!asked.some((c) => c.startsWith("FRAGOV ")), `no appeal by the ambassador: ${asked.join("; ")}`);
  const ordered = await codesOf("Troops were ordered to move into the city.");
  assert.ok(!ordered.some((c) => / 10\d /.test(c)), `the troops demand nothing: ${ordered.join("; ")}`);
  const urged = await codesOf("Iran was urged to release the sailors.");
  assert.ok(!urged.some((c) => c.startsWith("IRN ")), `Iran appeals to no one: ${urged.join("; ")}`);
});

test("a passive request with a 'by' phrase: the one named there asks, the subject is asked", async () => {
  const codes = await codesOf("Ruiz was urged by the French government to resign.");
  assert.ok(
    codes.some((c) => /^FRAGOV 02\d+ /.test(c)),
    `the French government asks the mayor: ${codes.join("; ")}`,
  );
  assert.ok(
    codes.every((c) => c.startsWith("FRAGOV ")),
    `the mayor asks nothing: ${codes.join("; ")}`,
  );
});
