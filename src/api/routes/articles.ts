import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ArticleSummarySchema, DocumentSchema } from "../../model/index.js";
import type { Store } from "../../store/store.js";
import { negotiate, respondList } from "../respond.js";
import {
  DateParam,
  ErrorSchema,
  errorResponses,
  FormatParam,
  IdParam,
  PageParams,
  TextParam,
} from "../schemas.js";

const ArticleSummary = z.object(ArticleSummarySchema.shape).openapi("ArticleSummary");

const ArticlesQuery = z
  .object({
    q: TextParam(500).optional().openapi({ description: "full-text search over title and body" }),
    from: DateParam.optional().openapi({ description: "published on or after" }),
    to: DateParam.optional().openapi({ description: "published on or before" }),
    publisher: TextParam(200).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, "expected an ISO 639-1 code such as en")
      .optional(),
    ...PageParams,
    format: FormatParam,
  })
  .strict();

export function registerArticles(api: OpenAPIHono, store: Store): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/articles",
      tags: ["articles"],
      summary: "Stored articles: full-text search and filters by date, publisher and language",
      request: { query: ArticlesQuery },
      responses: {
        200: {
          description: "a page of articles; `next` is the cursor for the following page",
          content: {
            "application/json": {
              schema: z.object({ data: z.array(ArticleSummary), next: z.number().int().nullable() }),
            },
            "application/x-ndjson": { schema: ArticleSummary },
            "text/csv": { schema: z.string() },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const rows = await store.listArticles({
        search: q.q,
        from: q.from,
        to: q.to,
        publisher: q.publisher,
        language: q.language,
        limit: q.limit,
        after: q.after,
      });
      return respondList(c, negotiate(c, q.format), rows, q.limit, (r) => ({ ...r })) as never;
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/articles/{id}",
      tags: ["articles"],
      summary:
        "One article with every layer (sentences, actors, mentions, times, places, quotes, events) and their offsets",
      request: { params: IdParam },
      responses: {
        200: {
          description: "the stored article",
          content: {
            "application/json": {
              schema: z
                .object({
                  id: z.number().int(),
                  storyKey: z.string(),
                  ingestedAt: z.string(),
                  document: DocumentSchema,
                })
                .openapi("StoredArticle"),
            },
          },
        },
        404: { description: "no such article", content: { "application/json": { schema: ErrorSchema } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const article = await store.getArticle(id);
      if (!article) return c.json({ error: `no article with id ${id}` }, 404);
      return c.json(article, 200);
    },
  );
}
