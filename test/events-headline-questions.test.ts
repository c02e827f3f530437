// Invented sentences as hand-built parses: a headline that asks ("Did Arland Withdraw ...?", "How Arland
// Won ...") asserts no event, and idioms ("struck a blow", "locked up the nomination", "seized the
// moment", "the story blew up") act on no one.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon } from "../src/events/lexicon.js";
import { codeDocument } from "../src/events/stage.js";
import { type HandActor, handDocument, type Row } from "../src/events/test-helpers.js";

const res = { lex: loadLexicon() };
const code = (rows: Row[], actors: HandActor[]) =>
  codeDocument(handDocument(rows, actors), res).events.map(
    (e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"} ${e.modality}`,
  );
const ARL_BRV: HandActor[] = [
  { tokens: [1, 1], code: "ARL" },
  { tokens: [3, 3], code: "BRV" },
];

test("a title-case headline that states an act asserts it", () => {
  // Arland Attacks Borvia
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["Attacks", "VERB", 0, "root", "attack"],
    ["Borvia", "PROPN", 2, "obj"],
  ];
  assert.deepEqual(code(rows, ARL_BRV), ["ARL 190 BRV asserted"]);
});

test("a headline ending in a question mark asserts no act", () => {
  // Arland Attacked Borvia?
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["Attacked", "VERB", 0, "root", "attack"],
    ["Borvia", "PROPN", 2, "obj"],
    ["?", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(rows, ARL_BRV), ["ARL 190 BRV hypothetical"]);
});

test("a headline opening with 'Did' asks, even without a question mark", () => {
  // Did Arland Attack Borvia
  const rows: Row[] = [
    ["Did", "AUX", 3, "aux", "do"],
    ["Arland", "PROPN", 3, "nsubj"],
    ["Attack", "VERB", 0, "root", "attack"],
    ["Borvia", "PROPN", 3, "obj"],
  ];
  const got = code(rows, [
    { tokens: [2, 2], code: "ARL" },
    { tokens: [4, 4], code: "BRV" },
  ]);
  assert.deepEqual(got, ["ARL 190 BRV hypothetical"]);
});

test("a headline opening with 'How' or 'Why' explains, it asserts no act", () => {
  // Why Arland Attacked Borvia
  const rows: Row[] = [
    ["Why", "ADV", 3, "advmod", "why"],
    ["Arland", "PROPN", 3, "nsubj"],
    ["Attacked", "VERB", 0, "root", "attack"],
    ["Borvia", "PROPN", 3, "obj"],
  ];
  const got = code(rows, [
    { tokens: [2, 2], code: "ARL" },
    { tokens: [4, 4], code: "BRV" },
  ]);
  assert.deepEqual(got, ["ARL 190 BRV hypothetical"]);
});

test("a sentence with a full stop that opens with 'What' is no question", () => {
  // What Arland attacked was Borvia's port , and it attacked Borvia .
  const rows: Row[] = [
    ["What", "PRON", 6, "nsubj", "what"],
    ["Arland", "PROPN", 3, "nsubj"],
    ["attacked", "VERB", 1, "acl:relcl", "attack"],
    ["was", "AUX", 6, "cop", "be"],
    ["a", "DET", 6, "det"],
    ["port", "NOUN", 0, "root", "port"],
    [",", "PUNCT", 9, "punct"],
    ["it", "PRON", 9, "nsubj", "it"],
    ["attacked", "VERB", 6, "conj", "attack"],
    ["Borvia", "PROPN", 9, "obj"],
    [".", "PUNCT", 6, "punct"],
  ];
  const got = code(rows, [
    { tokens: [2, 2], code: "ARL" },
    { tokens: [10, 10], code: "BRV" },
  ]);
  assert.ok(got.length > 0 && got.every((e) => e.endsWith("asserted")), got.join("; "));
});

test("striking a blow against a party is no strike and no force", () => {
  // Arland Strikes a Blow Against Borvia
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["Strikes", "VERB", 0, "root", "strike"],
    ["a", "DET", 4, "det"],
    ["Blow", "NOUN", 2, "obj", "blow"],
    ["Against", "ADP", 6, "case", "against"],
    ["Borvia", "PROPN", 2, "obl"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [6, 6], code: "BRV" },
    ]),
    [],
  );
});

test("locking up a nomination arrests no one; locking up protesters does", () => {
  // Tomasz locked up the nomination .
  const won: Row[] = [
    ["Tomasz", "PROPN", 2, "nsubj"],
    ["locked", "VERB", 0, "root", "lock"],
    ["up", "ADP", 2, "compound:prt", "up"],
    ["the", "DET", 5, "det"],
    ["nomination", "NOUN", 2, "obj", "nomination"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(won, [{ tokens: [1, 1], code: "ARLOPP" }]), []);
  // Police locked up the protesters .
  const jailed: Row[] = [
    ["Police", "NOUN", 2, "nsubj", "police"],
    ["locked", "VERB", 0, "root", "lock"],
    ["up", "ADP", 2, "compound:prt", "up"],
    ["the", "DET", 5, "det"],
    ["protesters", "NOUN", 2, "obj", "protester"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(jailed, [
    { tokens: [1, 1], code: "ARLCOP" },
    { tokens: [4, 5], code: "ARLCVL" },
  ]);
  assert.deepEqual(got, ["ARLCOP 173 ARLCVL asserted"]);
});

test("seizing the moment seizes nothing; seizing a tanker does", () => {
  const seize = (what: string, lemma: string): Row[] => [
    ["Arland", "PROPN", 2, "nsubj"],
    ["seized", "VERB", 0, "root", "seize"],
    ["the", "DET", 4, "det"],
    [what, "NOUN", 2, "obj", lemma],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(seize("moment", "moment"), [{ tokens: [1, 1], code: "ARL" }]), []);
  const got = code(seize("tanker", "tanker"), [{ tokens: [1, 1], code: "ARL" }]);
  assert.deepEqual(got, ["ARL 171 - asserted"]);
});

test("blowing up an election or a story blowing up bombs nothing; blowing up a bridge does", () => {
  const blowUp = (what: string): Row[] => [
    ["Arland", "PROPN", 2, "nsubj"],
    ["blew", "VERB", 0, "root", "blow"],
    ["up", "ADP", 2, "compound:prt", "up"],
    ["the", "DET", 5, "det"],
    [what, "NOUN", 2, "obj", what],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(blowUp("election"), [{ tokens: [1, 1], code: "ARL" }]), []);
  const bridge = code(blowUp("bridge"), [{ tokens: [1, 1], code: "ARL" }]);
  assert.deepEqual(bridge, ["ARL 183 - asserted"]);
  // The Arland story blew up .
  const story: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["story", "NOUN", 4, "nsubj", "story"],
    ["blew", "VERB", 0, "root", "blow"],
    ["up", "ADP", 4, "compound:prt", "up"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(code(story, [{ tokens: [2, 2], code: "ARL" }]), []);
});
