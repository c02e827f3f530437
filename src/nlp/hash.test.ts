import assert from "node:assert/strict";
import { test } from "node:test";
import { key1, key2, key3 } from "./hash.js";

test("feature keys keep the values the shipped weights were trained under", () => {
  // from the implementation the models were trained with (mix steps in a helper function)
  assert.deepEqual(
    [
      key1(1, 0),
      key1(301, -2068951451),
      key2(19, -1, -2),
      key2(224, 123456789, 17),
      key3(115, key2(0, 5, 6), 0x5a5a5a5, 0x7b7b7b7),
      key3(42, -2147483648, 2147483647, 0),
    ],
    [-124126561, -1403069369, -295042337, -122844169, 1302832343, 253414063],
  );
});

test("feature keys are never 0, the empty slot of the weight tables", () => {
  for (let t = 0; t < 2000; t++) {
    assert.notEqual(key1(t, t * 7919), 0);
    assert.notEqual(key2(t, -t, t), 0);
    assert.notEqual(key3(t, t, -1, t ^ 0x55), 0);
  }
});
