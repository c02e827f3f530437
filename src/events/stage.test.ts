import assert from "node:assert/strict";
import { test } from "node:test";
import { codedLine } from "../cli/commands/code.js";
import { textDocument } from "../pipeline/document.js";
import { loadLexicon } from "./lexicon.js";
import { addDenialTargets, createEventStage, linkDenials, sentenceGraph } from "./stage.js";

test("the stage codes plain text, fills ids, evidence and CAMEO/PLOVER facts", async () => {
  const stage = await createEventStage({});
  const doc = stage.run(
    textDocument(
      "t1",
      "Arland troops attacked Borvia. Arland offered to mediate between Borvia and Cerland.",
      "2024-02-01",
    ),
  );
  const events = doc.events;
  assert.ok(events.length >= 2, JSON.stringify(events.map((e) => e.cameo)));
  const attack = events.find((e) => e.root === "19")!;
  assert.equal(attack.plover?.type, "ASSAULT");
  assert.equal(attack.quad, 4);
  assert.equal(attack.goldstein, -10);
  assert.equal(attack.date, "2024-02-01");
  const ids = new Set(events.map((e) => e.id));
  assert.equal(ids.size, events.length);
  const mediate = events.filter((e) => e.cameo === "039");
  assert.deepEqual(mediate.map((e) => e.target?.text).sort(), ["Borvia", "Cerland"]);
  assert.ok(mediate.every((e) => e.modality === "intended"));
  // the machine line of `dyad code`
  const line = codedLine("t1", events);
  assert.equal(line.id, "t1");
  assert.equal(line.events.length, events.length);
  assert.equal(line.events[0].source?.code, "---");
  // each event's place and date come along, as the stage found them
  assert.deepEqual(
    line.events.map((e) => [e.date, e.place]),
    events.map((e) => [e.date, e.place]),
  );
});

test("a document without text or with hostile text gives no events and no crash", async () => {
  const stage = await createEventStage({});
  assert.deepEqual(stage.run(textDocument("e", "", null)).events, []);
  const junk = "(((( ".repeat(5000) + "attacked ".repeat(3000) + "\u0000\uFFFF";
  const out = stage.run(textDocument("j", junk, null));
  assert.ok(Array.isArray(out.events));
});

type Status = "alleged" | "denied" | "asserted";
const actor = (code: string) => ({ start: 0, end: 1, text: code, code, actorId: code });

/** A coded event as the stage keeps it, with what the denial tests vary. */
function testEvent(
  id: string,
  sentence: number,
  cameo: string,
  status: Status,
  source: string | null = null,
  target: string | null = null,
) {
  return {
    id,
    sentence,
    evidence: { start: 0, end: 1 },
    source: source ? actor(source) : null,
    target: target ? actor(target) : null,
    verb: { start: 0, end: 1, text: "x" },
    cameo,
    root: cameo.slice(0, 2),
    plover: null,
    quad: 1,
    goldstein: 0,
    date: null,
    dateSource: "none" as const,
    place: null,
    modality: "asserted" as const,
    negated: false,
    status,
    denies: null,
    rule: "test",
    attribution: [],
  };
}

test("a denial of a report is linked to the latest alleged event before it", () => {
  const ev = testEvent;
  const events = [
    ev("e0-0", 0, "020", "alleged"),
    ev("e1-0", 1, "190", "asserted"),
    ev("e2-0", 2, "016", "denied"),
  ];
  linkDenials(events);
  assert.equal(events[2].denies, "e0-0");
});

test("a denial naming no one is aimed at whoever accused the denier just before", () => {
  const ev = (id: string, sentence: number, cameo: string, source: string, target: string | null) =>
    testEvent(id, sentence, cameo, cameo === "016" ? "denied" : "asserted", source, target);
  // Arland accused Borvia of shelling the dam. Borvia's government denied it.
  const events = [ev("e0-0", 0, "112", "ARL", "BRV"), ev("e1-0", 1, "016", "BRVGOV", null)];
  addDenialTargets(events);
  assert.equal(events[1].target?.code, "ARL");
  // Arland accused the Borvian rebels of the attack. Borvia's government denied any role. (the rebels
  // are not the government: no one accused the denier)
  const rebels = [ev("e0-0", 0, "112", "ARL", "BRVREB"), ev("e1-0", 1, "016", "BRVGOV", null)];
  addDenialTargets(rebels);
  assert.equal(rebels[1].target, null);
});

test("a hyphenated word the tokeniser split reads as the joined lexicon word: 'cease-fire'", () => {
  const text = "Arland violated the cease-fire.";
  const words: [string, string, number, string][] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["violated", "VERB", 0, "root"],
    ["the", "DET", 7, "det"],
    ["cease", "NOUN", 7, "compound"],
    ["-", "PUNCT", 7, "punct"],
    ["fire", "NOUN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  let at = 0;
  const tokens = words.map(([w, upos, head, deprel], i) => {
    const start = text.indexOf(w, at);
    at = start + w.length;
    return { id: i + 1, start, end: at, text: w, lemma: w.toLowerCase(), upos, head, deprel };
  });
  const g = sentenceGraph({ start: 0, end: text.length, tokens }, loadLexicon());
  assert.equal(g.nodes[5].lemma, "ceasefire");
  // a hyphen between spaced words joins nothing
  const spaced = sentenceGraph(
    {
      start: 0,
      end: text.length + 2,
      tokens: tokens.map((t, i) => (i >= 4 ? { ...t, start: t.start + 1, end: t.end + 1 } : t)),
    },
    loadLexicon(),
  );
  assert.equal(spaced.nodes[5].lemma, "fire");
});

test("plain text: an imposed no-fly zone restricts movement, a cease-fire agreed is a ceasefire", async () => {
  const stage = await createEventStage({});
  const doc = stage.run(
    textDocument(
      "t2",
      "Arland imposed a no-fly zone over Borvia. Arland and Borvia agreed to a cease-fire.",
      "2024-02-01",
    ),
  );
  const codes = doc.events.map((e) => `${e.source?.text} ${e.cameo} ${e.verb.text}`);
  assert.ok(codes.includes("Arland 191 imposed"), codes.join("; "));
  assert.ok(!codes.some((c) => c.endsWith(" fly")), codes.join("; "));
  assert.ok(
    codes.some((c) => / 0871 /.test(c)),
    codes.join("; "),
  );
});
