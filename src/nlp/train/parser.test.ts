import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalise } from "../features.js";
import { hashString } from "../hash.js";
import { LEFT, ParseFeatures, ParseState, parse, RIGHT, SHIFT } from "../parser.js";
import { SUB_WORDS, SubtreeTable, subtreeKey } from "../subtrees.js";
import { moveCost, type ParseExample, trainParser } from "./parser.js";

/** Follows zero-cost moves (preferring SHIFT, then LEFT) and returns the heads built. */
function oracleParse(gold: Int32Array): Int32Array {
  const st = new ParseState(gold.length);
  while (!st.done) {
    const move = [LEFT, RIGHT, SHIFT].find((m) => st.valid(m) && moveCost(st, gold, m) === 0);
    assert.notEqual(move, undefined, "a projective tree always has a zero-cost move");
    st.apply(move!);
  }
  return st.head.slice(0, gold.length);
}

test("the dynamic oracle rebuilds a projective tree exactly", () => {
  // "The army closed the border ." : heads in state indices, root = n = 6
  const gold = Int32Array.from([1, 2, 6, 4, 2, 2]);
  assert.deepEqual(Array.from(oracleParse(gold)), Array.from(gold));
});

test("moves that lose a gold arc cost at least one", () => {
  const gold = Int32Array.from([1, 2, 6, 4, 2, 2]);
  const st = new ParseState(gold.length);
  st.apply(SHIFT); // stack: The ; buffer: army ...
  assert.equal(moveCost(st, gold, LEFT), 0, "The <- army");
  assert.ok(moveCost(st, gold, SHIFT) >= 1, "shifting army strands The's head");
});

test("a non-projective tree still parses to completion with a bounded loss", () => {
  // 0 -> 2, 1 -> 3 cross
  const gold = Int32Array.from([2, 3, 4, 2]);
  const st = new ParseState(gold.length);
  let lost = 0;
  while (!st.done) {
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const m of [LEFT, RIGHT, SHIFT]) {
      if (!st.valid(m)) continue;
      const c = moveCost(st, gold, m);
      if (c < bestCost) {
        best = m;
        bestCost = c;
      }
    }
    lost += bestCost;
    st.apply(best);
  }
  let wrong = 0;
  for (let i = 0; i < gold.length; i++) if (st.head[i] !== gold[i]) wrong++;
  assert.ok(wrong >= 1 && wrong <= 2);
  assert.ok(lost >= 1);
});

/** Invented sentences: word/tag/head (1-based, 0 = root). */
const SMALL = [
  "Quilla/PROPN/2 knits/VERB/0 scarves/NOUN/2 ./PUNCT/2",
  "Old/ADJ/2 ferries/NOUN/3 creak/VERB/0 ./PUNCT/3",
  "Dorran/PROPN/2 repaired/VERB/0 the/DET/4 kettle/NOUN/2 ./PUNCT/2",
  "The/DET/2 otters/NOUN/3 slept/VERB/0 ./PUNCT/3",
];

function smallExample(line: string): ParseExample {
  const w = line.split(" ").map((x) => x.split("/"));
  const n = w.length;
  return {
    lx: lexicalise(
      w.map((x) => x[0]),
      null,
    ),
    tags: Int32Array.from(w, (x) => hashString(x[1]) | 0),
    gold: Int32Array.from(w, (x) => (x[2] === "0" ? n : Number(x[2]) - 1)),
    goldLabel: new Int32Array(n),
  };
}

test("training is deterministic for a seed, and 0.9 is the default exploration rate", () => {
  // trainParser shuffles the examples it is given in place, so each run gets them afresh
  const fresh = () => SMALL.map(smallExample);
  const quiet = () => {};
  const a = trainParser(fresh(), 2, 4, 7, quiet);
  const b = trainParser(fresh(), 2, 4, 7, quiet, { explore: 0.9 });
  assert.deepEqual(a.actions.toBuffer(), b.actions.toBuffer());
  assert.deepEqual(a.labeller.toBuffer(), b.labeller.toBuffer());
});

test("a parser trained with subtree features parses its training sentences with the table", () => {
  const data = SMALL.map(smallExample);
  // a table that lists one arc of each sentence (invented counts)
  const pfs = data.map((ex) => new ParseFeatures(ex.lx, ex.tags));
  const table = new SubtreeTable(
    data.map(
      (ex, i) => [subtreeKey(pfs[i], SUB_WORDS, ex.gold[0], 0, ex.gold.length), 3] as [number, number],
    ),
  );
  const m = trainParser(data, 2, 10, 1, () => {}, { subtrees: table });
  for (const ex of data) {
    const r = parse(m.actions, m.labeller, ex.lx, ex.tags, { subtrees: table });
    const n = ex.gold.length;
    assert.deepEqual(
      Array.from(r.head),
      Array.from(ex.gold, (h) => (h >= n ? 0 : h + 1)),
    );
  }
});
