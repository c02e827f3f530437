// Who a predicate's arguments are: relative pronouns and a misread modifier clause, on invented
// sentences with hand-made parses.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeDyads, type Row } from "./test-helpers.js";

test("the relative pronoun of a parsed relative clause stands for the noun the clause modifies", () => {
  // Arland freed the sailor who was detained by Vosk .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["freed", "VERB", 0, "root", "free"],
    ["the", "DET", 4, "det"],
    ["sailor", "NOUN", 2, "obj"],
    ["who", "PRON", 7, "nsubj:pass"],
    ["was", "AUX", 7, "aux:pass", "be"],
    ["detained", "VERB", 4, "acl:relcl", "detain"],
    ["by", "ADP", 9, "case"],
    ["Vosk", "PROPN", 7, "obl:agent"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 4], code: "ARLCVL" },
    { tokens: [9, 9], code: "VSK" },
  ]);
  assert.ok(got.includes("VSK 173 ARLCVL"), got.join("; "));
});

test("a verb read as a modifier clause with its subject after it: the noun before acts on the noun after", () => {
  // Police in Vosk arrested 300 people .
  const rows: Row[] = [
    ["Police", "NOUN", 0, "root", "police"],
    ["in", "ADP", 3, "case"],
    ["Vosk", "PROPN", 1, "nmod"],
    ["arrested", "VERB", 1, "acl", "arrest"],
    ["300", "NUM", 6, "nummod"],
    ["people", "NOUN", 4, "nsubj", "people"],
    [".", "PUNCT", 1, "punct"],
  ];
  const got = codeDyads(rows, [{ tokens: [1, 1], code: "VSKCOP" }]);
  assert.deepEqual(got, ["VSKCOP 173 VSKCVL"]);
});
