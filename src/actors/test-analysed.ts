// Test helper for resolver rules that need the parse and the entities: the NLP analysis, then the
// resolver. Apart from test-helpers.ts so that tests of the resolver alone do not load the models.
import assert from "node:assert/strict";
import { type Document, DocumentSchema } from "../model/index.js";
import { createAnalyseStage } from "../nlp/stage.js";
import { textDocument } from "../pipeline/document.js";
import { stage } from "./test-helpers.js";

const analyse = await createAnalyseStage({});

/** `body` analysed and resolved, as a story published on `date`. */
export function analysedDoc(body: string, date: string): Document {
  return stage.run(analyse.run(DocumentSchema.parse(textDocument("t", body, date))));
}

/** The actor code of the mention covering the first `word` of `body` (after the analysis), or null. */
export function analysedCodeAt(body: string, word: string, date: string): string | null {
  const d = analysedDoc(body, date);
  const at = body.indexOf(word);
  assert.ok(at >= 0, `"${word}" is in the text`);
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  return m?.actorId ? (d.actors.find((a) => a.id === m.actorId)?.code ?? null) : null;
}
