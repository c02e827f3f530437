import assert from "node:assert/strict";
import { test } from "node:test";
import type { GNode } from "./graph.js";
import { repairFiniteParticiples } from "./repair.js";

/** Nodes from [text, upos, head (1-based, 0 = root), deprel, lemma?] rows. */
function nodes(rows: [string, string, number, string, string?][]): GNode[] {
  let at = 0;
  return rows.map(([text, upos, head, deprel, lemma], i) => {
    const start = at;
    at += text.length + 1;
    return {
      i,
      text,
      lower: text.toLowerCase(),
      lemma: lemma ?? text.toLowerCase(),
      upos,
      start,
      end: start + text.length,
      head: head - 1,
      deprel,
    };
  });
}

test("a participle joined by 'and' to a past verb with an object is its subject's finite verb (session 26)", () => {
  // Border agents captured and deported the smuggler . (parsed as "agents" modified by "captured")
  const ns = nodes([
    ["Border", "NOUN", 2, "compound"],
    ["agents", "NOUN", 0, "root", "agent"],
    ["captured", "VERB", 2, "acl", "capture"],
    ["and", "CCONJ", 5, "cc"],
    ["deported", "VERB", 2, "conj", "deport"],
    ["the", "DET", 7, "det"],
    ["smuggler", "NOUN", 5, "obj"],
    [".", "PUNCT", 2, "punct"],
  ]);
  const xpos = [undefined, "NNS", "VBN", "CC", "VBD", "DT", "NN", "."];
  const fixed = repairFiniteParticiples(ns, xpos, () => false);
  assert.deepEqual(fixed, [2], "the participle is repaired");
  assert.equal(ns[2].deprel, "root", "'captured' is the root");
  assert.equal(ns[1].head, 2, "'agents' hangs on 'captured'");
  assert.equal(ns[1].deprel, "nsubj", "'agents' is its subject");
  assert.equal(ns[4].head, 2, "'deported' is the conjunct of 'captured'");
  // The files seized and examined by agents . (a passive conjunct: the phrase stays a noun's)
  const passive = nodes([
    ["The", "DET", 2, "det"],
    ["files", "NOUN", 0, "root", "file"],
    ["seized", "VERB", 2, "acl", "seize"],
    ["and", "CCONJ", 5, "cc"],
    ["examined", "VERB", 2, "conj", "examine"],
    ["by", "ADP", 7, "case"],
    ["agents", "NOUN", 5, "obl:agent", "agent"],
    [".", "PUNCT", 2, "punct"],
  ]);
  const fixed2 = repairFiniteParticiples(
    passive,
    ["DT", "NNS", "VBN", "CC", "VBN", "IN", "NNS", "."],
    () => false,
  );
  assert.deepEqual(fixed2, [], "a passive conjunct is not repaired");
});
