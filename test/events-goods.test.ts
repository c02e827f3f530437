// Invented sentences run through the full pipeline: goods described by where they were imported from
// are no trade between the goods' country and anyone.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("duties on cheese imported from a country are no import event", async () => {
  const codes = await codesOf("Japan imposed anti-dumping duties on cheese imported from New Zealand.");
  assert.ok(!codes.some((c) => / 06\d /.test(c)), codes.join("; "));
});

test("a country that imports goods still trades", async () => {
  const codes = await codesOf("Japan imported record amounts of gas from Qatar last year.");
  assert.ok(codes.includes("JPN 061 QAT"), codes.join("; "));
});
