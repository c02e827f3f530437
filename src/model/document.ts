import { z } from "zod";
import { ActorSchema, MentionSchema } from "./actor.js";
import { EntitySchema, SentenceSchema } from "./analysis.js";
import { EventSchema } from "./event.js";
import { QuoteSchema } from "./quote.js";
import { PlaceSchema, TimexSchema } from "./when-where.js";

/** What a reader hands to extraction: the bytes as found, plus whatever the container told us. */
export interface RawDocument {
  /** Where it came from: a path, a URL, `path#n` for the n-th WARC record, `-` for stdin, `path:line` for JSONL. */
  uri: string;
  bytes: Uint8Array;
  fetchedAt?: string;
  hints: RawHints;
}

export interface RawHints {
  /** MIME type from the HTTP/WARC header or the file extension (text/html, text/plain, application/json). */
  contentType?: string;
  /** Charset declared by the container (HTTP header, WARC header). */
  charset?: string;
  /** The URL the page was fetched from, when known. */
  url?: string;
  /** Metadata a structured container already carried (JSONL fields, feed items). */
  title?: string;
  published?: string;
  byline?: string;
  publisher?: string;
  section?: string;
  language?: string;
}

export const CaptionSchema = z.object({ text: z.string(), credit: z.string().nullable() });
export type Caption = z.infer<typeof CaptionSchema>;

/** The article as extraction finds it: the `dyad extract --jsonl` record. */
export const ArticleSchema = z.object({
  source: z.string(),
  title: z.string(),
  body: z.string(),
  /** ISO 8601 date (YYYY-MM-DD) or date-time; null when no date could be found. */
  published: z.string().nullable(),
  byline: z.string().nullable(),
  publisher: z.string().nullable(),
  section: z.string().nullable(),
  /** ISO 639-1 code, or null when undetermined. */
  language: z.string().nullable(),
  captions: z.array(CaptionSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

/** How the article's date was found, so users can judge it. */
export const PublishedSourceSchema = z.enum([
  "metadata",
  "dateline",
  "caption",
  "text",
  "url",
  "container",
  "none",
]);

/**
 * The one object that flows through the pipeline. Each stage returns it with a new layer filled in;
 * every layer points into `body` by character offsets.
 */
export const DocumentSchema = ArticleSchema.extend({
  canonicalUrl: z.string().nullable().default(null),
  publishedSource: PublishedSourceSchema.default("none"),
  /** How far `published` can be trusted (0-1), set by the time stage from its source. */
  publishedConfidence: z.number().min(0).max(1).optional(),
  /** SHA-256 of the normalised body: the identity used for idempotent storage. */
  contentHash: z.string(),
  /** Near-duplicate group (one wire story on many sites); equals contentHash for the first copy seen. */
  storyKey: z.string().nullable().default(null),
  sentences: z.array(SentenceSchema).default([]),
  entities: z.array(EntitySchema).default([]),
  mentions: z.array(MentionSchema).default([]),
  actors: z.array(ActorSchema).default([]),
  timexes: z.array(TimexSchema).default([]),
  places: z.array(PlaceSchema).default([]),
  quotes: z.array(QuoteSchema).default([]),
  events: z.array(EventSchema).default([]),
  /** Notes stages leave for the user (e.g. "parser skipped a 900-token sentence"). */
  notes: z.array(z.string()).default([]),
});
export type Document = z.infer<typeof DocumentSchema>;
