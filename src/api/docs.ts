// Browsable API docs served entirely from this server (Swagger UI from the swagger-ui-dist package),
// so they work on a machine without internet and under a same-origin content policy.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";

const require = createRequire(import.meta.url);

const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

const INIT = `const el = document.getElementById("ui");
window.ui = SwaggerUIBundle({ url: el.dataset.spec, domNode: el, deepLinking: true });
`;

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dyad API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="ui" data-spec="/api/openapi.json"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body></html>`;

const CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/** Mounts GET /docs and its assets on the API app (which lives under /api). */
export function registerDocs(api: OpenAPIHono): void {
  const dir = (require("swagger-ui-dist") as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();
  const cache = new Map<string, string>();
  api.get("/docs", (c) => {
    c.header("Content-Security-Policy", CSP);
    return c.html(HTML);
  });
  api.get("/docs/init.js", (c) => c.body(INIT, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
  api.get("/docs/:asset", (c) => {
    const name = c.req.param("asset");
    const type = ASSETS[name];
    if (!type) return c.json({ error: `no such docs asset: ${name}` }, 404);
    let body = cache.get(name);
    if (body === undefined) {
      body = readFileSync(join(dir, name), "utf8");
      cache.set(name, body);
    }
    return c.body(body, 200, { "Content-Type": type, "Cache-Control": "public, max-age=86400" });
  });
}
