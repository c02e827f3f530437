import { timingSafeEqual } from "node:crypto";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { normalizeDate } from "../../ingest/dates.js";
import type { RawDocument } from "../../model/index.js";
import type { IngestSink } from "../ingest-sink.js";
import { ErrorSchema, errorResponses } from "../schemas.js";

export const MAX_DOCUMENTS = 100;

const InputDocument = z
  .object({
    uri: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .openapi({ description: "where it came from (default: api:<hash>)" }),
    text: z.string().min(1).optional().openapi({ description: "plain text of a page or an article" }),
    html: z.string().min(1).optional().openapi({ description: "an HTML page" }),
    title: z.string().max(2000).optional(),
    published: z
      .string()
      .max(64)
      .refine((v) => normalizeDate(v) !== null, "not a date Dyad can read (ISO 8601, or e.g. May 2, 2024)")
      .optional()
      .openapi({ description: "ISO 8601 date or date-time" }),
    publisher: z.string().max(500).optional(),
    language: z.string().max(16).optional(),
    url: z.string().max(2000).optional(),
  })
  .strict()
  .refine((d) => (d.text === undefined) !== (d.html === undefined), {
    message: "each document needs exactly one of text or html",
  });

const IngestBody = z
  .object({ documents: z.array(InputDocument).min(1).max(MAX_DOCUMENTS) })
  .strict()
  .openapi("IngestRequest");

const OutcomeSchema = z
  .object({
    uri: z.string(),
    status: z.enum(["stored", "duplicate", "rejected", "queued", "already-queued"]),
    articleId: z.number().int().optional(),
    events: z.number().int().optional(),
    jobId: z.string().optional(),
    stage: z.string().optional(),
    reason: z.string().optional(),
  })
  .openapi("IngestOutcome");

/** Raw bodies accepted besides JSON: the page itself, with its type. */
const RAW_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/xml|text\/xml)\b/i;

/** Bearer token check in constant time; without a configured token the write routes are closed. */
export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? Buffer.from(token) : null;
  return async (c, next) => {
    if (!expected)
      return c.json(
        { error: "write routes are disabled: start the server with a token (DYAD_API_TOKEN)" },
        403,
      );
    const m = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "");
    const given = m ? Buffer.from(m[1]) : null;
    if (!given || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      c.header("WWW-Authenticate", 'Bearer realm="dyad"');
      return c.json({ error: "missing or wrong bearer token" }, 401);
    }
    await next();
  };
}

function fromInput(d: z.infer<typeof InputDocument>, fetchedAt: string): RawDocument {
  const content = d.html ?? d.text ?? "";
  const bytes = new TextEncoder().encode(content);
  return {
    uri: d.uri ?? `api:${hashOf(bytes)}`,
    bytes,
    fetchedAt,
    hints: {
      contentType: d.html !== undefined ? "text/html" : "text/plain",
      charset: "utf-8",
      url: d.url,
      title: d.title,
      published: d.published,
      publisher: d.publisher,
      language: d.language,
    },
  };
}

function hashOf(bytes: Uint8Array): string {
  // Short and stable: the same text posted twice gets the same uri.
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0") + bytes.length.toString(16);
}

export function registerIngest(
  api: OpenAPIHono,
  options: { sink?: IngestSink; token?: string; bodyLimit: number },
): void {
  const route = createRoute({
    method: "post",
    path: "/ingest",
    tags: ["ingest"],
    summary:
      "Analyse and store documents (or enqueue them when a queue is configured); needs the bearer token",
    description:
      `A JSON body {documents: [...]} with up to ${MAX_DOCUMENTS} documents, each with text or html; or one raw page ` +
      "as the body with its Content-Type (text/html, text/plain, application/xhtml+xml) and an optional ?uri=. " +
      `Bodies over ${options.bodyLimit} bytes are refused with 413.`,
    security: [{ bearer: [] }],
    request: {
      query: z.object({ uri: z.string().min(1).max(2000).optional() }).strict(),
      body: {
        required: true,
        content: {
          "application/json": { schema: IngestBody },
          "text/html": { schema: z.string() },
          "text/plain": { schema: z.string() },
        },
      },
    },
    responses: {
      200: {
        description: "what happened to each document, in order",
        content: {
          "application/json": {
            schema: z.object({ mode: z.enum(["local", "queue"]), results: z.array(OutcomeSchema) }),
          },
        },
      },
      401: {
        description: "missing or wrong token",
        content: { "application/json": { schema: ErrorSchema } },
      },
      403: { description: "no token configured", content: { "application/json": { schema: ErrorSchema } } },
      413: { description: "body too large", content: { "application/json": { schema: ErrorSchema } } },
      415: {
        description: "unsupported content type",
        content: { "application/json": { schema: ErrorSchema } },
      },
      503: {
        description: "ingest is not available",
        content: { "application/json": { schema: ErrorSchema } },
      },
      ...errorResponses,
    },
  });

  // Documented through the registry but validated here: the body is JSON *or* a raw page, and the
  // generic validator would parse every body as JSON.
  api.openAPIRegistry.registerPath(route);
  api.post("/ingest", requireToken(options.token), limitBody(options.bodyLimit), async (c) => {
    if (!options.sink) return c.json({ error: "ingest is not available on this server" }, 503);
    const query = z
      .object({ uri: z.string().min(1).max(2000).optional() })
      .strict()
      .safeParse(c.req.query());
    if (!query.success) return badRequest(c, query.error);
    const fetchedAt = new Date().toISOString();
    const type = c.req.header("content-type") ?? "";
    let raws: RawDocument[];
    if (/^application\/json\b/i.test(type)) {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch (err) {
        return c.json({ error: `bad request: the body is not valid JSON (${(err as Error).message})` }, 400);
      }
      const parsed = IngestBody.safeParse(body);
      if (!parsed.success) return badRequest(c, parsed.error);
      raws = parsed.data.documents.map((d) => fromInput(d, fetchedAt));
    } else if (RAW_TYPES.test(type)) {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) return c.json({ error: "bad request: empty body" }, 400);
      const charset = /charset=([\w-]+)/i.exec(type)?.[1];
      raws = [
        {
          uri: query.data.uri ?? `api:${hashOf(bytes)}`,
          bytes,
          fetchedAt,
          hints: { contentType: type.split(";")[0].trim().toLowerCase(), charset },
        },
      ];
    } else {
      return c.json(
        { error: `unsupported content type "${type}": use application/json, text/html or text/plain` },
        415,
      );
    }
    const results = await options.sink.submit(raws);
    return c.json({ mode: options.sink.mode, results }, 200);
  });
}

function badRequest(c: Context, error: z.ZodError): Response {
  const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return c.json({ error: `bad request: ${issues[0].path || "body"}: ${issues[0].message}`, issues }, 400);
}

function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) => c.json({ error: `request body larger than ${maxSize} bytes` }, 413),
  });
}
