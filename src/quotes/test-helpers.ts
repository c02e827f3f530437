// Test helpers for the quote rules: a text through the real analyse stage and the attributor, each
// quote shown as the strings of its source, cue and content.
import { type Document, DocumentSchema } from "../model/index.js";
import { createAnalyseStage } from "../nlp/stage.js";
import { findDocumentQuotes } from "./stage.js";

export interface Shown {
  source: string | null;
  cue: string | null;
  content: string;
}

const analyse = await createAnalyseStage({});

/** The quotes Dyad finds in `text` with the trained models (tokens, tags, parse, entities). */
export function analysed(text: string): Shown[] {
  const doc: Document = analyse.run(
    DocumentSchema.parse({
      source: "test://quotes",
      title: "",
      body: text,
      published: null,
      byline: null,
      publisher: null,
      section: null,
      language: "en",
      captions: [],
      contentHash: "test",
    }),
  );
  return findDocumentQuotes(doc).map((q) => ({
    source: q.source?.text ?? null,
    cue: q.cue?.text ?? null,
    content: q.content.text,
  }));
}

export const byCue = (list: Shown[], cue: string): Shown | undefined => list.find((q) => q.cue === cue);
