import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalise } from "./features.js";
import { defaultPipeline } from "./models.js";
import { WordScoreMemo } from "./perceptron.js";
import {
  ambiguityClasses,
  MAX_TAG_FEATURES,
  tagClasses,
  tagContextFeatures,
  tagFeatures,
  tagWordFeatures,
} from "./tagger.js";

const words = ["The", "council", "re-elected", "its", "chair", "in", "2019", ",", "she", "said", "."];

test("a token's word features and context features are the keys tagFeatures makes", () => {
  const lx = lexicalise(words, null);
  const lexicon = { amb: new Map([["council", 12345]]), fixed: new Map<string, number>() };
  const amb = ambiguityClasses(lx, lexicon);
  const buf = new Int32Array(MAX_TAG_FEATURES);
  for (let i = 0; i < words.length; i++) {
    const all = Array.from(buf.subarray(0, tagFeatures(lx, amb, i, 7, 3, buf))).sort();
    const own = Array.from(buf.subarray(0, tagWordFeatures(lx, amb, i, buf)));
    const ctx = Array.from(buf.subarray(0, tagContextFeatures(lx, amb, i, 7, 3, buf)));
    assert.deepEqual([...own, ...ctx].sort(), all);
  }
});

const pipeline = defaultPipeline();

test("tagging with the per-word memo gives the tags tagging without it gives", {
  skip: pipeline.tagger ? false : "no committed tagger in models/",
}, () => {
  const t = pipeline.tagger!;
  // a small memo, so it fills and is cleared on the way
  const memo = new WordScoreMemo(t.model.nClasses, 4);
  for (const sentence of [words, ["She", "said", "the", "council", "said", "so", "."], words]) {
    const lx = pipeline.lex(sentence);
    const plain = tagClasses(t.model, lx, sentence.length, t.lexicon);
    assert.deepEqual(tagClasses(t.model, lx, sentence.length, t.lexicon, { words: sentence, memo }), plain);
  }
  assert.ok(memo.index.size > 0);
});
