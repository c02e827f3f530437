import { z } from "zod";
import { ActorSchema } from "./actor.js";
import { EventSchema } from "./event.js";
import { QuoteSchema } from "./quote.js";

// The rows the store hands out, as the CLI (--json/--jsonl) and the API print them.

export const ArticleSummarySchema = z.object({
  id: z.number().int(),
  source: z.string(),
  title: z.string(),
  published: z.string().nullable(),
  publisher: z.string().nullable(),
  language: z.string().nullable(),
  storyKey: z.string(),
  events: z.number().int(),
  quotes: z.number().int(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const EventRowSchema = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  storyKey: z.string(),
  publisher: z.string().nullable(),
  articleSource: z.string(),
  event: EventSchema,
});
export type EventRow = z.infer<typeof EventRowSchema>;

export const QuoteRowSchema = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  speaker: z.string().nullable(),
  quote: QuoteSchema,
});
export type QuoteRow = z.infer<typeof QuoteRowSchema>;

export const ActorRowSchema = ActorSchema.extend({ mentions: z.number().int(), articles: z.number().int() });
export type ActorRow = z.infer<typeof ActorRowSchema>;
