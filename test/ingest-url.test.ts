// http(s) inputs against a loopback server started here: robots.txt, redirects, size limit,
// timeouts, content types, user agent.
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import type { ReadItem, ReadOptions } from "../src/ingest/types.js";
import { docs, readAll, rejects } from "./helpers/ingest.js";

const PAGE = `<html><head><title>Port news</title></head><body><article><p>The port handled more ships this year than last, the harbour board said on Friday, and plans a new quay.</p></article></body></html>`;
let server: Server;
let base = "";
const seen: IncomingMessage[] = [];

before(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    switch (req.url) {
      case "/robots.txt":
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("User-agent: *\nDisallow: /private/\n");
        return;
      case "/article":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(PAGE);
        return;
      case "/moved":
        res.writeHead(301, { location: "/article" });
        res.end();
        return;
      case "/loop":
        res.writeHead(302, { location: "/loop" });
        res.end();
        return;
      case "/big":
        res.writeHead(200, { "content-type": "text/html" });
        res.end(`<html><body>${"x".repeat(50_000)}</body></html>`);
        return;
      case "/image":
        res.writeHead(200, { "content-type": "image/png" });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      case "/slow":
        setTimeout(() => {
          res.writeHead(200, { "content-type": "text/html" });
          res.end(PAGE);
        }, 3000);
        return;
      default:
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const read = (paths: string[], options: ReadOptions = {}) =>
  readAll(
    paths.map((p) => base + p),
    { hostDelayMs: 0, ...options },
  );
const reasons = (items: ReadItem[]) => rejects(items).map((r) => r.reason);

test("fetches a page with a user agent, and follows a redirect", async () => {
  const items = await read(["/article", "/moved"]);
  const d = docs(items);
  assert.equal(d.length, 2);
  assert.equal(d[0].hints.contentType, "text/html");
  assert.equal(d[1].uri, `${base}/moved`);
  assert.equal(d[1].hints.url, `${base}/article`);
  assert.equal(d[1].hints.charset, "utf-8");
  const pageRequest = seen.find((r) => r.url === "/article");
  assert.match(pageRequest?.headers["user-agent"] ?? "", /^DyadBot\//);
});

test("robots.txt is obeyed (and fetched once per host)", async () => {
  const before = seen.filter((r) => r.url === "/robots.txt").length;
  const items = await read(["/private/a", "/article"]);
  assert.match(reasons(items)[0], /robots\.txt .* disallows \/private\/a/);
  assert.equal(docs(items).length, 1);
  assert.equal(seen.filter((r) => r.url === "/robots.txt").length - before, 1);
});

test("redirect loops, 404s, binary types and oversized bodies are rejected", async () => {
  const r = reasons(await read(["/loop", "/missing", "/image", "/big"], { maxBytes: 10_000 }));
  assert.match(r[0], /more than 5 redirects/);
  assert.match(r[1], /HTTP 404/);
  assert.match(r[2], /unsupported content type image\/png/);
  assert.match(r[3], /limit/);
});

test("a slow server times out", async () => {
  const r = reasons(await read(["/slow"], { timeoutMs: 300 }));
  assert.match(r[0], /timed out after 300 ms/);
});
