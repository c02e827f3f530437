// Coverage of common news shapes found by coding unlabelled news: judgements given as a name ("called
// the move an act of aggression"), blame ("said X was behind the attack"), prefixed irregular verbs.
// Invented sentences with hand-made parses (fictional countries Arland and Brav).
import assert from "node:assert/strict";
import { test } from "node:test";
import { verbLemmas } from "../src/events/morph.js";
import { codeDyads, type HandActor, type Row } from "../src/events/test-helpers.js";

const code = codeDyads;

test("a judgement given as a second object names disapproval of the object's doer", () => {
  // Arland called the Brav move an act of aggression .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["called", "VERB", 0, "root", "call"],
    ["the", "DET", 5, "det"],
    ["Brav", "ADJ", 5, "amod"],
    ["move", "NOUN", 2, "obj"],
    ["an", "DET", 7, "det"],
    ["act", "NOUN", 2, "obj"],
    ["of", "ADP", 9, "case"],
    ["aggression", "NOUN", 7, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [4, 4], code: "BRV" },
    ]),
    ["ARL 111 BRV"],
  );
});

test("a judgement in an 'as' phrase of a naming verb is disapproval; a neutral one is nothing", () => {
  // Arland described the expulsions as a hostile|useful act .
  const rows = (adj: string): Row[] => [
    ["Arland", "PROPN", 2, "nsubj"],
    ["described", "VERB", 0, "root", "describe"],
    ["the", "DET", 4, "det"],
    ["expulsions", "NOUN", 2, "obj", "expulsion"],
    ["as", "ADP", 8, "case"],
    ["a", "DET", 8, "det"],
    [adj, "ADJ", 8, "amod"],
    ["act", "NOUN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors: HandActor[] = [{ tokens: [1, 1], code: "ARL" }];
  assert.deepEqual(code(rows("hostile"), actors), ["ARL 111 -"]);
  assert.deepEqual(code(rows("useful"), actors), []);
});

test("'said X was behind the attack' accuses X; 'was not behind' does not", () => {
  // Arland said Brav was (not) behind the attack .
  const rows = (neg: boolean): Row[] => {
    const r: Row[] = [
      ["Arland", "PROPN", 2, "nsubj"],
      ["said", "VERB", 0, "root", "say"],
      ["Brav", "PROPN", 8, "nsubj"],
      ["was", "AUX", 8, "cop", "be"],
      ["not", "PART", 8, "advmod"],
      ["behind", "ADP", 8, "case"],
      ["the", "DET", 8, "det"],
      ["attack", "NOUN", 2, "ccomp"],
      [".", "PUNCT", 2, "punct"],
    ];
    if (neg) return r;
    // drop "not" and renumber the heads after it
    return r.filter((x) => x[0] !== "not").map(([t, u, h, d, l]) => [t, u, h > 5 ? h - 1 : h, d, l] as Row);
  };
  const actors: HandActor[] = [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "BRV" },
  ];
  assert.ok(code(rows(false), actors).includes("ARL 112 BRV"), code(rows(false), actors).join("; "));
  assert.ok(!code(rows(true), actors).some((e) => / 112 /.test(e)), code(rows(true), actors).join("; "));
});

test("prefixed irregular past forms find their verb", () => {
  assert.ok(verbLemmas("retook").includes("retake"));
  assert.ok(verbLemmas("overthrew").includes("overthrow"));
  assert.ok(verbLemmas("withheld").includes("withhold"));
  assert.ok(verbLemmas("upheld").includes("uphold"));
  // a whole irregular form keeps its own reading first
  assert.equal(verbLemmas("withdrew")[0], "withdraw");
});

test("a party reporting another's coercion accuses it; its own forces' acts and the press do not", () => {
  // Arland said Brav detained the sailors .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["Brav", "PROPN", 4, "nsubj"],
    ["detained", "VERB", 2, "ccomp", "detain"],
    ["the", "DET", 6, "det"],
    ["sailors", "NOUN", 4, "obj", "sailor"],
    [".", "PUNCT", 2, "punct"],
  ];
  const with_ = (speaker: string, doer: string) =>
    code(rows, [
      { tokens: [1, 1], code: speaker },
      { tokens: [3, 3], code: doer },
    ]);
  assert.ok(with_("ARLGOV", "BRVGOV").includes("ARLGOV 112 BRVGOV"), with_("ARLGOV", "BRVGOV").join("; "));
  // a government on its own police, and a news agency, accuse no one
  assert.ok(!with_("ARLGOV", "ARLCOP").some((e) => / 112 /.test(e)), with_("ARLGOV", "ARLCOP").join("; "));
  assert.ok(!with_("ARLMED", "BRVGOV").some((e) => / 112 /.test(e)), with_("ARLMED", "BRVGOV").join("; "));
  // the state and its opponents do accuse each other
  assert.ok(with_("ARLOPP", "ARLGOV").includes("ARLOPP 112 ARLGOV"), with_("ARLOPP", "ARLGOV").join("; "));
});

test("a 'strike' is a labour strike only where the sentence speaks of work", () => {
  // The strike by Arland (workers) hurt Brav .
  const rows = (workers: boolean): Row[] => {
    const r: Row[] = [
      ["The", "DET", 2, "det"],
      ["strike", "NOUN", 6, "nsubj"],
      ["by", "ADP", 5, "case"],
      ["Arland", workers ? "ADJ" : "PROPN", workers ? 5 : 2, workers ? "amod" : "nmod"],
      ["workers", "NOUN", 2, "nmod", "worker"],
      ["hurt", "VERB", 0, "root"],
      ["Brav", "PROPN", 6, "obj"],
      [".", "PUNCT", 6, "punct"],
    ];
    if (workers) return r;
    return r
      .filter((x) => x[0] !== "workers")
      .map(([t, u, h, d, l]) => [t, u, h > 4 ? h - 1 : h, d, l] as Row);
  };
  const military = code(rows(false), [
    { tokens: [4, 4], code: "ARL" },
    { tokens: [6, 6], code: "BRV" },
  ]);
  assert.ok(!military.some((e) => / 14\d /.test(e)), military.join("; "));
  const labour = code(rows(true), [
    { tokens: [4, 5], code: "ARLLAB" },
    { tokens: [7, 7], code: "BRV" },
  ]);
  assert.ok(
    labour.some((e) => /^ARLLAB 14\d /.test(e)),
    labour.join("; "),
  );
});

test("coming back is no return of people or property; handing back is", () => {
  // Arland returned (the sailors) to Brav .
  const rows = (obj: boolean): Row[] =>
    obj
      ? [
          ["Arland", "PROPN", 2, "nsubj"],
          ["returned", "VERB", 0, "root", "return"],
          ["the", "DET", 4, "det"],
          ["sailors", "NOUN", 2, "obj", "sailor"],
          ["to", "ADP", 6, "case"],
          ["Brav", "PROPN", 2, "obl"],
          [".", "PUNCT", 2, "punct"],
        ]
      : [
          ["Arland", "PROPN", 2, "nsubj"],
          ["returned", "VERB", 0, "root", "return"],
          ["to", "ADP", 4, "case"],
          ["Brav", "PROPN", 2, "obl"],
          [".", "PUNCT", 2, "punct"],
        ];
  const back = code(rows(true), [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [6, 6], code: "BRV" },
  ]);
  assert.ok(
    back.some((e) => /^ARL 084/.test(e)),
    back.join("; "),
  );
  const home = code(rows(false), [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [4, 4], code: "BRV" },
  ]);
  assert.ok(!home.some((e) => / 08\d/.test(e)), home.join("; "));
});

test("joint drills between two partners are military cooperation each way", () => {
  // Arland and Brav began joint naval drills .
  const rows: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["and", "CCONJ", 3, "cc"],
    ["Brav", "PROPN", 1, "conj"],
    ["began", "VERB", 0, "root", "begin"],
    ["joint", "ADJ", 7, "amod"],
    ["naval", "ADJ", 7, "amod"],
    ["drills", "NOUN", 4, "obj", "drill"],
    [".", "PUNCT", 4, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "BRV" },
  ]);
  assert.ok(ev.includes("ARL 062 BRV") && ev.includes("BRV 062 ARL"), ev.join("; "));
});

test("'sees X as a provocation' disapproves; 'sees X' alone says nothing", () => {
  // Arland sees the Brav sale as a provocation .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["sees", "VERB", 0, "root", "see"],
    ["the", "DET", 5, "det"],
    ["Brav", "ADJ", 5, "amod"],
    ["sale", "NOUN", 2, "obj"],
    ["as", "ADP", 8, "case"],
    ["a", "DET", 8, "det"],
    ["provocation", "NOUN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors: HandActor[] = [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [4, 4], code: "BRV" },
  ];
  assert.deepEqual(code(rows, actors), ["ARL 111 BRV"]);
  // Arland sees Brav daily .
  const plain: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["sees", "VERB", 0, "root", "see"],
    ["Brav", "PROPN", 2, "obj"],
    ["daily", "ADV", 2, "advmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(plain, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [3, 3], code: "BRV" },
    ]),
    [],
  );
});

test("sanctions promised on a condition are a threat, and the condition's act has not happened", () => {
  // If Brav attacks Arland , Arland will impose sanctions on Brav .
  const rows: Row[] = [
    ["If", "SCONJ", 3, "mark"],
    ["Brav", "PROPN", 3, "nsubj"],
    ["attacks", "VERB", 8, "advcl", "attack"],
    ["Arland", "PROPN", 3, "obj"],
    [",", "PUNCT", 8, "punct"],
    ["Arland", "PROPN", 8, "nsubj"],
    ["will", "AUX", 8, "aux"],
    ["impose", "VERB", 0, "root"],
    ["sanctions", "NOUN", 8, "obj", "sanction"],
    ["on", "ADP", 11, "case"],
    ["Brav", "PROPN", 9, "nmod"],
    [".", "PUNCT", 8, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [2, 2], code: "BRV" },
    { tokens: [4, 4], code: "ARL" },
    { tokens: [6, 6], code: "ARL" },
    { tokens: [11, 11], code: "BRV" },
  ]);
  assert.ok(ev.includes("ARL 1312 BRV"), ev.join("; "));
  assert.ok(!ev.some((e) => e.startsWith("BRV 19")), ev.join("; "));
});

test("two parties exchanging fire fight each other; laying blame on a party accuses it", () => {
  // Arland and Brav exchanged fire .
  const fire: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["and", "CCONJ", 3, "cc"],
    ["Brav", "PROPN", 1, "conj"],
    ["exchanged", "VERB", 0, "root", "exchange"],
    ["fire", "NOUN", 4, "obj"],
    [".", "PUNCT", 4, "punct"],
  ];
  const ev = code(fire, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "BRV" },
  ]);
  assert.ok(ev.includes("ARL 190 BRV") && ev.includes("BRV 190 ARL"), ev.join("; "));
  // Arland laid the blame on Brav .
  const blame: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["laid", "VERB", 0, "root", "lay"],
    ["the", "DET", 4, "det"],
    ["blame", "NOUN", 2, "obj"],
    ["on", "ADP", 6, "case"],
    ["Brav", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(blame, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [6, 6], code: "BRV" },
    ]),
    ["ARL 112 BRV"],
  );
});

test("attacking a deal is criticism, attacking a base is force; closing a border restricts movement", () => {
  // Arland attacked the deal|base .  /  Arland closed the border .
  const rows = (verb: string, lemma: string, obj: string): Row[] => [
    ["Arland", "PROPN", 2, "nsubj"],
    [verb, "VERB", 0, "root", lemma],
    ["the", "DET", 4, "det"],
    [obj, "NOUN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors: HandActor[] = [{ tokens: [1, 1], code: "ARL" }];
  assert.deepEqual(code(rows("attacked", "attack", "deal"), actors), ["ARL 111 -"]);
  assert.deepEqual(code(rows("attacked", "attack", "base"), actors), ["ARL 190 -"]);
  assert.deepEqual(code(rows("closed", "close", "border"), actors), ["ARL 191 -"]);
});

test("failing at a coded act refuses it; failing at an uncoded one is no event", () => {
  // Arland failed to release|persuade the sailors .
  const rows = (verb: string): Row[] => [
    ["Arland", "PROPN", 2, "nsubj"],
    ["failed", "VERB", 0, "root", "fail"],
    ["to", "PART", 4, "mark"],
    [verb, "VERB", 2, "xcomp"],
    ["the", "DET", 6, "det"],
    ["sailors", "NOUN", 4, "obj", "sailor"],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors: HandActor[] = [{ tokens: [1, 1], code: "ARL" }];
  const released = code(rows("release"), actors);
  assert.ok(released.length > 0 && released.every((e) => /^ARL 12/.test(e)), released.join("; "));
  assert.deepEqual(code(rows("persuade"), actors), []);
});

test("what a speaker says another party must or should do is a demand or an appeal, not the act", () => {
  // Arland said Brav must|should release the sailors .
  const rows = (aux: string): Row[] => [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["Brav", "PROPN", 5, "nsubj"],
    [aux, "AUX", 5, "aux"],
    ["release", "VERB", 2, "ccomp"],
    ["the", "DET", 7, "det"],
    ["sailors", "NOUN", 5, "obj", "sailor"],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors: HandActor[] = [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "BRV" },
  ];
  const must = code(rows("must"), actors);
  assert.ok(must.includes("ARL 1053 BRV") && !must.some((e) => / 084/.test(e)), must.join("; "));
  const should = code(rows("should"), actors);
  assert.ok(should.includes("ARL 0253 BRV") && !should.some((e) => / 084/.test(e)), should.join("; "));
  // the speaker's own duty is left alone: Arland said Arland must release the sailors
  const own = code(rows("must"), [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [3, 3], code: "ARL" },
  ]);
  assert.ok(!own.some((e) => / 10\d* /.test(e)), own.join("; "));
});

test("'called the strikes unjustified' with the adjective parsed after the noun is a judgement, not strikes", () => {
  // Arland called the strikes unjustified .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["called", "VERB", 0, "root", "call"],
    ["the", "DET", 4, "det"],
    ["strikes", "NOUN", 2, "obj", "strike"],
    ["unjustified", "ADJ", 4, "amod"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(rows, [{ tokens: [1, 1], code: "ARL" }]), ["ARL 111 -"]);
});

test("a negated thought or a refusal to come is no denial; a negated deed is", () => {
  // Arland said it did not know|attack .
  const rows = (verb: string, lemma: string): Row[] => [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["it", "PRON", 6, "nsubj"],
    ["did", "AUX", 6, "aux", "do"],
    ["not", "PART", 6, "advmod"],
    [verb, "VERB", 2, "ccomp", lemma],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors: HandActor[] = [{ tokens: [1, 1], code: "ARLGOV" }];
  assert.ok(
    code(rows("attack", "attack"), actors).includes("ARLGOV 016 -"),
    code(rows("attack", "attack"), actors).join("; "),
  );
  assert.deepEqual(code(rows("know", "know"), actors), []);
});

test("tariffs laid on another party's goods are a sanction (163)", () => {
  // Arland raised tariffs on Brav steel .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["raised", "VERB", 0, "root", "raise"],
    ["tariffs", "NOUN", 2, "obj", "tariff"],
    ["on", "ADP", 6, "case"],
    ["Brav", "PROPN", 6, "compound"],
    ["steel", "NOUN", 3, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [5, 5], code: "BRV" },
  ]);
  assert.ok(
    ev.some((e) => /^ARL 163/.test(e)),
    ev.join("; "),
  );
});

test("a report that a deed was sponsored by a party accuses that party", () => {
  // Arland said the raid was sponsored by Brav .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["the", "DET", 4, "det"],
    ["raid", "NOUN", 6, "nsubj:pass"],
    ["was", "AUX", 6, "aux:pass", "be"],
    ["sponsored", "VERB", 2, "ccomp", "sponsor"],
    ["by", "ADP", 8, "case"],
    ["Brav", "PROPN", 6, "obl:agent"],
    [".", "PUNCT", 2, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARL" },
    { tokens: [8, 8], code: "BRV" },
  ]);
  assert.ok(ev.includes("ARL 112 BRV"), ev.join("; "));
});
