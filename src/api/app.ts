import { Hono } from "hono";
import type { Store } from "../store/store.js";
import { registerPages } from "./pages.js";

export interface AppOptions {
  store: Store;
}

/** The HTTP application: pages for people (the API for machines is added beside them). */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header(
      "Content-Security-Policy",
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
    );
  });
  registerPages(app, options.store);
  return app;
}
