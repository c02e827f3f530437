// The query parts both stores share: event filters and the mapping of result rows to records.
import type { ActorRow, ArticleSummary, EventRow, QuoteRow } from "../model/index.js";
import type { EventQuery } from "./store.js";
import { EVENT_FROM, likePrefix, Where } from "./where.js";

type Row = Record<string, unknown>;

/** The WHERE clause of an events query (`e` is events; `?` placeholders). */
export function eventsWhere(q: EventQuery): Where {
  return new Where()
    .maybe(
      q.actor,
      "(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\' OR e.source_actor = ? OR e.target_actor = ?)",
      ...(q.actor ? [likePrefix(q.actor), likePrefix(q.actor), q.actor, q.actor] : []),
    )
    .maybe(
      q.source,
      "(e.source_code LIKE ? ESCAPE '\\' OR e.source_actor = ?)",
      ...(q.source ? [likePrefix(q.source), q.source] : []),
    )
    .maybe(
      q.target,
      "(e.target_code LIKE ? ESCAPE '\\' OR e.target_actor = ?)",
      ...(q.target ? [likePrefix(q.target), q.target] : []),
    )
    .maybe(q.cameo, "e.cameo LIKE ? ESCAPE '\\'", q.cameo ? likePrefix(q.cameo) : undefined)
    .maybe(q.root, "e.root = ?", q.root?.padStart(2, "0"))
    .maybe(q.plover, "upper(e.plover) = upper(?)")
    .maybe(q.quad, "e.quad = ?")
    .maybe(q.from, EVENT_FROM, q.from, q.from)
    .maybe(q.to, "substr(e.date, 1, 10) <= ?")
    .maybe(q.place, "(lower(e.place) = lower(?) OR e.place_country = upper(?))", q.place, q.place)
    .maybe(q.status, "e.status = ?")
    .maybe(q.articleId, "e.article_id = ?")
    .maybe(q.after, "e.id > ?");
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function articleSummaryFrom(r: Row): ArticleSummary {
  return {
    id: Number(r.id),
    source: r.source as string,
    title: r.title as string,
    published: str(r.published),
    publisher: str(r.publisher),
    language: str(r.language),
    storyKey: r.story_key as string,
    events: Number(r.events),
    quotes: Number(r.quotes),
  };
}

export function eventRowFrom(r: Row): EventRow {
  return {
    id: Number(r.id),
    articleId: Number(r.article_id),
    storyKey: r.story_key as string,
    publisher: str(r.publisher),
    articleSource: r.source as string,
    event: JSON.parse(r.data as string),
  };
}

export function quoteRowFrom(r: Row): QuoteRow {
  return {
    id: Number(r.id),
    articleId: Number(r.article_id),
    publisher: str(r.publisher),
    published: str(r.published),
    speaker: str(r.speaker),
    quote: JSON.parse(r.data as string),
  };
}

export function actorRowFrom(r: Row): ActorRow {
  return {
    id: r.id as string,
    name: r.name as string,
    code: r.code as string,
    type: r.type as ActorRow["type"],
    country: str(r.country),
    sectors: typeof r.sectors === "string" ? JSON.parse(r.sectors) : (r.sectors as string[]),
    role: null,
    mentions: Number(r.mentions),
    articles: Number(r.articles),
  };
}
