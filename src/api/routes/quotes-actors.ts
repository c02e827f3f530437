import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ActorRowSchema, QuoteRowSchema } from "../../model/index.js";
import type { QuoteRow, Store } from "../../store/store.js";
import { negotiate, respondList, respondRows } from "../respond.js";
import { CodeParam, errorResponses, FormatParam, PageParams, TextParam } from "../schemas.js";

const QuoteRowDoc = z.object(QuoteRowSchema.shape).openapi("QuoteRow");

const ActorRowDoc = z.object(ActorRowSchema.shape).openapi("ActorRow");

const flatQuote = (r: QuoteRow) => ({
  id: r.id,
  article_id: r.articleId,
  published: r.published,
  publisher: r.publisher,
  speaker: r.speaker,
  kind: r.quote.kind,
  cue: r.quote.cue?.text ?? null,
  via: r.quote.chain
    .map((l) => l.outlet)
    .filter(Boolean)
    .join("; "),
  text: r.quote.content.text,
  start: r.quote.content.start,
  end: r.quote.content.end,
});

export function registerQuotesAndActors(api: OpenAPIHono, store: Store): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/quotes",
      tags: ["quotes"],
      summary: "Quotes by speaker and by their words",
      request: {
        query: z
          .object({
            speaker: TextParam(200).optional().openapi({ description: "speaker name contains, or actor id" }),
            q: TextParam(500).optional().openapi({ description: "full-text search over the quoted words" }),
            article: z.coerce.number().int().min(1).optional(),
            ...PageParams,
            format: FormatParam,
          })
          .strict(),
      },
      responses: {
        200: {
          description: "a page of quotes",
          content: {
            "application/json": {
              schema: z.object({ data: z.array(QuoteRowDoc), next: z.number().int().nullable() }),
            },
            "text/csv": { schema: z.string() },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const rows = await store.listQuotes({
        speaker: q.speaker,
        search: q.q,
        articleId: q.article,
        limit: q.limit,
        after: q.after,
      });
      return respondList(c, negotiate(c, q.format), rows, q.limit, flatQuote) as never;
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/actors",
      tags: ["actors"],
      summary: "Actors with their CAMEO codes and how often they are mentioned (most mentioned first)",
      description: "Ordered by mentions, so `after` does not apply here: use `limit` (at most 1000).",
      request: {
        query: z
          .object({
            code: CodeParam.optional().openapi({ description: "actor code prefix (CHN, USAGOV)" }),
            name: TextParam(200).optional().openapi({ description: "name contains" }),
            limit: PageParams.limit,
            format: FormatParam,
          })
          .strict(),
      },
      responses: {
        200: {
          description: "actors",
          content: {
            "application/json": { schema: z.object({ data: z.array(ActorRowDoc), next: z.null() }) },
            "text/csv": { schema: z.string() },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const rows = await store.listActors({ code: q.code, name: q.name, limit: q.limit });
      return respondRows(c, negotiate(c, q.format), rows, null, (r) => ({
        id: r.id,
        name: r.name,
        code: r.code,
        type: r.type,
        country: r.country,
        sectors: r.sectors.join(" "),
        mentions: r.mentions,
        articles: r.articles,
      })) as never;
    },
  );
}
