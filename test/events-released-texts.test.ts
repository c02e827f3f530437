// Invented sentences run through the full pipeline: releasing a poll or a report sets no one free,
// whichever reading of the sentence found the verb.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("a poll or report released on a day is no release (084x)", async () => {
  const codes = await codesOf(
    "Harris has widened her lead over Mills, according to a Reuters/Ipsos opinion poll released on Tuesday.",
  );
  assert.ok(!codes.some((c) => / 084\d? /.test(c)), codes.join("; "));
});

test("prisoners released by a government are still released", async () => {
  const codes = await codesOf("Iran released two British prisoners on Tuesday.");
  assert.ok(
    codes.some((c) => / 084\d? /.test(c)),
    codes.join("; "),
  );
});
