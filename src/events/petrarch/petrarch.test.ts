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
const ACTORS = "ARLAND_ [ARL]\n+ARLANDIAN\nBORVIA [BRV]\nCERLAND [CER]\nDUOLAND [ARL/CER]\n";
const AGENTS = "MINISTER [~GOV]\nSOLDIER [~MIL]\n";
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
