import { Hono } from "hono";
import type { Store } from "../store/store.js";
import { type ApiOptions, createApi } from "./api.js";
import { registerPages } from "./pages.js";

export interface AppOptions extends Omit<ApiOptions, "store"> {
  store: Store;
}

/** The HTTP application: pages for people at /, the API for machines at /api. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    // A route that needs a looser policy (the API docs page) sets its own.
    if (!c.res.headers.has("Content-Security-Policy"))
      c.header(
        "Content-Security-Policy",
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
      );
  });
  app.route("/api", createApi(options));
  registerPages(app, options.store);
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    if (path === "/api" || path.startsWith("/api/"))
      return c.json({ error: `no route ${c.req.method} ${path} (see /api/openapi.json)` }, 404);
    return c.text("Not found", 404);
  });
  return app;
}
