// Sentences the coder left silent although a lexicon word and named actors were there (issue #6):
// each behaviour on an invented sentence with a hand-made parse.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon } from "../src/events/lexicon.js";
import { codeDocument } from "../src/events/stage.js";
import { codeDyads, handDocument, type Row } from "../src/events/test-helpers.js";

const res = { lex: loadLexicon() };
const code = codeDyads;

test("a meeting with a named party, as the clause's circumstance, was held by the clause's subject", () => {
  // After talks with Arland , Vosk told reporters the border would reopen .
  const rows: Row[] = [
    ["After", "ADP", 2, "case", "after"],
    ["talks", "NOUN", 7, "obl", "talk"],
    ["with", "ADP", 4, "case"],
    ["Arland", "PROPN", 2, "nmod"],
    [",", "PUNCT", 7, "punct"],
    ["Vosk", "PROPN", 7, "nsubj"],
    ["told", "VERB", 0, "root", "tell"],
    ["reporters", "NOUN", 7, "obj", "reporter"],
    ["the", "DET", 10, "det"],
    ["border", "NOUN", 12, "nsubj"],
    ["would", "AUX", 12, "aux"],
    ["reopen", "VERB", 7, "ccomp"],
    [".", "PUNCT", 7, "punct"],
  ];
  const got = code(rows, [
    { tokens: [4, 4], code: "ARL" },
    { tokens: [6, 6], code: "VSKGOV" },
  ]);
  assert.ok(got.includes("VSKGOV 046 ARL") || got.includes("VSKGOV 040 ARL"), got.join("; "));
});

test("a meeting the clause is about (an argument, not a circumstance) gives no source", () => {
  // Vosk pulled out of the summit with Arland .
  const rows: Row[] = [
    ["Vosk", "PROPN", 2, "nsubj"],
    ["pulled", "VERB", 0, "root", "pull"],
    ["out", "ADP", 2, "compound:prt"],
    ["of", "ADP", 6, "case"],
    ["the", "DET", 6, "det"],
    ["summit", "NOUN", 2, "obl"],
    ["with", "ADP", 8, "case"],
    ["Arland", "PROPN", 6, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "VSKGOV" },
    { tokens: [8, 8], code: "ARL" },
  ]);
  assert.ok(!got.some((x) => / 04\d /.test(x)), got.join("; "));
});

test("a relative 'who' whose clause the parse hung elsewhere stands for the name before it", () => {
  // Protesters rallied for Teo Marr , 31 , who was arrested by police .
  const rows: Row[] = [
    ["Protesters", "NOUN", 2, "nsubj", "protester"],
    ["rallied", "VERB", 0, "root", "rally"],
    ["for", "ADP", 4, "case"],
    ["Teo", "PROPN", 2, "obl"],
    ["Marr", "PROPN", 4, "flat"],
    [",", "PUNCT", 7, "punct"],
    ["31", "NUM", 4, "amod"],
    [",", "PUNCT", 11, "punct"],
    ["who", "PRON", 11, "nsubj:pass"],
    ["was", "AUX", 11, "aux:pass", "be"],
    ["arrested", "VERB", 2, "parataxis", "arrest"],
    ["by", "ADP", 13, "case"],
    ["police", "NOUN", 11, "obl", "police"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [4, 5], code: "VSKOPP" },
    { tokens: [13, 13], code: "VSKCOP" },
  ]);
  assert.ok(got.includes("VSKCOP 173 VSKOPP"), got.join("; "));
});

test("a party-and-state tag before 'who' is not the antecedent", () => {
  // Sen. Ann Roe , D - Vt. , who visited Arland , spoke .
  const rows: Row[] = [
    ["Sen.", "PROPN", 2, "nmod:desc"],
    ["Ann", "PROPN", 14, "nsubj"],
    ["Roe", "PROPN", 2, "flat"],
    [",", "PUNCT", 5, "punct"],
    ["D", "PROPN", 2, "conj"],
    ["-", "PUNCT", 7, "punct"],
    ["Vt.", "PROPN", 2, "flat"],
    [",", "PUNCT", 2, "punct"],
    ["who", "PRON", 10, "nsubj"],
    ["visited", "VERB", 14, "parataxis", "visit"],
    ["Arland", "PROPN", 10, "obj"],
    [",", "PUNCT", 10, "punct"],
    ["then", "ADV", 14, "advmod"],
    ["spoke", "VERB", 0, "root", "speak"],
    [".", "PUNCT", 14, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 3], code: "USALEG" },
    { tokens: [5, 7], code: "USA" },
    { tokens: [11, 11], code: "ARL" },
  ]);
  assert.ok(got.includes("USALEG 042 ARL"), got.join("; "));
});

test("a 'by'-gerund the parse hung on a noun is done by the clause's subject", () => {
  // Vosk dodged questions about the debate by blaming Arland .
  const rows: Row[] = [
    ["Vosk", "PROPN", 2, "nsubj"],
    ["dodged", "VERB", 0, "root", "dodge"],
    ["questions", "NOUN", 2, "obj", "question"],
    ["about", "ADP", 6, "case"],
    ["the", "DET", 6, "det"],
    ["debate", "NOUN", 3, "nmod"],
    ["by", "SCONJ", 8, "mark"],
    ["blaming", "VERB", 6, "acl", "blame"],
    ["Arland", "PROPN", 8, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "VSKGOV" },
    { tokens: [9, 9], code: "ARL" },
  ]);
  assert.ok(got.includes("VSKGOV 112 ARL"), got.join("; "));
});

test("an event noun's target phrase hung on the uncoded verb whose object the noun is", () => {
  // Vosk renewed its sanctions against Arland on Tuesday .
  const rows: Row[] = [
    ["Vosk", "PROPN", 2, "nsubj"],
    ["renewed", "VERB", 0, "root", "renew"],
    ["its", "PRON", 4, "nmod:poss"],
    ["sanctions", "NOUN", 2, "obj", "sanction"],
    ["against", "ADP", 6, "case"],
    ["Arland", "PROPN", 2, "obl"],
    ["on", "ADP", 8, "case"],
    ["Tuesday", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "VSKGOV" },
    { tokens: [3, 3], code: "VSKGOV" },
    { tokens: [6, 6], code: "ARL" },
  ]);
  assert.ok(
    got.some((x) => /^VSKGOV 16\d* ARL$/.test(x)),
    got.join("; "),
  );
  assert.ok(!got.some((x) => x.endsWith(" ---")), got.join("; "));
});

test("a meeting with reporters is a press event, no meeting of the clause's subject", () => {
  // At a meeting with reporters , Vosk said the border would reopen .
  const rows: Row[] = [
    ["At", "ADP", 3, "case", "at"],
    ["a", "DET", 3, "det"],
    ["meeting", "NOUN", 8, "obl"],
    ["with", "ADP", 5, "case"],
    ["reporters", "NOUN", 3, "nmod", "reporter"],
    [",", "PUNCT", 8, "punct"],
    ["Vosk", "PROPN", 8, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["the", "DET", 10, "det"],
    ["border", "NOUN", 12, "nsubj"],
    ["would", "AUX", 12, "aux"],
    ["reopen", "VERB", 8, "ccomp"],
    [".", "PUNCT", 8, "punct"],
  ];
  const got = code(rows, [
    { tokens: [5, 5], code: "VSKMED" },
    { tokens: [7, 7], code: "VSKGOV" },
  ]);
  assert.ok(!got.some((x) => / 04\d /.test(x)), got.join("; "));
});

test("advocates and critics are actors of unknown code", () => {
  // Privacy advocates met with Arland officials .
  const rows: Row[] = [
    ["Privacy", "NOUN", 2, "compound", "privacy"],
    ["advocates", "NOUN", 3, "nsubj", "advocate"],
    ["met", "VERB", 0, "root", "meet"],
    ["with", "ADP", 6, "case"],
    ["Arland", "PROPN", 6, "compound"],
    ["officials", "NOUN", 3, "obl", "official"],
    [".", "PUNCT", 3, "punct"],
  ];
  const got = code(rows, [{ tokens: [5, 6], code: "ARLGOV" }]);
  assert.ok(got.includes("--- 040 ARLGOV"), got.join("; "));
});

test("what a document says, the one who issued it does", () => {
  // Vosk issued a statement condemning Arland .
  const rows: Row[] = [
    ["Vosk", "PROPN", 2, "nsubj"],
    ["issued", "VERB", 0, "root", "issue"],
    ["a", "DET", 4, "det"],
    ["statement", "NOUN", 2, "obj", "statement"],
    ["condemning", "VERB", 4, "acl", "condemn"],
    ["Arland", "PROPN", 5, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "VSKGOV" },
    { tokens: [6, 6], code: "ARL" },
  ]);
  assert.ok(got.includes("VSKGOV 111 ARL"), got.join("; "));
});

test("a negation carries over 'or' to a coordinated verb with the same subject", () => {
  // Vosk never arrested or expelled the Arland envoys .
  const rows: Row[] = [
    ["Vosk", "PROPN", 3, "nsubj"],
    ["never", "ADV", 3, "advmod"],
    ["arrested", "VERB", 0, "root", "arrest"],
    ["or", "CCONJ", 5, "cc"],
    ["expelled", "VERB", 3, "conj", "expel"],
    ["the", "DET", 8, "det"],
    ["Arland", "PROPN", 8, "compound"],
    ["envoys", "NOUN", 3, "obj", "envoy"],
    [".", "PUNCT", 3, "punct"],
  ];
  const doc = handDocument(rows, [
    { tokens: [1, 1], code: "VSKGOV" },
    { tokens: [7, 8], code: "ARLGOV" },
  ]);
  const evs = codeDocument(doc, res).events;
  const expel = evs.find((e) => e.verb.text === "expelled");
  assert.ok(expel, evs.map((e) => e.verb.text).join("; "));
  assert.equal(expel.negated, true);
});
