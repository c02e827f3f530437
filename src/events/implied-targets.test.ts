// Protests that name no target are aimed at their country's government (see implied-targets.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { protestGovernment } from "./implied-targets.js";
import { codeDyads, type Row } from "./test-helpers.js";

test("civilians, workers, students and the opposition protest against their own government", () => {
  assert.equal(protestGovernment("ARLCVL"), "ARLGOV");
  assert.equal(protestGovernment("ARLLAB"), "ARLGOV");
  assert.equal(protestGovernment("ARLOPP"), "ARLGOV");
  // police, troops, officials and bare countries are not taken to protest against a government
  assert.equal(protestGovernment("ARLCOP"), null);
  assert.equal(protestGovernment("ARLGOV"), null);
  assert.equal(protestGovernment("ARL"), null);
  assert.equal(protestGovernment("---CVL"), null);
  assert.equal(protestGovernment("IGOUNOCVL"), null);
});

// After Tam raised fuel prices , students marched .
const rows: Row[] = [
  ["After", "SCONJ", 3, "mark", "after"],
  ["Tam", "PROPN", 3, "nsubj"],
  ["raised", "VERB", 8, "advcl", "raise"],
  ["fuel", "NOUN", 5, "compound"],
  ["prices", "NOUN", 3, "obj", "price"],
  [",", "PUNCT", 8, "punct"],
  ["students", "NOUN", 8, "nsubj", "student"],
  ["marched", "VERB", 0, "root", "march"],
  [".", "PUNCT", 8, "punct"],
];

test("a target-less protest by civilians takes the nearest mention of their government", () => {
  const got = codeDyads(rows, [
    { tokens: [2, 2], code: "ARLGOV" },
    { tokens: [7, 7], code: "ARLCVL" },
  ]);
  assert.ok(got.includes("ARLCVL 141 ARLGOV"), got.join("; "));
});

test("no government is invented when the document never mentions it", () => {
  const got = codeDyads(rows, [
    { tokens: [2, 2], code: "VSKGOV" },
    { tokens: [7, 7], code: "ARLCVL" },
  ]);
  assert.ok(got.includes("ARLCVL 141 -"), got.join("; "));
});

test("an agentless arrest was made by the police the story names for the arrested party's country", () => {
  // Police in Dorin broke up the march . Teo Marr was arrested .
  const rows: Row[] = [
    ["Police", "NOUN", 2, "nsubj", "police"],
    ["dispersed", "VERB", 0, "root", "disperse"],
    ["the", "DET", 4, "det"],
    ["march", "NOUN", 2, "obj"],
    [",", "PUNCT", 9, "punct"],
    ["and", "CCONJ", 9, "cc"],
    ["Marr", "PROPN", 9, "nsubj:pass"],
    ["was", "AUX", 9, "aux:pass", "be"],
    ["arrested", "VERB", 2, "conj", "arrest"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARLCOP" },
    { tokens: [7, 7], code: "ARLOPP" },
  ]);
  assert.ok(got.includes("ARLCOP 173 ARLOPP"), got.join("; "));
  // the police of another country are not taken to have made the arrest
  const other = codeDyads(rows, [
    { tokens: [1, 1], code: "VSKCOP" },
    { tokens: [7, 7], code: "ARLOPP" },
  ]);
  assert.ok(!other.some((x) => x.endsWith("173 ARLOPP") && !x.startsWith("-")), other.join("; "));
});
