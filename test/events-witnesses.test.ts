// What witnesses say they saw is relayed, as the press relays it: no accusation by the witnesses. A
// rival who says the same still accuses.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

// (a Wednesday in the sentences falls on the story's date)
const codesOn = (text: string) => codesOf(text, "2025-03-12");

test("witnesses who saw police fire on a crowd accuse no one", async () => {
  const codes = await codesOn(
    "Peruvian police fired tear gas at hundreds of miners in Lima on Wednesday, witnesses said.",
  );
  assert.ok(
    codes.some((c) => /^PERCOP 17/.test(c)),
    codes.join("; "),
  );
  assert.ok(!codes.some((c) => / 112 /.test(c)), codes.join("; "));
});
