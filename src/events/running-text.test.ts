// Rules for running news text (issue #6, session 33), each with an invented sentence and a parse
// shaped like the one the analyser gives it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon } from "./lexicon.js";
import { codeDocument } from "./stage.js";
import { handDocument, type Row } from "./test-helpers.js";

const res = { lex: loadLexicon() };
const code = (rows: Row[], actors: Parameters<typeof handDocument>[1]) =>
  codeDocument(handDocument(rows, actors), res).events.map(
    (e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`,
  );

test("a trade participle before its noun describes the goods: no trade event", () => {
  // Arland imposed tariffs on imported steel . (the parse joins "imported" to "imposed" with an object)
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["imposed", "VERB", 0, "root", "impose"],
    ["tariffs", "NOUN", 2, "obj", "tariff"],
    ["on", "ADP", 2, "case"],
    ["imported", "VERB", 2, "conj", "import"],
    ["steel", "NOUN", 5, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [{ tokens: [1, 1], code: "ARL" }]);
  assert.ok(!got.some((e) => e.includes(" 061 ")), `imported steel is no import by Arland: ${got}`);
  assert.ok(got.includes("ARL 163 -"), `the tariffs stay coded: ${got}`);
});

test("a trade verb in a relative clause whose object is the noun before it describes goods", () => {
  // Tariffs on everything Arland exports to Borvia rose . (parsed with "exports" as a clause of its own)
  const rows: Row[] = [
    ["Tariffs", "NOUN", 5, "obl", "tariff"],
    ["on", "ADP", 3, "case"],
    ["everything", "PRON", 5, "nsubj"],
    ["Arland", "PROPN", 5, "nsubj"],
    ["exports", "VERB", 0, "root", "export"],
    ["to", "ADP", 7, "case"],
    ["Borvia", "PROPN", 5, "obl"],
    ["rose", "VERB", 5, "conj", "rise"],
    [".", "PUNCT", 5, "punct"],
  ];
  const actors = [
    { tokens: [4, 4] as [number, number], code: "ARL" },
    { tokens: [7, 7] as [number, number], code: "BRV" },
  ];
  const got = code(rows, actors);
  assert.ok(!got.some((e) => e.includes(" 061 ")), `what Arland exports is goods, not an act: ${got}`);
  // Arland exports steel to Borvia . (a trade verb with its own object still trades)
  const plain: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["exports", "VERB", 0, "root", "export"],
    ["steel", "NOUN", 2, "obj"],
    ["to", "ADP", 5, "case"],
    ["Borvia", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(plain, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [5, 5], code: "BRV" },
    ]),
    ["ARL 061 BRV"],
    "an export with its goods named is trade",
  );
});

test("trade with no partner is no cooperation; trading rockets is fighting", () => {
  // Arland and Borvia traded rockets .
  const rows: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["and", "CCONJ", 3, "cc"],
    ["Borvia", "PROPN", 1, "conj"],
    ["traded", "VERB", 0, "root", "trade"],
    ["rockets", "NOUN", 4, "obj", "rocket"],
    [".", "PUNCT", 4, "punct"],
  ];
  const actors = [
    { tokens: [1, 1] as [number, number], code: "ARL" },
    { tokens: [3, 3] as [number, number], code: "BRV" },
  ];
  assert.deepEqual(code(rows, actors).sort(), ["ARL 190 BRV", "BRV 190 ARL"], "rockets traded are fire");
  // Arland traded stocks . (no partner: nothing)
  const stocks: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["traded", "VERB", 0, "root", "trade"],
    ["stocks", "NOUN", 2, "obj", "stock"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(stocks, [{ tokens: [1, 1], code: "ARL" }]), [], "trading stocks is no 061");
});

test("the place a crowd protests in is no target of the protest", () => {
  // Thousands marched in Arland .
  const rows: Row[] = [
    ["Thousands", "NOUN", 2, "nsubj", "thousand"],
    ["marched", "VERB", 0, "root", "march"],
    ["in", "ADP", 4, "case"],
    ["Arland", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [{ tokens: [4, 4], code: "ARL" }]);
  assert.ok(!got.some((e) => e.endsWith(" ARL")), `Arland is where they marched: ${got}`);
  // Thousands marched against Arland . (the one protested against stays the target)
  const against = rows.map((r): Row => (r[0] === "in" ? ["against", "ADP", 4, "case"] : r));
  assert.deepEqual(
    code(against, [{ tokens: [4, 4], code: "ARL" }]),
    ["--- 141 ARL"],
    "against names the target",
  );
});

test("a withdrawal from a pact the parse hangs on the verb is 160, aimed at the pact's partner", () => {
  // Arland announced the withdrawal from the deal with Borvia .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["announced", "VERB", 0, "root", "announce"],
    ["the", "DET", 4, "det"],
    ["withdrawal", "NOUN", 2, "obj"],
    ["from", "ADP", 7, "case"],
    ["the", "DET", 7, "det"],
    ["deal", "NOUN", 2, "obl"],
    ["with", "ADP", 9, "case"],
    ["Borvia", "PROPN", 7, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors = [
    { tokens: [1, 1] as [number, number], code: "ARL" },
    { tokens: [9, 9] as [number, number], code: "BRV" },
  ];
  assert.deepEqual(code(rows, actors), ["ARL 160 BRV"], "leaving a deal cuts ties, it moves no troops");
});

test("a market rally is no protest and no show of support", () => {
  // Stocks rallied after Arland cut rates .
  const rows: Row[] = [
    ["Stocks", "NOUN", 2, "nsubj", "stock"],
    ["rallied", "VERB", 0, "root", "rally"],
    ["after", "SCONJ", 5, "mark"],
    ["Arland", "PROPN", 5, "nsubj"],
    ["cut", "VERB", 2, "advcl"],
    ["rates", "NOUN", 5, "obj", "rate"],
    [".", "PUNCT", 2, "punct"],
  ];
  // (the analyser gives "Stocks" an actor with no code)
  const got = code(rows, [
    { tokens: [1, 1], code: "---" },
    { tokens: [4, 4], code: "ARL" },
  ]);
  assert.ok(!got.some((e) => /^\S+ (05|14)/.test(e)), `prices rising protest nothing: ${got}`);
});

test("the one asked to act is the target, also when parsed as the infinitive's subject", () => {
  // Arland asked Borvia to testify .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["asked", "VERB", 0, "root", "ask"],
    ["Borvia", "PROPN", 5, "nsubj"],
    ["to", "PART", 5, "mark"],
    ["testify", "VERB", 2, "xcomp"],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors = [
    { tokens: [1, 1] as [number, number], code: "ARL" },
    { tokens: [3, 3] as [number, number], code: "BRV" },
  ];
  assert.deepEqual(code(rows, actors), ["ARL 020 BRV"], "Borvia is the one asked");
});
