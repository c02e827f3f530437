import { serve } from "@hono/node-server";
import type { Store } from "../store/store.js";
import { createApp } from "./app.js";

export interface ServeOptions {
  store: Store;
  host: string;
  port: number;
}

/** Starts the HTTP server; resolves with its address once it is listening. */
export function startServer(options: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createApp({ store: options.store });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once("error", reject);
  });
}
