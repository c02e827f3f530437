import { serve } from "@hono/node-server";
import { type AppOptions, createApp } from "./app.js";

export interface ServeOptions extends AppOptions {
  host: string;
  port: number;
}

/** Starts the HTTP server; resolves with its address once it is listening. */
export function startServer(options: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections would hold close() open until they time out.
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    // Slow or stuck clients may not hold a connection forever.
    const s = server as unknown as { requestTimeout?: number; headersTimeout?: number };
    s.requestTimeout = 60_000;
    s.headersTimeout = 15_000;
    server.once("error", reject);
  });
}
