import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { lexicalise } from "../features.js";
import { hashString } from "../hash.js";
import { DEFAULT_MODEL_DIR, loadPipeline } from "../models.js";
import { MAX_PARSE_FEATURES, ParseFeatures, ParseState, parseFeatures, SHIFT } from "../parser.js";
import { SUB_WORDS, SubtreeTable, subtreeKey } from "../subtrees.js";
import { countSubtrees, subtreeTable } from "./parser-subtrees.js";

const TAGS = ["PROPN|NNP", "VERB|VBD", "NOUN|NNS", "PUNCT|."];

/** A stand-in parser: the second word heads the others, and is the root. */
function fakeParse(words: string[]) {
  const lx = lexicalise(words, null);
  const tags = Int32Array.from(words, (_, i) => hashString(TAGS[Math.min(i, 2)]) | 0);
  return { pf: new ParseFeatures(lx, tags), head: Int32Array.from(words, (_, i) => (i === 1 ? 0 : 2)) };
}

test("a subtree table keeps its buckets through its binary form", () => {
  const entries: [number, number][] = [
    [123457, 3],
    [-5, 1],
    [0x7fffffff, 2],
    [-0x80000000 | 1, 1],
    [99, 2],
  ];
  const t = new SubtreeTable(entries);
  const back = SubtreeTable.fromBuffer(t.toBuffer());
  assert.equal(back.size, entries.length);
  for (const [k, b] of entries) assert.equal(back.get(k), b);
  assert.equal(back.get(7), 0, "a pair not listed is bucket 0");
  assert.deepEqual(back.entries(), t.entries());
});

test("news arcs are counted per kind and ranked into buckets", () => {
  // invented text: the same verb heads its subject in every sentence, the objects vary
  const texts = [
    "Marisol paints murals. Marisol paints fences. Tobias paints boats.",
    "Marisol paints murals.",
  ];
  const c = countSubtrees(texts, fakeParse, 1000);
  assert.equal(c.sentences, 4);
  const one = fakeParse(["Marisol", "paints", "murals", "."]);
  const key = subtreeKey(one.pf, SUB_WORDS, 1, 0, 4);
  assert.equal(c.counts[0].get(key), 3, "paints -> Marisol, leftwards, three times");
  const table = subtreeTable(c, 2);
  assert.ok(table.get(key) >= 1);
  const boats = subtreeKey(fakeParse(["Tobias", "paints", "boats", "."]).pf, SUB_WORDS, 1, 2, 4);
  assert.equal(table.get(boats), 0, "seen once: not listed at minCount 2");
  // the right-hand arc of the same words is another pair
  assert.notEqual(subtreeKey(one.pf, SUB_WORDS, 0, 1, 4), key);
});

test("the parser reads subtree features only when it is given a table", () => {
  const words = ["Marisol", "paints", "murals", "."];
  const lx = lexicalise(words, null);
  const tags = Int32Array.from(words, (_, i) => hashString(TAGS[Math.min(i, 3)]) | 0);
  const st = new ParseState(words.length);
  st.apply(SHIFT);
  st.apply(SHIFT);
  const out = new Int32Array(MAX_PARSE_FEATURES);
  const plain = parseFeatures(st, new ParseFeatures(lx, tags), out);
  const base = Array.from(out.subarray(0, plain));
  const table = subtreeTable(
    countSubtrees(["Marisol paints murals. Marisol paints murals."], fakeParse, 100),
  );
  const withSub = parseFeatures(st, new ParseFeatures(lx, tags, table), out);
  assert.ok(withSub > plain && withSub <= MAX_PARSE_FEATURES);
  assert.deepEqual(Array.from(out.subarray(0, plain)), base, "the other templates are unchanged");
});

test("the loader hands the subtree table parser.json names to the parser", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-subtrees-"));
  try {
    for (const f of ["parser-actions.bin.gz", "parser-labels.bin.gz"])
      copyFileSync(join(DEFAULT_MODEL_DIR, f), join(dir, f));
    const meta = JSON.parse(readFileSync(join(DEFAULT_MODEL_DIR, "parser.json"), "utf8"));
    writeFileSync(join(dir, "parser.json"), JSON.stringify({ ...meta, subtrees: undefined }));
    const plain = loadPipeline(dir).parser;
    assert.ok(plain, "the parser loads");
    assert.equal(plain.subtrees, undefined, "no table unless parser.json names one");
    writeFileSync(join(dir, "parser.json"), JSON.stringify({ ...meta, subtrees: "pairs.bin.gz" }));
    writeFileSync(join(dir, "pairs.bin.gz"), gzipSync(new SubtreeTable([[4242, 2]]).toBuffer()));
    const table = loadPipeline(dir).parser?.subtrees;
    assert.equal(table?.size, 1);
    assert.equal(table?.get(4242), 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
