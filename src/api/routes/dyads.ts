import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { graphml } from "../../export/graphml.js";
import type { Store } from "../../store/store.js";
import { DateParam, errorResponses } from "../schemas.js";

const ActorCode = z
  .string()
  .regex(/^[A-Za-z0-9]{1,32}$/, "expected an actor code prefix such as CHN or USAGOV")
  .transform((s) => s.toUpperCase());

const TimelineBucketSchema = z
  .object({
    period: z.string().openapi({ description: "first day of the period (weeks start on Monday)" }),
    events: z.number().int(),
    verbalCooperation: z.number().int().openapi({ description: "QuadClass 1" }),
    materialCooperation: z.number().int().openapi({ description: "QuadClass 2" }),
    verbalConflict: z.number().int().openapi({ description: "QuadClass 3" }),
    materialConflict: z.number().int().openapi({ description: "QuadClass 4" }),
    meanGoldstein: z.number().nullable(),
  })
  .openapi("TimelineBucket");

const NetworkSchema = z
  .object({
    nodes: z.array(
      z.object({ id: z.string(), events: z.number(), outgoing: z.number(), incoming: z.number() }),
    ),
    edges: z.array(
      z.object({ source: z.string(), target: z.string(), weight: z.number(), meanGoldstein: z.number() }),
    ),
  })
  .openapi("ActorNetwork");

export function registerDyads(api: OpenAPIHono, store: Store): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/dyads/{source}/{target}/timeline",
      tags: ["dyads"],
      summary:
        "How a dyad moved: events per day, week or month, counted by QuadClass, with the mean Goldstein score",
      request: {
        params: z.object({
          source: ActorCode.openapi({ param: { name: "source", in: "path" }, example: "CHN" }),
          target: ActorCode.openapi({ param: { name: "target", in: "path" }, example: "RUS" }),
        }),
        query: z
          .object({
            interval: z.enum(["day", "week", "month"]).default("week"),
            from: DateParam.optional(),
            to: DateParam.optional(),
            symmetric: z
              .enum(["true", "false"])
              .default("false")
              .transform((v) => v === "true")
              .openapi({ description: "count both directions" }),
          })
          .strict(),
      },
      responses: {
        200: {
          description: "one bucket per period that has events, oldest first",
          content: {
            "application/json": {
              schema: z.object({
                source: z.string(),
                target: z.string(),
                interval: z.string(),
                symmetric: z.boolean(),
                data: z.array(TimelineBucketSchema),
              }),
            },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { source, target } = c.req.valid("param");
      const q = c.req.valid("query");
      const data = await store.timeline({ source, target, ...q });
      return c.json({ source, target, interval: q.interval, symmetric: q.symmetric, data }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/network",
      tags: ["dyads"],
      summary: "The actor network over a date range: actor codes as nodes, dyads as weighted directed edges",
      request: {
        query: z
          .object({
            from: DateParam.optional(),
            to: DateParam.optional(),
            actor: ActorCode.optional().openapi({ description: "only edges touching this code prefix" }),
            country: z
              .enum(["true", "false"])
              .default("false")
              .transform((v) => v === "true")
              .openapi({ description: "one node per country (first three letters of the code)" }),
            minWeight: z.coerce.number().int().min(1).default(1),
            limit: z.coerce
              .number()
              .int()
              .min(1)
              .max(10_000)
              .default(500)
              .openapi({ description: "heaviest edges first" }),
            format: z.enum(["json", "graphml"]).default("json"),
          })
          .strict(),
      },
      responses: {
        200: {
          description: "nodes and edges (weight = events, meanGoldstein = their mean score)",
          content: {
            "application/json": { schema: NetworkSchema },
            "application/graphml+xml": { schema: z.string() },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { format, ...q } = c.req.valid("query");
      const net = await store.network(q);
      if (format === "graphml") {
        c.header("Content-Type", "application/graphml+xml; charset=utf-8");
        return c.body(graphml(net)) as never;
      }
      return c.json(net, 200);
    },
  );
}
