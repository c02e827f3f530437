import { contentHash } from "../ingest/dedup.js";
import type { ExtractedArticle } from "../ingest/extract.js";
import { type Document, DocumentSchema } from "../model/index.js";

/** Starts a Document from what extraction found: no layers yet, identity from the body's hash. */
export function newDocument(article: ExtractedArticle): Document {
  return DocumentSchema.parse({ ...article, contentHash: contentHash(article.body) });
}

/** A Document from plain text with no page around it (machine interfaces, evaluations, tests). */
export function textDocument(id: string, text: string, published: string | null = null): Document {
  return DocumentSchema.parse({
    source: id,
    title: "",
    body: text,
    published,
    byline: null,
    publisher: null,
    section: null,
    language: "en",
    captions: [],
    contentHash: id,
  });
}
