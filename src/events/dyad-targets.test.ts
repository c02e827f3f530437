// Who an event is done to (and by): coordinated modifiers, a subject's aimed phrase, coordination
// around a fallback source, "whom" and same-code targets, on invented sentences with hand-made parses.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon } from "./lexicon.js";
import { codeDocument } from "./stage.js";
import { codeDyads, handDocument, type Row } from "./test-helpers.js";

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
  // Arland said it was shameful that Vosk expelled the envoy .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["it", "PRON", 5, "nsubj"],
    ["was", "AUX", 5, "cop", "be"],
    ["shameful", "ADJ", 2, "ccomp"],
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

test("a demand's that-clause names who is asked", () => {
  // The dockers demanded that the cabinet stay .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["dockers", "NOUN", 3, "nsubj", "docker"],
    ["demanded", "VERB", 0, "root", "demand"],
    ["that", "SCONJ", 7, "mark"],
    ["the", "DET", 6, "det"],
    ["cabinet", "NOUN", 7, "nsubj"],
    ["stay", "VERB", 3, "ccomp", "stay"],
    [".", "PUNCT", 3, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 2], code: "ARLCVL" },
    { tokens: [5, 6], code: "ARLGOV" },
  ]);
  assert.ok(got.includes("ARLCVL 100 ARLGOV"), got.join("; "));
});

test("a joint act whose only target is one of the pair goes each way", () => {
  // Arland and Vosk will hold talks on Vosk fruit .
  const rows: Row[] = [
    ["Arland", "PROPN", 5, "nsubj"],
    ["and", "CCONJ", 3, "cc"],
    ["Vosk", "PROPN", 1, "conj"],
    ["will", "AUX", 5, "aux"],
    ["hold", "VERB", 0, "root"],
    ["talks", "NOUN", 5, "obj", "talk"],
    ["on", "ADP", 9, "case"],
    ["Vosk", "PROPN", 9, "compound"],
    ["fruit", "NOUN", 6, "nmod"],
    [".", "PUNCT", 5, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "VSK" },
    { tokens: [8, 8], code: "VSK" },
  ]);
  assert.ok(got.includes("ARL 036 VSK") && got.includes("VSK 036 ARL"), got.join("; "));
});

test("a counterpart holds the possessor's office in the country the noun names", () => {
  // Minister Lind and his Voskan counterpart exchanged accusations . (the conjunct hung on the name)
  const rows: Row[] = [
    ["Minister", "PROPN", 7, "nsubj"],
    ["Lind", "PROPN", 1, "appos"],
    ["and", "CCONJ", 6, "cc"],
    ["his", "PRON", 6, "nmod:poss"],
    ["Voskan", "ADJ", 6, "amod"],
    ["counterpart", "NOUN", 2, "conj"],
    ["exchanged", "VERB", 0, "root", "exchange"],
    ["accusations", "NOUN", 7, "obj", "accusation"],
    [".", "PUNCT", 7, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 2], code: "ARLGOV" },
    { tokens: [4, 4], code: "ARLGOV" },
    { tokens: [5, 5], code: "VSK" },
  ]);
  assert.ok(got.includes("ARLGOV 112 VSKGOV") && got.includes("VSKGOV 112 ARLGOV"), got.join("; "));
});

test("a preposition before a question clause takes the clause's subject", () => {
  // Arland ordered an investigation into whether Vosk hid funds . (the clause hung on the verb)
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["ordered", "VERB", 0, "root", "order"],
    ["an", "DET", 4, "det"],
    ["investigation", "NOUN", 2, "obj"],
    ["into", "ADP", 8, "mark"],
    ["whether", "SCONJ", 8, "mark"],
    ["Vosk", "PROPN", 8, "nsubj"],
    ["hid", "VERB", 2, "advcl", "hide"],
    ["funds", "NOUN", 8, "obj", "fund"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [7, 7], code: "VSKGOV" },
  ]);
  assert.ok(got.includes("ARLGOV 090 VSKGOV"), got.join("; "));
});

test("the noun's own words name its actor before a place named after it", () => {
  // Arland attacked a Voskan platform east of Cerland .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["attacked", "VERB", 0, "root", "attack"],
    ["a", "DET", 5, "det"],
    ["Voskan", "ADJ", 5, "amod"],
    ["platform", "NOUN", 2, "obj"],
    ["east", "ADV", 5, "advmod"],
    ["of", "ADP", 8, "case"],
    ["Cerland", "PROPN", 6, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  const doc = handDocument(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [8, 8], code: "CER" },
  ]);
  const got = codeDocument(doc, {
    lex: loadLexicon(),
    demonym: (w) => (w === "Voskan" ? "VSK" : null),
  }).events.map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`);
  assert.ok(got.includes("ARL 190 VSK"), got.join("; "));
});

test("blaming something on a party accuses that party", () => {
  // Arland blamed the attacks on Vosk .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["blamed", "VERB", 0, "root", "blame"],
    ["the", "DET", 4, "det"],
    ["attacks", "NOUN", 2, "obj", "attack"],
    ["on", "ADP", 6, "case"],
    ["Vosk", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [6, 6], code: "VSK" },
  ]);
  assert.ok(got.includes("ARL 112 VSK"), got.join("; "));
});

test("a refused act's patient is the one refused, past a mention of the refuser itself", () => {
  // Police resisted showing police footage of Lind 's arrest .
  const rows: Row[] = [
    ["Police", "NOUN", 2, "nsubj", "police"],
    ["resisted", "VERB", 0, "root", "resist"],
    ["showing", "VERB", 2, "xcomp", "show"],
    ["police", "NOUN", 5, "compound"],
    ["footage", "NOUN", 3, "obj"],
    ["of", "ADP", 9, "case"],
    ["Lind", "PROPN", 9, "nmod:poss"],
    ["'s", "PART", 7, "case"],
    ["arrest", "NOUN", 5, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARLCOP" },
    { tokens: [4, 4], code: "ARLCOP" },
    { tokens: [7, 7], code: "ARLCVL" },
  ]);
  assert.ok(got.includes("ARLCOP 120 ARLCVL"), got.join("; "));
});

test("a name read as a bare noun phrase after the object judges the object", () => {
  // Arland called the Vosk raids an escalation .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["called", "VERB", 0, "root", "call"],
    ["the", "DET", 5, "det"],
    ["Vosk", "PROPN", 5, "compound"],
    ["raids", "NOUN", 2, "obj", "raid"],
    ["an", "DET", 7, "det"],
    ["escalation", "NOUN", 2, "obl:unmarked"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [4, 4], code: "VSK" },
  ]);
  assert.ok(got.includes("ARL 111 VSK"), got.join("; "));
});

test("a relative 'who' whose clause the parse hangs on an age stands for the name before it", () => {
  // Lind , 43 , who was arrested by guards .
  const rows: Row[] = [
    ["Lind", "PROPN", 0, "root"],
    [",", "PUNCT", 3, "punct"],
    ["43", "NUM", 1, "appos"],
    [",", "PUNCT", 7, "punct"],
    ["who", "PRON", 7, "nsubj:pass"],
    ["was", "AUX", 7, "aux:pass", "be"],
    ["arrested", "VERB", 3, "acl:relcl", "arrest"],
    ["by", "ADP", 9, "case"],
    ["guards", "NOUN", 7, "obl:agent", "guard"],
    [".", "PUNCT", 1, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "VSKOPP" },
    { tokens: [9, 9], code: "VSKCOP" },
  ]);
  assert.ok(got.includes("VSKCOP 173 VSKOPP"), got.join("; "));
});

test("two people with one code may still act on each other", () => {
  // Senator Lind condemned Senator Ober .
  const rows: Row[] = [
    ["Senator", "PROPN", 2, "compound"],
    ["Lind", "PROPN", 3, "nsubj"],
    ["condemned", "VERB", 0, "root", "condemn"],
    ["Senator", "PROPN", 5, "compound"],
    ["Ober", "PROPN", 3, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  const doc = handDocument(rows, [
    { tokens: [1, 2], code: "ARLLEG" },
    { tokens: [4, 5], code: "ARLLEG" },
  ]);
  // (hand documents make every actor a country: mark these two as people)
  for (const a of doc.actors) a.type = "person";
  const got = codeDocument(doc, { lex: loadLexicon() }).events.map(
    (e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`,
  );
  assert.ok(got.includes("ARLLEG 111 ARLLEG"), got.join("; "));
});

test("a phrase naming the doer itself is no target of its blame", () => {
  // Lind blamed the senators for the focus on her letters . (the "on" phrase hung on the verb)
  const rows: Row[] = [
    ["Lind", "PROPN", 2, "nsubj"],
    ["blamed", "VERB", 0, "root", "blame"],
    ["the", "DET", 4, "det"],
    ["senators", "NOUN", 2, "obj", "senator"],
    ["for", "ADP", 7, "case"],
    ["the", "DET", 7, "det"],
    ["focus", "NOUN", 4, "nmod"],
    ["on", "ADP", 10, "case"],
    ["her", "PRON", 10, "nmod:poss"],
    ["letters", "NOUN", 2, "obl", "letter"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARLOPP" },
    { tokens: [3, 4], code: "ARLLEG" },
    { tokens: [9, 9], code: "ARLOPP" },
  ]);
  assert.ok(got.includes("ARLOPP 112 ARLLEG"), got.join("; "));
});

test("a participle clause before its verb aims nothing at the verb's target", () => {
  // Speaking at the summit , Arland clashed with Vosk .
  const rows: Row[] = [
    ["Speaking", "VERB", 7, "advcl", "speak"],
    ["at", "ADP", 4, "case"],
    ["the", "DET", 4, "det"],
    ["summit", "NOUN", 1, "obl"],
    [",", "PUNCT", 1, "punct"],
    ["Arland", "PROPN", 7, "nsubj"],
    ["clashed", "VERB", 0, "root", "clash"],
    ["with", "ADP", 9, "case"],
    ["Vosk", "PROPN", 7, "obl"],
    [".", "PUNCT", 7, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [6, 6], code: "ARLGOV" },
    { tokens: [9, 9], code: "VSKMED" },
  ]);
  assert.ok(!got.includes("ARLGOV 010 VSKMED"), got.join("; "));
});

test("a denial by negation is aimed at the other country the denied act would be done to", () => {
  // Arland said its police are not interfering in the business of Vosk .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["its", "PRON", 4, "nmod:poss"],
    ["police", "NOUN", 7, "nsubj"],
    ["are", "AUX", 7, "aux", "be"],
    ["not", "PART", 7, "advmod"],
    ["interfering", "VERB", 2, "ccomp", "interfere"],
    ["in", "ADP", 10, "case"],
    ["the", "DET", 10, "det"],
    ["business", "NOUN", 7, "obl", "business"],
    ["of", "ADP", 12, "case"],
    ["Vosk", "PROPN", 10, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [3, 4], code: "ARLCOP" },
    { tokens: [12, 12], code: "VSK" },
  ]);
  assert.ok(got.includes("ARLGOV 016 VSK"), got.join("; "));
});

test("'each other' in the act's own clause makes each coordinated doer the other's target", () => {
  // Arland and Vosk blamed each other for the blast .
  const rows: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["and", "CCONJ", 3, "cc"],
    ["Vosk", "PROPN", 1, "conj"],
    ["blamed", "VERB", 0, "root", "blame"],
    ["each", "DET", 4, "obj"],
    ["other", "ADJ", 5, "fixed"],
    ["for", "ADP", 9, "case"],
    ["the", "DET", 9, "det"],
    ["blast", "NOUN", 4, "obl"],
    [".", "PUNCT", 4, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [3, 3], code: "VSKGOV" },
  ]);
  assert.ok(got.includes("ARLGOV 112 VSKGOV") && got.includes("VSKGOV 112 ARLGOV"), got.join("; "));
  // Arland and Vosk said they would help each other . ("each other" belongs to the help, not the saying)
  const said: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["and", "CCONJ", 3, "cc"],
    ["Vosk", "PROPN", 1, "conj"],
    ["said", "VERB", 0, "root", "say"],
    ["they", "PRON", 7, "nsubj"],
    ["would", "AUX", 7, "aux"],
    ["help", "VERB", 4, "ccomp"],
    ["each", "DET", 7, "obj"],
    ["other", "ADJ", 8, "fixed"],
    [".", "PUNCT", 4, "punct"],
  ];
  const saidGot = codeDyads(said, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [3, 3], code: "VSKGOV" },
  ]);
  assert.ok(!saidGot.some((x) => /^\S+ 01\d+ [A-Z]/.test(x)), saidGot.join("; "));
});

test("'under fire from X': X is the doer and the one under it the target; with no doer nothing is coded", () => {
  // The Arland embassy came under fire from Vosk rebels .
  const rebels: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["embassy", "NOUN", 4, "nsubj"],
    ["came", "VERB", 0, "root", "come"],
    ["under", "ADP", 6, "case"],
    ["fire", "NOUN", 4, "obl"],
    ["from", "ADP", 9, "case"],
    ["Vosk", "PROPN", 9, "compound"],
    ["rebels", "NOUN", 6, "nmod", "rebel"],
    [".", "PUNCT", 4, "punct"],
  ];
  const armed = codeDyads(rebels, [
    { tokens: [2, 3], code: "ARLGOV" },
    { tokens: [8, 9], code: "VSKREB" },
  ]);
  assert.deepEqual(armed, ["VSKREB 190 ARLGOV"]);
  // The mayor , under pressure from Arland lawmakers , resigned .
  const mayor: Row[] = [
    ["The", "DET", 2, "det"],
    ["mayor", "NOUN", 10, "nsubj"],
    [",", "PUNCT", 5, "punct"],
    ["under", "ADP", 5, "case"],
    ["pressure", "NOUN", 2, "nmod"],
    ["from", "ADP", 8, "case"],
    ["Arland", "PROPN", 8, "compound"],
    ["lawmakers", "NOUN", 5, "nmod", "lawmaker"],
    [",", "PUNCT", 5, "punct"],
    ["resigned", "VERB", 0, "root", "resign"],
    [".", "PUNCT", 10, "punct"],
  ];
  const pressed = codeDyads(mayor, [
    { tokens: [1, 2], code: "ARLGOV" },
    { tokens: [7, 8], code: "ARLLEG" },
  ]);
  assert.ok(pressed.includes("ARLLEG 170 ARLGOV"), pressed.join("; "));
  // The Arland minister is under investigation by Vosk prosecutors .
  const probed: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["minister", "NOUN", 6, "nsubj"],
    ["is", "AUX", 6, "cop", "be"],
    ["under", "ADP", 6, "case"],
    ["investigation", "NOUN", 0, "root"],
    ["by", "ADP", 9, "case"],
    ["Vosk", "PROPN", 9, "compound"],
    ["prosecutors", "NOUN", 6, "nmod", "prosecutor"],
    [".", "PUNCT", 6, "punct"],
  ];
  assert.deepEqual(
    codeDyads(probed, [
      { tokens: [2, 3], code: "ARLGOV" },
      { tokens: [8, 9], code: "VSKJUD" },
    ]),
    ["VSKJUD 090 ARLGOV"],
  );
  // The Arland embassy came under scrutiny . (no doer: the embassy is not the one scrutinising)
  const bare: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["embassy", "NOUN", 4, "nsubj"],
    ["came", "VERB", 0, "root", "come"],
    ["under", "ADP", 6, "case"],
    ["scrutiny", "NOUN", 4, "obl"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(codeDyads(bare, [{ tokens: [2, 3], code: "ARLGOV" }]), []);
});

test("an attack by one politician or party on another is criticism; an army's attack stays force", () => {
  // Senator Vale attacked the Arland opposition over the budget .
  const rows = (subject: string): Row[] => [
    [subject, "PROPN", 3, "nsubj"],
    ["Vale", "PROPN", 1, "flat"],
    ["attacked", "VERB", 0, "root", "attack"],
    ["the", "DET", 6, "det"],
    ["Arland", "PROPN", 6, "compound"],
    ["opposition", "NOUN", 3, "obj"],
    ["over", "ADP", 9, "case"],
    ["the", "DET", 9, "det"],
    ["budget", "NOUN", 3, "obl"],
    [".", "PUNCT", 3, "punct"],
  ];
  const actors = (source: string) => [
    { tokens: [1, 2] as [number, number], code: source },
    { tokens: [5, 6] as [number, number], code: "ARLOPP" },
  ];
  assert.deepEqual(codeDyads(rows("Senator"), actors("ARLLEG")), ["ARLLEG 111 ARLOPP"]);
  // General Vale attacked the Arland opposition ... (an armed doer)
  assert.deepEqual(codeDyads(rows("General"), actors("ARLMIL")), ["ARLMIL 190 ARLOPP"]);
});

test("a party named in an 'according to' phrase is where the report comes from, not the one acted on", () => {
  // Arland troops attacked the convoy , according to Vosk Radio .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "compound"],
    ["troops", "NOUN", 3, "nsubj", "troop"],
    ["attacked", "VERB", 0, "root", "attack"],
    ["the", "DET", 5, "det"],
    ["convoy", "NOUN", 3, "obj"],
    [",", "PUNCT", 10, "punct"],
    ["according", "VERB", 10, "case", "accord"],
    ["to", "ADP", 7, "fixed"],
    ["Vosk", "PROPN", 10, "compound"],
    ["Radio", "PROPN", 3, "obl"],
    [".", "PUNCT", 3, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 2], code: "ARLMIL" },
    { tokens: [9, 10], code: "VSKMED" },
  ]);
  assert.deepEqual(got, ["ARLMIL 190 -"]);
});

test("rival parties that share a code are two sides; one party's members are not", () => {
  // Democrats blamed Republicans for the shutdown .
  const rows: Row[] = [
    ["Democrats", "PROPN", 2, "nsubj", "Democrat"],
    ["blamed", "VERB", 0, "root", "blame"],
    ["Republicans", "PROPN", 2, "obj", "Republican"],
    ["for", "ADP", 6, "case"],
    ["the", "DET", 6, "det"],
    ["shutdown", "NOUN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  let got = codeDyads(rows, [
    { tokens: [1, 1], code: "USALEG" },
    { tokens: [3, 3], code: "USALEG" },
  ]);
  assert.deepEqual(got, ["USALEG 112 USALEG"], `Republicans are blamed by Democrats: ${got.join("; ")}`);
  // Senate Democrats blamed House Democrats for the shutdown . (one party: no target, as before)
  const same: Row[] = [
    ["Senate", "PROPN", 2, "compound"],
    ["Democrats", "PROPN", 3, "nsubj", "Democrat"],
    ["blamed", "VERB", 0, "root", "blame"],
    ["House", "PROPN", 5, "compound"],
    ["Democrats", "PROPN", 3, "obj", "Democrat"],
    ["for", "ADP", 8, "case"],
    ["the", "DET", 8, "det"],
    ["shutdown", "NOUN", 3, "obl"],
    [".", "PUNCT", 3, "punct"],
  ];
  got = codeDyads(same, [
    { tokens: [1, 2], code: "USALEG" },
    { tokens: [4, 5], code: "USALEG" },
  ]);
  assert.deepEqual(
    got,
    ["USALEG 112 -"],
    `members of one party are not each other's target: ${got.join("; ")}`,
  );
});

test("a country's people are its civilians, not the state", () => {
  // Vosk praised the people of Arland .
  const rows: Row[] = [
    ["Vosk", "PROPN", 2, "nsubj"],
    ["praised", "VERB", 0, "root", "praise"],
    ["the", "DET", 4, "det"],
    ["people", "NOUN", 2, "obj"],
    ["of", "ADP", 6, "case"],
    ["Arland", "PROPN", 4, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "VSKGOV" },
    { tokens: [6, 6], code: "ARL" },
  ]);
  assert.deepEqual(got, ["VSKGOV 051 ARLCVL"], `Arland's people are ARLCVL: ${got.join("; ")}`);
});

test("a person who turns on a named body sharing their code acts on it; an unnamed group stays none", () => {
  // Senator Vale criticized the Senate . / Senator Vale criticized the leaders .
  const rows = (object: string): Row[] => [
    ["Senator", "PROPN", 2, "compound"],
    ["Vale", "PROPN", 3, "nsubj"],
    ["criticized", "VERB", 0, "root", "criticize"],
    ["the", "DET", 5, "det"],
    [object, "NOUN", 3, "obj", object.toLowerCase()],
    [".", "PUNCT", 3, "punct"],
  ];
  const parties = [
    { tokens: [1, 2] as [number, number], code: "ARLLEG", type: "person" as const },
    { tokens: [4, 5] as [number, number], code: "ARLLEG", type: "government" as const },
  ];
  assert.deepEqual(
    codeDyads(rows("Senate"), parties),
    ["ARLLEG 111 ARLLEG"],
    "the senator faults the Senate",
  );
  assert.deepEqual(
    codeDyads(rows("leaders"), parties),
    ["ARLLEG 111 -"],
    "'the leaders' coded with the senator's code is more often a resolver's guess than a rival",
  );
});

test("a 'with' phrase is what is handed over, not who receives it", () => {
  // Arland supplied Vosk with drones . (the drones coded as Vosk's forces, as a resolver may)
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["supplied", "VERB", 0, "root", "supply"],
    ["Vosk", "PROPN", 2, "obj"],
    ["with", "ADP", 5, "case"],
    ["drones", "NOUN", 2, "obl", "drone"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "VSK" },
    { tokens: [5, 5], code: "VSKMIL" },
  ]);
  assert.deepEqual(got, ["ARL 072 VSK"], "arms supplied to Vosk, the object");
});

test("'made a killing' is a profit, no killing", () => {
  // Traders in Arland made a killing on the bonds .
  const rows: Row[] = [
    ["Traders", "NOUN", 4, "nsubj", "trader"],
    ["in", "ADP", 3, "case"],
    ["Arland", "PROPN", 1, "nmod"],
    ["made", "VERB", 0, "root", "make"],
    ["a", "DET", 6, "det"],
    ["killing", "NOUN", 4, "obj"],
    ["on", "ADP", 9, "case"],
    ["the", "DET", 9, "det"],
    ["bonds", "NOUN", 6, "nmod", "bond"],
    [".", "PUNCT", 4, "punct"],
  ];
  const got = codeDyads(rows, [{ tokens: [1, 3], code: "ARLBUS" }]);
  assert.deepEqual(got, [], got.join("; "));
});

test("a politician who 'fires back' at a rival answers in words; police who fire back shoot", () => {
  // The Vale campaign fired back at Lind . / The Vale police fired back at Lind .
  const rows = (body: string): Row[] => [
    ["The", "DET", 3, "det"],
    ["Vale", "PROPN", 3, "compound"],
    [body, "NOUN", 4, "nsubj"],
    ["fired", "VERB", 0, "root", "fire"],
    ["back", "ADV", 4, "advmod"],
    ["at", "ADP", 7, "case"],
    ["Lind", "PROPN", 4, "obl"],
    [".", "PUNCT", 4, "punct"],
  ];
  const lind = { tokens: [7, 7] as [number, number], code: "ARLLEG" };
  const words = codeDyads(rows("campaign"), [{ tokens: [1, 3], code: "ARLGOV" }, lind]);
  assert.ok(words.includes("ARLGOV 111 ARLLEG"), `a retort: ${words.join("; ")}`);
  const shots = codeDyads(rows("police"), [{ tokens: [1, 3], code: "ARLCOP" }, lind]);
  assert.ok(shots.includes("ARLCOP 193 ARLLEG"), `police fire shots: ${shots.join("; ")}`);
});
