import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import type { ConlluSentence } from "../conllu.js";
import { lexicalise } from "../features.js";
import { learnLemmas } from "../lemma.js";
import { loadPipeline } from "../models.js";
import type { FrozenPerceptron } from "../perceptron.js";
import { reverseLex, type TagLexicon, tagBidirectional, tagClasses } from "../tagger.js";
import { trainTagger } from "./tagger.js";

/** An invented sentence from "word/UPOS/XPOS" items. */
function sentence(text: string): ConlluSentence {
  return {
    comments: [],
    ranges: new Map(),
    words: text.split(" ").map((item, i) => {
      const [form, upos, xpos] = item.split("/");
      return {
        id: i + 1,
        form,
        lemma: "_",
        upos,
        xpos,
        feats: "_",
        head: 0,
        deprel: "_",
        deps: "_",
        misc: "_",
      };
    }),
  };
}

const train = [
  sentence("The/DET/DT ferry/NOUN/NN left/VERB/VBD early/ADV/RB ./PUNCT/."),
  sentence("A/DET/DT storm/NOUN/NN delayed/VERB/VBD the/DET/DT ferry/NOUN/NN ./PUNCT/."),
  sentence("The/DET/DT crew/NOUN/NN waited/VERB/VBD ./PUNCT/."),
  sentence("Storms/NOUN/NNS delayed/VERB/VBD a/DET/DT crew/NOUN/NN ./PUNCT/."),
];

function tagsOf(r: ReturnType<typeof trainTagger>, words: string[]): string[] {
  const lexicon: TagLexicon = { amb: new Map(r.lexicon.amb), fixed: new Map(r.lexicon.fixed) };
  const cls = tagClasses(r.model, lexicalise(words, null), words.length, lexicon);
  return Array.from(cls, (c) => r.tags[c]);
}

/** Per (feature key, class), the weight a shipped model holds. */
function weights(m: FrozenPerceptron): Map<string, number> {
  const out = new Map<string, number>();
  let j = 0;
  for (let e = 0; e < m.keys.length; e++)
    for (const end = j + m.counts[e]; j < end; j++)
      out.set(`${m.keys[e]}/${m.classes[j]}`, m.values[j] * m.unit);
  return out;
}

test("the tagger of several seeds is the mean of their models, and tags what it was trained on", () => {
  const one = weights(trainTagger(train, null, 5, 1, () => {}, 1).model);
  const other = weights(trainTagger(train, null, 5, 2, () => {}, 1).model);
  const r = trainTagger(train, null, 5, 1, () => {}, 2);
  const mean = weights(r.model);
  // the shuffles differ, so the two models do, and the mean is neither
  assert.notDeepEqual(one, other);
  assert.ok(mean.size > 0);
  for (const [k, w] of mean) {
    const expected = ((one.get(k) ?? 0) + (other.get(k) ?? 0)) / 2;
    // both models and their mean are quantised to 16 bits against their largest weight
    assert.ok(Math.abs(w - expected) < 0.01 * Math.max(1, Math.abs(expected)), `${k}: ${w} vs ${expected}`);
  }
  assert.deepEqual(tagsOf(r, ["The", "crew", "waited", "."]), ["DET|DT", "NOUN|NN", "VERB|VBD", "PUNCT|."]);
});

test("a right-to-left tagger learns from the reversed sentences and tags them", () => {
  const r = trainTagger(train, null, 5, 1, () => {}, 1, true);
  assert.deepEqual(r.tags, trainTagger(train, null, 5, 1, () => {}, 1).tags);
  const words = ["A", "storm", "delayed", "the", "crew", "."];
  const lexicon: TagLexicon = { amb: new Map(r.lexicon.amb), fixed: new Map(r.lexicon.fixed) };
  const cls = tagClasses(r.model, reverseLex(lexicalise(words, null)), words.length, lexicon).reverse();
  assert.deepEqual(
    Array.from(cls, (c) => r.tags[c]),
    ["DET|DT", "NOUN|NN", "VERB|VBD", "DET|DT", "NOUN|NN", "PUNCT|."],
  );
});

test("tagger.json's reverse field makes the loaded pipeline tag both ways and combine the passes", () => {
  const l2r = trainTagger(train, null, 5, 1, () => {}, 1);
  const r2l = trainTagger(train, null, 5, 1, () => {}, 1, true);
  const dir = mkdtempSync(join(tmpdir(), "dyad-tagger-"));
  try {
    const lemmas = learnLemmas(
      train.flatMap((s) => s.words.map((w) => ({ form: w.form, xpos: w.xpos, lemma: w.lemma }))),
    );
    const meta = { tags: l2r.tags, lemmas, amb: l2r.lexicon.amb, fixed: l2r.lexicon.fixed };
    writeFileSync(join(dir, "tagger.bin.gz"), gzipSync(l2r.model.toBuffer()));
    writeFileSync(join(dir, "tagger-r2l.bin.gz"), gzipSync(r2l.model.toBuffer()));
    const lexicon: TagLexicon = { amb: new Map(l2r.lexicon.amb), fixed: new Map(l2r.lexicon.fixed) };
    const words = ["Storms", "delayed", "the", "ferry", "early", "."];
    const n = words.length;
    const lx = lexicalise(words, null);
    const rlx = reverseLex(lx);
    const left = tagClasses(l2r.model, lx, n, lexicon);
    const rightRev = tagClasses(r2l.model, rlx, n, lexicon);
    const both = tagBidirectional(l2r.model, r2l.model, lx, rlx, left, rightRev, lexicon);
    // the passes differ somewhere on this sentence, so the combination has something to decide
    assert.notDeepEqual(Array.from(left), Array.from(rightRev).reverse());
    // without the field: the left-to-right pass alone, as the shipped tagger.json has it
    writeFileSync(join(dir, "tagger.json"), JSON.stringify(meta));
    const one = loadPipeline(dir);
    assert.equal(one.tagger!.reverse, undefined);
    for (let r = 0; r < 2; r++)
      assert.deepEqual(Array.from(one.tag(words, one.lex(words, true)).cls), Array.from(left));
    writeFileSync(join(dir, "tagger.json"), JSON.stringify({ ...meta, reverse: "tagger-r2l.bin.gz" }));
    const two = loadPipeline(dir);
    assert.ok(two.tagger!.reverse);
    // twice: the memos' rows filled, then read back
    for (let r = 0; r < 2; r++)
      assert.deepEqual(Array.from(two.tag(words, two.lex(words, true)).cls), Array.from(both));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
