// A town that suffers an act stands for its country (stage.ts placeAsCountry). Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DocumentSchema } from "../model/index.js";
import { loadLexicon } from "./lexicon.js";
import { codeDocument } from "./stage.js";
import { handDocument, type Row } from "./test-helpers.js";

const lex = loadLexicon();

function withTown(rows: Row[], town: string, country: string | null) {
  const doc = handDocument(rows, [{ tokens: [1, 2], code: "ARLMIL" }]);
  const start = doc.body.indexOf(town);
  const place = {
    start,
    end: start + town.length,
    text: town,
    name: town,
    country,
    kind: "city",
    lat: null,
    lon: null,
  };
  return codeDocument(DocumentSchema.parse({ ...doc, places: [place] }), { lex }).events.map(
    (e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`,
  );
}

const shelled: Row[] = [
  ["Arland", "PROPN", 2, "compound"],
  ["troops", "NOUN", 3, "nsubj", "troop"],
  ["shelled", "VERB", 0, "root", "shell"],
  ["Vosk", "PROPN", 3, "obj"],
  [".", "PUNCT", 3, "punct"],
];

test("a shelled town no actor list knows is its country", () => {
  assert.deepEqual(withTown(shelled, "Vosk", "BRV"), ["ARLMIL 194 BRV"]);
});

test("a town of no known country stays an unknown party", () => {
  assert.deepEqual(withTown(shelled, "Vosk", null), ["ARLMIL 194 ---"]);
});

test("force used on no named party in a town of another state is aimed at that state", () => {
  // Arland troops shelled a hospital in Vosk .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "compound"],
    ["troops", "NOUN", 3, "nsubj", "troop"],
    ["shelled", "VERB", 0, "root", "shell"],
    ["a", "DET", 5, "det"],
    ["hospital", "NOUN", 3, "obj"],
    ["in", "ADP", 7, "case"],
    ["Vosk", "PROPN", 5, "nmod"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(withTown(rows, "Vosk", "BRV"), ["ARLMIL 194 BRV"]);
  // (a town of the doer's own state names no one)
  assert.deepEqual(withTown(rows, "Vosk", "ARL"), ["ARLMIL 194 -"]);
});
