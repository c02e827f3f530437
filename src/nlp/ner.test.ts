import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalise } from "./features.js";
import { hashString } from "./hash.js";
import { defaultPipeline } from "./models.js";
import { type Gazetteer, gazetteerCodes, MAX_NER_FEATURES, nerFeatures, nerInput, posIds } from "./ner.js";

/** The longest name of at most 4 words starting at each token, tried longest first. */
function naive(lw: string[], gaz: Gazetteer): Int32Array {
  const out = new Int32Array(lw.length);
  for (let i = 0; i < lw.length; ) {
    let len = Math.min(4, lw.length - i);
    while (len > 0 && !gaz.has(lw.slice(i, i + len).join(" "))) len--;
    if (len === 0) {
      i++;
      continue;
    }
    const type = gaz.get(lw.slice(i, i + len).join(" "));
    for (let k = 0; k < len; k++) {
      const pos = len === 1 ? "U" : k === 0 ? "B" : k === len - 1 ? "L" : "I";
      out[i + k] = hashString(`${type}:${pos}`) | 0;
    }
    i += len;
  }
  return out;
}

test("gazetteer codes mark the longest name at each point, as a longest-first search does", () => {
  const gaz: Gazetteer = new Map([
    ["north", "LOC"],
    ["north wexbury", "LOC"],
    ["north wexbury rovers", "ORG"],
    ["north wexbury rovers football club", "ORG"],
    ["port", "LOC"],
    ["port of south lindale", "LOC"],
    ["lindale", "LOC"],
    ["the acme group", "ORG"],
  ]);
  const sentences = [
    "north wexbury rovers beat the acme group in north".split(" "),
    "the port of south lindale is near port of lindale".split(" "),
    "north wexbury rovers football club said north wexbury".split(" "),
    "the acme".split(" "),
    [],
  ];
  for (const lw of sentences) assert.deepEqual(gazetteerCodes(lw, gaz, lw), naive(lw, gaz));
  assert.notEqual(gazetteerCodes(sentences[0], gaz, sentences[0])[2], 0);
});

test("a token of a capitalised run gets the run templates, within the feature buffer", () => {
  const words = "the Elmdale Marsh Trust said so".split(" ");
  const lx = lexicalise(words, null);
  const x = nerInput(words, lx, posIds(words.map(() => "X")), null, null);
  const out = new Int32Array(MAX_NER_FEATURES);
  const inRun = nerFeatures(lx, x, 2, 0, 0, out);
  const outside = nerFeatures(lx, x, 4, 0, 0, out);
  // typed arrays drop writes past their end silently, so the count must fit the buffer
  assert.ok(inRun <= MAX_NER_FEATURES, `${inRun} features`);
  assert.equal(inRun - outside, 7);
  // "Marsh" knows the run's last word: the same feature as for "Trust" itself
  const marsh = nerFeatures(lx, x, 2, 0, 0, out);
  const marshFeats = new Set(out.slice(0, marsh));
  const trust = new Int32Array(MAX_NER_FEATURES);
  nerFeatures(lx, x, 3, 0, 0, trust);
  assert.ok(marshFeats.has(trust[outside]));
});

const pipeline = defaultPipeline();

test("the NER gives the same classes from word facts looked up once per form as from the lexicons", {
  skip: pipeline.ner && pipeline.tagger ? false : "no committed NER in models/",
}, () => {
  const ner = pipeline.ner!;
  const sentences = [
    "Officials at the Ministry of Harbours in Port Elmdale said the Coastal Dairy Board met on Monday .",
    "the new york office of halvard freight corp closed , she said .",
    "WARWICK , Ontario , May 4 - Jane Q. Ortolan of Elmdale Trust Ltd resigned .",
  ].map((s) => s.split(" "));
  for (const words of sentences) {
    const lx = pipeline.lex(words, true);
    const upos = pipeline.tag(words, lx).upos;
    const ids = lx.ids!;
    const facts = new Int32Array(Math.max(...ids) + 1);
    for (let i = 0; i < words.length; i++) facts[ids[i]] = ner.wordFacts(lx.words[i]);
    const plain = ner.classes(words, lx, upos);
    assert.deepEqual(ner.classes(words, lx, upos, facts), plain);
    assert.deepEqual(ner.classes(words, { ...lx, ids: null }, upos, facts), plain);
    const x = nerInput(words, lx, posIds(upos), ner.gazetteer, ner.lexicon);
    const tf = Int32Array.from(ids, (e) => facts[e]);
    const y = nerInput(words, lx, posIds(upos), ner.gazetteer, ner.lexicon, tf);
    assert.deepEqual([y.gaz, y.spans, y.casing, y.news], [x.gaz, x.spans, x.casing, x.news]);
  }
});
