// Two country names sharing their last words, the first written without them ("North and South
// Korea"): chunk.ts sharedHeadCountries. Invented sentences.
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

test("the bare first half of 'North and South Korea' is North Korea", () => {
  assert.equal(codeAt("Talks between North and South Korea stalled again this spring.", "North"), "PRK");
  assert.equal(codeAt("Talks between North and South Korea stalled again this spring.", "South"), "KOR");
});

test("a capitalised word before 'and' and a country whose whole is no country stays unresolved", () => {
  assert.equal(codeAt("Officials from Harmon and South Korea met on Friday.", "Harmon"), null);
});
