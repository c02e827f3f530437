import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalise } from "./features.js";
import { hashString } from "./hash.js";
import { defaultPipeline } from "./models.js";
import {
  ArcLabelMemo,
  LEFT,
  labelFeatures,
  labelRestFeatures,
  labelTagFeatures,
  MAX_LABEL_FEATURES,
  ParseFeatures,
  ParseState,
  parse,
  RIGHT,
  SHIFT,
} from "./parser.js";

const words = ["The", "harbour", "board", "approved", "the", "new", "pier", "on", "Monday", "."];
const tagNames = [
  "DET|DT",
  "NOUN|NN",
  "NOUN|NN",
  "VERB|VBD",
  "DET|DT",
  "ADJ|JJ",
  "NOUN|NN",
  "ADP|IN",
  "PROPN|NNP",
  "PUNCT|.",
];

test("the labeller's tag templates and the rest are labelFeatures, split by what they read", () => {
  const lx = lexicalise(words, null);
  const tags = Int32Array.from(tagNames, (t) => hashString(t) | 0);
  const pf = new ParseFeatures(lx, tags);
  const st = new ParseState(words.length);
  // an arbitrary valid move sequence; every arc it makes is checked before it is made
  const moves = [
    SHIFT,
    LEFT,
    SHIFT,
    LEFT,
    SHIFT,
    SHIFT,
    SHIFT,
    LEFT,
    LEFT,
    RIGHT,
    SHIFT,
    SHIFT,
    RIGHT,
    RIGHT,
  ];
  let label = 0;
  let arcs = 0;
  for (const move of [...moves, ...new Array(2 * words.length).fill(-1)]) {
    if (st.done) break;
    const m = move >= 0 && st.valid(move) ? move : st.valid(SHIFT) ? SHIFT : st.valid(RIGHT) ? RIGHT : LEFT;
    if (m !== SHIFT) {
      const dep = st.s(0);
      const h = m === LEFT ? st.b0 : st.s(1);
      const all = new Int32Array(MAX_LABEL_FEATURES);
      const want = Array.from(all.subarray(0, labelFeatures(st, pf, h, dep, all))).sort();
      const parts = new Int32Array(MAX_LABEL_FEATURES);
      const k = labelRestFeatures(st, pf, h, dep, parts, labelTagFeatures(pf, st.n, h, dep, parts));
      assert.deepEqual(Array.from(parts.subarray(0, k)).sort(), want, `arc ${h} -> ${dep}`);
      st.label[dep] = label++ % 5;
      arcs++;
    }
    st.apply(m);
  }
  assert.ok(st.done);
  assert.equal(arcs, words.length);
});

const pipeline = defaultPipeline();

test("parsing with the labeller's memo gives the parse parsing without it gives", {
  skip: pipeline.parser && pipeline.tagger ? false : "no committed parser in models/",
}, () => {
  const p = pipeline.parser!;
  const rootLabel = p.labels.indexOf("root");
  // a small memo, so it fills and is dropped on the way
  const labelMemo = new ArcLabelMemo(p.labeller.nClasses, 4);
  const sentences = [words, ["She", "said", "the", "board", "met", "twice", "."], words];
  for (const sentence of sentences) {
    const lx = pipeline.lex(sentence);
    const tagIds = pipeline.tagIdsOfClasses(pipeline.tag(sentence, lx).cls);
    const plain = parse(p.actions, p.labeller, lx, tagIds, { rootLabel });
    for (let r = 0; r < 2; r++)
      assert.deepEqual(parse(p.actions, p.labeller, lx, tagIds, { rootLabel, labelMemo }), plain);
  }
});
