// Coder behaviours added from dev-set errors, each on an invented sentence with a hand-made parse.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon, parseLexicon } from "../src/events/lexicon.js";
import { codeDocument } from "../src/events/stage.js";
import { codeDyads, type HandActor, handDocument, type Row } from "../src/events/test-helpers.js";

const res = { lex: loadLexicon() };
const code = codeDyads;

test("a relative clause's verb acts on the noun the clause modifies", () => {
  // The list names the fishermen whom Arland detained near Vosk .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["list", "NOUN", 3, "nsubj"],
    ["names", "VERB", 0, "root", "name"],
    ["the", "DET", 5, "det"],
    ["fishermen", "NOUN", 3, "obj", "fisherman"],
    ["whom", "PRON", 8, "obj"],
    ["Arland", "PROPN", 8, "nsubj"],
    ["detained", "VERB", 5, "acl:relcl", "detain"],
    ["near", "ADP", 10, "case"],
    ["Vosk", "PROPN", 8, "obl"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [5, 5], code: "BRVCVL" },
      { tokens: [7, 7], code: "ARL" },
      { tokens: [10, 10], code: "BRV" },
    ]),
    ["ARL 173 BRVCVL"],
  );
});

test("a relative clause without a relative pronoun: its own subject acts on the modified noun", () => {
  // the envoys Arland expelled returned home .
  const rows: Row[] = [
    ["the", "DET", 2, "det"],
    ["envoys", "NOUN", 5, "nsubj", "envoy"],
    ["Arland", "PROPN", 4, "nsubj"],
    ["expelled", "VERB", 2, "acl:relcl", "expel"],
    ["returned", "VERB", 0, "root", "return"],
    ["home", "ADV", 5, "advmod"],
    [".", "PUNCT", 5, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [2, 2], code: "BRVGOV" },
    { tokens: [3, 3], code: "ARL" },
  ]);
  assert.ok(
    ev.some((e) => /^ARL 1(61|74) BRVGOV$/.test(e)),
    ev.join("; "),
  );
});

test("a clause where the modified noun is a time or place is not its object", () => {
  // the day Arland attacked , Borvia mobilised .
  const rows: Row[] = [
    ["the", "DET", 2, "det"],
    ["day", "NOUN", 7, "obl:tmod"],
    ["Arland", "PROPN", 4, "nsubj"],
    ["attacked", "VERB", 2, "acl:relcl", "attack"],
    [",", "PUNCT", 7, "punct"],
    ["Borvia", "PROPN", 7, "nsubj"],
    ["mobilised", "VERB", 0, "root", "mobilise"],
    [".", "PUNCT", 7, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [3, 3], code: "ARL" },
    { tokens: [6, 6], code: "BRV" },
  ]);
  // "day" names no actor, and the actor of the main clause is no target of the attack
  assert.ok(ev.includes("ARL 190 -"), ev.join("; "));
});

test("a mutual act under a light verb is done by each coordinated subject to the other", () => {
  // Arland and Borvia completed an exchange of prisoners .
  const rows: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["and", "CCONJ", 3, "cc"],
    ["Borvia", "PROPN", 1, "conj"],
    ["completed", "VERB", 0, "root", "complete"],
    ["an", "DET", 6, "det"],
    ["exchange", "NOUN", 4, "obj"],
    ["of", "ADP", 8, "case"],
    ["prisoners", "NOUN", 6, "nmod", "prisoner"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [3, 3], code: "BRV" },
    ]).sort(),
    ["ARL 0841 BRV", "BRV 0841 ARL"],
  );
});

test("a preposition parsed onto the title before a name still marks the name", () => {
  // Kell spoke to Borvian President Ivo Tamm .
  const rows: Row[] = [
    ["Kell", "PROPN", 2, "nsubj"],
    ["spoke", "VERB", 0, "root", "speak"],
    ["to", "ADP", 5, "case"],
    ["Borvian", "ADJ", 5, "amod"],
    ["President", "PROPN", 7, "nmod:desc"],
    ["Ivo", "PROPN", 7, "compound"],
    ["Tamm", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARLGOV" },
      { tokens: [4, 7], code: "BRVGOV" },
    ]),
    ["ARLGOV 040 BRVGOV"],
  );
});

test("two subjects the parse gave one verb both act; a subject naming no actor is dropped", () => {
  // Kell , and Tamm held a telephone call .
  const call: Row[] = [
    ["Kell", "PROPN", 5, "nsubj"],
    [",", "PUNCT", 5, "punct"],
    ["and", "CCONJ", 4, "cc"],
    ["Tamm", "PROPN", 5, "nsubj"],
    ["held", "VERB", 0, "root", "hold"],
    ["a", "DET", 8, "det"],
    ["telephone", "NOUN", 8, "compound"],
    ["call", "NOUN", 5, "obj"],
    [".", "PUNCT", 5, "punct"],
  ];
  assert.deepEqual(
    code(call, [
      { tokens: [1, 1], code: "ARLREB" },
      { tokens: [4, 4], code: "BRVGOV" },
    ]).sort(),
    ["ARLREB 041 BRVGOV", "BRVGOV 041 ARLREB"],
  );
  // Expressing unease at Borvia 's moves , Kell warned .
  const warn: Row[] = [
    ["Expressing", "VERB", 2, "compound", "express"],
    ["unease", "NOUN", 9, "nsubj"],
    ["at", "ADP", 6, "case"],
    ["Borvia", "PROPN", 6, "nmod:poss"],
    ["'s", "PART", 4, "case"],
    ["moves", "NOUN", 2, "nmod", "move"],
    [",", "PUNCT", 6, "punct"],
    ["Kell", "PROPN", 9, "nsubj"],
    ["warned", "VERB", 0, "root", "warn"],
    [".", "PUNCT", 9, "punct"],
  ];
  const ev = code(warn, [
    { tokens: [4, 4], code: "BRV" },
    { tokens: [8, 8], code: "ARLGOV" },
  ]);
  assert.ok(ev.length > 0 && ev.every((e) => e.startsWith("ARLGOV ")), ev.join("; "));
});

test("an appeal whose infinitive the parse made a purpose clause is still an appeal", () => {
  // Kell urged the community to respond .
  const rows: Row[] = [
    ["Kell", "PROPN", 2, "nsubj"],
    ["urged", "VERB", 0, "root", "urge"],
    ["the", "DET", 4, "det"],
    ["community", "NOUN", 2, "obj"],
    ["to", "PART", 6, "mark"],
    ["respond", "VERB", 2, "advcl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(code(rows, [{ tokens: [1, 1], code: "IGOUNO" }]), ["IGOUNO 020 -"]);
});

test("the lexicon takes one head per line, and a noun's extra words are the words before it", () => {
  assert.throws(() => parseLexicon("041\tnoun\tphone call|call\t-\twith\n", "x.tsv"), /x\.tsv:1: one head/);
  // Arland conducted a drone strike on Borvia: the words fit "drone strike", not the labour strike
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["conducted", "VERB", 0, "root", "conduct"],
    ["a", "DET", 5, "det"],
    ["drone", "NOUN", 5, "compound"],
    ["strike", "NOUN", 2, "obj"],
    ["on", "ADP", 7, "case"],
    ["Borvia", "PROPN", 5, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [7, 7], code: "BRV" },
    ]),
    ["ARL 195 BRV"],
  );
});

test("calling a person is a telephone call; calling something a name is not", () => {
  // Kell would call Tamm tonight .
  const call: Row[] = [
    ["Kell", "PROPN", 3, "nsubj"],
    ["would", "AUX", 3, "aux"],
    ["call", "VERB", 0, "root"],
    ["Tamm", "PROPN", 3, "obj"],
    ["tonight", "NOUN", 3, "obl:unmarked"],
    [".", "PUNCT", 3, "punct"],
  ];
  const actors: HandActor[] = [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [4, 4], code: "BRVGOV" },
  ];
  assert.deepEqual(code(call, actors), ["ARLGOV 041 BRVGOV"]);
  // Kell called Tamm a liar .
  const named: Row[] = [
    ["Kell", "PROPN", 2, "nsubj"],
    ["called", "VERB", 0, "root", "call"],
    ["Tamm", "PROPN", 2, "obj"],
    ["a", "DET", 5, "det"],
    ["liar", "NOUN", 2, "xcomp"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.ok(!code(named, actors).some((e) => e.includes(" 041 ")));
});

test("a particle right before a name is read as a preposition", () => {
  // Arland detained sailors off Vosk .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["detained", "VERB", 0, "root", "detain"],
    ["sailors", "NOUN", 2, "obj", "sailor"],
    ["off", "ADP", 2, "compound:prt"],
    ["Vosk", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [3, 3], code: "BRVMIL" },
    ]),
    ["ARL 173 BRVMIL"],
  );
});

test("a judgement such as 'meaningless' under a verb of saying is disapproval by the speaker", () => {
  // " The offer is meaningless , " Kell said .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["offer", "NOUN", 4, "nsubj"],
    ["is", "AUX", 4, "cop", "be"],
    ["meaningless", "ADJ", 0, "root"],
    [",", "PUNCT", 4, "punct"],
    ["Kell", "PROPN", 7, "nsubj"],
    ["said", "VERB", 4, "parataxis", "say"],
    [".", "PUNCT", 4, "punct"],
  ];
  assert.deepEqual(code(rows, [{ tokens: [6, 6], code: "ARLGOV" }]), ["ARLGOV 111 -"]);
});

test("a body that had no comment declines to comment", () => {
  // The ministry had no comment .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["ministry", "NOUN", 3, "nsubj"],
    ["had", "VERB", 0, "root", "have"],
    ["no", "DET", 5, "det"],
    ["comment", "NOUN", 3, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(rows, [{ tokens: [1, 2], code: "ARLGOV" }]), ["ARLGOV 011 -"]);
});

test("'will not' / 'would not' before a cooperative act is a refusal, not a negated act", () => {
  // Arland will not release the sailors .
  const rows: Row[] = [
    ["Arland", "PROPN", 4, "nsubj"],
    ["will", "AUX", 4, "aux"],
    ["not", "PART", 4, "advmod"],
    ["release", "VERB", 0, "root"],
    ["the", "DET", 6, "det"],
    ["sailors", "NOUN", 4, "obj", "sailor"],
    [".", "PUNCT", 4, "punct"],
  ];
  const ev = codeDocument(
    handDocument(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [6, 6], code: "BRVMIL" },
    ]),
    res,
  ).events;
  assert.deepEqual(
    ev.map((e) => `${e.source?.code} ${e.cameo} ${e.target?.code} ${e.negated}`),
    ["ARL 1243 BRVMIL false"],
  );
});

test("an agentless passive announced for the future in a reported clause is the speaker's act", () => {
  // Arland warned no sanctions would be lifted .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["warned", "VERB", 0, "root", "warn"],
    ["no", "DET", 4, "det"],
    ["sanctions", "NOUN", 7, "nsubj:pass", "sanction"],
    ["would", "AUX", 7, "aux"],
    ["be", "AUX", 7, "aux:pass"],
    ["lifted", "VERB", 2, "ccomp", "lift"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.ok(code(rows, [{ tokens: [1, 1], code: "ARLGOV" }]).includes("ARLGOV 1244 -"));
  // Arland said it would not be bullied : the speaker is the one acted on, not the doer
  const bullied: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["it", "PRON", 7, "nsubj:pass"],
    ["would", "AUX", 7, "aux"],
    ["not", "PART", 7, "advmod"],
    ["be", "AUX", 7, "aux:pass"],
    ["bullied", "VERB", 2, "ccomp", "bully"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.ok(!code(bullied, [{ tokens: [1, 1], code: "ARLGOV" }]).some((e) => e.startsWith("ARLGOV 17")));
});

test("the accused of 'blamed X for airstrikes' and the claimant of 'responsibility for' did the act", () => {
  // Borvia blamed Arland for airstrikes on Vosk .
  const blamed: Row[] = [
    ["Borvia", "PROPN", 2, "nsubj"],
    ["blamed", "VERB", 0, "root", "blame"],
    ["Arland", "PROPN", 2, "obj"],
    ["for", "ADP", 5, "case"],
    ["airstrikes", "NOUN", 2, "obl", "airstrike"],
    ["on", "ADP", 7, "case"],
    ["Vosk", "PROPN", 5, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  const ev = code(blamed, [
    { tokens: [1, 1], code: "BRV" },
    { tokens: [3, 3], code: "ARL" },
    { tokens: [7, 7], code: "BRVMIL" },
  ]);
  assert.ok(ev.includes("BRV 112 ARL"), ev.join("; "));
  assert.ok(ev.includes("ARL 195 BRVMIL"), ev.join("; "));
  // The rebels claimed responsibility for the kidnapping of villagers .
  const claimed: Row[] = [
    ["The", "DET", 2, "det"],
    ["rebels", "NOUN", 3, "nsubj", "rebel"],
    ["claimed", "VERB", 0, "root", "claim"],
    ["responsibility", "NOUN", 3, "obj"],
    ["for", "ADP", 7, "case"],
    ["the", "DET", 7, "det"],
    ["kidnapping", "NOUN", 4, "nmod"],
    ["of", "ADP", 9, "case"],
    ["villagers", "NOUN", 7, "nmod", "villager"],
    [".", "PUNCT", 3, "punct"],
  ];
  const ev2 = code(claimed, [
    { tokens: [1, 2], code: "ARLREB" },
    { tokens: [9, 9], code: "ARLCVL" },
  ]);
  assert.ok(ev2.includes("ARLREB 181 ARLCVL"), ev2.join("; "));
});

test("a frame noun embeds only an infinitive: 'orders lifting sanctions' is no demand", () => {
  // Kell signed orders lifting sanctions on Arland .
  const rows: Row[] = [
    ["Kell", "PROPN", 2, "nsubj"],
    ["signed", "VERB", 0, "root", "sign"],
    ["orders", "NOUN", 2, "obj", "order"],
    ["lifting", "VERB", 3, "acl", "lift"],
    ["sanctions", "NOUN", 4, "obj", "sanction"],
    ["on", "ADP", 7, "case"],
    ["Arland", "PROPN", 4, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "BRVGOV" },
    { tokens: [7, 7], code: "ARL" },
  ]);
  assert.ok(ev.includes("BRVGOV 085 ARL"), ev.join("; "));
});

test("resisting an act refuses it; charging with manslaughter is legal action", () => {
  // Police resisted releasing the video .
  const resisted: Row[] = [
    ["Police", "NOUN", 2, "nsubj", "police"],
    ["resisted", "VERB", 0, "root", "resist"],
    ["releasing", "VERB", 2, "xcomp", "release"],
    ["the", "DET", 5, "det"],
    ["prisoners", "NOUN", 3, "obj", "prisoner"],
    [".", "PUNCT", 2, "punct"],
  ];
  const ev = code(resisted, [
    { tokens: [1, 1], code: "ARLCOP" },
    { tokens: [5, 5], code: "ARLCVL" },
  ]);
  assert.ok(ev.length > 0 && ev.every((e) => /^ARLCOP 12/.test(e)), ev.join("; "));
  // Prosecutors charged the officer with manslaughter .
  const charged: Row[] = [
    ["Prosecutors", "NOUN", 2, "nsubj", "prosecutor"],
    ["charged", "VERB", 0, "root", "charge"],
    ["the", "DET", 4, "det"],
    ["officer", "NOUN", 2, "obj"],
    ["with", "ADP", 6, "case"],
    ["manslaughter", "NOUN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(charged, [
      { tokens: [1, 1], code: "ARLJUD" },
      { tokens: [3, 4], code: "ARLCOP" },
    ]),
    ["ARLJUD 173 ARLCOP"],
  );
});

test("a speaker saying it did not do something denies it; a plain statement stays uncoded", () => {
  // The ministry said it was not involved .
  const denied: Row[] = [
    ["The", "DET", 2, "det"],
    ["ministry", "NOUN", 3, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["it", "PRON", 7, "nsubj:pass"],
    ["was", "AUX", 7, "aux:pass", "be"],
    ["not", "PART", 7, "advmod"],
    ["involved", "VERB", 3, "ccomp", "involve"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(denied, [{ tokens: [1, 2], code: "ARLGOV" }]), ["ARLGOV 016 -"]);
  // The ministry said the harvest was late .
  const plain: Row[] = [
    ["The", "DET", 2, "det"],
    ["ministry", "NOUN", 3, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["the", "DET", 5, "det"],
    ["harvest", "NOUN", 7, "nsubj"],
    ["was", "AUX", 7, "cop", "be"],
    ["late", "ADJ", 3, "ccomp"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(plain, [{ tokens: [1, 2], code: "ARLGOV" }]), []);
});

test("a demand with a penalty for refusing ('... or face ...') is an ultimatum", () => {
  // Kell told Arland to withdraw or face sanctions .
  const rows: Row[] = [
    ["Kell", "PROPN", 2, "nsubj"],
    ["told", "VERB", 0, "root", "tell"],
    ["Arland", "PROPN", 2, "obj"],
    ["to", "PART", 5, "mark"],
    ["withdraw", "VERB", 2, "xcomp"],
    ["or", "CCONJ", 7, "cc"],
    ["face", "VERB", 5, "conj"],
    ["sanctions", "NOUN", 7, "obj", "sanction"],
    [".", "PUNCT", 2, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "BRVGOV" },
    { tokens: [3, 3], code: "ARL" },
  ]);
  assert.ok(ev.includes("BRVGOV 139 ARL"), ev.join("; "));
});

test("protests that a decision sparked stand, aimed at whoever made it", () => {
  // The ministry 's ban sparked protests .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["ministry", "NOUN", 4, "nmod:poss"],
    ["'s", "PART", 2, "case"],
    ["ban", "NOUN", 5, "nsubj"],
    ["sparked", "VERB", 0, "root", "spark"],
    ["protests", "NOUN", 5, "obj", "protest"],
    [".", "PUNCT", 5, "punct"],
  ];
  const ev = code(rows, [{ tokens: [1, 2], code: "ARLGOV" }]);
  assert.ok(ev.includes("- 141 ARLGOV"), ev.join("; "));
});

test("stepping up attacks is fighting; vowing to step them up is a threat of force", () => {
  // Arland vowed to intensify attacks on Borvia .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["vowed", "VERB", 0, "root", "vow"],
    ["to", "PART", 4, "mark"],
    ["intensify", "VERB", 2, "xcomp"],
    ["attacks", "NOUN", 4, "obj", "attack"],
    ["on", "ADP", 7, "case"],
    ["Borvia", "PROPN", 4, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 1], code: "ARL" },
      { tokens: [7, 7], code: "BRV" },
    ]),
    ["ARL 138 BRV"],
  );
});

test("unnamed civilians harmed by rebels are the civilians of the rebels' country", () => {
  // The rebels killed hundreds of villagers .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["rebels", "NOUN", 3, "nsubj", "rebel"],
    ["killed", "VERB", 0, "root", "kill"],
    ["hundreds", "NOUN", 3, "obj", "hundred"],
    ["of", "ADP", 6, "case"],
    ["villagers", "NOUN", 4, "nmod", "villager"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(rows, [{ tokens: [1, 2], code: "ARLREB" }]), ["ARLREB 202 ARLCVL"]);
  // an army may fight abroad: its victims' country is not inferred
  const army = code(rows, [{ tokens: [1, 2], code: "ARLMIL" }]);
  assert.ok(
    army.every((e) => !e.endsWith("ARLCVL")),
    army.join("; "),
  );
});

test("withdrawing riot police eases dissent; withdrawing troops is military de-escalation", () => {
  // The authorities withdrew riot police .
  const police: Row[] = [
    ["The", "DET", 2, "det"],
    ["authorities", "NOUN", 3, "nsubj", "authority"],
    ["withdrew", "VERB", 0, "root", "withdraw"],
    ["riot", "NOUN", 5, "compound"],
    ["police", "NOUN", 3, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(code(police, [{ tokens: [1, 2], code: "ARLGOV" }]), ["ARLGOV 082 -"]);
  const troops: Row[] = police.map((r) => (r[0] === "police" ? ["troops", "NOUN", 3, "obj", "troop"] : r));
  assert.ok(code(troops, [{ tokens: [1, 2], code: "ARLGOV" }]).includes("ARLGOV 0874 -"));
});

test("a silent sentence whose event noun is the subject may take its actors from after it", () => {
  // Negotiations were held in secret with Arland and Borvia officials .
  const rows: Row[] = [
    ["Negotiations", "NOUN", 3, "nsubj:pass", "negotiation"],
    ["were", "AUX", 3, "aux:pass", "be"],
    ["held", "VERB", 0, "root", "hold"],
    ["in", "ADP", 5, "case"],
    ["secret", "NOUN", 3, "obl"],
    ["with", "ADP", 7, "case"],
    ["Arland", "PROPN", 3, "obl"],
    ["and", "CCONJ", 9, "cc"],
    ["Borvia", "PROPN", 7, "conj"],
    [".", "PUNCT", 3, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [7, 7], code: "ARLGOV" },
    { tokens: [9, 9], code: "BRVGOV" },
  ]);
  assert.ok(ev.includes("ARLGOV 046 BRVGOV"), ev.join("; "));
});

test("a speaker saying it did not do an act denies it, and the act itself is not coded", () => {
  // The coalition said it did not conduct strikes near Vosk .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["coalition", "NOUN", 3, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["it", "PRON", 7, "nsubj"],
    ["did", "AUX", 7, "aux", "do"],
    ["not", "PART", 7, "advmod"],
    ["attack", "VERB", 3, "ccomp"],
    ["Vosk", "PROPN", 7, "obj"],
    [".", "PUNCT", 3, "punct"],
  ];
  assert.deepEqual(
    code(rows, [
      { tokens: [1, 2], code: "ARLMIL" },
      { tokens: [8, 8], code: "BRV" },
    ]),
    ["ARLMIL 016 -"],
  );
});

test("being admitted is being let in, not admitting anything", () => {
  // Kell said they would not be admitted .
  const rows: Row[] = [
    ["Kell", "PROPN", 2, "nsubj"],
    ["said", "VERB", 0, "root", "say"],
    ["they", "PRON", 7, "nsubj:pass"],
    ["would", "AUX", 7, "aux"],
    ["not", "PART", 7, "advmod"],
    ["be", "AUX", 7, "aux:pass"],
    ["admitted", "VERB", 2, "ccomp", "admit"],
    [".", "PUNCT", 2, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [3, 3], code: "BRVLEG" },
  ]);
  assert.ok(!ev.some((e) => e.includes(" 015 ")), ev.join("; "));
});

test("a killing that follows the use of a weapon takes the weapon's code", () => {
  // The rebels set off a car bomb , killing four civilians .
  const rows: Row[] = [
    ["The", "DET", 2, "det"],
    ["rebels", "NOUN", 3, "nsubj", "rebel"],
    ["set", "VERB", 0, "root", "set"],
    ["off", "ADP", 3, "compound:prt"],
    ["a", "DET", 7, "det"],
    ["car", "NOUN", 7, "compound"],
    ["bomb", "NOUN", 3, "obj"],
    [",", "PUNCT", 9, "punct"],
    ["killing", "VERB", 3, "advcl", "kill"],
    ["four", "NUM", 11, "nummod"],
    ["civilians", "NOUN", 9, "obj", "civilian"],
    [".", "PUNCT", 3, "punct"],
  ];
  const ev = code(rows, [
    { tokens: [1, 2], code: "ARLREB" },
    { tokens: [11, 11], code: "ARLCVL" },
  ]);
  assert.ok(ev.includes("ARLREB 183 ARLCVL"), ev.join("; "));
});
