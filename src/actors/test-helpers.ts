// Test helper for the resolver's rules: the code the resolver gives the mention at a word.
import { type Document, DocumentSchema } from "../model/index.js";
import { textDocument } from "../pipeline/document.js";
import { loadKnowledgeBase } from "./kb-load.js";
import { createResolveStageWith } from "./stage.js";

/** The resolver with the shipped knowledge base, built once for all tests. */
export const stage = createResolveStageWith(loadKnowledgeBase());

/** The actor code of the mention covering the first `word` of `body` (resolver only, no NLP), or null. */
export function codeAt(body: string, word: string): string | null {
  return codeOn(body, word, "2021-05-01");
}

/** The same for a story published on `date` (offices and terms depend on it); `word` must be in `body`. */
export function codeOn(body: string, word: string, date: string): string | null {
  const d: Document = stage.run(DocumentSchema.parse(textDocument("test", body, date)));
  const at = body.indexOf(word);
  if (at < 0) throw new Error(`"${word}" is not in the text`);
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  return m?.actorId ? (d.actors.find((a) => a.id === m.actorId)?.code ?? null) : null;
}
