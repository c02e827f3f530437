// The chunk reading on invented sentences: tags given, no heads, as from an analyser without a parser.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon } from "./lexicon.js";
import { sentenceGraph } from "./stage.js";
import { handDocument, type Row } from "./test-helpers.js";

test("'and' right before a verb coordinates verb phrases: the noun phrase before it is no subject", () => {
  // Arland called the raids a provocation and promised retaliation .
  const rows: Row[] = [
    ["Arland", "PROPN", 0, ""],
    ["called", "VERB", 0, "", "call"],
    ["the", "DET", 0, ""],
    ["raids", "NOUN", 0, "", "raid"],
    ["a", "DET", 0, ""],
    ["provocation", "NOUN", 0, "", "provocation"],
    ["and", "CCONJ", 0, ""],
    ["promised", "VERB", 0, "", "promise"],
    ["retaliation", "NOUN", 0, "", "retaliation"],
    [".", "PUNCT", 0, ""],
  ];
  const s = handDocument(rows).sentences[0];
  const g = sentenceGraph(s, loadLexicon(), "shallow");
  const promised = g.nodes[7];
  assert.equal(promised.deprel, "conj");
  assert.equal(promised.head, 1);
  assert.ok(!g.nodes.some((n) => n.head === 7 && n.deprel.startsWith("nsubj")));
  assert.equal(g.nodes[5].head, 1);
  assert.equal(g.nodes[8].head, 7);
});
