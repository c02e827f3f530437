import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalise } from "./features.js";
import { nerContext } from "./ner-context.js";

/** [start, end) of the run token i is in, or null outside runs. */
function runOf(words: string[], i: number): [number, number] | null {
  const { run } = nerContext(lexicalise(words, null));
  return run[2 * i] === 0 ? null : [run[2 * i] - 1, run[2 * i + 1]];
}

test("a capitalised run spans joiners between capitals", () => {
  const words = "Yesterday the Royal Society for Marsh Birds of Elmdale and the mayor met".split(" ");
  // "Royal Society for Marsh Birds of Elmdale" is one run (tokens 2-8), from each of its words
  for (let i = 2; i <= 8; i++) assert.deepEqual(runOf(words, i), [2, 9], words[i]);
  // "and" is no joiner here (a lower-case word follows it); "Yesterday" is a run of its own
  assert.equal(runOf(words, 9), null);
  assert.deepEqual(runOf(words, 0), [0, 1]);
  assert.equal(runOf(words, 10), null);
});

test("a joiner at the end of the sentence or before a lower-case word ends the run", () => {
  const words = "Bank of".split(" ");
  assert.deepEqual(runOf(words, 0), [0, 1]);
  assert.equal(runOf(words, 1), null);
  assert.deepEqual(runOf("the Bank of england".split(" "), 1), [1, 2]);
});
