import assert from "node:assert/strict";
import { test } from "node:test";
import {
  parseActorDictionary,
  parseAgentDictionary,
  parseDiscardDictionary,
} from "../../actors/dictionaries/index.js";
import { PetrarchCoder } from "./coder.js";
import { PtbError, parsePtb } from "./ptb.js";
import { matchSequence, parseTabariVerbs } from "./tabari-verbs.js";

// Invented actors and verbs in the TABARI syntax, written for these tests.
const ACTORS =
  "ARLAND_ [ARL]\n+ARLANDIAN\nBORVIA [BRV]\nCERLAND [CER]\nDUOLAND [ARL/CER]\nDUKE OF EASTMARCH [EMR]\nVETERAN_SOLDIER_FUND [VSF]\n";
const AGENTS = "MINISTER [~GOV]\nSOLDIER [~MIL]\nOFFICE_OF_PEACE [~GOV]\n";
const DISCARDS = "FOOTBALL MATCH\n";
const VERBS = `&TIES
+TIES
+RELATIONS

--- RESTORE [050] ---
RESTORE
- * DIPLOMATIC &TIES [064]
- NOT * &TIES [112]

--- ATTACK [190] ---
ATTACK {ATTACKED}

--- MEET [040:040] ---
MEET {MET}
- % * [046]

--- SHOT [---] ---
SHOT
- + WAS * DEAD IN $ [1823]

--- CRITICIZE [121] ---
CRITICIZE {CRITICIZED}

--- SHOULD [101] ---
SHOULD
- WARNED * [102]

--- ALLOW [080] ---
ALLOW {ALLOWED}
- RECENTLY_* [025]
`;

function coder(): PetrarchCoder {
  return new PetrarchCoder({
    actors: parseActorDictionary(ACTORS).entries,
    agents: parseAgentDictionary(AGENTS).entries,
    discards: parseDiscardDictionary(DISCARDS).entries,
    verbs: parseTabariVerbs(VERBS),
  });
}
const code = (parse: string, requireDyad = true) =>
  coder()
    .code(parse, { requireDyad, date: "2020-01-01" })
    .map((e) => `${e.source} ${e.target} ${e.code}`);

test("Treebank trees: words in order, errors on malformed input", () => {
  const { root, words } = parsePtb("(ROOT (S (NP (NNP Arland)) (VP (VBD left)) (. .)))");
  assert.equal(root.label, "ROOT");
  assert.deepEqual(
    words.map((w) => w.word),
    ["Arland", "left", "."],
  );
  assert.throws(() => parsePtb("(ROOT (S (NP"), PtbError);
  assert.throws(() => parsePtb("(A) (B)"), PtbError);
  assert.throws(() => parsePtb(")"), PtbError);
});

test("TABARI verbs: forms, synsets, patterns and markers", () => {
  const d = parseTabariVerbs(VERBS);
  assert.ok(d.byForm.get("RESTORED"));
  assert.ok(d.byForm.get("MET"));
  const restore = d.byForm.get("RESTORE")![0];
  assert.equal(restore.code, "050");
  assert.equal(restore.patterns.length, 2);
  const p = restore.patterns.find((x) => x.code === "064")!;
  assert.ok(matchSequence(p.post, ["FULL", "DIPLOMATIC", "RELATIONS"], false));
  assert.ok(!matchSequence(p.post, ["TIES"], false));
  const shot = d.byForm.get("SHOT")![0].patterns[0];
  assert.ok(shot.marks.preTarget && shot.marks.postSource);
  assert.ok(d.byForm.get("MET")![0].patterns[0].marks.compound);
});

test("subject, object through a prepositional phrase, and the longest pattern", () => {
  assert.deepEqual(
    code(
      "(ROOT (S (NP (NNP Arland)) (VP (VBD restored) (NP (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Borvia)))) (. .)))",
    ),
    ["ARL BRV 064"],
  );
});

test("agents join their actor; compounds give one event per member; paired codes both ways", () => {
  assert.deepEqual(
    code(
      "(ROOT (S (NP (NP (NNP Arland) (POS 's)) (NN minister)) (VP (VBD attacked) (NP (NNP Borvia) (CC and) (NNP Cerland))) (. .)))",
    ),
    ["ARLGOV BRV 190", "ARLGOV CER 190"],
  );
  assert.deepEqual(code("(ROOT (S (NP (NNP Arland)) (VP (VBD met) (NP (NNP Borvia))) (. .)))"), [
    "ARL BRV 040",
    "BRV ARL 040",
  ]);
  // a code list in the dictionary is a compound actor
  assert.deepEqual(code("(ROOT (S (NP (NNP Duoland)) (VP (VBD attacked) (NP (NNP Borvia))) (. .)))"), [
    "ARL BRV 190",
    "CER BRV 190",
  ]);
});

test("a compound-subject pattern pairs the members; role markers swap source and target", () => {
  assert.deepEqual(code("(ROOT (S (NP (NNP Arland) (CC and) (NNP Borvia)) (VP (VBD met)) (. .)))"), [
    "ARL BRV 046",
    "BRV ARL 046",
  ]);
  assert.deepEqual(
    code(
      "(ROOT (S (NP (DT An) (NN Arlandian)) (VP (VBD was) (VP (VBN shot) (ADJP (JJ dead)) (PP (IN in) (NP (NNP Borvia))))) (. .)))",
    ),
    ["BRV ARL 1823"],
  );
});

test("require_dyad drops one-sided events; discards drop the sentence", () => {
  const oneSided = "(ROOT (S (NP (NNP Arland)) (VP (VBD attacked)) (. .)))";
  assert.deepEqual(code(oneSided, true), []);
  assert.deepEqual(code(oneSided, false), ["ARL --- 190"]);
  assert.deepEqual(
    code(
      "(ROOT (S (NP (NNP Arland)) (VP (VBD attacked) (NP (NNP Borvia)) (PP (IN after) (NP (DT the) (NN football) (NN match)))) (. .)))",
    ),
    [],
  );
});

test("a passive without a 'by' agent keeps its subject as the source, as PETRARCH2 does", () => {
  assert.deepEqual(
    code(
      "(ROOT (S (NP (NNP Arland)) (VP (VBD was) (VP (VBN criticized) (PP (IN over) (NP (NP (PRP$ its) (NN dispute)) (PP (IN with) (NP (NNP Borvia))))))) (. .)))",
    ),
    ["ARL BRV 121"],
    "no agent: the subject stays the source",
  );
  assert.deepEqual(
    code(
      "(ROOT (S (NP (NNP Arland)) (VP (VBD was) (VP (VBN criticized) (PP (IN by) (NP (NNP Borvia))))) (. .)))",
    ),
    ["BRV ARL 121"],
    "the 'by' agent is the source",
  );
});

test("names: an agent word inside an actor's name adds nothing; names and agents may run into an 'of' phrase", () => {
  assert.deepEqual(
    code(
      "(ROOT (S (NP (DT The) (NNP Veteran) (NNP Soldier) (NNP Fund)) (VP (VBD attacked) (NP (NNP Borvia))) (. .)))",
    ),
    ["VSF BRV 190"],
    "'Soldier' is part of the fund's name, not a military agent",
  );
  assert.deepEqual(
    code(
      "(ROOT (S (NP (NP (DT The) (NNP Duke)) (PP (IN of) (NP (NNP Eastmarch)))) (VP (VBD attacked) (NP (NNP Borvia))) (. .)))",
    ),
    ["EMR BRV 190"],
    "the actor 'Duke of Eastmarch' spans the noun and its 'of' phrase",
  );
  assert.deepEqual(
    code(
      "(ROOT (S (NP (NP (DT The) (NNP Arland) (NNP Office)) (PP (IN of) (NP (NNP Peace)))) (VP (VBD attacked) (NP (NNP Borvia))) (. .)))",
    ),
    ["ARLGOV BRV 190"],
    "the agent 'Office of Peace' spans the noun and its 'of' phrase",
  );
});

test("adjectives joined by 'and' coordinate no actors", () => {
  assert.deepEqual(
    code(
      "(ROOT (S (NP (NP (NNP Arland) (POS 's)) (ADJP (JJ old) (CC and) (JJ tired)) (NN minister) (NNP Borvia)) (VP (VBD attacked) (NP (NNP Cerland))) (. .)))",
    ),
    ["ARLGOV CER 190"],
  );
});

test("a modal codes only through its patterns, not with its default code", () => {
  assert.deepEqual(
    code("(ROOT (S (NP (NNP Arland)) (VP (MD should) (VP (VB attack) (NP (NNP Borvia)))) (. .)))"),
    ["ARL BRV 190"],
    "the attack alone, no 101 from 'should'",
  );
});

test("a target inside a 'that' clause; a pattern word marked adjacent must touch the verb", () => {
  // `pre` opens one verb phrase more than `allowed` closes when it holds an auxiliary
  const allowed = (pre: string, extraClose = "") =>
    code(
      `(ROOT (S (NP (NNP Arland)) ${pre} (SBAR (IN that) (S (NP (NNP Borvia)) (VP (VBZ is) (NP (DT a) (JJ fine) (NN place)))))${extraClose}) (. .)))`,
    );
  assert.deepEqual(allowed("(VP (VBD allowed)"), ["ARL BRV 080"], "the clause's subject is the target");
  assert.deepEqual(allowed("(ADVP (RB recently)) (VP (VBD allowed)"), ["ARL BRV 025"], "RECENTLY_* matches");
  assert.deepEqual(
    allowed("(ADVP (RB recently)) (VP (VBD did) (VP (VB allow)", ")"),
    ["ARL BRV 080"],
    "'did' stands between RECENTLY and the verb",
  );
});
