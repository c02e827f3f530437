import { contentHash } from "../ingest/dedup.js";
import type { ExtractedArticle } from "../ingest/extract.js";
import { type Document, DocumentSchema } from "../model/index.js";

/** Starts a Document from what extraction found: no layers yet, identity from the body's hash. */
export function newDocument(article: ExtractedArticle): Document {
  return DocumentSchema.parse({ ...article, contentHash: contentHash(article.body) });
}

/** What a machine-interface line may say about the page a text came from. */
export interface PageFields {
  title?: string | null;
  publisher?: string | null;
}

/**
 * A Document from plain text with no page around it (machine interfaces, evaluations, tests). A title
 * and publisher, when known, tell the actor resolver which countries the story is about.
 */
export function textDocument(
  id: string,
  text: string,
  published: string | null = null,
  page: PageFields = {},
): Document {
  return DocumentSchema.parse({
    source: id,
    title: page.title ?? "",
    body: text,
    published,
    byline: null,
    publisher: page.publisher ?? null,
    section: null,
    language: "en",
    captions: [],
    contentHash: id,
  });
}
