import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalise } from "../src/nlp/features.js";
import { hashString } from "../src/nlp/hash.js";
import { parse } from "../src/nlp/parser.js";
import type { Scorer } from "../src/nlp/perceptron.js";

/** A scorer that always prefers class `best` and counts its calls. */
function counting(nClasses: number, best: number): Scorer & { calls: number } {
  return {
    nClasses,
    calls: 0,
    score(_f, _n, scores) {
      this.calls++;
      scores[best] += 1;
    },
  };
}

test("forced moves and relations are not scored: a one-word sentence needs no scoring at all", () => {
  const lx = lexicalise(["Ceasefire"], null);
  const tags = Int32Array.from([hashString("NOUN|NN") | 0]);
  const actions = counting(3, 0);
  const labeller = counting(4, 1);
  const r = parse(actions, labeller, lx, tags, { rootLabel: 3 });
  assert.deepEqual(Array.from(r.head), [0]);
  assert.deepEqual(Array.from(r.label), [3]);
  assert.equal(actions.calls, 0, "SHIFT onto an empty stack, then LEFT onto the root, are the only moves");
  assert.equal(labeller.calls, 0, "the root relation is forced");
});

test("without a root relation the labeller still labels the arc to the root", () => {
  const lx = lexicalise(["Ceasefire"], null);
  const tags = Int32Array.from([hashString("NOUN|NN") | 0]);
  const labeller = counting(4, 1);
  const r = parse(counting(3, 0), labeller, lx, tags);
  assert.deepEqual(Array.from(r.label), [1]);
  assert.equal(labeller.calls, 1);
});
