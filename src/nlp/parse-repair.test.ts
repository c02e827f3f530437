// Repairs made on the finished parse (parse-repair.ts), on hand-built trees of invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { repairSubjectlessSpeech } from "./parse-repair.js";

/** A sentence as "word/UPOS/XPOS/head/deprel" items (1-based heads). */
function tree(spec: string) {
  const rows = spec.split(" ").map((w) => w.split("/"));
  return {
    tags: { words: rows.map((r) => r[0]), upos: rows.map((r) => r[1]), xpos: rows.map((r) => r[2]) },
    tree: { head: rows.map((r) => Number(r[3])), deprel: rows.map((r) => r[4]) },
  };
}

test("a closing 'X and Y said' the parse joined to the object becomes the verb's subject", () => {
  // Raiders seized forty cows and goats , herders and elders said .
  const t = tree(
    "Raiders/NOUN/NNS/2/nsubj seized/VERB/VBD/0/root forty/NUM/CD/4/nummod cows/NOUN/NNS/2/obj " +
      "and/CCONJ/CC/6/cc goats/NOUN/NNS/4/conj ,/PUNCT/,/8/punct herders/NOUN/NNS/4/conj " +
      "and/CCONJ/CC/10/cc elders/NOUN/NNS/4/conj said/VERB/VBD/2/conj ./PUNCT/./11/punct",
  );
  assert.equal(repairSubjectlessSpeech(t.tree, t.tags), true, "the tree changes");
  assert.equal(t.tree.head[7], 11, "herders is said's ...");
  assert.equal(t.tree.deprel[7], "nsubj", "... subject");
  assert.deepEqual([t.tree.head[9], t.tree.deprel[9]], [8, "conj"], "elders is joined to herders");
  assert.deepEqual([t.tree.head[8], t.tree.deprel[8]], [10, "cc"], "'and' goes with elders");
  assert.deepEqual([t.tree.head[5], t.tree.deprel[5]], [4, "conj"], "goats stays with cows");
});

test("a name the parse split keeps its parts together as one speaker, not two", () => {
  // After talks with Dr. Vale , Ms. Orna Pell said it went well .
  const t = tree(
    "After/ADP/IN/3/case talks/NOUN/NNS/10/obl with/ADP/IN/5/case Dr./PROPN/NNP/5/nmod:desc " +
      "Vale/PROPN/NNP/2/nmod ,/PUNCT/,/8/punct Ms./PROPN/NNP/8/nmod:desc Orna/PROPN/NNP/5/conj " +
      "Pell/PROPN/NNP/5/flat said/VERB/VBD/0/root it/PRON/PRP/12/nsubj went/VERB/VBD/10/ccomp " +
      "well/ADV/RB/12/advmod ./PUNCT/./10/punct",
  );
  assert.equal(repairSubjectlessSpeech(t.tree, t.tags), true, "the tree changes");
  assert.deepEqual([t.tree.head[7], t.tree.deprel[7]], [10, "nsubj"], "Orna is said's subject");
  assert.deepEqual([t.tree.head[8], t.tree.deprel[8]], [8, "flat"], "Pell is the rest of her name");
});

test("no repair for a participle, a phrase holding a verb, or a verb that has its subject", () => {
  // Kell issued a statement saying it was over .
  const participle = tree(
    "Kell/PROPN/NNP/2/nsubj issued/VERB/VBD/0/root a/DET/DT/4/det statement/NOUN/NN/2/obj " +
      "saying/VERB/VBG/4/acl it/PRON/PRP/8/nsubj was/AUX/VBD/8/cop over/ADV/RB/5/ccomp ./PUNCT/./2/punct",
  );
  assert.equal(repairSubjectlessSpeech(participle.tree, participle.tags), false, "'saying' is no finite verb");
  // Voters backing the plan say it helps .
  const withVerb = tree(
    "Voters/NOUN/NNS/0/root backing/VERB/VBG/1/acl the/DET/DT/4/det plan/NOUN/NN/2/obj " +
      "say/VERB/VBP/1/conj it/PRON/PRP/7/nsubj helps/VERB/VBZ/5/ccomp ./PUNCT/./1/punct",
  );
  assert.equal(repairSubjectlessSpeech(withVerb.tree, withVerb.tags), false, "'the plan' is inside a clause");
  // Prices rose , the bureau said .
  const fine = tree(
    "Prices/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root ,/PUNCT/,/6/punct the/DET/DT/5/det " +
      "bureau/NOUN/NN/6/nsubj said/VERB/VBD/2/parataxis ./PUNCT/./2/punct",
  );
  const before = JSON.stringify(fine.tree);
  assert.equal(repairSubjectlessSpeech(fine.tree, fine.tags), false, "a subject is there already");
  assert.equal(JSON.stringify(fine.tree), before, "and the tree is untouched");
});
