// Invented sentences run through the full pipeline: being "hit hard" by duties, prices or cuts is an
// economic blow, no use of force; a town hit by rockets still is.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("growers hit hardest by duties suffer no attack", async () => {
  const codes = await codesOf(
    "Spanish olive growers would be hit hardest by the Canadian duties, the ministry said.",
  );
  assert.ok(!codes.some((c) => / 19\d /.test(c)), codes.join("; "));
});

test("budget cuts that hit families are no attack", async () => {
  const codes = await codesOf("Officials warned that the Pentagon cuts would hit veterans hardest.");
  assert.ok(!codes.some((c) => / 19\d /.test(c)), codes.join("; "));
});

test("a town hit by rebel rockets is attacked", async () => {
  const codes = await codesOf("Hamas rockets hit the Israeli town of Sderot on Monday.");
  assert.ok(
    codes.some((c) => / 19\d /.test(c)),
    codes.join("; "),
  );
});
