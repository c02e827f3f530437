// The HTTP API: every route, its validation (clear 4xx), formats and paging, the token on write routes,
// body and rate limits, and the OpenAPI document.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createApp } from "../src/api/app.js";
import type { IngestSink } from "../src/api/ingest-sink.js";
import { startServer } from "../src/api/serve.js";
import type { RawDocument } from "../src/model/index.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { makeDocument, makeEvent } from "./helpers/documents.js";

const TOKEN = "test-token-0123456789abcdef";
const store = new SqliteStore(":memory:");
const received: RawDocument[] = [];
const sink: IngestSink = {
  mode: "local",
  async submit(raws) {
    received.push(...raws);
    return raws.map((r, i) => ({ uri: r.uri, status: "stored" as const, articleId: 100 + i, events: 0 }));
  },
  async close() {},
};
const app = createApp({ store, token: TOKEN, ingest: sink, bodyLimit: 2000, rateLimit: 10_000 });
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const json = async (path: string) => {
  const r = await get(path);
  return { status: r.status, body: (await r.json()) as Record<string, unknown> & { data: never[] } };
};

before(async () => {
  const china = { start: 0, end: 5, text: "China", code: "CHNGOV", actorId: null };
  const russia = { start: 10, end: 16, text: "Russia", code: "RUS", actorId: null };
  await store.saveDocument(
    makeDocument("Norway welcomed Iceland's offer on fishing quotas, officials said."),
  );
  await store.saveDocument(
    makeDocument("China and Russia signed a pipeline deal in Moscow after talks.", {
      published: "2024-03-05",
      publisher: "Other Wire",
      events: [
        makeEvent({ id: "a", source: china, target: russia, cameo: "057", root: "05", date: "2024-03-04" }),
        makeEvent({
          id: "b",
          source: china,
          target: russia,
          cameo: "111",
          root: "11",
          quad: 3,
          goldstein: -2,
          date: "2024-03-12",
          status: "alleged",
          plover: { type: "ACCUSE", mode: null, context: null },
        }),
        makeEvent({ id: "c", source: russia, target: china, cameo: "042", root: "04", date: "2024-03-13" }),
      ],
    }),
  );
});
after(() => store.close());

describe("read routes", () => {
  test("articles: list, full-text search, filters; one article with its layers and offsets", async () => {
    assert.equal((await json("/api/articles")).body.data.length, 2);
    const hits = await json("/api/articles?q=pipeline%20deal");
    assert.equal(hits.body.data.length, 1);
    assert.equal((await json("/api/articles?publisher=Other%20Wire")).body.data.length, 1);
    assert.equal((await json("/api/articles?to=2024-03-31&language=en")).body.data.length, 1);
    const one = await json("/api/articles/2");
    const doc = one.body.document as { body: string; events: { evidence: { start: number } }[] };
    assert.match(doc.body, /^China/);
    assert.equal(doc.events.length, 3);
    assert.equal(typeof doc.events[0].evidence.start, "number");
    assert.equal((await json("/api/articles/99")).status, 404);
  });

  test("events: filters by actor, dyad, CAMEO code and root, PLOVER type, QuadClass, status, dates", async () => {
    const count = async (q: string) => (await json(`/api/events?${q}`)).body.data.length;
    assert.equal(await count(""), 4);
    assert.equal(await count("actor=CHN"), 3);
    assert.equal(await count("dyad=CHN-RUS"), 2);
    assert.equal(await count("source=RUS&target=CHN"), 1);
    assert.equal(await count("cameo=05"), 2);
    assert.equal(await count("cameo=057"), 1);
    assert.equal(await count("root=11"), 1);
    assert.equal(await count("plover=accuse"), 1);
    assert.equal(await count("quad=3"), 1);
    assert.equal(await count("status=alleged"), 1);
    assert.equal(await count("from=2024-03-10&to=2024-03-12"), 1);
  });

  test("events: cursor pagination with after/next walks every row once", async () => {
    const seen: number[] = [];
    let after: number | null = null;
    for (let i = 0; i < 10; i++) {
      const page = await json(`/api/events?limit=3${after ? `&after=${after}` : ""}`);
      seen.push(...(page.body.data as { id: number }[]).map((r) => r.id));
      after = page.body.next as number | null;
      if (after === null) break;
    }
    assert.deepEqual(seen, [1, 2, 3, 4]);
  });

  test("events as JSONL and CSV, by ?format= or the Accept header", async () => {
    const jsonl = await get("/api/events?format=jsonl");
    assert.match(jsonl.headers.get("content-type")!, /ndjson/);
    assert.equal((await jsonl.text()).trimEnd().split("\n").length, 4);
    const csv = await get("/api/events?dyad=CHN-RUS", { accept: "text/csv" });
    assert.match(csv.headers.get("content-type")!, /text\/csv/);
    const lines = (await csv.text()).trimEnd().split("\r\n");
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^id,article_id,event_key,date/);
    const paged = await get("/api/events?format=csv&limit=1");
    assert.equal(paged.headers.get("x-next-cursor"), "1");
  });

  test("events merged across articles, with their reports", async () => {
    const r = await json("/api/events/merged?dyad=CHN-RUS");
    assert.equal(r.status, 200);
    const data = r.body.data as {
      root: string;
      events: string[];
      sourceCount: number;
      representative: { id: number };
    }[];
    assert.deepEqual(
      data.map((m) => [m.root, m.events.length, m.sourceCount, m.representative.id]),
      [
        ["05", 1, 1, 2],
        ["11", 1, 1, 3],
      ],
    );
    assert.equal(r.body.truncated, false);
    assert.equal((await json("/api/events/merged?limit=1")).body.truncated, true);
    assert.equal((await json("/api/events/merged?limit=20000")).status, 400);
  });

  test("quotes by speaker and words; actors by code", async () => {
    assert.equal((await json("/api/quotes?speaker=Norway")).body.data.length, 2);
    assert.equal((await json("/api/quotes?q=fishing%20accord")).body.data.length, 2);
    assert.equal((await json("/api/quotes?q=volcano")).body.data.length, 0);
    const actors = await json("/api/actors?code=NOR");
    assert.deepEqual(
      (actors.body.data as { id: string; mentions: number }[]).map((a) => [a.id, a.mentions]),
      [["kb:NOR", 2]],
    );
    const csv = await (await get("/api/actors?format=csv")).text();
    assert.match(csv, /^id,name,code,type,country,sectors,mentions,articles\r\n/);
  });

  test("dyad timeline by week and the actor network (JSON and GraphML)", async () => {
    const t = await json("/api/dyads/chn/RUS/timeline?interval=week");
    assert.equal(t.body.source, "CHN");
    assert.deepEqual(
      (t.body.data as { period: string; events: number; verbalConflict: number }[]).map((b) => [
        b.period,
        b.events,
        b.verbalConflict,
      ]),
      [
        ["2024-03-04", 1, 0],
        ["2024-03-11", 1, 1],
      ],
    );
    const both = await json("/api/dyads/CHN/RUS/timeline?interval=month&symmetric=true");
    assert.equal((both.body.data as { events: number }[])[0].events, 3);
    const net = await json("/api/network?country=true&from=2024-03-01&to=2024-03-31");
    const edges = (net.body as unknown as { edges: { source: string; target: string; weight: number }[] })
      .edges;
    assert.deepEqual(
      edges.map((e) => [e.source, e.target, e.weight]),
      [
        ["CHN", "RUS", 2],
        ["RUS", "CHN", 1],
      ],
    );
    const xml = await (await get("/api/network?format=graphml")).text();
    assert.match(xml, /<graphml/);
  });
});

describe("bad requests get a clear 4xx", () => {
  for (const [path, pattern] of [
    ["/api/events?quad=9", /quad/],
    ["/api/events?from=yesterday", /from: expected a date as YYYY-MM-DD/],
    ["/api/events?cameo=abc", /cameo/],
    ["/api/events?limit=100000", /limit/],
    ["/api/events?after=-1", /after/],
    ["/api/events?status=rumoured", /status/],
    ["/api/events?actor=%27%3B%20DROP%20TABLE%20events", /actor/],
    ["/api/events?colour=red", /Unrecognized key/],
    ["/api/articles/abc", /id/],
    ["/api/articles?language=english", /ISO 639-1/],
    ["/api/dyads/CHN/R%20US/timeline", /actor code/],
    ["/api/dyads/CHN/RUS/timeline?interval=year", /interval/],
  ] as const)
    test(path, async () => {
      const r = await json(path);
      assert.equal(r.status, 400);
      assert.match(String(r.body.error), /^bad request: /);
      assert.match(JSON.stringify(r.body), pattern);
    });

  test("unknown routes are a JSON 404; an overlong URL is 414", async () => {
    assert.equal((await json("/api/nothing")).status, 404);
    assert.equal((await get(`/api/events?place=${"x".repeat(5000)}`)).status, 414);
  });
});

describe("POST /api/ingest", () => {
  const post = (body: string, headers: Record<string, string>) =>
    app.request("/api/ingest", { method: "POST", body, headers });
  const auth = { authorization: `Bearer ${TOKEN}` };

  test("needs the bearer token: none or a wrong one is 401, and nothing is ingested", async () => {
    const before = received.length;
    const body = JSON.stringify({ documents: [{ text: "Chad hosted talks." }] });
    const none = await post(body, { "content-type": "application/json" });
    assert.equal(none.status, 401);
    assert.match(none.headers.get("www-authenticate")!, /Bearer/);
    const wrong = await post(body, { "content-type": "application/json", authorization: "Bearer nope" });
    assert.equal(wrong.status, 401);
    const close = await post(body, { "content-type": "application/json", authorization: `Bearer ${TOKEN}x` });
    assert.equal(close.status, 401);
    assert.equal(received.length, before);
  });

  test("without a configured token the write route is closed (403)", async () => {
    const open = createApp({ store, ingest: sink });
    const r = await open.request("/api/ingest", {
      method: "POST",
      body: JSON.stringify({ documents: [{ text: "x" }] }),
      headers: { "content-type": "application/json", authorization: "Bearer anything" },
    });
    assert.equal(r.status, 403);
  });

  test("JSON documents and raw pages go to the ingest sink with their metadata", async () => {
    const r = await post(
      JSON.stringify({
        documents: [
          { uri: "wire:1", text: "Chad hosted talks.", published: "2024-01-02", publisher: "Wire" },
          { html: "<html><title>T</title><body><p>Mali agreed.</p></body></html>" },
        ],
      }),
      { ...auth, "content-type": "application/json" },
    );
    assert.equal(r.status, 200);
    const body = (await r.json()) as { mode: string; results: { uri: string; status: string }[] };
    assert.deepEqual(
      body.results.map((x) => x.status),
      ["stored", "stored"],
    );
    const [a, b] = received.slice(-2);
    assert.equal(a.uri, "wire:1");
    assert.equal(a.hints.published, "2024-01-02");
    assert.equal(b.hints.contentType, "text/html");
    assert.match(b.uri, /^api:/);
    const raw = await post("<html><body><p>Niger agreed.</p></body></html>", {
      ...auth,
      "content-type": "text/html; charset=utf-8",
    });
    assert.equal(raw.status, 200);
    assert.equal(received.at(-1)!.hints.contentType, "text/html");
  });

  test("bad bodies: 400 for invalid JSON or fields, 413 over the size limit, 415 for other types", async () => {
    const json400 = async (body: string, pattern: RegExp) => {
      const r = await post(body, { ...auth, "content-type": "application/json" });
      assert.equal(r.status, 400, body);
      assert.match(((await r.json()) as { error: string }).error, pattern);
    };
    await json400("{", /not valid JSON/);
    await json400("[]", /expected object/);
    await json400(JSON.stringify({ documents: [] }), /documents/);
    await json400(JSON.stringify({ documents: [{ title: "no text" }] }), /exactly one of text or html/);
    await json400(JSON.stringify({ documents: [{ text: "a", html: "b" }] }), /exactly one of text or html/);
    await json400(JSON.stringify({ documents: [{ text: "a", evil: 1 }] }), /Unrecognized key/);
    await json400(
      JSON.stringify({ documents: Array.from({ length: 101 }, () => ({ text: "a" })) }),
      /documents/,
    );
    await json400(JSON.stringify({ documents: [{ text: 42 }] }), /text/);
    const big = await post(JSON.stringify({ documents: [{ text: "x".repeat(5000) }] }), {
      ...auth,
      "content-type": "application/json",
    });
    assert.equal(big.status, 413);
    const pdf = await post("%PDF-1.4", { ...auth, "content-type": "application/pdf" });
    assert.equal(pdf.status, 415);
  });
});

test("the OpenAPI document lists every route; the docs page is served", async () => {
  const doc = (await (await get("/api/openapi.json")).json()) as {
    openapi: string;
    paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
  };
  assert.equal(doc.openapi, "3.1.0");
  for (const p of [
    "/articles",
    "/articles/{id}",
    "/events",
    "/quotes",
    "/actors",
    "/dyads/{source}/{target}/timeline",
    "/network",
    "/ingest",
  ])
    assert.ok(doc.paths[p], `missing ${p}`);
  assert.ok(doc.paths["/ingest"].post);
  const params = doc.paths["/events"].get.parameters!.map((p) => p.name);
  for (const name of [
    "actor",
    "dyad",
    "cameo",
    "root",
    "plover",
    "quad",
    "from",
    "to",
    "place",
    "status",
    "after",
  ])
    assert.ok(params.includes(name), `events lacks ${name}`);
  const docs = await get("/api/docs");
  assert.equal(docs.status, 200);
  assert.match(await docs.text(), /openapi\.json/);
});

test("over real HTTP: binds 127.0.0.1 by default, rate-limits per client with 429", async () => {
  const server = await startServer({ store, host: "127.0.0.1", port: 0, rateLimit: 5 });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await fetch(`${server.url}/api/actors`)).status);
    assert.deepEqual(statuses.slice(0, 5), [200, 200, 200, 200, 200]);
    assert.ok(statuses.slice(5).every((s) => s === 429));
    const limited = await fetch(`${server.url}/api/actors`);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get("retry-after")) >= 1);
    const page = await fetch(`${server.url}/`);
    assert.equal(page.status, 200, "the pages are not rate-limited with the API");
  } finally {
    await server.close();
  }
});
