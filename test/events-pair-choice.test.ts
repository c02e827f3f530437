// Invented sentences as hand-built parses: which two states "the two countries" stand for when more
// than two were named before it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon } from "../src/events/lexicon.js";
import { codeDocument } from "../src/events/stage.js";
import { type HandActor, handStory, type Row } from "../src/events/test-helpers.js";

const res = { lex: loadLexicon() };
type StoryActor = HandActor & { sentence?: number };
const code = (sentences: Row[][], actors: StoryActor[]) =>
  codeDocument(handStory(sentences, actors), res).events.map(
    (e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`,
  );

/** "the two countries signed an agreement ." from token `at` on, hanging from token `root`. */
function pairSigned(at: number, root: number, deprel = "parataxis"): Row[] {
  return [
    ["the", "DET", at + 2, "det"],
    ["two", "NUM", at + 2, "nummod"],
    ["countries", "NOUN", at + 3, "nsubj", "country"],
    ["signed", "VERB", root, deprel, "sign"],
    ["an", "DET", at + 5, "det"],
    ["agreement", "NOUN", at + 3, "obj", "agreement"],
  ];
}
/** "The two countries signed an agreement ." as a sentence of its own. */
const PAIR_SENTENCE: Row[] = [...pairSigned(1, 0, "root"), [".", "PUNCT", 4, "punct"]];

/** The states that sign the agreement, as sorted "ARL-BRV". */
function signers(got: string[]): string {
  const roots = got.filter((e) => / 057 /.test(e)).map((e) => e.split(" ")[0]);
  return [...new Set(roots)].sort().join("-");
}

test("a pair named together ('Arland and Borvia') wins over a third state named after it", () => {
  // Arland and Borvia met Cerland ; the two countries signed an agreement .
  const rows: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["and", "CCONJ", 3, "cc"],
    ["Borvia", "PROPN", 1, "conj"],
    ["met", "VERB", 0, "root", "meet"],
    ["Cerland", "PROPN", 4, "obj"],
    [";", "PUNCT", 4, "punct"],
    ...pairSigned(7, 4),
    [".", "PUNCT", 4, "punct"],
  ];
  const got = code(
    [rows],
    [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [3, 3], code: "BRV" },
      { tokens: [5, 5], code: "CRL" },
    ],
  );
  assert.equal(signers(got), "ARL-BRV", got.join("; "));
});

test("'talks between Arland and Borvia' and 'Arland-Borvia talks' name the pair", () => {
  // Cerland hosted talks between Arland and Borvia ; the two countries signed an agreement .
  const between: Row[] = [
    ["Cerland", "PROPN", 2, "nsubj"],
    ["hosted", "VERB", 0, "root", "host"],
    ["talks", "NOUN", 2, "obj", "talk"],
    ["between", "ADP", 5, "case"],
    ["Arland", "PROPN", 3, "nmod"],
    ["and", "CCONJ", 7, "cc"],
    ["Borvia", "PROPN", 5, "conj"],
    [";", "PUNCT", 2, "punct"],
    ...pairSigned(9, 2),
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(
    [between],
    [
      { tokens: [1, 1], code: "CRL" },
      { tokens: [5, 5], code: "ARL" },
      { tokens: [7, 7], code: "BRV" },
    ],
  );
  assert.equal(signers(got), "ARL-BRV", got.join("; "));
  // Arland - Borvia talks angered Cerland . The two countries signed an agreement .
  const hyphen: Row[] = [
    ["Arland", "PROPN", 4, "compound"],
    ["-", "PUNCT", 3, "punct"],
    ["Borvia", "PROPN", 1, "conj"],
    ["talks", "NOUN", 5, "nsubj", "talk"],
    ["angered", "VERB", 0, "root", "anger"],
    ["Cerland", "PROPN", 5, "obj"],
    [".", "PUNCT", 5, "punct"],
  ];
  const got2 = code(
    [hyphen, PAIR_SENTENCE],
    [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [3, 3], code: "BRV" },
      { tokens: [6, 6], code: "CRL" },
    ],
  );
  assert.equal(signers(got2), "ARL-BRV", got2.join("; "));
});

test("the pair of the sentence that named them wins over the last two states named anywhere", () => {
  // Arland met Borvia . Cerland protested . The two countries signed an agreement .
  const met: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["met", "VERB", 0, "root", "meet"],
    ["Borvia", "PROPN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const protested: Row[] = [
    ["Cerland", "PROPN", 2, "nsubj"],
    ["protested", "VERB", 0, "root", "protest"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(
    [met, protested, PAIR_SENTENCE],
    [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [3, 3], code: "BRV" },
      { tokens: [1, 1], code: "CRL", sentence: 1 },
    ],
  );
  assert.equal(signers(got), "ARL-BRV", got.join("; "));
});

test("a pair named together before wins over two states of a later sentence", () => {
  // Arland and Borvia met . Cerland warned Dorland . The two countries signed an agreement .
  const met: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["and", "CCONJ", 3, "cc"],
    ["Borvia", "PROPN", 1, "conj"],
    ["met", "VERB", 0, "root", "meet"],
    [".", "PUNCT", 4, "punct"],
  ];
  const warned: Row[] = [
    ["Cerland", "PROPN", 2, "nsubj"],
    ["warned", "VERB", 0, "root", "warn"],
    ["Dorland", "PROPN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(
    [met, warned, PAIR_SENTENCE],
    [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [3, 3], code: "BRV" },
      { tokens: [1, 1], code: "CRL", sentence: 1 },
      { tokens: [3, 3], code: "DRL", sentence: 1 },
    ],
  );
  assert.equal(signers(got), "ARL-BRV", got.join("; "));
});

test("a state is not paired with itself, nor with an international body or a region", () => {
  // Borvia met Arland and Arland's ministers ; the two countries signed an agreement .
  const self: Row[] = [
    ["Borvia", "PROPN", 2, "nsubj"],
    ["met", "VERB", 0, "root", "meet"],
    ["Arland", "PROPN", 2, "obj"],
    ["and", "CCONJ", 6, "cc"],
    ["Arland's", "PROPN", 6, "nmod:poss"],
    ["ministers", "NOUN", 3, "conj", "minister"],
    [";", "PUNCT", 2, "punct"],
    ...pairSigned(8, 2),
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(
    [self],
    [
      { tokens: [1, 1], code: "BRV" },
      { tokens: [3, 3], code: "ARL" },
      { tokens: [5, 6], code: "ARLGOV" },
    ],
  );
  assert.equal(signers(got), "ARL-BRV", got.join("; "));
  // Borvia met Arland and the Union and Europe ; the two countries signed an agreement .
  const body: Row[] = [
    ["Borvia", "PROPN", 2, "nsubj"],
    ["met", "VERB", 0, "root", "meet"],
    ["Arland", "PROPN", 2, "obj"],
    ["and", "CCONJ", 6, "cc"],
    ["the", "DET", 6, "det"],
    ["Union", "PROPN", 3, "conj"],
    ["and", "CCONJ", 8, "cc"],
    ["Europe", "PROPN", 3, "conj"],
    [";", "PUNCT", 2, "punct"],
    ...pairSigned(10, 2),
    [".", "PUNCT", 2, "punct"],
  ];
  const got2 = code(
    [body],
    [
      { tokens: [1, 1], code: "BRV" },
      { tokens: [3, 3], code: "ARL" },
      { tokens: [6, 6], code: "IGOEUREEC" },
      { tokens: [8, 8], code: "EUR" },
    ],
  );
  assert.equal(signers(got2), "ARL-BRV", got2.join("; "));
});
