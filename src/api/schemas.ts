// Request parameters every API route shares, as zod schemas (they also describe the OpenAPI document).
import { z } from "@hono/zod-openapi";
import { isIsoDate } from "../util/iso-date.js";

export const API_MAX_LIMIT = 1000;

export const DateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine(isIsoDate, "expected a real calendar date as YYYY-MM-DD")
  .openapi({ example: "2022-03-07" });

/**
 * Free text in a query (searches, names, places): 1 to `max` characters and no control characters
 * (PostgreSQL refuses NUL in a parameter; none belongs in a name or a search). An empty value
 * (`?q=`) is a 400 naming the parameter, as an empty code (`?code=`) or date is: leave the
 * parameter out to not filter.
 */
export function TextParam(max: number) {
  return z
    .string()
    .min(1, "must not be empty (leave the parameter out to not filter)")
    .max(max)
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, "must not contain control characters");
}

/** Actor codes (CHNGOV), actor ids (kb:CHN), CAMEO codes: short, no wildcards or quotes. */
export const CodeParam = z
  .string()
  .min(1, "must not be empty (leave the parameter out to not filter)")
  .regex(/^[A-Za-z0-9:_.-]{1,64}$/, "expected a code: letters, digits, : _ . - (at most 64)");

export const PageParams = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(API_MAX_LIMIT)
    .default(100)
    .openapi({ description: `at most this many rows (1-${API_MAX_LIMIT})` }),
  after: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .openapi({ description: "cursor: pass the previous response's `next` to get the following page" }),
};

export const FormatParam = z
  .enum(["json", "jsonl", "csv"])
  .optional()
  .openapi({ description: "response format (else from the Accept header; default json)" });

export const ErrorSchema = z
  .object({
    error: z.string().openapi({ example: "bad request: quad: Number must be at most 4" }),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Error");

export const errorResponses = {
  400: { content: { "application/json": { schema: ErrorSchema } }, description: "invalid parameters" },
  429: { content: { "application/json": { schema: ErrorSchema } }, description: "too many requests" },
};

export const IdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .openapi({ param: { name: "id", in: "path" }, example: 1 }),
});
