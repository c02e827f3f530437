import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon } from "./lexicon.js";
import { codeDocument } from "./stage.js";
import { codeDyads, handDocument, type Row } from "./test-helpers.js";

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

test("a negation written with a typographic apostrophe negates as the plain one does", () => {
  // Arland hasn’t attacked Borvia
  const rows: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["has", "AUX", 4, "aux", "have"],
    ["n’t", "PART", 4, "advmod", "not"],
    ["attacked", "VERB", 0, "root", "attack"],
    ["Borvia", "PROPN", 4, "obj"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [5, 5], code: "BRV" },
    ]),
    ["ARL 190 BRV asserted neg asserted"],
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

test("a subject the parse misses falls back on the nearest actor standing as a subject", () => {
  // Arland, after talks in Cerland, praised Borvia (the parse hangs "praised" off the name)
  const rows: Row[] = [
    ["Arland", "PROPN", 0, "root"],
    [",", "PUNCT", 3, "punct"],
    ["after", "ADP", 4, "case"],
    ["talks", "NOUN", 1, "obl", "talk"],
    ["in", "ADP", 6, "case"],
    ["Cerland", "PROPN", 4, "nmod"],
    [",", "PUNCT", 8, "punct"],
    ["praised", "VERB", 1, "acl", "praise"],
    ["Borvia", "PROPN", 8, "obj"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [6, 6], code: "CER" },
    { tokens: [9, 9], code: "BRV" },
  ]);
  assert.ok(ev.includes("ARL 051 BRV asserted asserted"), ev.join("; "));
});

test("an agentless passive keeps its event with an unknown source", () => {
  // Hundreds of protesters were detained .
  const rows: Row[] = [
    ["Protesters", "NOUN", 3, "nsubj:pass", "protester"],
    ["were", "AUX", 3, "aux:pass", "be"],
    ["detained", "VERB", 0, "root", "detain"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(rows, []), ["- 173 --- asserted asserted"]);
});

test("a warning about another party's deed accuses it; about a trend, voices pessimism", () => {
  // Arland warned that Borvia had sent troops / Arland warned that prices were rising
  const deed: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["warned", "VERB", 0, "root", "warn"],
    ["that", "SCONJ", 6, "mark"],
    ["Borvia", "PROPN", 6, "nsubj"],
    ["had", "AUX", 6, "aux", "have"],
    ["moved", "VERB", 2, "ccomp", "move"],
    ["troops", "NOUN", 6, "obj", "troop"],
  ];
  const ev = code(deed, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [4, 4], code: "BRV" },
  ]);
  assert.ok(ev.includes("ARL 112 BRV asserted asserted"), ev.join("; "));
  const trend: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["warned", "VERB", 0, "root", "warn"],
    ["that", "SCONJ", 6, "mark"],
    ["prices", "NOUN", 6, "nsubj", "price"],
    ["were", "AUX", 6, "aux", "be"],
    ["rising", "VERB", 2, "ccomp", "rise"],
  ];
  assert.deepEqual(code(trend, [{ tokens: [1, 1], code: "ARL" }]), ["ARL 012 - asserted asserted"]);
});

test("disapproval stated as a judgement: 'called the decision unjustified'", () => {
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["called", "VERB", 0, "root", "call"],
    ["the", "DET", 5, "det"],
    ["Borvian", "ADJ", 5, "amod"],
    ["decision", "NOUN", 2, "obj"],
    ["unjustified", "ADJ", 2, "xcomp"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [4, 4], code: "BRV" },
  ]);
  assert.deepEqual(ev, ["ARL 111 BRV asserted asserted"]);
});

test("a killing by a named attack takes the attack's code; killing hundreds is a mass killing", () => {
  // A Arland suicide bombing killed Borvians
  const bombing: Row[] = [
    ["An", "DET", 4, "det", "a"],
    ["Arland", "PROPN", 4, "compound"],
    ["suicide", "NOUN", 4, "compound"],
    ["bombing", "NOUN", 5, "nsubj"],
    ["killed", "VERB", 0, "root", "kill"],
    ["Borvians", "PROPN", 5, "obj"],
  ];
  const ev = code(bombing, [
    { tokens: [2, 2], code: "ARLREB" },
    { tokens: [6, 6], code: "BRVCVL" },
  ]);
  assert.deepEqual(ev, ["ARLREB 1831 BRVCVL asserted asserted"]);
  const mass: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["killed", "VERB", 0, "root", "kill"],
    ["hundreds", "NOUN", 2, "obj", "hundred"],
    ["of", "ADP", 5, "case"],
    ["villagers", "NOUN", 3, "nmod", "villager"],
  ];
  assert.deepEqual(code(mass, [{ tokens: [1, 1], code: "ARLMIL" }]), ["ARLMIL 202 - asserted asserted"]);
});

test("a frame noun's infinitive is framed: 'vows to launch a strike' is a threat", () => {
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["issued", "VERB", 0, "root", "issue"],
    ["vows", "NOUN", 2, "obj", "vow"],
    ["to", "PART", 5, "mark"],
    ["launch", "VERB", 3, "acl"],
    ["attacks", "NOUN", 5, "obj", "attack"],
    ["on", "ADP", 8, "case"],
    ["Borvia", "PROPN", 5, "obl"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [8, 8], code: "BRV" },
  ]);
  assert.deepEqual(ev, ["ARL 138 BRV intended asserted"]);
});

test("a required preposition: 'worked with Borvia' cooperates, 'worked' alone codes nothing", () => {
  const alone: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["worked", "VERB", 0, "root", "work"],
    ["hard", "ADV", 2, "advmod"],
  ];
  assert.deepEqual(code(alone, [{ tokens: [1, 1], code: "ARL" }]), []);
  const withB: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["worked", "VERB", 0, "root", "work"],
    ["with", "ADP", 4, "case"],
    ["Borvia", "PROPN", 2, "obl"],
  ];
  const ev = code(withB, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [4, 4], code: "BRV" },
  ]);
  assert.deepEqual(ev, ["ARL 060 BRV asserted asserted"]);
});

test("civilians clashing with police is a violent protest", () => {
  const rows: Row[] = [
    ["Protesters", "NOUN", 2, "nsubj", "protester"],
    ["clashed", "VERB", 0, "root", "clash"],
    ["with", "ADP", 4, "case"],
    ["police", "NOUN", 2, "obl"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARLCVL" },
    { tokens: [4, 4], code: "ARLCOP" },
  ]);
  assert.deepEqual(ev, ["ARLCVL 145 ARLCOP asserted asserted"]);
});

test("a reaction drawn by someone is aimed at them: 'drew condemnation from Borvia'", () => {
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["drew", "VERB", 0, "root", "draw"],
    ["condemnation", "NOUN", 2, "obj"],
    ["from", "ADP", 5, "case"],
    ["Borvia", "PROPN", 3, "nmod"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [5, 5], code: "BRV" },
  ]);
  assert.deepEqual(ev, ["BRV 111 ARL asserted asserted"]);
});

test("a strike on a country is an attack; a strike by workers is a labour strike", () => {
  // Arland's strike on Borvia ...
  const military: Row[] = [
    ["Arland", "PROPN", 3, "nmod:poss"],
    ["'s", "PART", 1, "case"],
    ["strike", "NOUN", 0, "root"],
    ["on", "ADP", 5, "case"],
    ["Borvia", "PROPN", 3, "nmod"],
  ];
  const ev = code(military, [
    { tokens: [1, 1], code: "ARLMIL" },
    { tokens: [5, 5], code: "BRV" },
  ]);
  assert.deepEqual(ev, ["ARLMIL 190 BRV asserted asserted"]);
  const labour: Row[] = [
    ["Workers", "NOUN", 3, "nmod:poss", "worker"],
    ["'", "PART", 1, "case"],
    ["strike", "NOUN", 0, "root"],
    ["against", "ADP", 5, "case"],
    ["Arland", "PROPN", 3, "nmod"],
  ];
  const ev2 = code(labour, [
    { tokens: [1, 1], code: "ARLLAB" },
    { tokens: [5, 5], code: "ARLGOV" },
  ]);
  assert.deepEqual(ev2, ["ARLLAB 143 ARLGOV asserted asserted"]);
});

test("a protest that is the subject of its clause stands as an event; a named organiser is its source", () => {
  // The rally was organised by Arland's opposition
  const rows: Row[] = [
    ["The", "DET", 2, "det", "the"],
    ["rally", "NOUN", 4, "nsubj:pass"],
    ["was", "AUX", 4, "aux:pass", "be"],
    ["organised", "VERB", 0, "root", "organise"],
    ["by", "ADP", 6, "case"],
    ["Arlanders", "PROPN", 4, "obl:agent"],
  ];
  assert.deepEqual(code(rows, [{ tokens: [6, 6], code: "ARLOPP" }]), ["ARLOPP 141 - asserted asserted"]);
});

test("an act done to a person: the possessor is the victim, unless an 'of' phrase names one", () => {
  // Borvia condemned Kerr's arrest by Arland police .
  const patient: Row[] = [
    ["Borvia", "PROPN", 2, "nsubj"],
    ["condemned", "VERB", 0, "root", "condemn"],
    ["Kerr", "PROPN", 5, "nmod:poss"],
    ["'s", "PART", 3, "case"],
    ["arrest", "NOUN", 2, "obj"],
    ["by", "ADP", 8, "case"],
    ["Arland", "PROPN", 8, "compound"],
    ["police", "NOUN", 5, "nmod", "police"],
    [".", "PUNCT", 2, "punct"],
  ];
  const ev = code(patient, [
    { tokens: [1, 1], code: "BRV" },
    { tokens: [3, 3], code: "BRVOPP" },
    { tokens: [7, 8], code: "ARLCOP" },
  ]);
  assert.ok(ev.includes("ARLCOP 173 BRVOPP asserted asserted"), ev.join("; "));
  assert.ok(!ev.some((e) => e.startsWith("BRVOPP 173")), ev.join("; "));
  // Arland 's execution of Kerr : the possessor acts
  const agent: Row[] = [
    ["Arland", "PROPN", 3, "nmod:poss"],
    ["'s", "PART", 1, "case"],
    ["execution", "NOUN", 0, "root"],
    ["of", "ADP", 5, "case"],
    ["Kerr", "PROPN", 3, "nmod"],
  ];
  assert.deepEqual(
    code(agent, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [5, 5], code: "BRVOPP" },
    ]).filter((e) => / 1823 /.test(e)),
    ["ARL 1823 BRVOPP asserted asserted"],
  );
});

test("a reciprocal act of coordinated subjects with no target is done by each to the other", () => {
  // Arland and Borvia met .
  const rows: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["and", "CCONJ", 3, "cc"],
    ["Borvia", "PROPN", 1, "conj"],
    ["met", "VERB", 0, "root", "meet"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [3, 3], code: "BRV" },
    ]).sort(),
    ["ARL 040 BRV asserted asserted", "BRV 040 ARL asserted asserted"],
  );
});

test("'accused X of V-ing': the accused is the subject of the gerund", () => {
  // Arland accused Borvia of shelling Cerland .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["accused", "VERB", 0, "root", "accuse"],
    ["Borvia", "PROPN", 2, "obj"],
    ["of", "SCONJ", 5, "mark"],
    ["shelling", "VERB", 2, "advcl", "shell"],
    ["Cerland", "PROPN", 5, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "BRV" },
    { tokens: [6, 6], code: "CER" },
  ]);
  assert.ok(
    ev.some((e) => e.startsWith("BRV 194 CER")),
    ev.join("; "),
  );
  assert.ok(!ev.some((e) => e.startsWith("ARL 194")), ev.join("; "));
});

test("fallback: a silent sentence codes its event word between resolved actors, with its own rule", () => {
  // a misparse reads "Arland's new sanctions against Borvia" as a copula clause: no possessor,
  // so the noun rule finds no source; the nearest actor before the word stands in
  const rows: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["'s", "AUX", 4, "cop", "be"],
    ["new", "ADJ", 4, "amod"],
    ["sanctions", "NOUN", 0, "root", "sanction"],
    ["against", "ADP", 6, "case"],
    ["Borvia", "PROPN", 4, "nmod"],
    [".", "PUNCT", 4, "punct"],
  ];
  const doc = codeDocument(
    handDocument(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [6, 6], code: "BRV" },
    ]),
    res,
  );
  assert.deepEqual(
    doc.events.map((e) => `${e.source?.code} ${e.cameo} ${e.target?.code}`),
    ["ARL 163 BRV"],
  );
  assert.match(doc.events[0].rule, /fallback:nearest-actors/);
  // a dyadic code with no actor after the word stays uncoded
  assert.deepEqual(
    code(rows.slice(0, 4).concat([[".", "PUNCT", 4, "punct"]]), [{ tokens: [1, 1], code: "ARL" }]),
    [],
  );
});

test("fallback: an investigation with no one it looks into is not aimed at the next actor", () => {
  // The Arland investigation overshadowed Borvia .
  const bare: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["investigation", "NOUN", 4, "nsubj"],
    ["overshadowed", "VERB", 0, "root", "overshadow"],
    ["Borvia", "PROPN", 4, "obj"],
    [".", "PUNCT", 4, "punct"],
  ];
  const actors = [
    { tokens: [2, 2] as [number, number], code: "ARL" },
    { tokens: [5, 5] as [number, number], code: "BRV" },
  ];
  assert.deepEqual(code(bare, actors), []);
  // The Arland war overshadowed Borvia . / The attacks overshadowed Borvia . (no one fought or attacked)
  for (const word of ["war", "attacks"]) {
    const rows = bare.map(
      (r, k): Row => (k === 2 ? [word, "NOUN", 4, "nsubj", word === "war" ? "war" : "attack"] : r),
    );
    assert.deepEqual(code(rows, actors), [], word);
  }
  // The inquiry into Borvia 's accounts overshadowed Arland . (the parse hangs "into" on Borvia: the
  // inquiry still looks into the party named inside its phrase)
  const into: Row[] = [
    ["The", "DET", 2, "det"],
    ["inquiry", "NOUN", 7, "nsubj"],
    ["into", "ADP", 4, "case"],
    ["Borvia", "PROPN", 6, "nmod:poss"],
    ["'s", "PART", 4, "case"],
    ["accounts", "NOUN", 2, "nmod", "account"],
    ["overshadowed", "VERB", 0, "root", "overshadow"],
    ["Arland", "PROPN", 7, "obj"],
    [".", "PUNCT", 7, "punct"],
  ];
  const got = code(into, [
    { tokens: [4, 4], code: "BRV" },
    { tokens: [8, 8], code: "ARL" },
  ]);
  assert.ok(
    got.some((e) => e.includes(" 090 ")),
    got.join("; "),
  );
});

test("meeting a goal or being met with a reaction is no meeting; meeting a party still is", () => {
  const actors = [
    { tokens: [1, 1] as [number, number], code: "ARL" },
    { tokens: [4, 4] as [number, number], code: "BRV" },
  ];
  // Arland met Borvia's targets .
  const goal: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["met", "VERB", 0, "root", "meet"],
    ["the", "DET", 5, "det"],
    ["Borvian", "ADJ", 5, "amod"],
    ["targets", "NOUN", 2, "obj", "target"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(goal, actors), []);
  // Arland was met with scepticism in Borvia .
  const reaction: Row[] = [
    ["Arland", "PROPN", 3, "nsubj:pass"],
    ["was", "AUX", 3, "aux:pass", "be"],
    ["met", "VERB", 0, "root", "meet"],
    ["with", "ADP", 5, "case"],
    ["scepticism", "NOUN", 3, "obl"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(reaction, [{ tokens: [1, 1], code: "ARL" }]), []);
  // Arland met Borvia .
  const party: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["met", "VERB", 0, "root", "meet"],
    ["Borvia", "PROPN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(party, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [3, 3], code: "BRV" },
    ]),
    ["ARL 040 BRV asserted asserted"],
  );
});

test("the demands a party must meet, with the relative clause lost in the parse, are no meeting", () => {
  // Arland listed demands that Borvia must meet .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["listed", "VERB", 0, "root", "list"],
    ["demands", "NOUN", 2, "obj", "demand"],
    ["that", "SCONJ", 7, "mark"],
    ["Borvia", "PROPN", 7, "nsubj"],
    ["must", "AUX", 7, "aux"],
    ["meet", "VERB", 2, "ccomp"],
    [".", "PUNCT", 2, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [5, 5], code: "BRV" },
  ]);
  assert.ok(!ev.some((e) => e.includes(" 040 ")), ev.join("; "));
});

test("fighting for a cause is advocacy, not armed conflict; an armed party's fight still is", () => {
  // Arland's senators will fight for lower taxes .
  const cause: Row[] = [
    ["senators", "NOUN", 3, "nsubj", "senator"],
    ["will", "AUX", 3, "aux"],
    ["fight", "VERB", 0, "root"],
    ["for", "ADP", 6, "case"],
    ["lower", "ADJ", 6, "amod", "low"],
    ["taxes", "NOUN", 3, "obl", "tax"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(cause, [{ tokens: [1, 1], code: "ARLLEG" }]), []);
  // Arland's troops fought for control of the town .
  const armed: Row[] = [
    ["troops", "NOUN", 2, "nsubj", "troop"],
    ["fought", "VERB", 0, "root", "fight"],
    ["for", "ADP", 4, "case"],
    ["control", "NOUN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(armed, [{ tokens: [1, 1], code: "ARLMIL" }]), ["ARLMIL 190 - asserted asserted"]);
});

test("'hit' with a level, a goal or a road as object, or by a party with no force, is no attack", () => {
  // The Arland government hit a record low .
  const level: Row[] = [
    ["government", "NOUN", 2, "nsubj"],
    ["hit", "VERB", 0, "root"],
    ["a", "DET", 5, "det"],
    ["record", "NOUN", 5, "compound"],
    ["low", "NOUN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(level, [{ tokens: [1, 1], code: "ARLGOV" }]), []);
  // Arland's senators hit the campaign trail in Borvia .
  const trail: Row[] = [
    ["senators", "NOUN", 2, "nsubj", "senator"],
    ["hit", "VERB", 0, "root"],
    ["the", "DET", 5, "det"],
    ["campaign", "NOUN", 5, "compound"],
    ["trail", "NOUN", 2, "obj"],
    ["in", "ADP", 7, "case"],
    ["Borvia", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(trail, [
      { tokens: [1, 1], code: "ARLLEG" },
      { tokens: [7, 7], code: "BRV" },
    ]),
    [],
  );
  // The pandemic hit Borvian businesses hard .
  const pandemic: Row[] = [
    ["The", "DET", 2, "det"],
    ["pandemic", "NOUN", 3, "nsubj"],
    ["hit", "VERB", 0, "root"],
    ["Borvian", "ADJ", 5, "amod"],
    ["businesses", "NOUN", 3, "obj", "business"],
    ["hard", "ADV", 3, "advmod"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(pandemic, [{ tokens: [4, 5], code: "BRVBUS" }]), []);
  // Arland's senators hit back at Borvia .
  const back: Row[] = [
    ["senators", "NOUN", 2, "nsubj", "senator"],
    ["hit", "VERB", 0, "root"],
    ["back", "ADV", 2, "advmod"],
    ["at", "ADP", 5, "case"],
    ["Borvia", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(back, [
      { tokens: [1, 1], code: "ARLLEG" },
      { tokens: [5, 5], code: "BRV" },
    ]),
    ["ARLLEG 111 BRV asserted asserted"],
  );
  // Arland's troops hit the Borvian town .
  const armed: Row[] = [
    ["troops", "NOUN", 2, "nsubj", "troop"],
    ["hit", "VERB", 0, "root"],
    ["the", "DET", 5, "det"],
    ["Borvian", "ADJ", 5, "amod"],
    ["town", "NOUN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(armed, [
      { tokens: [1, 1], code: "ARLMIL" },
      { tokens: [4, 5], code: "BRV" },
    ]),
    ["ARLMIL 190 BRV asserted asserted"],
  );
});

test("a plain 'fight' by an unarmed party with no one fought is no armed conflict", () => {
  // Arland's senators will stand up and fight .
  const plain: Row[] = [
    ["senators", "NOUN", 3, "nsubj", "senator"],
    ["will", "AUX", 3, "aux"],
    ["stand", "VERB", 0, "root"],
    ["up", "ADP", 3, "compound:prt"],
    ["and", "CCONJ", 6, "cc"],
    ["fight", "VERB", 3, "conj"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(plain, [{ tokens: [1, 1], code: "ARLLEG" }]), []);
  // Arland's senators will fight the proposal in court .
  const court: Row[] = [
    ["senators", "NOUN", 3, "nsubj", "senator"],
    ["will", "AUX", 3, "aux"],
    ["fight", "VERB", 0, "root"],
    ["the", "DET", 5, "det"],
    ["proposal", "NOUN", 3, "obj"],
    ["in", "ADP", 7, "case"],
    ["court", "NOUN", 3, "obl"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.ok(!code(court, [{ tokens: [1, 1], code: "ARLLEG" }]).some((e) => / 19\d* /.test(e)));
  // Arland's rebels fought in the hills .
  const armed: Row[] = [
    ["rebels", "NOUN", 2, "nsubj", "rebel"],
    ["fought", "VERB", 0, "root", "fight"],
    ["in", "ADP", 5, "case"],
    ["the", "DET", 5, "det"],
    ["hills", "NOUN", 2, "obl", "hill"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(armed, [{ tokens: [1, 1], code: "ARLREB" }]), ["ARLREB 190 - asserted asserted"]);
});

test("'kill' with a bill, plan or deal as object is no killing; people killed still are", () => {
  // The Arland senate killed the tax bill on Tuesday .
  const bill: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["senate", "NOUN", 4, "nsubj"],
    ["killed", "VERB", 0, "root", "kill"],
    ["the", "DET", 7, "det"],
    ["tax", "NOUN", 7, "compound"],
    ["bill", "NOUN", 4, "obj"],
    ["on", "ADP", 9, "case"],
    ["Tuesday", "PROPN", 4, "obl"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(code(bill, [{ tokens: [2, 3], code: "ARLLEG" }]), []);
  // The proposal was killed by Arland 's senators .
  const passive: Row[] = [
    ["The", "DET", 2, "det"],
    ["proposal", "NOUN", 4, "nsubj:pass"],
    ["was", "AUX", 4, "aux:pass"],
    ["killed", "VERB", 0, "root", "kill"],
    ["by", "ADP", 8, "case"],
    ["Arland", "PROPN", 8, "nmod:poss"],
    ["'s", "PART", 6, "case"],
    ["senators", "NOUN", 4, "obl:agent", "senator"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(code(passive, [{ tokens: [6, 8], code: "ARLLEG" }]), []);
  // Arland 's soldiers killed two Borvian villagers .
  const people: Row[] = [
    ["Arland", "PROPN", 3, "nmod:poss"],
    ["'s", "PART", 1, "case"],
    ["soldiers", "NOUN", 4, "nsubj", "soldier"],
    ["killed", "VERB", 0, "root", "kill"],
    ["two", "NUM", 7, "nummod"],
    ["Borvian", "ADJ", 7, "amod"],
    ["villagers", "NOUN", 4, "obj", "villager"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(
    code(people, [
      { tokens: [1, 3], code: "ARLMIL" },
      { tokens: [6, 7], code: "BRVCVL" },
    ]),
    ["ARLMIL 190 BRVCVL asserted asserted"],
  );
});

test("'target' with voters, customers or markets as object is no attack; a weapon's target is", () => {
  // The Arland party targeted young Borvian voters .
  const voters: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["party", "NOUN", 4, "nsubj"],
    ["targeted", "VERB", 0, "root", "target"],
    ["young", "ADJ", 7, "amod"],
    ["Borvian", "ADJ", 7, "amod"],
    ["voters", "NOUN", 4, "obj", "voter"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(
    code(voters, [
      { tokens: [2, 3], code: "ARLPTY" },
      { tokens: [6, 7], code: "BRVCVL" },
    ]),
    [],
  );
  // Arland 's firms target Borvian customers .
  const customers: Row[] = [
    ["Arland", "PROPN", 3, "nmod:poss"],
    ["'s", "PART", 1, "case"],
    ["firms", "NOUN", 4, "nsubj", "firm"],
    ["target", "VERB", 0, "root"],
    ["Borvian", "ADJ", 6, "amod"],
    ["customers", "NOUN", 4, "obj", "customer"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(
    code(customers, [
      { tokens: [1, 3], code: "ARLBUS" },
      { tokens: [5, 6], code: "BRVCVL" },
    ]),
    [],
  );
  // Arland 's rebels targeted Borvian voters .
  const armed: Row[] = [
    ["Arland", "PROPN", 3, "nmod:poss"],
    ["'s", "PART", 1, "case"],
    ["rebels", "NOUN", 4, "nsubj", "rebel"],
    ["targeted", "VERB", 0, "root", "target"],
    ["Borvian", "ADJ", 6, "amod"],
    ["voters", "NOUN", 4, "obj", "voter"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(
    code(armed, [
      { tokens: [1, 3], code: "ARLREB" },
      { tokens: [5, 6], code: "BRVCVL" },
    ]),
    ["ARLREB 190 BRVCVL asserted asserted"],
  );
  // Arland 's missiles targeted Borvian markets .
  const missiles: Row[] = [
    ["Arland", "PROPN", 3, "nmod:poss"],
    ["'s", "PART", 1, "case"],
    ["missiles", "NOUN", 4, "nsubj", "missile"],
    ["targeted", "VERB", 0, "root", "target"],
    ["Borvian", "ADJ", 6, "amod"],
    ["markets", "NOUN", 4, "obj", "market"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(
    code(missiles, [
      { tokens: [1, 3], code: "ARL" },
      { tokens: [5, 6], code: "BRVBUS" },
    ]),
    ["ARL 190 BRVBUS asserted asserted"],
  );
});

test("'beat' with a score or a contest word in its clause is a result, not an assault", () => {
  // Arland beat Borvia 2-1 in the final .
  const score: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["beat", "VERB", 0, "root"],
    ["Borvia", "PROPN", 2, "obj"],
    ["2-1", "NUM", 2, "obl:npmod"],
    ["in", "ADP", 7, "case"],
    ["the", "DET", 7, "det"],
    ["final", "NOUN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  const states = [
    { tokens: [1, 1] as [number, number], code: "ARL" },
    { tokens: [3, 3] as [number, number], code: "BRV" },
  ];
  assert.deepEqual(code(score, states), []);
  // Arland beat Borvia in the championship .
  const contest: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["beat", "VERB", 0, "root"],
    ["Borvia", "PROPN", 2, "obj"],
    ["in", "ADP", 6, "case"],
    ["the", "DET", 6, "det"],
    ["championship", "NOUN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(contest, states), []);
  // Arland 's troops beat Borvian protesters .
  const troops: Row[] = [
    ["Arland", "PROPN", 3, "nmod:poss"],
    ["'s", "PART", 1, "case"],
    ["troops", "NOUN", 4, "nsubj", "troop"],
    ["beat", "VERB", 0, "root"],
    ["Borvian", "ADJ", 6, "amod"],
    ["protesters", "NOUN", 4, "obj", "protester"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(
    code(troops, [
      { tokens: [1, 3], code: "ARLMIL" },
      { tokens: [5, 6], code: "BRVOPP" },
    ]),
    ["ARLMIL 182 BRVOPP asserted asserted"],
  );
});

test("'target' by an unarmed party (a ministry, a paper, a firm) with no armed party or weapon in sight is no attack", () => {
  // The Arland tax office targeted Borvian charities .
  const office: Row[] = [
    ["The", "DET", 4, "det"],
    ["Arland", "PROPN", 4, "compound"],
    ["tax", "NOUN", 4, "compound"],
    ["office", "NOUN", 5, "nsubj"],
    ["targeted", "VERB", 0, "root", "target"],
    ["Borvian", "ADJ", 7, "amod"],
    ["charities", "NOUN", 5, "obj", "charity"],
    [".", "PUNCT", 5, "punct"],
  ];
  assert.deepEqual(
    code(office, [
      { tokens: [2, 4], code: "ARLGOV" },
      { tokens: [6, 7], code: "BRVNGO" },
    ]),
    [],
  );
  // The Arland government targeted Borvian rebels . (an armed party targeted: an attack)
  const rebels: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["government", "NOUN", 4, "nsubj"],
    ["targeted", "VERB", 0, "root", "target"],
    ["Borvian", "ADJ", 6, "amod"],
    ["rebels", "NOUN", 4, "obj", "rebel"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(
    code(rebels, [
      { tokens: [2, 3], code: "ARLGOV" },
      { tokens: [5, 6], code: "BRVREB" },
    ]),
    ["ARLGOV 190 BRVREB asserted asserted"],
  );
});

test("'hit X with tariffs' imposes an economic measure (163), not force", () => {
  // Arland hit Borvia with new tariffs .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["hit", "VERB", 0, "root"],
    ["Borvia", "PROPN", 2, "obj"],
    ["with", "ADP", 6, "case"],
    ["new", "ADJ", 6, "amod"],
    ["tariffs", "NOUN", 2, "obl", "tariff"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARLGOV" },
      { tokens: [3, 3], code: "BRV" },
    ]),
    ["ARLGOV 163 BRV asserted asserted"],
  );
});

test("'beat' a candidate or a party's politician, or 'beat back' anything, is a contest won, not an assault", () => {
  // Senator Lind beat Governor Vale .
  const rival: Row[] = [
    ["Senator", "PROPN", 2, "nmod:desc"],
    ["Lind", "PROPN", 3, "nsubj"],
    ["beat", "VERB", 0, "root"],
    ["Governor", "PROPN", 5, "nmod:desc"],
    ["Vale", "PROPN", 3, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(
    code(rival, [
      { tokens: [1, 2], code: "ARLLEG" },
      { tokens: [4, 5], code: "ARLGOV" },
    ]),
    [],
  );
  // Lind beat the incumbent .
  const incumbent: Row[] = [
    ["Lind", "PROPN", 2, "nsubj"],
    ["beat", "VERB", 0, "root"],
    ["the", "DET", 4, "det"],
    ["incumbent", "NOUN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(incumbent, [{ tokens: [1, 1], code: "ARLCVL" }]), []);
  // The senators beat back the challenge .
  const back: Row[] = [
    ["The", "DET", 2, "det"],
    ["senators", "NOUN", 3, "nsubj", "senator"],
    ["beat", "VERB", 0, "root"],
    ["back", "ADV", 3, "compound:prt"],
    ["the", "DET", 6, "det"],
    ["challenge", "NOUN", 3, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(back, [{ tokens: [1, 2], code: "ARLLEG" }]), []);
  // It was days since Ada Lind beat Vera Vale . (the chunk reading, which splits the names, is held
  // to the parse's reading)
  const since: Row[] = [
    ["It", "PRON", 5, "nsubj"],
    ["has", "AUX", 5, "aux", "have"],
    ["been", "AUX", 5, "cop", "be"],
    ["300", "NUM", 5, "nummod"],
    ["days", "NOUN", 0, "root", "day"],
    ["since", "SCONJ", 9, "mark"],
    ["Ada", "PROPN", 9, "nsubj"],
    ["Lind", "PROPN", 7, "flat"],
    ["beat", "VERB", 5, "advcl"],
    ["Vera", "PROPN", 9, "obj"],
    ["Vale", "PROPN", 10, "flat"],
    [",", "PUNCT", 15, "punct"],
    ["but", "CCONJ", 15, "cc"],
    ["there", "PRON", 15, "expl"],
    ["is", "VERB", 5, "conj", "be"],
    ["a", "DET", 17, "det"],
    ["way", "NOUN", 15, "nsubj"],
    [".", "PUNCT", 5, "punct"],
  ];
  assert.deepEqual(
    code(since, [
      { tokens: [7, 8], code: "ARLGOV" },
      { tokens: [10, 11], code: "ARLELI" },
    ]),
    [],
  );
});

test("'capture' with people as object holds or abducts them; with a town it occupies territory", () => {
  // Arland 's police captured two Borvian smugglers .
  const police: Row[] = [
    ["Arland", "PROPN", 3, "nmod:poss"],
    ["'s", "PART", 1, "case"],
    ["police", "NOUN", 4, "nsubj"],
    ["captured", "VERB", 0, "root", "capture"],
    ["two", "NUM", 7, "nummod"],
    ["Borvian", "ADJ", 7, "amod"],
    ["smugglers", "NOUN", 4, "obj", "smuggler"],
    [".", "PUNCT", 4, "punct"],
  ];
  const parties: Parameters<typeof handDocument>[1] = [
    { tokens: [1, 3], code: "ARLCOP" },
    { tokens: [6, 7], code: "BRVCRM" },
  ];
  assert.deepEqual(code(police, parties), ["ARLCOP 173 BRVCRM asserted asserted"]);
  // Borvian rebels captured Arland 's soldiers .
  const rebels: Row[] = [
    ["Borvian", "ADJ", 2, "amod"],
    ["rebels", "NOUN", 3, "nsubj", "rebel"],
    ["captured", "VERB", 0, "root", "capture"],
    ["Arland", "PROPN", 6, "nmod:poss"],
    ["'s", "PART", 4, "case"],
    ["soldiers", "NOUN", 3, "obj", "soldier"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(
    code(rebels, [
      { tokens: [1, 2], code: "BRVREB" },
      { tokens: [4, 6], code: "ARLMIL" },
    ]),
    ["BRVREB 181 ARLMIL asserted asserted"],
  );
  // Borvian rebels captured the town .
  const town: Row[] = [
    ["Borvian", "ADJ", 2, "amod"],
    ["rebels", "NOUN", 3, "nsubj", "rebel"],
    ["captured", "VERB", 0, "root", "capture"],
    ["the", "DET", 5, "det"],
    ["town", "NOUN", 3, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(town, [{ tokens: [1, 2], code: "BRVREB" }]), ["BRVREB 192 - asserted asserted"]);
});

test("a capture on camera or of a mood takes no one", () => {
  // Lind was captured on camera leaving the hotel .
  const camera: Row[] = [
    ["Lind", "PROPN", 3, "nsubj:pass"],
    ["was", "AUX", 3, "aux:pass", "be"],
    ["captured", "VERB", 0, "root", "capture"],
    ["on", "ADP", 5, "case"],
    ["camera", "NOUN", 3, "obl"],
    ["leaving", "VERB", 3, "advcl", "leave"],
    ["the", "DET", 8, "det"],
    ["hotel", "NOUN", 6, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(camera, [{ tokens: [1, 1], code: "ARLELI" }]), [], "a person filmed is not held");
  // Borvian rebels captured the mood of the crowd .
  const mood: Row[] = [
    ["Borvian", "ADJ", 2, "amod"],
    ["rebels", "NOUN", 3, "nsubj", "rebel"],
    ["captured", "VERB", 0, "root", "capture"],
    ["the", "DET", 5, "det"],
    ["mood", "NOUN", 3, "obj"],
    ["of", "ADP", 8, "case"],
    ["the", "DET", 8, "det"],
    ["crowd", "NOUN", 5, "nmod"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(mood, [{ tokens: [1, 2], code: "BRVREB" }]), [], "a mood captured is no seizure");
});

test("'question' with a person as object, by police or prosecutors, is an interrogation; a claim questioned is doubt", () => {
  // Arland 's police questioned Borvian sailors .
  const sailors: Row[] = [
    ["Arland", "PROPN", 3, "nmod:poss"],
    ["'s", "PART", 1, "case"],
    ["police", "NOUN", 4, "nsubj"],
    ["questioned", "VERB", 0, "root", "question"],
    ["Borvian", "ADJ", 6, "amod"],
    ["sailors", "NOUN", 4, "obj", "sailor"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(
    code(sailors, [
      { tokens: [1, 3], code: "ARLCOP" },
      { tokens: [5, 6], code: "BRVCVL" },
    ]),
    ["ARLCOP 090 BRVCVL asserted asserted"],
  );
  // Arland questioned the value of the treaty .
  const value: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["questioned", "VERB", 0, "root", "question"],
    ["the", "DET", 4, "det"],
    ["value", "NOUN", 2, "obj"],
    ["of", "ADP", 7, "case"],
    ["the", "DET", 7, "det"],
    ["treaty", "NOUN", 4, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(value, [{ tokens: [1, 1], code: "ARLGOV" }]), ["ARLGOV 110 - asserted asserted"]);
});

test("a dismissal with an 'as' phrase disapproves, whatever the word after 'as'", () => {
  // Arland dismissed Borvia as unready for talks .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["dismissed", "VERB", 0, "root", "dismiss"],
    ["Borvia", "PROPN", 2, "obj"],
    ["as", "ADP", 5, "case"],
    ["unready", "ADJ", 2, "obl"],
    ["for", "ADP", 7, "case"],
    ["talks", "NOUN", 5, "obl", "talk"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARLGOV" },
      { tokens: [3, 3], code: "BRV" },
    ]),
    ["ARLGOV 111 BRV asserted asserted"],
  );
  // The judge dismissed the case .
  const judge: Row[] = [
    ["The", "DET", 2, "det"],
    ["judge", "NOUN", 3, "nsubj"],
    ["dismissed", "VERB", 0, "root", "dismiss"],
    ["the", "DET", 5, "det"],
    ["case", "NOUN", 3, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(judge, [{ tokens: [2, 2], code: "ARLJUD" }]), []);
});

test("'said it was not easy' judges and denies nothing; 'said it was not involved' denies", () => {
  // Arland said the talks were not easy .
  const easy: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["the", "DET", 4, "det"],
    ["talks", "NOUN", 7, "nsubj", "talk"],
    ["were", "AUX", 7, "cop", "be"],
    ["not", "PART", 7, "advmod"],
    ["easy", "ADJ", 2, "ccomp"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(easy, [{ tokens: [1, 1], code: "ARLGOV" }]), []);
  // Arland said it was not involved .
  const involved: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["it", "PRON", 6, "nsubj"],
    ["was", "AUX", 6, "cop", "be"],
    ["not", "PART", 6, "advmod"],
    ["involved", "ADJ", 2, "ccomp"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(involved, [{ tokens: [1, 1], code: "ARLGOV" }]), ["ARLGOV 016 - asserted asserted"]);
});

test("travel by a private person is no visit; a state's envoy who flies to a capital visits it", () => {
  // Borvian students went to Arland .
  const students: Row[] = [
    ["Borvian", "ADJ", 2, "amod"],
    ["students", "NOUN", 3, "nsubj", "student"],
    ["went", "VERB", 0, "root", "go"],
    ["to", "ADP", 5, "case"],
    ["Arland", "PROPN", 3, "obl"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(
    code(students, [
      { tokens: [1, 2], code: "BRVCVL" },
      { tokens: [5, 5], code: "ARL" },
    ]),
    [],
  );
  // Borvia 's envoy flew to Arland .
  const envoy: Row[] = [
    ["Borvia", "PROPN", 3, "nmod:poss"],
    ["'s", "PART", 1, "case"],
    ["envoy", "NOUN", 4, "nsubj"],
    ["flew", "VERB", 0, "root", "fly"],
    ["to", "ADP", 6, "case"],
    ["Arland", "PROPN", 4, "obl"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(
    code(envoy, [
      { tokens: [1, 3], code: "BRVGOV" },
      { tokens: [6, 6], code: "ARL" },
    ]),
    ["BRVGOV 042 ARL asserted asserted"],
  );
});

test("'call' appeals only when it calls on or for someone: a press conference called asks nothing", () => {
  // Arland called a press conference to answer questions .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["called", "VERB", 0, "root", "call"],
    ["a", "DET", 5, "det"],
    ["press", "NOUN", 5, "compound"],
    ["conference", "NOUN", 2, "obj"],
    ["to", "PART", 7, "mark"],
    ["answer", "VERB", 2, "xcomp"],
    ["questions", "NOUN", 7, "obj", "question"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(rows, [{ tokens: [1, 1], code: "ARLGOV" }]), []);
  // Arland called on Borvia to answer questions .
  const on: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["called", "VERB", 0, "root", "call"],
    ["on", "ADP", 4, "case"],
    ["Borvia", "PROPN", 2, "obl"],
    ["to", "PART", 6, "mark"],
    ["answer", "VERB", 2, "xcomp"],
    ["questions", "NOUN", 6, "obj", "question"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(on, [
      { tokens: [1, 1], code: "ARLGOV" },
      { tokens: [4, 4], code: "BRV" },
    ]),
    ["ARLGOV 020 BRV requested asserted"],
  );
});

test("'called X a Y' names X: no telephone call", () => {
  // Arland called Borvia an oasis of calm .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["called", "VERB", 0, "root", "call"],
    ["Borvia", "PROPN", 2, "obj"],
    ["an", "DET", 5, "det"],
    ["oasis", "NOUN", 2, "xcomp"],
    ["of", "ADP", 7, "case"],
    ["calm", "NOUN", 5, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARLGOV" },
      { tokens: [3, 3], code: "BRV" },
    ]),
    [],
  );
});

test("'called X a \u201cY\u201d': the parse's naming holds for the chunk reading too", () => {
  // Arland called Borvia a “rogue state whose rulers lie” . (the quote marks split the chunks)
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["called", "VERB", 0, "root", "call"],
    ["Borvia", "PROPN", 2, "obj"],
    ["a", "DET", 7, "det"],
    ["“", "PUNCT", 7, "punct"],
    ["rogue", "ADJ", 7, "amod"],
    ["state", "NOUN", 2, "xcomp"],
    ["whose", "PRON", 9, "nmod:poss"],
    ["rulers", "NOUN", 10, "nsubj", "ruler"],
    ["lie", "VERB", 7, "acl:relcl"],
    ["”", "PUNCT", 7, "punct"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [3, 3], code: "BRV" },
  ]);
  assert.ok(!got.some((e) => e.includes(" 041 ")), got.join("; "));
});

test("'a firm called X' names the firm: no telephone call", () => {
  // Vosk bought a firm called Lindcorp .
  const rows: Row[] = [
    ["Vosk", "PROPN", 2, "nsubj"],
    ["bought", "VERB", 0, "root", "buy"],
    ["a", "DET", 4, "det"],
    ["firm", "NOUN", 2, "obj"],
    ["called", "VERB", 4, "acl", "call"],
    ["Lindcorp", "PROPN", 5, "xcomp"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "VSKGOV" },
    { tokens: [6, 6], code: "VSKBUS" },
  ]);
  assert.ok(!got.some((e) => e.includes(" 041 ")), got.join("; "));
});

test("'said it would not attack' keeps the negated act; only a deed said not done is a denial", () => {
  // Arland said it would not attack Borvia .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["it", "PRON", 6, "nsubj"],
    ["would", "AUX", 6, "aux"],
    ["not", "PART", 6, "advmod"],
    ["attack", "VERB", 2, "ccomp"],
    ["Borvia", "PROPN", 6, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const events = code(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [7, 7], code: "BRV" },
  ]);
  assert.ok(events.length > 0 && !events.some((e) => e.includes(" 016 ")), events.join("; "));
});

test("a state that bombs does it from the air (195); rebels plant bombs (183)", () => {
  // Arland bombed a Borvian depot .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["bombed", "VERB", 0, "root", "bomb"],
    ["a", "DET", 5, "det"],
    ["Borvian", "ADJ", 5, "amod", "borvian"],
    ["depot", "NOUN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const state = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [4, 4], code: "BRV" },
  ]);
  assert.deepEqual(state, ["ARL 195 BRV asserted asserted"]);
  const rebels = code(rows, [
    { tokens: [1, 1], code: "ARLREB" },
    { tokens: [4, 4], code: "BRV" },
  ]);
  assert.deepEqual(rebels, ["ARLREB 183 BRV asserted asserted"]);
});

test("what an attack that killed was aimed at is not its doer", () => {
  // The attack on the Borvian embassy killed seven officers .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["attack", "NOUN", 7, "nsubj"],
    ["on", "ADP", 6, "case"],
    ["the", "DET", 6, "det"],
    ["Borvian", "ADJ", 6, "amod", "borvian"],
    ["embassy", "NOUN", 2, "nmod"],
    ["killed", "VERB", 0, "root", "kill"],
    ["seven", "NUM", 9, "nummod"],
    ["officers", "NOUN", 7, "obj", "officer"],
    [".", "PUNCT", 7, "punct"],
  ];
  const got = code(rows, [
    { tokens: [4, 6], code: "BRVGOV" },
    { tokens: [8, 9], code: "BRVCOP" },
  ]);
  assert.deepEqual(got, ["- 190 BRVCOP asserted asserted"]);
});

test("promising or pledging weapons named by their kind is intent to give military aid (0332)", () => {
  // Arland promised Borvia more Patriot systems .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["promised", "VERB", 0, "root", "promise"],
    ["Borvia", "PROPN", 2, "iobj"],
    ["more", "ADJ", 6, "amod", "more"],
    ["Patriot", "PROPN", 6, "compound", "patriot"],
    ["systems", "NOUN", 2, "obj", "system"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "BRV" },
  ]);
  assert.deepEqual(got, ["ARL 0332 BRV asserted asserted"]);
});

test("a capitalised verb after a name is a headline's predicate when it has that name for subject", () => {
  // Arland Warns Borvia Against Attack
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["Warns", "VERB", 0, "root", "warn"],
    ["Borvia", "PROPN", 2, "obj"],
    ["Against", "ADP", 5, "case", "against"],
    ["Attack", "NOUN", 2, "obl", "attack"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "BRV" },
  ]);
  assert.deepEqual(got, ["ARL 130 BRV asserted asserted"]);
});

test("a court that strikes down a rule strikes no one", () => {
  // The court struck down the ban .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["court", "NOUN", 3, "nsubj"],
    ["struck", "VERB", 0, "root", "strike"],
    ["down", "ADP", 3, "compound:prt"],
    ["the", "DET", 6, "det"],
    ["ban", "NOUN", 3, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(rows, [{ tokens: [1, 2], code: "ARLJUD" }]), []);
});

test("'the two governments' are the governments of the two states named before", () => {
  // Arland met Borvia ; the two governments condemned Cerland .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["met", "VERB", 0, "root", "meet"],
    ["Borvia", "PROPN", 2, "obj"],
    [";", "PUNCT", 2, "punct"],
    ["the", "DET", 7, "det"],
    ["two", "NUM", 7, "nummod"],
    ["governments", "NOUN", 8, "nsubj", "government"],
    ["condemned", "VERB", 2, "parataxis", "condemn"],
    ["Cerland", "PROPN", 8, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "BRV" },
    { tokens: [9, 9], code: "CRL" },
  ]);
  assert.ok(got.includes("ARLGOV 111 CRL asserted asserted"), got.join("; "));
  assert.ok(got.includes("BRVGOV 111 CRL asserted asserted"), got.join("; "));
});

test("an accusation of an attack is aimed at the accused, not at the attacked", () => {
  // Arland accused Borvia of an attack on Cerland .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["accused", "VERB", 0, "root", "accuse"],
    ["Borvia", "PROPN", 2, "obj"],
    ["of", "ADP", 6, "case"],
    ["an", "DET", 6, "det"],
    ["attack", "NOUN", 2, "obl"],
    ["on", "ADP", 8, "case"],
    ["Cerland", "PROPN", 6, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "BRV" },
    { tokens: [8, 8], code: "CRL" },
  ]);
  assert.ok(got.includes("ARL 1123 BRV asserted asserted"), got.join("; "));
});

test("a threat is aimed at the party its condition names", () => {
  // Arland threatened to retaliate if Borvia raised tariffs .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["threatened", "VERB", 0, "root", "threaten"],
    ["to", "PART", 4, "mark"],
    ["retaliate", "VERB", 2, "xcomp", "retaliate"],
    ["if", "SCONJ", 7, "mark"],
    ["Borvia", "PROPN", 7, "nsubj"],
    ["raised", "VERB", 4, "advcl", "raise"],
    ["tariffs", "NOUN", 7, "obj", "tariff"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [6, 6], code: "BRV" },
  ]);
  assert.ok(
    got.some((x) => x.startsWith("ARL 13") && x.includes(" BRV ")),
    got.join("; "),
  );
});

test("a light verb's event noun coordinated after a bare modifier: 'a drone and missile attack on X'", () => {
  // Arland launched a drone and missile attack on Borvia .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["launched", "VERB", 0, "root", "launch"],
    ["a", "DET", 4, "det"],
    ["drone", "NOUN", 2, "obj"],
    ["and", "CCONJ", 7, "cc"],
    ["missile", "NOUN", 7, "compound"],
    ["attack", "NOUN", 4, "conj"],
    ["on", "ADP", 9, "case"],
    ["Borvia", "PROPN", 4, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [9, 9], code: "BRV" },
  ]);
  assert.ok(
    got.some((x) => /^ARL 19\d* BRV/.test(x)),
    got.join("; "),
  );
});

test("ramming a vessel is force", () => {
  // Arland rammed a Borvian boat .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["rammed", "VERB", 0, "root", "ram"],
    ["a", "DET", 5, "det"],
    ["Borvian", "ADJ", 5, "amod", "borvian"],
    ["boat", "NOUN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [4, 4], code: "BRV" },
  ]);
  assert.deepEqual(got, ["ARL 190 BRV asserted asserted"]);
});

test("an act inside an 'if' clause the parse reads as a complement has not happened; the threat is aimed at its doer", () => {
  // Arland said it would retaliate if Borvia imposed tariffs .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["it", "PRON", 5, "nsubj"],
    ["would", "AUX", 5, "aux"],
    ["retaliate", "VERB", 2, "ccomp", "retaliate"],
    ["if", "SCONJ", 8, "mark"],
    ["Borvia", "PROPN", 8, "nsubj"],
    ["imposed", "VERB", 5, "ccomp", "impose"],
    ["tariffs", "NOUN", 8, "obj", "tariff"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "ARL" },
    { tokens: [7, 7], code: "BRV" },
  ]);
  assert.ok(!got.some((x) => x.startsWith("BRV 16")), got.join("; "));
  assert.ok(
    got.some((x) => x.startsWith("ARL 13") && x.includes(" BRV ")),
    got.join("; "),
  );
});

test("the last resort takes no doer for a passive with none named; an arrest keeps its subject as the one held", () => {
  // Lind said that workers must be offered new plans .
  const offered: Row[] = [
    ["Lind", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["that", "SCONJ", 7, "mark"],
    ["workers", "NOUN", 7, "nsubj:pass", "worker"],
    ["must", "AUX", 7, "aux"],
    ["be", "AUX", 7, "aux:pass"],
    ["offered", "VERB", 2, "ccomp", "offer"],
    ["new", "ADJ", 9, "amod"],
    ["plans", "NOUN", 7, "obj", "plan"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(offered, [{ tokens: [1, 1], code: "ARLGOV" }]), []);
  // A former chief of Lindbank was arrested .
  const arrested: Row[] = [
    ["A", "DET", 3, "det"],
    ["former", "ADJ", 3, "amod"],
    ["chief", "NOUN", 7, "nsubj:pass"],
    ["of", "ADP", 5, "case"],
    ["Lindbank", "PROPN", 3, "nmod"],
    ["was", "AUX", 7, "aux:pass", "be"],
    ["arrested", "VERB", 0, "root", "arrest"],
    [".", "PUNCT", 7, "punct"],
  ];
  assert.deepEqual(code(arrested, [{ tokens: [5, 5], code: "ARLBUS" }]), ["- 173 ARLBUS asserted asserted"]);
});

test("'as opposed to' contrasts two things and opposes nothing; 'on record as opposed to' is a stance", () => {
  // Lind courted swing voters , as opposed to the base .
  const contrast: Row[] = [
    ["Lind", "PROPN", 2, "nsubj"],
    ["courted", "VERB", 0, "root", "court"],
    ["swing", "NOUN", 4, "compound"],
    ["voters", "NOUN", 2, "obj", "voter"],
    [",", "PUNCT", 7, "punct"],
    ["as", "ADP", 7, "mark"],
    ["opposed", "VERB", 2, "advcl", "oppose"],
    ["to", "ADP", 10, "case"],
    ["the", "DET", 10, "det"],
    ["base", "NOUN", 7, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(contrast, [{ tokens: [1, 1], code: "ARLGOV" }]), []);
  // Lind is on record as opposed to the tax .
  const stance: Row[] = [
    ["Lind", "PROPN", 4, "nsubj"],
    ["is", "AUX", 4, "cop", "be"],
    ["on", "ADP", 4, "case"],
    ["record", "NOUN", 0, "root"],
    ["as", "ADP", 6, "mark"],
    ["opposed", "VERB", 4, "advcl", "oppose"],
    ["to", "ADP", 9, "case"],
    ["the", "DET", 9, "det"],
    ["tax", "NOUN", 6, "obl"],
    [".", "PUNCT", 4, "punct"],
  ];
  const held = code(stance, [{ tokens: [1, 1], code: "ARLGOV" }]);
  assert.ok(
    held.some((e) => e.startsWith("ARLGOV 11")),
    held.join("; "),
  );
});

test("'went on to lose Vosk' tells what came next: no trip", () => {
  // Lind went on to lose Vosk .
  const rows: Row[] = [
    ["Lind", "PROPN", 2, "nsubj"],
    ["went", "VERB", 0, "root", "go"],
    ["on", "ADV", 2, "advmod"],
    ["to", "PART", 5, "mark"],
    ["lose", "VERB", 2, "advcl"],
    ["Vosk", "PROPN", 5, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [6, 6], code: "VSK" },
  ]);
  assert.deepEqual(
    got.filter((e) => e.includes(" 042 ")),
    [],
  );
});

test("a name given in the passive is the agent's judgement of the subject, and no one's without an agent", () => {
  // Vosk was called a racist by Arland .
  const rows: Row[] = [
    ["Vosk", "PROPN", 3, "nsubj:pass"],
    ["was", "AUX", 3, "aux:pass", "be"],
    ["called", "VERB", 0, "root", "call"],
    ["a", "DET", 5, "det"],
    ["racist", "NOUN", 3, "xcomp"],
    ["by", "ADP", 7, "case"],
    ["Arland", "PROPN", 5, "nmod"],
    [".", "PUNCT", 3, "punct"],
  ];
  const actors = [
    { tokens: [1, 1] as [number, number], code: "VSKGOV" },
    { tokens: [7, 7] as [number, number], code: "ARLGOV" },
  ];
  let got = codeDyads(rows, actors);
  assert.ok(got.includes("ARLGOV 111 VSKGOV"), `Arland judges Vosk: ${got.join("; ")}`);
  assert.ok(!got.some((e) => e.startsWith("VSKGOV 111")), `Vosk does not judge: ${got.join("; ")}`);
  // Vosk was called a racist .
  got = codeDyads(rows.slice(0, 5).concat([[".", "PUNCT", 3, "punct"]]), actors.slice(0, 1));
  assert.ok(!got.some((e) => e.startsWith("VSKGOV 111")), `the one called names no one: ${got.join("; ")}`);
});

test("an owned judgement in reported words is not hedged by the modal of the clause it sits in", () => {
  // Vosk said talks should end Arland 's reckless rhetoric .
  const rows: Row[] = [
    ["Vosk", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["talks", "NOUN", 5, "nsubj", "talk"],
    ["should", "AUX", 5, "aux"],
    ["end", "VERB", 2, "ccomp", "end"],
    ["Arland", "PROPN", 9, "nmod:poss"],
    ["'s", "PART", 6, "case"],
    ["reckless", "ADJ", 9, "amod"],
    ["rhetoric", "NOUN", 5, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors = [
    { tokens: [1, 1] as [number, number], code: "VSKGOV" },
    { tokens: [6, 6] as [number, number], code: "ARLGOV" },
  ];
  let got = codeDyads(rows, actors);
  assert.ok(got.includes("VSKGOV 111 ARLGOV"), `Vosk judges Arland's rhetoric reckless: ${got.join("; ")}`);
  // Should Arland 's reckless rhetoric end ? (a question asserts no judgement)
  const asked: Row[] = [
    ["Should", "AUX", 6, "aux", "should"],
    ["Arland", "PROPN", 5, "nmod:poss"],
    ["'s", "PART", 2, "case"],
    ["reckless", "ADJ", 5, "amod"],
    ["rhetoric", "NOUN", 6, "nsubj"],
    ["end", "VERB", 0, "root", "end"],
    ["?", "PUNCT", 6, "punct"],
  ];
  got = codeDyads(asked, [{ tokens: [2, 2], code: "ARLGOV" }]);
  assert.ok(!got.some((e) => e.includes(" 111 ")), `a question judges no one: ${got.join("; ")}`);
});

test("an act passed over 'rather than' or 'instead of' another is not done", () => {
  // Vosk chose talks instead of attacking Arland .
  const rows: Row[] = [
    ["Vosk", "PROPN", 2, "nsubj"],
    ["chose", "VERB", 0, "root", "choose"],
    ["talks", "NOUN", 2, "obj", "talk"],
    ["instead", "ADV", 6, "mark"],
    ["of", "SCONJ", 4, "fixed"],
    ["attacking", "VERB", 2, "advcl", "attack"],
    ["Arland", "PROPN", 6, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = code(rows, [
    { tokens: [1, 1], code: "VSKMIL" },
    { tokens: [7, 7], code: "ARLMIL" },
  ]);
  const attack = got.filter((e) => e.startsWith("VSKMIL 190 ARLMIL"));
  assert.ok(attack.length > 0, `the attack is still read: ${got.join("; ")}`);
  assert.ok(
    attack.every((e) => e.includes(" neg")),
    `an attack passed over is negated: ${got.join("; ")}`,
  );
});
