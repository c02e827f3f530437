import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalise } from "../features.js";
import { parseNewsTable } from "../tagger.js";
import { countNewsTags, newsTableLines, parseNewsCounts, writeNewsCounts } from "./tagger-news.js";

// invented texts; a toy tagger calls "plans" a verb after "she" and a noun otherwise
const texts = [
  "She plans a trip. The plans changed. Our plans grew.",
  "He said the plans were late. She plans to stay.",
];
const toyTag = (words: string[]) => {
  const lx = lexicalise(words, null);
  const tags = lx.words.map((w, i) =>
    w === "plans" ? (lx.words[i - 1] === "she" ? "VERB|VBZ" : "NOUN|NNS") : w === "." ? "PUNCT|." : "X|FW",
  );
  return { lx, tags };
};

test("news tag counts per word and shape survive their file, and become the tagger's table", () => {
  const c = countNewsTags(texts, toyTag, 1000);
  assert.ok(c.tokens >= 20);
  assert.deepEqual([...c.counts.get("plans\tx")!.entries()].sort(), [
    ["NOUN|NNS", 3],
    ["VERB|VBZ", 2],
  ]);
  const back = parseNewsCounts(writeNewsCounts(c));
  assert.equal(back.tokens, c.tokens);
  assert.equal(writeNewsCounts(back), writeNewsCounts(c));
  assert.equal(back.counts.size, c.counts.size);
  const opts = { minCount: 3, ewtMax: 0, share: 0.1, level: "upos" as const, backoffBelow: 0 };
  const lines = newsTableLines(c, opts);
  assert.ok(lines.includes("plans\tNOUN,VERB\tNOUN\t2"));
  assert.ok(lines.includes(".\tPUNCT\tPUNCT\t0"));
  // words seen too rarely are left out, and so are words frequent in the tagger's training data
  assert.ok(!lines.some((l) => l.startsWith("trip\t")));
  assert.ok(
    !newsTableLines(c, { ...opts, ewtMax: 5 }, new Map([["plans", 9]])).some((l) => l.startsWith("plans\t")),
  );
  assert.ok(newsTableLines(c, { ...opts, level: "joint" }).includes("plans\tNOUN|NNS,VERB|VBZ\tNOUN|NNS\t2"));
  const table = parseNewsTable(lines.join("\n"));
  assert.equal(table.size, lines.length);
  assert.notDeepEqual(table.get("plans"), table.get("."));
});
