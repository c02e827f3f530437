import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConllu } from "../src/nlp/conllu.js";
import { lexicalise } from "../src/nlp/features.js";
import { hashString } from "../src/nlp/hash.js";
import { NER_CLASSES, type NerInput, skipsAsNewsO } from "../src/nlp/ner.js";
import { nerContext } from "../src/nlp/ner-context.js";
import { LEFT, parse, SHIFT } from "../src/nlp/parser.js";
import type { Scorer } from "../src/nlp/perceptron.js";
import {
  type ArcSample,
  arcLabelTable,
  DIR_HEAD_LEFT,
  DIR_HEAD_RIGHT,
  learnArcLabels,
  learnLooseFixed,
  learnMoves,
  moveTable,
  moveTagIndices,
  tableMove,
} from "../src/nlp/shortcuts.js";
import { tagClasses } from "../src/nlp/tagger.js";
import { moveSamples } from "../src/nlp/train/shortcuts.js";

/** n copies of one arc. */
function arcs(n: number, head: string, dep: string, dir: number, label: string): ArcSample[] {
  return Array.from({ length: n }, () => ({ head, dep, dir, label }));
}

test("arc labels: only frequent triples whose top relation has the share are kept", () => {
  const data = [
    ...arcs(200, "NOUN|NN", "DET|DT", DIR_HEAD_RIGHT, "det"),
    ...arcs(30, "VERB|VBD", "PRON|PRP", DIR_HEAD_RIGHT, "nsubj"),
    ...arcs(10, "VERB|VBD", "PRON|PRP", DIR_HEAD_RIGHT, "obj"),
    ...arcs(5, "NOUN|NN", "ADJ|JJ", DIR_HEAD_RIGHT, "amod"),
    ...arcs(200, "NOUN|NN", "DET|DT", DIR_HEAD_LEFT, "det"),
    ...arcs(2, "NOUN|NN", "DET|DT", DIR_HEAD_LEFT, "appos"),
  ];
  // 99.0 % of the right-to-left DT arcs is below a 99.5 % share; 5 amod arcs are too few
  assert.deepEqual(learnArcLabels(data, 20, 0.995), [["NOUN|NN", "DET|DT", DIR_HEAD_RIGHT, "det"]]);
  assert.deepEqual(learnArcLabels(data, 20, 0.98).length, 2);
});

test("loose fixed tags: frequent words whose top tag has the share", () => {
  const pairs: [string, number][] = [
    ...Array.from({ length: 50 }, (): [string, number] => ["into", 4]),
    ...Array.from({ length: 49 }, (): [string, number] => ["run", 2]),
    ...Array.from({ length: 20 }, (): [string, number] => ["run", 3]),
    ...Array.from({ length: 3 }, (): [string, number] => ["rare", 1]),
  ];
  assert.deepEqual(learnLooseFixed(pairs, 10, 0.98), [["into", 4]]);
});

/** A scorer that always prefers class `best`. */
function constant(nClasses: number, best: number): Scorer {
  return {
    nClasses,
    score(_f, _n, scores) {
      scores[best] += 1;
    },
  };
}

test("the parser takes a table's relation instead of the labeller's, only for the triples listed", () => {
  const words = ["the", "army", "left"];
  const lx = lexicalise(words, null);
  const ids = ["DET|DT", "NOUN|NN", "VERB|VBD"].map((t) => hashString(t) | 0);
  const tags = Int32Array.from(ids);
  const labels = ["dep", "det", "nsubj", "root"];
  // SHIFT, LEFT, SHIFT, LEFT, SHIFT, LEFT: each word's head is the next, the verb's the root (SHIFT on an
  // empty stack and LEFT onto the root are forced; the scorer picks LEFT whenever asked)
  let asked = 0;
  const actions: Scorer = {
    nClasses: 3,
    score(_f, _n, s) {
      asked++;
      s[1] += 1;
    },
  };
  const table = arcLabelTable(
    [["NOUN|NN", "DET|DT", DIR_HEAD_RIGHT, "det"]],
    (t) => hashString(t) | 0,
    labels,
  );
  const r = parse(actions, constant(4, 0), lx, tags, { rootLabel: 3, arcLabels: table });
  assert.deepEqual(Array.from(r.head), [2, 3, 0]);
  assert.equal(asked, 2, "only the two LEFT moves with a choice are scored");
  assert.deepEqual(
    Array.from(r.label, (l) => labels[l]),
    ["det", "dep", "root"],
  );
  const without = parse(actions, constant(4, 0), lx, tags, { rootLabel: 3 });
  assert.deepEqual(
    Array.from(without.label, (l) => labels[l]),
    ["dep", "dep", "root"],
  );
});

test("the tagger keeps a loose fixed tag without scoring, and scores the other words", () => {
  const words = ["they", "went", "into", "town"];
  const lx = lexicalise(words, null);
  const lexicon = {
    amb: new Map<string, number>(),
    fixed: new Map([["they", 1]]),
    loose: new Map([["into", 2]]),
  };
  let scored = 0;
  const model: Scorer = {
    nClasses: 5,
    score(_f, _n, s) {
      scored++;
      s[4] += 1;
    },
  };
  assert.deepEqual(Array.from(tagClasses(model, lx, words.length, lexicon)), [1, 4, 2, 4]);
  assert.equal(scored, 2);
  scored = 0;
  assert.deepEqual(
    Array.from(tagClasses(model, lx, words.length, { ...lexicon, loose: undefined })),
    [1, 4, 4, 4],
  );
  assert.equal(scored, 3);
});

test("NER: only lower-case words the news lexicon does not know as parts of entities skip", () => {
  const words = ["the", "harbour", "Harbour", "tampa", "quayside", "pier", "harbour"];
  const lx = lexicalise(words, null);
  const n = words.length;
  const x: NerInput = {
    pos: new Int32Array(n),
    gaz: Int32Array.from([0, 0, 0, 0, 0, 0, 7]),
    casing: new Int32Array(n),
    // "tampa" and "pier": news codes of words the first model often put in a LOC or an ORG; "quayside": unseen
    news: Int32Array.from([1, 1, 1, 13, 0, 10, 1]),
    spans: new Int32Array(n),
    ctx: nerContext(lx),
  };
  const skips = words.map((_, i) => skipsAsNewsO(lx, x, i, 0));
  assert.deepEqual(skips, [true, true, false, false, true, false, false]);
  // inside an open entity (after B-ORG) nothing is skipped
  assert.equal(skipsAsNewsO(lx, x, 4, NER_CLASSES.indexOf("B-ORG")), false);
  assert.equal(skipsAsNewsO(lx, x, 4, NER_CLASSES.indexOf("L-ORG")), true);
  // nor a word inside a news phrase
  assert.equal(skipsAsNewsO(lx, { ...x, spans: Int32Array.from([0, 5, 0, 0, 0, 0, 0]) }, 1, 0), false);
});

test("moves: a signature is kept when one move is correct in nearly all its configurations", () => {
  const sample = (sig: [string, string, string], correct: boolean[]) => ({ sig, correct });
  const det: [string, string, string] = ["DET|DT", "NOUN|NN", "ADP|IN"];
  const verb: [string, string, string] = ["VERB|VBD", "DET|DT", "NOUN|NN"];
  const noun: [string, string, string] = ["NOUN|NN", "NOUN|NN", "PUNCT|."];
  const data = [
    ...Array.from({ length: 60 }, () => sample(det, [false, true, false])),
    // SHIFT and LEFT both correct: SHIFT is preferred
    ...Array.from({ length: 60 }, () => sample(verb, [true, true, false])),
    ...Array.from({ length: 40 }, () => sample(noun, [true, false, false])),
    ...Array.from({ length: 30 }, () => sample(noun, [false, true, false])),
  ];
  assert.deepEqual(learnMoves(data, 50, 0.999), [
    ["DET|DT", "NOUN|NN", "ADP|IN", LEFT],
    ["VERB|VBD", "DET|DT", "NOUN|NN", SHIFT],
  ]);
});

test("the parser makes a table's move without scoring, only where the signature matches", () => {
  const words = ["the", "army", "left"];
  const lx = lexicalise(words, null);
  const tags = Int32Array.from(["DET|DT", "NOUN|NN", "VERB|VBD"], (t) => hashString(t) | 0);
  const table = moveTable([["DET|DT", "NOUN|NN", "VERB|VBD", LEFT]], (t) => hashString(t) | 0);
  assert.equal(tableMove(table, moveTagIndices(table, tags), 0, 1, 2), LEFT);
  assert.equal(tableMove(table, moveTagIndices(table, tags), 1, 2, -1), -1);
  let asked = 0;
  const actions: Scorer = {
    nClasses: 3,
    score(_f, _n, s) {
      asked++;
      s[LEFT] += 1;
    },
  };
  const r = parse(actions, constant(4, 0), lx, tags, { rootLabel: 3, moves: table });
  assert.deepEqual(Array.from(r.head), [2, 3, 0]);
  assert.equal(asked, 1, "the(DT) army(NN) left(VBD) is in the table; army before left is scored");
});

test("move samples follow the oracle through a gold tree and mark the moves that lose no arc", () => {
  const conllu = [
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_",
    "2\tferry\tferry\tNOUN\tNN\t_\t3\tnsubj\t_\t_",
    "3\tsailed\tsail\tVERB\tVBD\t_\t0\troot\t_\t_",
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
    "",
  ].join("\n");
  const samples = [...moveSamples(parseConllu(conllu))];
  const first = samples.find((s) => s.sig.join(" ") === "DET|DT NOUN|NN VERB|VBD");
  assert.ok(first, "the(DT) on the stack before ferry(NN) sailed(VBD) is a choice");
  assert.deepEqual(first.correct, [false, true, false]);
  assert.ok(
    samples.every((s) => s.correct.some(Boolean)),
    "a projective tree always has a correct move",
  );
});
