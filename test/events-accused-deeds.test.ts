// Invented sentences run through the full pipeline: in "accused X of doing A and doing B", X is the
// alleged doer of both deeds, also when the parse joins the second to the accusing verb.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("the accused troops are the doers of the second alleged deed", async () => {
  const codes = await codesOf(
    "Sudan's government accused Chadian troops of crossing into the province and attacking a police post.",
  );
  assert.ok(
    codes.some((c) => /^SDNGOV 112 TCDMIL/.test(c)),
    codes.join("; "),
  );
  assert.ok(
    codes.some((c) => /^TCDMIL 19\d/.test(c)),
    codes.join("; "),
  );
  assert.ok(!codes.some((c) => /^SDNGOV 19\d/.test(c)), codes.join("; "));
});
