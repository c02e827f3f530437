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

test("a word's own features do not change with its neighbours, so their scores can be remembered per word", () => {
  const lexicon = { amb: new Map([["council", 12345]]), fixed: new Map<string, number>() };
  const own = (sentence: string[], i: number) => {
    const lx = lexicalise(sentence, null);
    const buf = new Int32Array(MAX_TAG_FEATURES);
    return Array.from(buf.subarray(0, tagWordFeatures(lx, ambiguityClasses(lx, lexicon), i, buf)));
  };
  const context = (sentence: string[], i: number) => {
    const lx = lexicalise(sentence, null);
    const buf = new Int32Array(MAX_TAG_FEATURES);
    return Array.from(buf.subarray(0, tagContextFeatures(lx, ambiguityClasses(lx, lexicon), i, 7, 3, buf)));
  };
  const elsewhere = ["Yesterday", "the", "council", "voted", "."];
  assert.deepEqual(own(words, 1), own(elsewhere, 2));
  assert.notDeepEqual(context(words, 1), context(elsewhere, 2));
  // tagFeatures is the two together, the word's first
  const lx = lexicalise(words, null);
  const amb = ambiguityClasses(lx, lexicon);
  const buf = new Int32Array(MAX_TAG_FEATURES);
  const n = tagFeatures(lx, amb, 1, 7, 3, buf);
  assert.deepEqual(Array.from(buf.subarray(0, n)), [...own(words, 1), ...context(words, 1)]);
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
