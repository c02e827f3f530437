// Who acts in a clause hung on another: "called X to congratulate him" is a phone call, whose purpose
// is the caller's own act; "escorted by X" is X's act (session 30, invented sentences).
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon } from "./lexicon.js";
import { codeDocument } from "./stage.js";
import { handDocument, type Row } from "./test-helpers.js";

const res = { lex: loadLexicon() };
const code = (rows: Row[], actors: Parameters<typeof handDocument>[1]) =>
  codeDocument(handDocument(rows, actors), res).events.map(
    (e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}${e.negated ? " neg" : ""}`,
  );

const actors = [
  { tokens: [1, 1] as [number, number], code: "ARLGOV" },
  { tokens: [3, 3] as [number, number], code: "BRVGOV" },
  { tokens: [6, 6] as [number, number], code: "BRVGOV" },
];

test("a call made to congratulate is the caller's praise of the one called, not an appeal", () => {
  // Kell called Tamm to congratulate him .
  const rows: Row[] = [
    ["Kell", "PROPN", 2, "nsubj"],
    ["called", "VERB", 0, "root", "call"],
    ["Tamm", "PROPN", 2, "obj"],
    ["to", "PART", 5, "mark"],
    ["congratulate", "VERB", 2, "xcomp"],
    ["him", "PRON", 5, "obj", "he"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, actors);
  assert.ok(got.includes("ARLGOV 051 BRVGOV"), `the caller praises the one called: ${got.join(", ")}`);
  assert.ok(!got.some((e) => /^ARLGOV 02/.test(e)), `no appeal from the caller: ${got.join(", ")}`);
});

test("a call not made carries no congratulation", () => {
  // Kell did not call Tamm to congratulate him .
  const rows: Row[] = [
    ["Kell", "PROPN", 4, "nsubj"],
    ["did", "AUX", 4, "aux", "do"],
    ["not", "PART", 4, "advmod"],
    ["call", "VERB", 0, "root"],
    ["Tamm", "PROPN", 4, "obj"],
    ["to", "PART", 7, "mark"],
    ["congratulate", "VERB", 4, "xcomp"],
    ["him", "PRON", 7, "obj", "he"],
    [".", "PUNCT", 4, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [5, 5], code: "BRVGOV" },
    { tokens: [8, 8], code: "BRVGOV" },
  ]);
  assert.ok(got.includes("ARLGOV 051 BRVGOV neg"), `the praise is negated: ${got.join(", ")}`);
});

test("a call on someone to act stays an appeal", () => {
  // Kell called on Tamm to resign .
  const rows: Row[] = [
    ["Kell", "PROPN", 2, "nsubj"],
    ["called", "VERB", 0, "root", "call"],
    ["on", "ADP", 4, "case"],
    ["Tamm", "PROPN", 2, "obl"],
    ["to", "PART", 6, "mark"],
    ["resign", "VERB", 2, "xcomp"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [4, 4], code: "BRVGOV" },
  ]);
  assert.ok(
    got.some((e) => /^ARLGOV 02\d* BRVGOV$/.test(e)),
    `an appeal from the caller to the one called on: ${got.join(", ")}`,
  );
});

test("a bare participle with a 'by' agent is a passive on the subject it shares", () => {
  // Backed by Borvia , the rebels attacked Vosk .
  const rows: Row[] = [
    ["Backed", "VERB", 7, "advcl", "back"],
    ["by", "ADP", 3, "case"],
    ["Borvia", "PROPN", 1, "obl:agent"],
    [",", "PUNCT", 1, "punct"],
    ["the", "DET", 6, "det"],
    ["rebels", "NOUN", 7, "nsubj", "rebel"],
    ["attacked", "VERB", 0, "root", "attack"],
    ["Vosk", "PROPN", 7, "obj"],
    [".", "PUNCT", 7, "punct"],
  ];
  const got = code(rows, [
    { tokens: [3, 3], code: "BRV" },
    { tokens: [6, 6], code: "ARLREB" },
    { tokens: [8, 8], code: "ARL" },
  ]);
  assert.ok(got.includes("BRV 051 ARLREB"), `the backer backs the rebels: ${got.join(", ")}`);
  assert.ok(!got.includes("ARLREB 051 BRV"), `the rebels do not back their backer: ${got.join(", ")}`);
  assert.ok(got.includes("ARLREB 190 ARL"), `the rebels still attack: ${got.join(", ")}`);
});
