import { contentHash } from "../ingest/dedup.js";
import type { ExtractedArticle } from "../ingest/extract.js";
import { type Document, DocumentSchema } from "../model/index.js";

/** Starts a Document from what extraction found: no layers yet, identity from the body's hash. */
export function newDocument(article: ExtractedArticle): Document {
  return DocumentSchema.parse({ ...article, contentHash: contentHash(article.body) });
}
