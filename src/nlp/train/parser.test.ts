import assert from "node:assert/strict";
import { test } from "node:test";
import { LEFT, ParseState, RIGHT, SHIFT } from "../parser.js";
import { moveCost } from "./parser.js";

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
