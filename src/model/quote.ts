import { z } from "zod";
import { SpanSchema, TextSpanSchema } from "./span.js";

/** One link in a chain of reporting: who said it, with which cue, and through which outlet. */
export const AttributionSchema = z.object({
  speaker: z.string().nullable(),
  speakerActorId: z.string().nullable(),
  cue: z.string().nullable(),
  /** An outlet the words passed through ("the Washington Post"), or the interviewer ("El Mundo"). */
  outlet: z.string().nullable(),
  /** "via" when the outlet reported the words, "to" when the words were said to it (an interview). */
  relation: z.enum(["via", "to", "publisher"]).nullable(),
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const QuoteKindSchema = z.enum(["direct", "partial", "indirect"]);

export const QuoteSchema = z.object({
  id: z.string(),
  kind: QuoteKindSchema,
  /** The quoted words (without the quote marks for direct and partial quotes). */
  content: TextSpanSchema,
  source: TextSpanSchema.extend({ actorId: z.string().nullable() }).nullable(),
  cue: TextSpanSchema.nullable(),
  /** Outermost first: e.g. [Wang via the Washington Post]. */
  chain: z.array(AttributionSchema).default([]),
  sentence: z.number().int().nonnegative(),
  /** Spans of the sentences the quote covers (a quote may run over several). */
  evidence: SpanSchema,
  /**
   * The rule that found it (e.g. "post", "pre-quote", "according-post", "continued", "stance"), so a
   * user can see why, and tell reported words from reported positions ("stance": "X endorsed Y").
   */
  rule: z.string().optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;
