import assert from "node:assert/strict";
import { test } from "node:test";
import { entriesFor, loadLexicon, parseLexicon } from "./lexicon.js";
import { verbDictionaryToTsv } from "./verb-dictionary.js";

// A small verb dictionary in the PETRARCH-2 syntax, written for this test.
const DICT = `&TIES
+RELATIONS

--- RESTORE [050] ---
RESTORE
RENEW {RENEWS RENEWED}
- * TIES [064]
- * (WITH NEIGHBOUR) [050]
- PROTESTER * &TIES [999]

--- BACK DOWN [080] ---
BACK_DOWN
`;

test("a PETRARCH-2 verb dictionary becomes lexicon lines; inexpressible patterns are counted", () => {
  const { tsv, stats } = verbDictionaryToTsv(DICT);
  const lex = parseLexicon(tsv, "dict");
  assert.equal(stats.verbs, 3);
  assert.equal(stats.patterns, 3);
  assert.equal(stats.dropped, 1, "the pre-verb pattern cannot be expressed");
  const restore = entriesFor(lex, "restore", "verb");
  assert.deepEqual(restore.map((e) => `${e.code} ${e.objects.join(",") || "-"}`).sort(), [
    "050 -",
    "050 with_neighbour",
    "064 ties",
  ]);
  assert.equal(entriesFor(lex, "renew", "verb").length, 3);
  assert.deepEqual(entriesFor(lex, "back", "verb")[0].extra, ["down"]);
});

test("the built-in lexicon covers every CAMEO root and rejects malformed lines clearly", () => {
  const lex = loadLexicon();
  const roots = new Set<string>();
  for (const list of lex.byHead.values())
    for (const e of list) if (e.kind === "verb" || e.kind === "noun") roots.add(e.code.slice(0, 2));
  assert.equal(roots.size, 20);
  assert.throws(() => parseLexicon("19x\tverb\tattack\t-\t-\n", "bad.tsv"), /bad\.tsv:1/);
  assert.throws(() => parseLexicon("190\tadverb\tattack\n", "bad.tsv"), /unknown kind/);
});
