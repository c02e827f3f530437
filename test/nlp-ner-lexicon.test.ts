import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalise } from "../src/nlp/features.js";
import { fromIob2, nerInput, parseNerLexicon, posIds } from "../src/nlp/ner.js";
import { averageModels, type FrozenPerceptron, TrainablePerceptron } from "../src/nlp/perceptron.js";
import {
  casingCode,
  countCasing,
  countNewsEntities,
  nerLexiconLines,
  newsCode,
} from "../src/nlp/train/ner-lexicon.js";

test("casing counts skip sentence starts and words after an opening quote", () => {
  const c = countCasing(["Tampa is warm. I flew to Tampa and to tampa. He said: Warm days."]);
  assert.deepEqual(Array.from(c.get("tampa")!), [1, 1, 0]);
  assert.equal(c.get("warm")?.[1] ?? 0, 0, "'Warm' after a colon is not counted as capitalised");
  assert.equal(c.has("he"), false, "sentence-initial words are not counted");
});

test("casing codes bucket the capitalised share and mark all-caps words", () => {
  assert.equal(casingCode([1, 1, 0], 3), 0, "too few sightings");
  assert.equal(casingCode([100, 0, 0]), 1);
  assert.equal(casingCode([0, 100, 0]), 8);
  assert.equal(casingCode([0, 10, 90]), 18);
  assert.ok(casingCode([50, 50, 0]) > casingCode([90, 10, 0]));
});

test("news codes say how often and as what a word was tagged", () => {
  assert.equal(newsCode([2, 0, 0, 0]), 0);
  assert.equal(newsCode([100, 1, 0, 0]), 1, "rarely inside an entity");
  assert.equal(newsCode([0, 0, 0, 10]), 2 + 3 * 4 + 3, "always a place");
  assert.equal(newsCode([5, 5, 0, 0]), 2 + 1 * 4 + 2, "half the time a person");
});

test("the lexicon round-trips through its file form and gives per-token codes", () => {
  const casing = new Map([
    ["tampa", Int32Array.from([0, 50, 0])],
    ["the", Int32Array.from([500, 2, 0])],
  ]);
  const found = countNewsEntities(
    ["Tampa Bay is near Orlando. Tampa Bay grew.", "Tampa Bay again."],
    (words) => {
      const lx = lexicalise(words, null);
      const tags = words.map((w, i) => (w === "Tampa" ? "B-LOC" : w === "Bay" && i > 0 ? "I-LOC" : "O"));
      return { norm: lx.words, cls: fromIob2(tags) };
    },
  );
  const lines = nerLexiconLines(casing, found);
  assert.deepEqual(lines, [...lines].sort(), "sorted");
  const lex = parseNerLexicon(lines.join("\n"));
  assert.equal(lex.spans.get("tampa bay"), "LOC");
  assert.equal(lex.words.get("tampa")?.casing, 8);
  assert.equal(lex.words.get("tampa")?.news, 2 + 3 * 4 + 3);
  const words = ["we", "love", "tampa", "bay"];
  const lx = lexicalise(words, null);
  const x = nerInput(words, lx, posIds(["PRON", "VERB", "PROPN", "PROPN"]), null, lex);
  assert.equal(x.casing[2], 8);
  assert.equal(x.casing[0], 0);
  assert.ok(x.spans[2] !== 0 && x.spans[3] !== 0 && x.spans[2] !== x.spans[3], "B and L of a span");
  assert.equal(x.spans[1], 0);
  const none = nerInput(words, lx, posIds(["PRON", "VERB", "PROPN", "PROPN"]), null, null);
  assert.deepEqual(Array.from(none.news), [0, 0, 0, 0]);
});

test("averaged NER models score as the mean of their members", () => {
  const a = new TrainablePerceptron(3);
  const b = new TrainablePerceptron(3);
  const f = Int32Array.from([7, 11, 13]);
  a.update(f, 2, 1, 0);
  a.tick();
  b.update(f.subarray(1), 2, 2, 0);
  b.tick();
  const ma = a.freeze(0.01);
  const mb = b.freeze(0.01);
  const avg = averageModels([ma, mb], 0.01);
  const score = (m: FrozenPerceptron) => {
    const s = new Float32Array(3);
    m.score(f, 3, s);
    return Array.from(s);
  };
  const want = score(ma).map((v, i) => (v + score(mb)[i]) / 2);
  const got = score(avg);
  for (let i = 0; i < 3; i++)
    assert.ok(Math.abs(got[i] - want[i]) < 1e-3, `class ${i}: ${got[i]} vs ${want[i]}`);
});
