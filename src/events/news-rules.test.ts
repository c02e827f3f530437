// Rules written from unannotated world news (issue #6, session 18), each with an invented sentence.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon } from "./lexicon.js";
import { codeDocument } from "./stage.js";
import { handDocument, type Row } from "./test-helpers.js";

const res = { lex: loadLexicon() };
const code = (rows: Row[], actors: Parameters<typeof handDocument>[1]) =>
  codeDocument(handDocument(rows, actors), res).events.map(
    (e) =>
      `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"} ${e.modality}${e.negated ? " neg" : ""}`,
  );

test("agreeing to an act the lexicon does not code is an intent to cooperate (030), not 019", () => {
  // Arland agreed to buy more grain .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["agreed", "VERB", 0, "root", "agree"],
    ["to", "PART", 4, "mark"],
    ["buy", "VERB", 2, "xcomp"],
    ["more", "ADJ", 6, "amod", "more"],
    ["grain", "NOUN", 4, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(rows, [{ tokens: [1, 1], code: "ARL" }]), ["ARL 030 - intended"]);
  // Arland agreed with Borvia . (an accord with a party stays 019)
  const withParty: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["agreed", "VERB", 0, "root", "agree"],
    ["with", "ADP", 4, "case"],
    ["Borvia", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(withParty, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [4, 4], code: "BRV" },
    ]),
    ["ARL 019 BRV asserted"],
  );
});
