// Invented sentences run through the full pipeline: the body a complaint or suit is filed "with" or
// brought "before" is its venue, not the party complained against.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("a complaint filed with the WTO is not aimed at the WTO", async () => {
  const codes = await codesOf(
    "The ministry would protect local farmers by filing a complaint with the World Trade Organization.",
  );
  assert.ok(!codes.some((c) => / 115 IGO/.test(c)), codes.join("; "));
});

test("a complaint filed against a country with the WTO is aimed at the country", async () => {
  const codes = await codesOf(
    "Brazil filed a complaint against Argentina with the World Trade Organization.",
  );
  assert.ok(codes.includes("BRA 115 ARG"), codes.join("; "));
});
