// Protests that name no target are aimed at their country's government (see implied-targets.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import type { DyadEvent } from "../model/index.js";
import { textDocument } from "../pipeline/document.js";
import { addJudgedActTargets, protestGovernment } from "./implied-targets.js";
import { codeDyads, type Row } from "./test-helpers.js";

test("civilians, workers, students and the opposition protest against their own government", () => {
  assert.equal(protestGovernment("ARLCVL"), "ARLGOV");
  assert.equal(protestGovernment("ARLLAB"), "ARLGOV");
  assert.equal(protestGovernment("ARLOPP"), "ARLGOV");
  // police, troops, officials and bare countries are not taken to protest against a government
  assert.equal(protestGovernment("ARLCOP"), null);
  assert.equal(protestGovernment("ARLGOV"), null);
  assert.equal(protestGovernment("ARL"), null);
  assert.equal(protestGovernment("---CVL"), null);
  assert.equal(protestGovernment("IGOUNOCVL"), null);
});

// After Tam raised fuel prices , students marched .
const rows: Row[] = [
  ["After", "SCONJ", 3, "mark", "after"],
  ["Tam", "PROPN", 3, "nsubj"],
  ["raised", "VERB", 8, "advcl", "raise"],
  ["fuel", "NOUN", 5, "compound"],
  ["prices", "NOUN", 3, "obj", "price"],
  [",", "PUNCT", 8, "punct"],
  ["students", "NOUN", 8, "nsubj", "student"],
  ["marched", "VERB", 0, "root", "march"],
  [".", "PUNCT", 8, "punct"],
];

test("a target-less protest by civilians takes the nearest mention of their government", () => {
  const got = codeDyads(rows, [
    { tokens: [2, 2], code: "ARLGOV" },
    { tokens: [7, 7], code: "ARLCVL" },
  ]);
  assert.ok(got.includes("ARLCVL 141 ARLGOV"), got.join("; "));
});

test("no government is invented when the document never mentions it", () => {
  const got = codeDyads(rows, [
    { tokens: [2, 2], code: "VSKGOV" },
    { tokens: [7, 7], code: "ARLCVL" },
  ]);
  assert.ok(got.includes("ARLCVL 141 -"), got.join("; "));
});

test("an agentless arrest was made by the police the story names for the arrested party's country", () => {
  // Police in Dorin broke up the march . Teo Marr was arrested .
  const rows: Row[] = [
    ["Police", "NOUN", 2, "nsubj", "police"],
    ["dispersed", "VERB", 0, "root", "disperse"],
    ["the", "DET", 4, "det"],
    ["march", "NOUN", 2, "obj"],
    [",", "PUNCT", 9, "punct"],
    ["and", "CCONJ", 9, "cc"],
    ["Marr", "PROPN", 9, "nsubj:pass"],
    ["was", "AUX", 9, "aux:pass", "be"],
    ["arrested", "VERB", 2, "conj", "arrest"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARLCOP" },
    { tokens: [7, 7], code: "ARLOPP" },
  ]);
  assert.ok(got.includes("ARLCOP 173 ARLOPP"), got.join("; "));
  // the police of another country are not taken to have made the arrest
  const other = codeDyads(rows, [
    { tokens: [1, 1], code: "VSKCOP" },
    { tokens: [7, 7], code: "ARLOPP" },
  ]);
  assert.ok(!other.some((x) => x.endsWith("173 ARLOPP") && !x.startsWith("-")), other.join("; "));
});

/** An event of `body` whose verb is the first `verb` in it, for the document-level rules. */
function eventAt(body: string, sentence: number, verb: string, cameo: string, source: string): DyadEvent {
  const start = body.indexOf(verb);
  const party = (code: string) => ({ start: 0, end: 1, text: code, code, actorId: code });
  return {
    id: `e${sentence}`,
    sentence,
    evidence: { start: 0, end: body.length },
    source: party(source),
    target: null,
    verb: { start, end: start + verb.length, text: verb },
    cameo,
    root: cameo.slice(0, 2),
    plover: null,
    quad: 1,
    goldstein: 0,
    date: null,
    dateSource: "none",
    place: null,
    modality: "asserted",
    negated: false,
    status: "asserted",
    denies: null,
    rule: "test",
    attribution: [],
  };
}

test("a judgement of an act with no party of its own is aimed at that act's doer just before", () => {
  const body = "Arland fired two missiles into the sea. Borvia condemned the launches as reckless.";
  const events = [eventAt(body, 0, "fired", "195", "ARL"), eventAt(body, 1, "condemned", "111", "BRV")];
  addJudgedActTargets(textDocument("t", body, null), events);
  assert.equal(events[1].target?.code, "ARL");
});

test("the judged act must be of the kind the noun names, and not the judge's own", () => {
  const body = "Arland fired two missiles into the sea. Borvia condemned the arrests.";
  const events = [eventAt(body, 0, "fired", "195", "ARL"), eventAt(body, 1, "condemned", "111", "BRV")];
  addJudgedActTargets(textDocument("t", body, null), events);
  assert.equal(events[1].target, null);
  const own = "Arland fired two missiles. Arland's president praised the launches.";
  const mine = [eventAt(own, 0, "fired", "195", "ARL"), eventAt(own, 1, "praised", "051", "ARLGOV")];
  addJudgedActTargets(textDocument("t", own, null), mine);
  assert.equal(mine[1].target, null);
});
