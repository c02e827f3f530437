import { z } from "zod";

/** Half-open character range [start, end) into Document.body (UTF-16 indices, as JavaScript strings use). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** A span that also carries the text it covers, so exports need not slice the body again. */
export const TextSpanSchema = SpanSchema.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpanSchema>;
