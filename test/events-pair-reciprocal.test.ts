// Invented sentences as hand-built parses: "the two countries", standing for the two states named
// before, that agree, cooperate or fight with no one else named do so with each other.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon } from "../src/events/lexicon.js";
import { codeDocument } from "../src/events/stage.js";
import { type HandActor, handDocument, type Row } from "../src/events/test-helpers.js";

const res = { lex: loadLexicon() };
const code = (rows: Row[], actors: HandActor[]) =>
  codeDocument(handDocument(rows, actors), res).events.map(
    (e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`,
  );

/** Arland met Borvia ; the two countries <verb> <object> . */
function pairClause(verb: [string, string], object: [string, string] | null): Row[] {
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["met", "VERB", 0, "root", "meet"],
    ["Borvia", "PROPN", 2, "obj"],
    [";", "PUNCT", 2, "punct"],
    ["the", "DET", 7, "det"],
    ["two", "NUM", 7, "nummod"],
    ["countries", "NOUN", 8, "nsubj", "country"],
    [verb[0], "VERB", 2, "parataxis", verb[1]],
  ];
  if (object) {
    rows.push(["an", "DET", 10, "det"]);
    rows.push([object[0], "NOUN", 8, "obj", object[1]]);
  }
  rows.push([".", "PUNCT", 2, "punct"]);
  return rows;
}
const ARL_BRV: HandActor[] = [
  { tokens: [1, 1], code: "ARL" },
  { tokens: [3, 3], code: "BRV" },
];

test("the two countries signing an agreement sign it with each other", () => {
  const got = code(pairClause(["signed", "sign"], ["agreement", "agreement"]), ARL_BRV);
  assert.ok(got.includes("ARL 057 BRV"), got.join("; "));
  assert.ok(got.includes("BRV 057 ARL"), got.join("; "));
  assert.ok(!got.some((e) => e.startsWith("ARL 057 -") || e.startsWith("BRV 057 -")), got.join("; "));
});

test("the two countries protesting protest against no one named, not each other", () => {
  const got = code(pairClause(["protested", "protest"], null), ARL_BRV);
  assert.ok(got.includes("ARL 140 -") && got.includes("BRV 140 -"), got.join("; "));
  assert.ok(!got.some((e) => /^(ARL 14\d+ BRV|BRV 14\d+ ARL)$/.test(e)), got.join("; "));
});
