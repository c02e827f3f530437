import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalise } from "../src/nlp/features.js";
import { hashString } from "../src/nlp/hash.js";
import { defaultPipeline } from "../src/nlp/models.js";
import {
  LabelMemo,
  labelFeatures,
  MAX_LABEL_FEATURES,
  ParseFeatures,
  ParseState,
  parse,
  SHIFT,
} from "../src/nlp/parser.js";

const pipeline = defaultPipeline();
const haveParser = pipeline.tagger && pipeline.parser ? false : "no committed parser in models/";

/** The label features of the arc (b0 -> s0) after shifting `shifts` words. */
function arcFeatures(words: string[], tags: string[], shifts: number): number[] {
  const lx = lexicalise(words, null);
  const st = new ParseState(words.length);
  for (let i = 0; i < shifts; i++) st.apply(SHIFT);
  const out = new Int32Array(MAX_LABEL_FEATURES);
  const pf = new ParseFeatures(
    lx,
    Int32Array.from(tags, (t) => hashString(t) | 0),
  );
  return Array.from(out.subarray(0, labelFeatures(st, pf, st.b0, st.s(0), out)));
}

test("the labeller's first 8 templates read only the tags, direction, distance and casing", () => {
  const a = arcFeatures(
    ["the", "quiet", "harbour", "opened"],
    ["DET|DT", "ADJ|JJ", "NOUN|NN", "VERB|VBD"],
    2,
  );
  const b = arcFeatures(["a", "busy", "market", "closed"], ["DET|DT", "ADJ|JJ", "NOUN|NN", "VERB|VBD"], 2);
  assert.deepEqual(a.slice(0, 8), b.slice(0, 8));
  assert.notDeepEqual(a.slice(8), b.slice(8), "the other templates read the words");
  const c = arcFeatures(
    ["the", "Quiet", "harbour", "opened"],
    ["DET|DT", "ADJ|JJ", "NOUN|NN", "VERB|VBD"],
    2,
  );
  assert.notDeepEqual(a.slice(0, 8), c.slice(0, 8), "a capital changes the casing templates");
});

test("remembering the tag templates' label scores gives the same labels", { skip: haveParser }, () => {
  const p = pipeline.parser!;
  const sentences = [
    "The harbour authority said on Friday that two ferries had been cancelled .",
    "Rain fell , and the river rose above the old bridge near Tarnow .",
    "Officials in the northern province denied that any villages were evacuated .",
  ].map((s) => s.split(" "));
  const memo = new LabelMemo(p.labeller.nClasses, 8);
  for (let round = 0; round < 2; round++) {
    for (const words of sentences) {
      const lx = pipeline.lex(words);
      const tags = pipeline.tagIdsOfClasses(pipeline.tag(words, lx).cls);
      const root = p.labels.indexOf("root");
      const plain = parse(p.actions, p.labeller, lx, tags, { rootLabel: root });
      const memoised = parse(p.actions, p.labeller, lx, tags, { rootLabel: root, labelMemo: memo });
      assert.deepEqual(Array.from(memoised.head), Array.from(plain.head));
      assert.deepEqual(Array.from(memoised.label), Array.from(plain.label));
    }
  }
});
