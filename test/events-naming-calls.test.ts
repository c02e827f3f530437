// Invented sentences run through the full pipeline: calling something a name is no call, no light
// verb and no act of its own, whichever reading of the sentence found the verb.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("'called the raid a terrible thing' names the raid; it raids no one", async () => {
  const codes = await codesOf("President Macron called the raid a terrible thing.");
  assert.ok(!codes.some((c) => / 1[89]\d* /.test(c)), codes.join("; "));
});

test("'called the inquiry a partisan exercise' names it; it opens no inquiry", async () => {
  const codes = await codesOf("The senator also called the FBI investigation a partisan exercise.");
  assert.ok(!codes.some((c) => / 09\d* /.test(c)), codes.join("; "));
});

test("'called for ceasefires' still appeals for them", async () => {
  const codes = await codesOf(
    "Pope Francis called for debt relief and ceasefires to calm conflicts around the world.",
  );
  assert.ok(
    codes.some((c) => / 02\d* /.test(c)),
    codes.join("; "),
  );
});
