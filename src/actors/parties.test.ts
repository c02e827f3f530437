// Political parties named without their country: seats.tsv. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { type Document, DocumentSchema } from "../model/index.js";
import { textDocument } from "../pipeline/document.js";
import { loadKnowledgeBase } from "./kb-load.js";
import { createResolveStageWith } from "./stage.js";

const stage = createResolveStageWith(loadKnowledgeBase());

function codeAt(body: string, word: string): string | null {
  const d: Document = stage.run(DocumentSchema.parse(textDocument("test", body, "2021-05-01")));
  const at = body.indexOf(word);
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  return m?.actorId ? (d.actors.find((a) => a.id === m.actorId)?.code ?? null) : null;
}

test("bare 'Democrats' and 'Republicans' are the US parties in Congress", () => {
  const body = "Democrats accused Republicans of stalling the farm bill, and the GOP denied it.";
  assert.equal(codeAt(body, "Democrats"), "USALEG");
  assert.equal(codeAt(body, "Republicans"), "USALEG");
  assert.equal(codeAt(body, "GOP"), "USALEG");
});

test("European parties ending in 'Democrats' are not the US party", () => {
  assert.equal(codeAt("Sweden's Christian Democrats walked out of the budget talks.", "Christian"), "SWEOPP");
  assert.equal(codeAt("The Liberal Democrats tabled a motion in London.", "Liberal"), "GBROPP");
});
