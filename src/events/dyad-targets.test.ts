// Who an event is done to (and by): coordinated modifiers, a subject's aimed phrase, coordination
// around a fallback source, "whom" and same-code targets, on invented sentences with hand-made parses.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeDyads, type Row } from "./test-helpers.js";

test("a coordinated modifier names one actor per conjunct, and a joint act goes each way", () => {
  // The Arland and Vosk navies held a joint drill .
  const rows: Row[] = [
    ["The", "DET", 5, "det"],
    ["Arland", "PROPN", 5, "compound"],
    ["and", "CCONJ", 4, "cc"],
    ["Vosk", "PROPN", 2, "conj"],
    ["navies", "NOUN", 6, "nsubj", "navy"],
    ["held", "VERB", 0, "root", "hold"],
    ["a", "DET", 9, "det"],
    ["joint", "ADJ", 9, "amod"],
    ["drill", "NOUN", 6, "obj"],
    [".", "PUNCT", 6, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [2, 2], code: "ARLMIL" },
    { tokens: [4, 5], code: "VSKMIL" },
  ]);
  assert.ok(got.includes("ARLMIL 062 VSKMIL") && got.includes("VSKMIL 062 ARLMIL"), got.join("; "));
});

test("a subject's phrase aimed at a party is not its doer; the fallback source keeps its coordination", () => {
  // The raid against Vosk comes days after Arland and Cerland signed a deal . (parsed with "raid" as
  // the subject of "signed", as a statistical parse may)
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["raid", "NOUN", 11, "nsubj"],
    ["against", "ADP", 4, "case"],
    ["Vosk", "PROPN", 2, "nmod"],
    ["comes", "VERB", 11, "nsubj", "come"],
    ["days", "NOUN", 5, "obj", "day"],
    ["after", "ADP", 8, "case"],
    ["Arland", "PROPN", 6, "nmod"],
    ["and", "CCONJ", 10, "cc"],
    ["Cerland", "PROPN", 8, "conj"],
    ["signed", "VERB", 0, "root", "sign"],
    ["a", "DET", 13, "det"],
    ["deal", "NOUN", 11, "obj"],
    [".", "PUNCT", 11, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [4, 4], code: "VSK" },
    { tokens: [8, 8], code: "ARL" },
    { tokens: [10, 10], code: "CER" },
  ]);
  assert.ok(got.includes("ARL 057 CER") && got.includes("CER 057 ARL"), got.join("; "));
  assert.ok(!got.some((x) => x.startsWith("VSK")), got.join("; "));
});

test("an object 'whom' hung on its verb stands for the noun before it", () => {
  // Lind , whom Arland barred from entering , left . (the relative clause read as parataxis)
  const rows: Row[] = [
    ["Lind", "PROPN", 9, "nsubj"],
    [",", "PUNCT", 5, "punct"],
    ["whom", "PRON", 5, "obl"],
    ["Arland", "PROPN", 5, "nsubj"],
    ["barred", "VERB", 1, "parataxis", "bar"],
    ["from", "SCONJ", 7, "mark"],
    ["entering", "VERB", 5, "advcl", "enter"],
    [",", "PUNCT", 5, "punct"],
    ["left", "VERB", 0, "root", "leave"],
    [".", "PUNCT", 9, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "VSKLEG" },
    { tokens: [4, 4], code: "ARL" },
  ]);
  assert.ok(got.includes("ARL 172 VSKLEG"), got.join("; "));
});

test("a target with the source's own code is no target", () => {
  // The ministry criticized the minister .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["ministry", "NOUN", 3, "nsubj"],
    ["criticized", "VERB", 0, "root", "criticize"],
    ["the", "DET", 5, "det"],
    ["minister", "NOUN", 3, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 2], code: "ARLGOV" },
    { tokens: [4, 5], code: "ARLGOV" },
  ]);
  assert.deepEqual(got, ["ARLGOV 111 -"]);
});

test("a concession's condition names the party it is for", () => {
  // Arland will lift sanctions if Vosk returns to talks .
  const rows: Row[] = [
    ["Arland", "PROPN", 3, "nsubj"],
    ["will", "AUX", 3, "aux"],
    ["lift", "VERB", 0, "root"],
    ["sanctions", "NOUN", 3, "obj", "sanction"],
    ["if", "SCONJ", 7, "mark"],
    ["Vosk", "PROPN", 7, "nsubj"],
    ["returns", "VERB", 3, "advcl", "return"],
    ["to", "ADP", 9, "case"],
    ["talks", "NOUN", 7, "obl", "talk"],
    [".", "PUNCT", 3, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [6, 6], code: "VSKGOV" },
  ]);
  assert.ok(
    got.some((x) => /^ARL 0[38]\d* VSKGOV$/.test(x)),
    got.join("; "),
  );
});

test("a statement's participle clause shares the target of the clause it hangs on", () => {
  // Arland spoke to Vosk , offering condolences .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["spoke", "VERB", 0, "root", "speak"],
    ["to", "ADP", 4, "case"],
    ["Vosk", "PROPN", 2, "obl"],
    [",", "PUNCT", 6, "punct"],
    ["offering", "VERB", 2, "advcl", "offer"],
    ["condolences", "NOUN", 6, "obj", "condolence"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [4, 4], code: "VSKGOV" },
  ]);
  assert.ok(got.includes("ARLGOV 018 VSKGOV"), got.join("; "));
});

test("an expletive 'it' judged stands for the clause after the judgement", () => {
  // Arland said it was outrageous that Vosk expelled the envoy .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["it", "PRON", 5, "nsubj"],
    ["was", "AUX", 5, "cop", "be"],
    ["outrageous", "ADJ", 2, "ccomp"],
    ["that", "SCONJ", 8, "mark"],
    ["Vosk", "PROPN", 8, "nsubj"],
    ["expelled", "VERB", 5, "advcl", "expel"],
    ["the", "DET", 10, "det"],
    ["envoy", "NOUN", 8, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [7, 7], code: "VSKGOV" },
  ]);
  assert.ok(got.includes("ARLGOV 111 VSKGOV"), got.join("; "));
});
