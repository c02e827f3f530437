import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon } from "./lexicon.js";
import { codeDocument } from "./stage.js";
import { handDocument, type Row } from "./test-helpers.js";

const res = { lex: loadLexicon() };
const code = (rows: Row[], actors: Parameters<typeof handDocument>[1]) =>
  codeDocument(handDocument(rows, actors), res).events.map(
    (e) =>
      `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"} ${e.modality}${e.negated ? " neg" : ""} ${e.status}`,
  );

test("subject-verb-object with a plain transitive verb", () => {
  // Country-A attacked Country-B .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["attacked", "VERB", 0, "root", "attack"],
    ["Borvia", "PROPN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [3, 3], code: "BRV" },
    ]),
    ["ARL 190 BRV asserted asserted"],
  );
});

test("passive: the by-phrase is the source, the subject the target", () => {
  const rows: Row[] = [
    ["Borvia", "PROPN", 3, "nsubj:pass"],
    ["was", "AUX", 3, "aux:pass", "be"],
    ["invaded", "VERB", 0, "root", "invade"],
    ["by", "ADP", 5, "case"],
    ["Arland", "PROPN", 3, "obl:agent"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "BRV" },
      { tokens: [5, 5], code: "ARL" },
    ]),
    ["ARL 192 BRV asserted asserted"],
  );
});

test("coordinated subjects give one event per dyad; the preposition picks the target", () => {
  // Arland and Cerland met with Borvia
  const rows: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["and", "CCONJ", 3, "cc"],
    ["Cerland", "PROPN", 1, "conj"],
    ["met", "VERB", 0, "root", "meet"],
    ["with", "ADP", 6, "case"],
    ["Borvia", "PROPN", 4, "obl"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "CER" },
    { tokens: [6, 6], code: "BRV" },
  ]);
  assert.deepEqual(ev, ["ARL 040 BRV asserted asserted", "CER 040 BRV asserted asserted"]);
});

test("verb chain: an offer to mediate between two parties is intent to mediate, one event per party", () => {
  // Arland offered to mediate between Borvia and Cerland
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["offered", "VERB", 0, "root", "offer"],
    ["to", "PART", 4, "mark"],
    ["mediate", "VERB", 2, "xcomp"],
    ["between", "ADP", 6, "case"],
    ["Borvia", "PROPN", 4, "obl"],
    ["and", "CCONJ", 8, "cc"],
    ["Cerland", "PROPN", 6, "conj"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [6, 6], code: "BRV" },
    { tokens: [8, 8], code: "CER" },
  ]);
  assert.deepEqual(ev, ["ARL 039 BRV intended asserted", "ARL 039 CER intended asserted"]);
});

test("an appeal: the asked party is the target and the code is the appeal's", () => {
  // Arland urged Borvia to hold talks with Cerland
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["urged", "VERB", 0, "root", "urge"],
    ["Borvia", "PROPN", 2, "obj"],
    ["to", "PART", 5, "mark"],
    ["hold", "VERB", 2, "xcomp"],
    ["talks", "NOUN", 5, "obj", "talk"],
    ["with", "ADP", 8, "case"],
    ["Cerland", "PROPN", 5, "obl"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "BRV" },
    { tokens: [8, 8], code: "CER" },
  ]);
  assert.deepEqual(ev, ["ARL 026 BRV requested asserted"]);
});

test("negation, hypothetical and reported speech", () => {
  // Officials said Arland could not attack Borvia
  const rows: Row[] = [
    ["Officials", "NOUN", 2, "nsubj", "official"],
    ["said", "VERB", 0, "root", "say"],
    ["Arland", "PROPN", 6, "nsubj"],
    ["could", "AUX", 6, "aux"],
    ["not", "PART", 6, "advmod"],
    ["attack", "VERB", 2, "ccomp"],
    ["Borvia", "PROPN", 6, "obj"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [3, 3], code: "ARL" },
      { tokens: [7, 7], code: "BRV" },
    ]),
    ["ARL 190 BRV hypothetical neg reported"],
  );
});

test("a report's finding is alleged", () => {
  // A report found that Arland seized ships
  const rows: Row[] = [
    ["A", "DET", 2, "det"],
    ["report", "NOUN", 3, "nsubj"],
    ["found", "VERB", 0, "root", "find"],
    ["that", "SCONJ", 6, "mark"],
    ["Arland", "PROPN", 6, "nsubj"],
    ["seized", "VERB", 3, "ccomp", "seize"],
    ["Borvia", "PROPN", 6, "obj"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [5, 5], code: "ARL" },
      { tokens: [7, 7], code: "BRV" },
    ]),
    ["ARL 171 BRV asserted alleged"],
  );
});

test("light verb and nominal event", () => {
  // Arland held talks with Borvia ; the invasion of Borvia by Arland
  const held: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["held", "VERB", 0, "root", "hold"],
    ["talks", "NOUN", 2, "obj", "talk"],
    ["with", "ADP", 5, "case"],
    ["Borvia", "PROPN", 2, "obl"],
  ];
  assert.deepEqual(
    code(held, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [5, 5], code: "BRV" },
    ]),
    ["ARL 046 BRV asserted asserted"],
  );
  const noun: Row[] = [
    ["Arland", "PROPN", 3, "nmod:poss"],
    ["'s", "PART", 1, "case"],
    ["invasion", "NOUN", 0, "root"],
    ["of", "ADP", 5, "case"],
    ["Borvia", "PROPN", 3, "nmod"],
  ];
  assert.deepEqual(
    code(noun, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [5, 5], code: "BRV" },
    ]),
    ["ARL 192 BRV asserted asserted"],
  );
});

test("plain text without any analysis still codes wire-style sentences", () => {
  const doc = handDocument([]);
  const out = codeDocument(
    { ...doc, sentences: [], mentions: [], actors: [], body: "Arland troops attacked Borvia on Monday." },
    res,
  );
  assert.equal(out.events.length, 1);
  assert.equal(out.events[0].root, "19");
  assert.equal(out.events[0].target?.text, "Borvia");
  assert.equal(out.events[0].date, "2024-05-01");
  assert.equal(out.events[0].dateSource, "article");
});
