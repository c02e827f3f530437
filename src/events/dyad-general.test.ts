// General target and source rules from the issue #6 error review, on invented sentences with
// hand-made parses.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeDyads, type Row } from "./test-helpers.js";

test("the forces a build-up of force moves are the doer's own means, not its target", () => {
  // Arland deployed its troops to the border .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["deployed", "VERB", 0, "root", "deploy"],
    ["its", "PRON", 4, "nmod:poss"],
    ["troops", "NOUN", 2, "obj", "troop"],
    ["to", "ADP", 7, "case"],
    ["the", "DET", 7, "det"],
    ["border", "NOUN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 4], code: "ARLMIL" },
  ]);
  assert.deepEqual(got, ["ARL 154 -"]);
  // (another state's forces stay the target: Arland deployed troops against Vosk's army)
  const against: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["deployed", "VERB", 0, "root", "deploy"],
    ["troops", "NOUN", 2, "obj", "troop"],
    ["against", "ADP", 7, "case"],
    ["Vosk", "PROPN", 7, "nmod:poss"],
    ["'s", "PART", 5, "case"],
    ["army", "NOUN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  const other = codeDyads(against, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [5, 7], code: "VSKMIL" },
  ]);
  assert.ok(
    other.some((x) => x.startsWith("ARL 15") && x.endsWith("VSKMIL")),
    other.join("; "),
  );
});
