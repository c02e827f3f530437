// Words that coded the wrong event on unlabelled news: releases of texts and of no one, "free" as an
// adjective, "threat" as a danger rather than a party's act, "insisted" on a claim, and "not going to"
// read as a denial. Invented sentences with hand-made parses (fictional countries Arland and Brav).
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeDyads as code, type Row } from "../src/events/test-helpers.js";

test("a release of a poster, or of a statement the parse splits, sets no one free; people released are", () => {
  // The Arland police released a poster naming the suspect .
  const poster: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["police", "NOUN", 4, "nsubj"],
    ["released", "VERB", 0, "root", "release"],
    ["a", "DET", 6, "det"],
    ["poster", "NOUN", 4, "obj"],
    ["naming", "VERB", 6, "acl", "name"],
    ["the", "DET", 9, "det"],
    ["suspect", "NOUN", 7, "obj"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(code(poster, [{ tokens: [2, 3], code: "ARLCOP" }]), []);
  // The Arland council released a statement cancelling business .
  const split: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["council", "NOUN", 4, "nsubj"],
    ["released", "VERB", 0, "root", "release"],
    ["a", "DET", 8, "det"],
    ["statement", "NOUN", 8, "compound"],
    ["cancelling", "NOUN", 8, "compound"],
    ["business", "NOUN", 4, "obj"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(code(split, [{ tokens: [2, 3], code: "ARLGOV" }]), []);
  // Arland released three hostages on Sunday .
  const hostages: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["released", "VERB", 0, "root", "release"],
    ["three", "NUM", 4, "nummod"],
    ["hostages", "NOUN", 2, "obj", "hostage"],
    ["on", "ADP", 6, "case"],
    ["Sunday", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(hostages, [{ tokens: [1, 1], code: "ARL" }]), ["ARL 0841 -"]);
});

test("'free' as an adjective frees no one; the verb does", () => {
  // Arland wants a free and fair vote in Brav .
  const adjective: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["backs", "VERB", 0, "root", "back"],
    ["a", "DET", 7, "det"],
    ["free", "ADJ", 7, "amod"],
    ["and", "CCONJ", 6, "cc"],
    ["fair", "ADJ", 4, "conj"],
    ["vote", "NOUN", 2, "obj"],
    ["in", "ADP", 9, "case"],
    ["Brav", "PROPN", 7, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.ok(
    !code(adjective, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [9, 9], code: "BRV" },
    ]).some((e) => e.includes("0841")),
  );
  // The Brav envoy is free .
  const state: Row[] = [
    ["The", "DET", 3, "det"],
    ["Brav", "PROPN", 3, "compound"],
    ["envoy", "NOUN", 5, "nsubj"],
    ["is", "AUX", 5, "cop", "be"],
    ["free", "ADJ", 5, "root"],
    [".", "PUNCT", 5, "punct"],
  ];
  assert.deepEqual(code(state, [{ tokens: [2, 3], code: "BRVGOV" }]), []);
  // Arland did free the Brav sailors .
  const verb: Row[] = [
    ["Arland", "PROPN", 3, "nsubj"],
    ["did", "AUX", 3, "aux", "do"],
    ["free", "VERB", 0, "root"],
    ["the", "DET", 6, "det"],
    ["Brav", "PROPN", 6, "compound"],
    ["sailors", "NOUN", 3, "obj", "sailor"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(
    code(verb, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [5, 6], code: "BRVMIL" },
    ]),
    ["ARL 0841 BRVMIL"],
  );
});

test("a threat with no party of its own is a danger; a party's threats are its act", () => {
  // Arland troops in Brav face a growing threat .
  const danger: Row[] = [
    ["Arland", "PROPN", 2, "compound"],
    ["troops", "NOUN", 5, "nsubj", "troop"],
    ["in", "ADP", 4, "case"],
    ["Brav", "PROPN", 2, "nmod"],
    ["face", "VERB", 0, "root"],
    ["a", "DET", 8, "det"],
    ["growing", "VERB", 8, "amod", "grow"],
    ["threat", "NOUN", 5, "obj"],
    [".", "PUNCT", 5, "punct"],
  ];
  assert.deepEqual(
    code(danger, [
      { tokens: [1, 2], code: "ARLMIL" },
      { tokens: [4, 4], code: "BRV" },
    ]),
    [],
  );
  // Officials worry about Arland 's threats to Brav .
  const owned: Row[] = [
    ["Officials", "NOUN", 2, "nsubj", "official"],
    ["discussed", "VERB", 0, "root", "discuss"],
    ["Arland", "PROPN", 5, "nmod:poss"],
    ["'s", "PART", 3, "case"],
    ["threats", "NOUN", 2, "obj", "threat"],
    ["to", "ADP", 7, "case"],
    ["Brav", "PROPN", 5, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.ok(
    code(owned, [
      { tokens: [3, 3], code: "ARL" },
      { tokens: [7, 7], code: "BRV" },
    ]).includes("ARL 130 BRV"),
  );
});

test("insisting on a claim asserts it; insisting on an act demands it", () => {
  // Arland insisted that its troops were not in Brav .
  const claim: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["insisted", "VERB", 0, "root", "insist"],
    ["that", "SCONJ", 8, "mark"],
    ["its", "PRON", 5, "nmod:poss"],
    ["troops", "NOUN", 8, "nsubj", "troop"],
    ["were", "AUX", 8, "cop", "be"],
    ["not", "PART", 8, "advmod"],
    ["in", "ADP", 8, "case"],
    ["Brav", "PROPN", 2, "ccomp"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.ok(
    !code(claim, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [9, 9], code: "BRV" },
    ]).some((e) => e.includes(" 100 ")),
  );
  // Arland insisted on an apology from Brav .
  const act: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["insisted", "VERB", 0, "root", "insist"],
    ["on", "ADP", 5, "case"],
    ["an", "DET", 5, "det"],
    ["apology", "NOUN", 2, "obl"],
    ["from", "ADP", 7, "case"],
    ["Brav", "PROPN", 5, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(act, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [7, 7], code: "BRV" },
    ]),
    ["ARL 100 BRV"],
  );
});

test("'offered' with words or wares is no intent to cooperate; with a loan it is", () => {
  // Arland offered a new history of the war with Brav .
  const words: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["offered", "VERB", 0, "root", "offer"],
    ["a", "DET", 5, "det"],
    ["new", "ADJ", 5, "amod"],
    ["history", "NOUN", 2, "obj"],
    ["of", "ADP", 8, "case"],
    ["the", "DET", 8, "det"],
    ["war", "NOUN", 5, "nmod"],
    ["with", "ADP", 10, "case"],
    ["Brav", "PROPN", 8, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors = [
    { tokens: [1, 1] as [number, number], code: "ARL" },
    { tokens: [10, 10] as [number, number], code: "BRV" },
  ];
  assert.ok(!code(words, actors).some((e) => e.includes(" 031 ")));
  // Arland offered a loan to Brav .
  const loan: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["offered", "VERB", 0, "root", "offer"],
    ["a", "DET", 4, "det"],
    ["loan", "NOUN", 2, "obj"],
    ["to", "ADP", 6, "case"],
    ["Brav", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(loan, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [6, 6], code: "BRV" },
    ]),
    ["ARL 0331 BRV"],
  );
});

test("'considered illegal' is a judgement; 'considered sanctions' weighs a policy", () => {
  // The Brav settlements are considered illegal by Arland .
  const judgement: Row[] = [
    ["The", "DET", 3, "det"],
    ["Brav", "PROPN", 3, "compound"],
    ["settlements", "NOUN", 5, "nsubj:pass", "settlement"],
    ["are", "AUX", 5, "aux:pass", "be"],
    ["considered", "VERB", 0, "root", "consider"],
    ["illegal", "ADJ", 5, "xcomp"],
    ["by", "ADP", 8, "case"],
    ["Arland", "PROPN", 5, "obl:agent"],
    [".", "PUNCT", 5, "punct"],
  ];
  assert.ok(
    !code(judgement, [
      { tokens: [2, 2], code: "BRV" },
      { tokens: [8, 8], code: "ARL" },
    ]).some((e) => e.includes(" 014 ")),
  );
  // Arland considers Brav to be a friend .
  const toBe: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["considers", "VERB", 0, "root", "consider"],
    ["Brav", "PROPN", 2, "obj"],
    ["to", "PART", 7, "mark"],
    ["be", "AUX", 7, "cop"],
    ["a", "DET", 7, "det"],
    ["friend", "NOUN", 2, "xcomp"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.ok(
    !code(toBe, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [3, 3], code: "BRV" },
    ]).some((e) => e.includes(" 014 ")),
  );
  // Arland considered sanctions on Brav .
  const policy: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["considered", "VERB", 0, "root", "consider"],
    ["sanctions", "NOUN", 2, "obj", "sanction"],
    ["on", "ADP", 5, "case"],
    ["Brav", "PROPN", 3, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.ok(
    code(policy, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [5, 5], code: "BRV" },
    ]).some((e) => e.startsWith("ARL 014")),
  );
});

test("news phrases of the sixth lexicon batch: paid a visit, dropped bombs, showed solidarity, granted concessions", () => {
  // Arland [verb] a|- [noun] [prep] Brav .
  const rows = (
    verb: string,
    lemma: string,
    det: boolean,
    noun: string,
    nounLemma: string,
    prep: string,
  ): Row[] => {
    const d = det ? 1 : 0;
    return [
      ["Arland", "PROPN", 2, "nsubj"],
      [verb, "VERB", 0, "root", lemma],
      ...(det ? ([["a", "DET", 4, "det"]] as Row[]) : []),
      [noun, "NOUN", 2, "obj", nounLemma],
      [prep, "ADP", 5 + d, "case"],
      ["Brav", "PROPN", 2, "obl"],
      [".", "PUNCT", 2, "punct"],
    ];
  };
  const actors = (det: boolean) => [
    { tokens: [1, 1] as [number, number], code: "ARL" },
    { tokens: [det ? 6 : 5, det ? 6 : 5] as [number, number], code: "BRV" },
  ];
  assert.deepEqual(code(rows("paid", "pay", true, "visit", "visit", "to"), actors(true)), ["ARL 042 BRV"]);
  assert.deepEqual(code(rows("dropped", "drop", false, "bombs", "bomb", "on"), actors(false)), [
    "ARL 195 BRV",
  ]);
  assert.deepEqual(code(rows("showed", "show", false, "solidarity", "solidarity", "with"), actors(false)), [
    "ARL 051 BRV",
  ]);
  assert.deepEqual(code(rows("put", "put", false, "pressure", "pressure", "on"), actors(false)), [
    "ARL 170 BRV",
  ]);
  assert.deepEqual(code(rows("granted", "grant", false, "concessions", "concession", "to"), actors(false)), [
    "ARL 080 BRV",
  ]);
});

test("'seized on' a point seizes nothing; 'pleaded guilty' admits; a targetless 'recognize' recognises no state", () => {
  // The Arland opposition seized on the remarks .
  const seizedOn: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["opposition", "NOUN", 4, "nsubj"],
    ["seized", "VERB", 0, "root", "seize"],
    ["on", "ADP", 7, "case"],
    ["the", "DET", 7, "det"],
    ["remarks", "NOUN", 4, "obl", "remark"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(code(seizedOn, [{ tokens: [2, 3], code: "ARLOPP" }]), []);
  // The Arland envoy pleaded guilty .
  const guilty: Row[] = [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["envoy", "NOUN", 4, "nsubj"],
    ["pleaded", "VERB", 0, "root", "plead"],
    ["guilty", "ADJ", 4, "obj"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(code(guilty, [{ tokens: [2, 3], code: "ARLGOV" }]), ["ARLGOV 015 -"]);
  // Arland must recognize the problem .
  const problem: Row[] = [
    ["Arland", "PROPN", 3, "nsubj"],
    ["must", "AUX", 3, "aux"],
    ["recognize", "VERB", 0, "root"],
    ["the", "DET", 5, "det"],
    ["problem", "NOUN", 3, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(problem, [{ tokens: [1, 1], code: "ARL" }]), []);
});

test("a 'strike' as a subject with no word of labour in its sentence is no stoppage of work", () => {
  // The strikes were timed for the dawn .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["strikes", "NOUN", 4, "nsubj:pass", "strike"],
    ["were", "AUX", 4, "aux:pass", "be"],
    ["timed", "VERB", 0, "root", "time"],
    ["for", "ADP", 7, "case"],
    ["the", "DET", 7, "det"],
    ["dawn", "NOUN", 4, "obl"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.ok(!code(rows).some((e) => e.includes(" 143 ")));
});

test("'go' is a visit only to a party: 'went to the theater' is none, 'went to Brav' is one", () => {
  // The Arland envoy went to the theater|Brav .
  const rows = (place: string, upos: string): Row[] => [
    ["The", "DET", 3, "det"],
    ["Arland", "PROPN", 3, "compound"],
    ["envoy", "NOUN", 4, "nsubj"],
    ["went", "VERB", 0, "root", "go"],
    ["to", "ADP", 6, "case"],
    [place, upos, 4, "obl"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(code(rows("theater", "NOUN"), [{ tokens: [2, 3], code: "ARLGOV" }]), []);
  assert.deepEqual(
    code(rows("Brav", "PROPN"), [
      { tokens: [2, 3], code: "ARLGOV" },
      { tokens: [6, 6], code: "BRV" },
    ]),
    ["ARLGOV 042 BRV"],
  );
});

test("'protect' with jobs, interests or itself as object is no protection of a party", () => {
  // Arland will protect Brav jobs|civilians .
  const rows = (obj: string, lemma: string): Row[] => [
    ["Arland", "PROPN", 2, "nsubj"],
    ["protected", "VERB", 0, "root", "protect"],
    ["Brav", "PROPN", 4, "compound"],
    [obj, "NOUN", 2, "obj", lemma],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors = [
    { tokens: [1, 1] as [number, number], code: "ARL" },
    { tokens: [3, 4] as [number, number], code: "BRV" },
  ];
  for (const [obj, lemma] of [
    ["jobs", "job"],
    ["businesses", "business"],
  ])
    assert.ok(
      !code(rows(obj, lemma), actors).some((e) => e.includes(" 074 ")),
      `protecting Brav ${obj} guards a thing, not the party Brav`,
    );
  assert.deepEqual(code(rows("civilians", "civilian"), actors), ["ARL 074 BRV"]);
});

test("the last resort codes no deal with no party of its own ('the deal keeps Brav from ...')", () => {
  // Arland says the deal keeps Brav from arms .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["says", "VERB", 0, "root", "say"],
    ["the", "DET", 4, "det"],
    ["deal", "NOUN", 5, "nsubj"],
    ["keeps", "VERB", 2, "ccomp", "keep"],
    ["Brav", "PROPN", 5, "obj"],
    ["from", "ADP", 8, "case"],
    ["arms", "NOUN", 5, "obl", "arm"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.ok(
    !code(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [6, 6], code: "BRV" },
    ]).some((e) => e.includes(" 057 ")),
  );
});

test("'spoke' with no party spoken to consults no one", () => {
  // Arland officials spoke to supporters .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "compound"],
    ["officials", "NOUN", 3, "nsubj", "official"],
    ["spoke", "VERB", 0, "root", "speak"],
    ["to", "ADP", 5, "case"],
    ["supporters", "NOUN", 3, "obl", "supporter"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.ok(!code(rows, [{ tokens: [1, 2], code: "ARLGOV" }]).some((e) => / 04\d /.test(e)));
});
