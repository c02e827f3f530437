// Political parties named without their country: seats.tsv. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { type Document, DocumentSchema } from "../model/index.js";
import { textDocument } from "../pipeline/document.js";
import { codeAt, stage } from "./test-helpers.js";

test("bare 'Democrats' and 'Republicans' are the US parties in Congress", () => {
  const body = "Democrats accused Republicans of stalling the farm bill, and the GOP denied it.";
  assert.equal(codeAt(body, "Democrats"), "USALEG");
  assert.equal(codeAt(body, "Republicans"), "USALEG");
  assert.equal(codeAt(body, "GOP"), "USALEG");
});

test("a poll's share of Republicans or Democrats is of the party's voters, not of Congress", () => {
  const body = "The survey found 62% of Republicans back the plan, while 40 percent of Democrats oppose it.";
  assert.equal(codeAt(body, "Republicans"), "USACVL", "a percentage of Republicans are voters");
  assert.equal(codeAt(body, "Democrats"), "USACVL", "a percentage of Democrats are voters");
  assert.equal(codeAt("Republicans blocked the bill.", "Republicans"), "USALEG", "bare, still Congress");
});

test("European parties ending in 'Democrats' are not the US party", () => {
  assert.equal(codeAt("Sweden's Christian Democrats walked out of the budget talks.", "Christian"), "SWEOPP");
  assert.equal(codeAt("The Liberal Democrats tabled a motion in London.", "Liberal"), "GBROPP");
});

/** A document whose tokens carry the tagger's word classes, as the pipeline gives them. */
function tagged(body: string, tags: string[]): Document {
  const tokens: { id: number; start: number; end: number; text: string; upos: string }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(body); m; m = re.exec(body))
    tokens.push({ id: tokens.length + 1, start: m.index, end: m.index + m[0].length, text: m[0], upos: "" });
  tokens.forEach((t, i) => {
    t.upos = tags[i];
  });
  return DocumentSchema.parse({
    ...textDocument("test", body, "2024-05-01"),
    sentences: [{ start: 0, end: body.length, tokens }],
  });
}

test("a headline's verb is no part of the names around it", () => {
  const body = "Tomasz Promises Ukraine More Tanks";
  const d = stage.run(tagged(body, ["PROPN", "VERB", "PROPN", "ADJ", "NOUN"]));
  const codes = d.mentions.map((m) => d.actors.find((a) => a.id === m.actorId)?.code ?? null);
  const texts = d.mentions.map((m) => m.text);
  assert.ok(texts.includes("Ukraine"), texts.join("; "));
  assert.ok(codes.includes("UKR"), codes.join("; "));
  assert.ok(!texts.includes("Tomasz Promises"), texts.join("; "));
});

test("an organisation no list knows takes the sector its last word names, in the story's country", () => {
  const body = "The Halvorsen Foundation and Norvex Bank criticised the government of Kenya.";
  assert.equal(codeAt(body, "Halvorsen"), "KENNGO");
  assert.equal(codeAt(body, "Norvex"), "KENBUS");
});

test("an organisation only the recognizer finds is an actor when its name says its sector", () => {
  const body = "The Arakan Army attacked a base in Myanmar.";
  const doc = DocumentSchema.parse(textDocument("test", body, "2024-05-01"));
  const start = body.indexOf("Arakan");
  const entity = { start, end: start + 11, text: "Arakan Army", label: "ORG", sentence: 0 };
  const withOrg = { ...doc, entities: [entity] };
  const d = stage.run(DocumentSchema.parse(withOrg));
  const m = d.mentions.find((x) => x.start === start);
  assert.equal(m?.actorId ? d.actors.find((a) => a.id === m.actorId)?.code : null, "MMRREB");
});

test("an organisation named 'Foundation for ...' takes the sector of its word before the preposition", () => {
  const body = "The Foundation for Open Harbours criticised the government of Kenya.";
  const doc = DocumentSchema.parse(textDocument("test", body, "2024-05-01"));
  const start = body.indexOf("Foundation");
  const text = "Foundation for Open Harbours";
  const entity = { start, end: start + text.length, text, label: "ORG", sentence: 0 };
  const d = stage.run(DocumentSchema.parse({ ...doc, entities: [entity] }));
  const m = d.mentions.find((x) => x.start === start);
  assert.equal(m?.text, text);
  assert.equal(m?.actorId ? d.actors.find((a) => a.id === m.actorId)?.code : null, "KENNGO");
});

test("a party's student or youth club is one organisation, not a college and the party", () => {
  const body =
    "The College Republicans at Tarsk University hosted the senator, and Young Democrats protested.";
  assert.equal(codeAt(body, "College"), "USAEDU", "the College Republicans are a student club");
  assert.equal(codeAt(body, "Republicans at"), "USAEDU", "'Republicans' is part of the club's name");
  assert.equal(codeAt(body, "Young"), "USANGO", "the Young Democrats are a party's youth club");
});
