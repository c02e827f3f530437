import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalise } from "./features.js";
import { defaultPipeline } from "./models.js";
import { WordScoreMemo } from "./perceptron.js";
import {
  ambiguityClasses,
  combineBidirectional,
  MAX_TAG_FEATURES,
  reverseLex,
  TAG_ROLE_LEFT,
  TAG_ROLE_OWN,
  TAG_ROLE_RIGHT,
  TAG_ROLE_RIGHT2,
  TAG_ROLES,
  tagClasses,
  tagContextFeatures,
  tagFeatures,
  tagPrevFeatures,
  tagRestFeatures,
  tagRoleFeatures,
  tagWordFacts,
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

test("the memo's role rows, the previous tags' row and the rest are tagFeatures, split by what they read", () => {
  const lexicon = { amb: new Map([["council", 12345]]), fixed: new Map<string, number>() };
  for (const sentence of [words, ["Hello"], ["Two", "words"]]) {
    const lx = lexicalise(sentence, null);
    const amb = ambiguityClasses(lx, lexicon);
    for (let i = 0; i < sentence.length; i++) {
      const buf = new Int32Array(MAX_TAG_FEATURES);
      const all = Array.from(buf.subarray(0, tagFeatures(lx, amb, i, 7, 3, buf))).sort();
      const parts = new Int32Array(MAX_TAG_FEATURES);
      let k = 0;
      for (const [role, j] of [
        [TAG_ROLE_OWN, i],
        [TAG_ROLE_LEFT, i - 1],
        [TAG_ROLE_RIGHT, i + 1],
        [TAG_ROLE_RIGHT2, i + 2],
      ])
        k = tagRoleFeatures(lx, amb, role, j, parts, k);
      k = tagPrevFeatures(7, 3, parts, k);
      k = tagRestFeatures(lx, amb, i, 7, parts, k);
      assert.deepEqual(Array.from(parts.subarray(0, k)).sort(), all, `token ${i} of ${sentence.join(" ")}`);
    }
  }
});

test("a reversed Lex reads the sentence backwards, its start flag on the new first token", () => {
  const lx = lexicalise(words, null);
  const rev = reverseLex({ ...lx, ids: Int32Array.from(words, (_, i) => i) });
  const n = words.length;
  assert.deepEqual(rev.words, [...lx.words].reverse());
  assert.deepEqual(Array.from(rev.suf3), Array.from(lx.suf3).reverse());
  assert.deepEqual(
    Array.from(rev.ids!),
    Array.from(words, (_, i) => n - 1 - i),
  );
  // as lexicalise marks token 0 of a sentence, whichever word it is
  const alone = lexicalise([...words].reverse(), null);
  assert.deepEqual(Array.from(rev.flags), Array.from(alone.flags));
  assert.equal(lx.flags[0] & 16, 16);
  assert.deepEqual(reverseLex(reverseLex(lx)).words, lx.words);
});

test("two passes' tags are combined by the sum of their scores where they disagree", () => {
  const C = 3;
  // token 0: both say 1; token 1: left 0 (by a little), right 2 (by a lot), so 2; token 2: left wins
  const left = Int32Array.from([1, 0, 0]);
  const right = Int32Array.from([1, 2, 1]);
  const scoresL = Float32Array.from([0, 5, 0, 3, 0, 2.5, 9, 0, 0]);
  const scoresR = Float32Array.from([0, 0, 0, 0, 0, 6, 0, 2, 0]);
  assert.deepEqual(Array.from(combineBidirectional(left, right, scoresL, scoresR, C)), [1, 2, 0]);
});

const pipeline = defaultPipeline();

test("tagging with the per-word memo gives the tags tagging without it gives", {
  skip: pipeline.tagger ? false : "no committed tagger in models/",
}, () => {
  const t = pipeline.tagger!;
  // a small memo, so it fills and is cleared on the way
  const memo = new WordScoreMemo(t.model.nClasses, 4);
  const withRoles = new WordScoreMemo(t.model.nClasses, 8, TAG_ROLES);
  const byWord = new WordScoreMemo(t.model.nClasses, 8, TAG_ROLES);
  for (const sentence of [words, ["She", "said", "the", "council", "said", "so", "."], words]) {
    const lx = pipeline.lex(sentence, true);
    const plain = tagClasses(t.model, lx, sentence.length, t.lexicon);
    assert.deepEqual(tagClasses(t.model, lx, sentence.length, t.lexicon, { words: sentence, memo }), plain);
    // with the neighbour rows too, twice (filled, then read back), by word id and by word string
    for (let r = 0; r < 2; r++)
      assert.deepEqual(
        tagClasses(t.model, lx, sentence.length, t.lexicon, { words: sentence, memo: withRoles }),
        plain,
      );
    assert.deepEqual(
      tagClasses(t.model, { ...lx, ids: null }, sentence.length, t.lexicon, {
        words: sentence,
        memo: byWord,
      }),
      plain,
    );
    // with the lexicon's facts looked up once per word id
    const ids = lx.ids!;
    const facts = { amb: new Int32Array(100), fixed: new Int32Array(100) };
    for (let i = 0; i < ids.length; i++) {
      const f = tagWordFacts(t.lexicon, lx.words[i]);
      facts.amb[ids[i]] = f.amb;
      facts.fixed[ids[i]] = f.fixed;
    }
    assert.deepEqual(
      tagClasses(t.model, lx, sentence.length, t.lexicon, { words: sentence, memo: withRoles, facts }),
      plain,
    );
  }
  assert.ok(memo.index.size > 0);
  assert.ok(withRoles.index.size > 0);
  assert.ok(byWord.index.size > 0);
});
