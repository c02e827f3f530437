import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { lexicalise } from "../features.js";
import { hashString } from "../hash.js";
import { loadPipeline } from "../models.js";
import { LEFT, ParseFeatures, parse, SHIFT } from "../parser.js";
import { BeamSearch, parseBeam } from "../parser-beam.js";
import { type Scorer, TrainablePerceptron } from "../perceptron.js";
import { type ParseExample, trainParser } from "./parser.js";
import { projective, trainBeamParser } from "./parser-beam.js";

const LABELS = ["root", "det", "nsubj", "obj", "punct", "case", "obl", "nummod"];

/** Invented sentences: word/UPOS/head (1-based, 0 = root)/relation. */
const TREEBANK = [
  "The/DET/2/det army/NOUN/3/nsubj closed/VERB/0/root the/DET/5/det border/NOUN/3/obj ./PUNCT/3/punct",
  "Rebels/NOUN/2/nsubj attacked/VERB/0/root a/DET/4/det convoy/NOUN/2/obj ./PUNCT/2/punct",
  "The/DET/2/det minister/NOUN/3/nsubj met/VERB/0/root the/DET/5/det envoy/NOUN/3/obj in/ADP/7/case Lisbon/PROPN/3/obl ./PUNCT/3/punct",
  "Police/NOUN/2/nsubj arrested/VERB/0/root two/NUM/4/nummod men/NOUN/2/obj ./PUNCT/2/punct",
  "The/DET/2/det talks/NOUN/3/nsubj ended/VERB/0/root ./PUNCT/3/punct",
  "Troops/NOUN/2/nsubj left/VERB/0/root the/DET/4/det city/NOUN/2/obj on/ADP/6/case Monday/PROPN/2/obl ./PUNCT/2/punct",
  "A/DET/2/det court/NOUN/3/nsubj fined/VERB/0/root three/NUM/5/nummod firms/NOUN/3/obj ./PUNCT/3/punct",
  "Workers/NOUN/2/nsubj blocked/VERB/0/root the/DET/4/det road/NOUN/2/obj to/ADP/7/case the/DET/7/det port/NOUN/2/obl ./PUNCT/2/punct",
];

function example(line: string): ParseExample {
  const words = line.split(" ").map((w) => w.split("/"));
  const n = words.length;
  return {
    lx: lexicalise(
      words.map((w) => w[0]),
      null,
    ),
    tags: Int32Array.from(words, (w) => hashString(w[1]) | 0),
    gold: Int32Array.from(words, (w) => (w[2] === "0" ? n : Number(w[2]) - 1)),
    goldLabel: Int32Array.from(words, (w) => LABELS.indexOf(w[3])),
  };
}

const data = TREEBANK.map(example);
const rootLabel = 0;
const quiet = () => {};

/** Gold heads in CoNLL-U form (0 = root), as parse results give them. */
function conllHeads(ex: ParseExample): number[] {
  const n = ex.gold.length;
  return Array.from(ex.gold, (h) => (h >= n ? 0 : h + 1));
}

test("the beam trainer learns to parse a small treebank exactly", () => {
  const greedy = trainParser(data, LABELS.length, 10, 1, quiet);
  const untrained = new TrainablePerceptron(3).freeze(0.05);
  const model = trainBeamParser(data, greedy.labeller, {
    width: 4,
    epochs: 10,
    seed: 1,
    rootLabel,
    log: quiet,
  });
  let rightBefore = 0;
  for (const ex of data) {
    const r = parseBeam(model, greedy.labeller, ex.lx, ex.tags, { rootLabel, width: 4 });
    assert.deepEqual(Array.from(r.head), conllHeads(ex));
    assert.deepEqual(
      Array.from(r.label, (l) => LABELS[l]),
      Array.from(ex.goldLabel, (l) => LABELS[l]),
    );
    const before = parseBeam(untrained, greedy.labeller, ex.lx, ex.tags, { rootLabel, width: 4 });
    if (Array.from(before.head).join() === conllHeads(ex).join()) rightBefore++;
  }
  assert.ok(rightBefore < data.length, "an untrained model does not already parse them all");
});

test("a beam of width 1 decodes exactly as the greedy parser", () => {
  const greedy = trainParser(data.slice(0, 4), LABELS.length, 2, 3, quiet);
  for (const ex of data) {
    const a = parse(greedy.actions, greedy.labeller, ex.lx, ex.tags, { rootLabel });
    const b = parseBeam(greedy.actions, greedy.labeller, ex.lx, ex.tags, { rootLabel, width: 1 });
    assert.deepEqual(Array.from(b.head), Array.from(a.head));
    assert.deepEqual(Array.from(b.label), Array.from(a.label));
  }
});

test("beam training is deterministic for a seed", () => {
  const greedy = trainParser(data, LABELS.length, 3, 1, quiet);
  const run = () =>
    trainBeamParser(data, greedy.labeller, {
      width: 3,
      epochs: 3,
      seed: 7,
      rootLabel,
      log: quiet,
    }).toBuffer();
  assert.deepEqual(run(), run());
});

test("a warm start keeps the starting model's decisions", () => {
  const greedy = trainParser(data, LABELS.length, 10, 1, quiet);
  const warm = TrainablePerceptron.from(greedy.actions).freeze(0.05);
  for (const ex of data) {
    const a = parse(greedy.actions, greedy.labeller, ex.lx, ex.tags, { rootLabel });
    const b = parse(warm, greedy.labeller, ex.lx, ex.tags, { rootLabel });
    assert.deepEqual(Array.from(b.head), Array.from(a.head));
  }
});

test("crossing arcs are not projective; the treebank's trees are", () => {
  assert.equal(projective(Int32Array.from([2, 3, 4, 2])), false);
  for (const ex of data) assert.ok(projective(ex.gold));
});

test("the beam keeps at most its width of hypotheses, best first", () => {
  const ex = data[2];
  // prefers SHIFT, then LEFT, then RIGHT, by fixed margins
  const fixed: Scorer = {
    nClasses: 3,
    score(_f, _n, s) {
      s[0] += 3;
      s[1] += 2;
      s[2] += 1;
    },
  };
  const pf = new ParseFeatures(ex.lx, ex.tags);
  const search = new BeamSearch(ex.tags.length, 2, pf);
  const arcs = { labelMove: () => {} } as unknown as Parameters<BeamSearch["step"]>[1];
  search.step(fixed, arcs); // one hypothesis, only SHIFT
  assert.equal(search.size, 1);
  search.step(fixed, arcs); // SHIFT (3) or LEFT (2)
  assert.equal(search.size, 2);
  assert.deepEqual(Array.from(search.scores.subarray(0, 2)), [3, 2]);
  search.step(fixed, arcs); // after SHIFT: SHIFT 6, LEFT 5, RIGHT 4; after LEFT the stack is empty: SHIFT is forced, +0 -> 2
  assert.equal(search.size, 2);
  assert.deepEqual(Array.from(search.scores.subarray(0, 2)), [6, 5]);
  assert.deepEqual(Array.from(search.history[1].subarray(0, 3)), [SHIFT, SHIFT, LEFT]);
});

test("the loader decodes with the beam width parser.json names", () => {
  const greedy = trainParser(data, LABELS.length, 5, 1, quiet);
  const model = trainBeamParser(data, greedy.labeller, {
    width: 4,
    epochs: 5,
    seed: 1,
    rootLabel,
    log: quiet,
  });
  const dir = mkdtempSync(join(tmpdir(), "dyad-beam-"));
  try {
    writeFileSync(join(dir, "parser-actions.bin.gz"), gzipSync(model.toBuffer()));
    writeFileSync(join(dir, "parser-labels.bin.gz"), gzipSync(greedy.labeller.toBuffer()));
    writeFileSync(join(dir, "parser.json"), JSON.stringify({ labels: LABELS, beam: 4 }));
    const pipe = loadPipeline(dir);
    assert.equal(pipe.parser?.beam, 4);
    for (const ex of data) {
      const want = parseBeam(model, greedy.labeller, ex.lx, ex.tags, { rootLabel, width: 4 });
      assert.deepEqual(pipe.parse(ex.lx, ex.tags).head, Array.from(want.head));
    }
  } finally {
    rmSync(dir, { recursive: true });
  }
});
