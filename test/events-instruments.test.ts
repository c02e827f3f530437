// Invented sentences run through the full pipeline: weapons fired are instruments, a party-and-state
// tag after a name is no party, a mutual act between coordinated parties is done each way, and the
// positions troops attack are held on the ground.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("missiles fired into the sea are no target", async () => {
  const codes = await codesOf("North Korea fired three cruise missiles into the sea on Sunday.");
  assert.ok(
    codes.some((c) => /^PRK 19/.test(c)),
    codes.join("; "),
  );
  assert.ok(!codes.some((c) => /MIL$/.test(c)), codes.join("; "));
});

test("rockets fired at towns still aim at the towns' country", async () => {
  const codes = await codesOf("Hamas fired rockets at Israeli towns overnight.");
  assert.ok(
    codes.some((c) => / 19\d ISR/.test(c)),
    codes.join("; "),
  );
});

test("a party-and-state tag after a senator's name is no party", async () => {
  const codes = await codesOf("Sen. John Marsh (R-Texas) criticized the president.");
  assert.ok(!codes.some((c) => /^(---|USAGOV) 111 -$/.test(c)), codes.join("; "));
  assert.equal(codes.filter((c) => / 111 /.test(c)).length, 1, codes.join("; "));
});

test("coordinated countries trading accusations accuse each other, not the dead", async () => {
  const codes = await codesOf(
    "Kenya and Somalia traded accusations on Friday after a raid near their border left nine police officers dead.",
  );
  assert.ok(codes.includes("KEN 112 SOM"), codes.join("; "));
  assert.ok(codes.includes("SOM 112 KEN"), codes.join("; "));
});

test("troops attacking enemy positions use force", async () => {
  const codes = await codesOf("Russian troops attacked Ukrainian positions near the river.");
  assert.ok(
    codes.some((c) => /^RUSMIL 19\d UKR/.test(c)),
    codes.join("; "),
  );
});
