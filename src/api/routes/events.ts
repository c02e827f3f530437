// Row shapes come from src/model/records.ts; wrapping them in this module's z names them in the OpenAPI document.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { flatEvent } from "../../export/columns.js";
import { streamEvents } from "../../export/export.js";
import { mergeRows } from "../../export/merged.js";
import { EventRowSchema } from "../../model/index.js";
import type { EventQuery, EventRow, Store } from "../../store/store.js";
import { negotiate, respondList } from "../respond.js";
import { CodeParam, DateParam, errorResponses, FormatParam, PageParams, TextParam } from "../schemas.js";

const EventRowDoc = z.object(EventRowSchema.shape).openapi("EventRow");

const EventsQuery = z
  .object({
    actor: CodeParam.optional().openapi({
      description: "actor code prefix or actor id, as source or target",
    }),
    source: CodeParam.optional().openapi({ description: "source actor code prefix or id" }),
    target: CodeParam.optional().openapi({ description: "target actor code prefix or id" }),
    dyad: z
      .string()
      .regex(/^[A-Za-z0-9]{1,32}-[A-Za-z0-9]{1,32}$/, "expected SOURCE-TARGET code prefixes, e.g. CHN-RUS")
      .optional()
      .openapi({ description: "source and target code prefixes, e.g. CHN-RUS", example: "CHN-RUS" }),
    cameo: z
      .string()
      .regex(/^\d{2,4}$/, "expected a CAMEO code of 2-4 digits")
      .optional()
      .openapi({ description: "CAMEO code prefix (04 or 042)" }),
    root: z
      .string()
      .regex(/^\d{1,2}$/, "expected a CAMEO root 01-20")
      .optional(),
    plover: z
      .string()
      .regex(/^[A-Za-z_]{2,32}$/, "expected a PLOVER type such as COOPERATE")
      .optional(),
    quad: z.coerce.number().int().min(1).max(4).optional().openapi({ description: "QuadClass 1-4" }),
    status: z
      .enum(["asserted", "reported", "alleged", "denied"])
      .optional()
      .openapi({ description: "claim status" }),
    from: DateParam.optional(),
    to: DateParam.optional(),
    place: TextParam(200).optional().openapi({ description: "place name or ISO3 country" }),
    article: z.coerce.number().int().min(1).optional(),
    ...PageParams,
    format: FormatParam,
  })
  .strict();

const MergedQuery = EventsQuery.omit({ after: true, limit: true, format: true }).extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(1000)
    .openapi({ description: "at most this many reports are read and merged (1-10000)" }),
});

const MergedEventSchema = z
  .object({
    key: z.string(),
    source: z.string().nullable(),
    target: z.string().nullable(),
    root: z.string(),
    cameo: z.string().nullable(),
    date: z.string().nullable(),
    lastDate: z.string().nullable(),
    events: z.array(z.string()).openapi({ description: "ids of the merged reports" }),
    sources: z.array(
      z.object({
        articleId: z.union([z.string(), z.number()]),
        storyKey: z.string().nullable(),
        eventId: z.string(),
      }),
    ),
    sourceCount: z.number().int().openapi({ description: "distinct stories (wire copies count once)" }),
    articles: z.number().int(),
    representative: EventRowDoc,
  })
  .openapi("MergedEvent");

/** The store's filter for an events query; `dyad` fills source and target when they are not given. */
function eventFilter(q: z.infer<typeof MergedQuery>): EventQuery {
  const [dyadSource, dyadTarget] = q.dyad ? q.dyad.split("-") : [undefined, undefined];
  return {
    actor: q.actor,
    source: q.source ?? dyadSource,
    target: q.target ?? dyadTarget,
    cameo: q.cameo,
    root: q.root,
    plover: q.plover,
    quad: q.quad,
    status: q.status,
    from: q.from,
    to: q.to,
    place: q.place,
    articleId: q.article,
  };
}

export function registerEvents(api: OpenAPIHono, store: Store): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/events/merged",
      tags: ["events"],
      summary:
        "Events merged across articles: same dyad, same CAMEO root, dates within a day; wire copies count once",
      request: { query: MergedQuery },
      responses: {
        200: {
          description:
            "merged events, each with its reports; `truncated` when more reports matched than `limit`",
          content: {
            "application/json": {
              schema: z.object({
                data: z.array(MergedEventSchema),
                reports: z.number().int(),
                truncated: z.boolean(),
              }),
            },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const rows: EventRow[] = [];
      for await (const r of streamEvents(store, eventFilter(q), q.limit + 1)) rows.push(r);
      const truncated = rows.length > q.limit;
      const merged = mergeRows(rows.slice(0, q.limit)).map((m) => ({
        ...m.merged,
        articles: m.articles,
        representative: m.row,
      }));
      return c.json({ data: merged, reports: Math.min(rows.length, q.limit), truncated }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/events",
      tags: ["events"],
      summary:
        "Coded events: filters by actor, dyad, CAMEO code or root, PLOVER type, QuadClass, dates, place, claim status",
      description:
        "Cursor pagination: pass `after` = the previous page's `next` (also sent as the X-Next-Cursor header). " +
        "JSON (default), JSONL (`format=jsonl` or Accept: application/x-ndjson) or CSV (`format=csv` or Accept: text/csv; " +
        "the columns of `dyad export --format csv`). Events are per article: the same happening reported twice is two events.",
      request: { query: EventsQuery },
      responses: {
        200: {
          description: "a page of events",
          content: {
            "application/json": {
              schema: z.object({ data: z.array(EventRowDoc), next: z.number().int().nullable() }),
            },
            "application/x-ndjson": { schema: EventRowDoc },
            "text/csv": { schema: z.string() },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const rows = await store.listEvents({ ...eventFilter(q), limit: q.limit, after: q.after });
      return respondList(c, negotiate(c, q.format), rows, q.limit, flatEvent) as never;
    },
  );
}
