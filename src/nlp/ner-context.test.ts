import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalise } from "./features.js";
import { hashString } from "./hash.js";
import { nerContext, sentenceCase } from "./ner-context.js";

test("a capitalised run spans joiners between capitals, and each of its words knows its last word", () => {
  const words = "Yesterday the Royal Society for Marsh Birds of Elmdale and the mayor met".split(" ");
  const lx = lexicalise(words, null);
  const ctx = nerContext(lx);
  const society = hashString("elmdale") | 0;
  // "Royal Society for Marsh Birds of Elmdale" is one run of 7 tokens (indices 2-8)
  for (let i = 2; i <= 8; i++) assert.equal(ctx.runLast[i], society, words[i]);
  assert.equal(ctx.runFirst[5], hashString("royal") | 0);
  assert.equal(ctx.runBefore[4], hashString("the") | 0);
  assert.equal(ctx.runAfter[4], hashString("and") | 0);
  // positions B, I, L with the length bucket (capped at 5)
  assert.deepEqual([ctx.runPos[2] & 7, ctx.runPos[5] & 7, ctx.runPos[8] & 7], [1, 2, 3]);
  assert.equal(ctx.runPos[2] >> 3, 5);
  // "and" is not a joiner here: the word after it is lower case; "Yesterday" is a run of its own
  assert.equal(ctx.runPos[9], 0);
  assert.equal(ctx.runPos[0] & 7, 4);
  assert.equal(ctx.runLast[10], 0);
});

test("a joiner at the end of the sentence or before a lower-case word ends the run", () => {
  const lx = lexicalise("Bank of".split(" "), null);
  const ctx = nerContext(lx);
  assert.equal(ctx.runPos[0] & 7, 4);
  assert.equal(ctx.runPos[1], 0);
});

test("sentence casing: all-caps, title-case, lower-case and ordinary lines", () => {
  const cls = (s: string) => sentenceCase(lexicalise(s.split(" "), null));
  assert.equal(cls("THE MAYOR OF ELMDALE RESIGNS"), 1);
  assert.equal(cls("Mayor Of Elmdale Resigns Over Bridge"), 2);
  assert.equal(cls("i met the mayor at noon"), 3);
  assert.equal(cls("I met the Mayor of Elmdale at noon"), 4);
  // digits and punctuation do not count as words
  assert.equal(cls("MAYOR QUITS , 3 - 2 VOTE"), 1);
});
