// The HTTP API for machines, under /api: every route validated with zod, described in the OpenAPI
// document at /api/openapi.json and browsable at /api/docs.

import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import type { Store } from "../store/store.js";
import { registerDocs } from "./docs.js";
import type { IngestSink } from "./ingest-sink.js";
import { rateLimit, urlLimit } from "./limits.js";
import { registerArticles } from "./routes/articles.js";
import { registerDyads } from "./routes/dyads.js";
import { registerEvents } from "./routes/events.js";
import { registerIngest } from "./routes/ingest.js";
import { registerQuotesAndActors } from "./routes/quotes-actors.js";

export interface ApiOptions {
  store: Store;
  /** Bearer token for write routes; without one they answer 403. */
  token?: string;
  /** Where POST /api/ingest sends documents; without one it answers 503. */
  ingest?: IngestSink;
  /** Largest request body in bytes (default 5 MB). */
  bodyLimit?: number;
  /** Requests per client address per minute (default 600). */
  rateLimit?: number;
}

export function createApi(options: ApiOptions): OpenAPIHono {
  const api = new OpenAPIHono({
    // One shape for every invalid request: 400 with the first problem spelled out, and all of them listed.
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      const first = issues[0];
      return c.json(
        {
          error: `bad request: ${first ? `${first.path || result.target}: ${first.message}` : "invalid"}`,
          issues,
        },
        400,
      );
    },
  });
  api.use("*", urlLimit, rateLimit(options.rateLimit ?? 600));
  api.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });

  registerArticles(api, options.store);
  registerEvents(api, options.store);
  registerQuotesAndActors(api, options.store);
  registerDyads(api, options.store);
  registerIngest(api, {
    sink: options.ingest,
    token: options.token,
    bodyLimit: options.bodyLimit ?? 5 * 1024 * 1024,
  });

  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Dyad API",
      version: "0.1.0",
      description:
        "Who did what to whom, who said what, when, where, and according to whom: the stored articles, CAMEO/PLOVER " +
        "events, quotes and actors, dyad timelines and the actor network. Read routes are open; POST /api/ingest needs " +
        "`Authorization: Bearer <token>`.",
    },
    servers: [{ url: "/api" }],
  });
  registerDocs(api);
  api.onError((err, c) => {
    if (err instanceof HTTPException && err.status < 500) return c.json({ error: err.message }, err.status);
    // Details go to the operator's log, not to the client.
    process.stderr.write(
      `dyad api: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? err.message}\n`,
    );
    return c.json({ error: "internal error" }, 500);
  });
  return api;
}
