// The plain server-rendered pages: the article list with events, and one article with its layers.
import type { Hono } from "hono";
import type { Document } from "../model/index.js";
import type { Store } from "../store/store.js";
import { esc, page, table } from "./html.js";

export function registerPages(app: Hono, store: Store): void {
  app.get("/", async (c) => {
    const [articles, events, counts] = await Promise.all([
      store.listArticles({ limit: 500, newest: true }),
      store.listEvents({ limit: 500, newest: true }),
      store.counts(),
    ]);
    const body = `<h1>${counts.articles} articles, ${counts.events} events, ${counts.quotes} quotes</h1>
<h2>Articles</h2>
${table(
  ["id", "published", "publisher", "title", "events", "quotes"],
  articles.map((a) => [
    String(a.id),
    esc(a.published?.slice(0, 10)),
    esc(a.publisher),
    `<a href="/articles/${a.id}">${esc(a.title)}</a>`,
    String(a.events),
    String(a.quotes),
  ]),
)}
<h2>Events</h2>
${table(
  ["date", "source", "CAMEO", "target", "PLOVER", "status", "evidence"],
  events.map(({ articleId, event: e }) => [
    esc(e.date),
    `<span class="code">${esc(e.source?.code)}</span> ${esc(e.source?.text)}`,
    `<span class="code">${esc(e.cameo)}</span>`,
    `<span class="code">${esc(e.target?.code)}</span> ${esc(e.target?.text)}`,
    esc(e.plover?.type),
    esc(e.status + (e.negated ? ", negated" : "")),
    `<a href="/articles/${articleId}#e-${esc(e.id)}">${esc(e.verb.text)}</a>`,
  ]),
)}`;
    return c.html(page("Articles and events", body));
  });

  app.get("/articles/:id", async (c) => {
    const id = Number(c.req.param("id"));
    const article = Number.isInteger(id) ? await store.getArticle(id) : null;
    if (!article) return c.html(page("Not found", `<h1>No article ${esc(c.req.param("id"))}</h1>`), 404);
    return c.html(page(article.document.title, articleHtml(article.document)));
  });
}

function articleHtml(d: Document): string {
  const meta = [d.published?.slice(0, 10), d.publisher, d.byline, d.section]
    .filter(Boolean)
    .map(esc)
    .join(" · ");
  return `<h1>${esc(d.title)}</h1><p class="muted">${meta}<br>${esc(d.source)}</p>
<div class="body">${highlight(d)}</div>
${d.captions.map((cap) => `<p class="muted">[caption] ${esc(cap.text)} ${esc(cap.credit ?? "")}</p>`).join("")}
<h2>Events</h2>
${table(
  ["source", "CAMEO", "target", "date", "status", "rule"],
  d.events.map((e) => [
    `${esc(e.source?.text)} <span class="code">${esc(e.source?.code)}</span>`,
    `<span class="code" id="e-${esc(e.id)}">${esc(e.cameo)}</span> ${esc(e.verb.text)}`,
    `${esc(e.target?.text)} <span class="code">${esc(e.target?.code)}</span>`,
    esc(e.date),
    esc(`${e.status}${e.negated ? ", negated" : ""}${e.modality === "asserted" ? "" : `, ${e.modality}`}`),
    `<span class="muted">${esc(e.rule)}</span>`,
  ]),
)}
<h2>Quotes</h2>
${table(
  ["speaker", "cue", "via", "words"],
  d.quotes.map((q) => [
    esc(q.source?.text),
    esc(q.cue?.text),
    esc(
      q.chain
        .map((l) => l.outlet)
        .filter(Boolean)
        .join(", "),
    ),
    esc(q.content.text),
  ]),
)}
<h2>Actors</h2>
${table(
  ["name", "code", "type"],
  d.actors.map((a) => [esc(a.name), `<span class="code">${esc(a.code)}</span>`, esc(a.type)]),
)}`;
}

/** The body with each event's sentence marked, so a reader sees where every event came from. */
function highlight(d: Document): string {
  const spans = [...new Map(d.events.map((e) => [e.evidence.start, e.evidence])).values()].sort(
    (a, b) => a.start - b.start,
  );
  let out = "";
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end > d.body.length) continue;
    out += esc(d.body.slice(at, s.start)) + `<mark>${esc(d.body.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return out + esc(d.body.slice(at));
}
