import type { ActorRow, ArticleSummary, Document, EventRow, QuoteRow, Reject } from "../model/index.js";

export type { ActorRow, ArticleSummary, EventRow, QuoteRow };

/**
 * The storage interface. SQLite (embedded default) and PostgreSQL implement it; everything above the
 * store (CLI, API, exports) codes against this and nothing else.
 */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Stores one document and all its layers in one transaction; idempotent by content hash. */
  saveDocument(doc: Document, options?: SaveOptions): Promise<SaveResult>;
  saveReject(reject: Reject): Promise<void>;
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  getArticle(id: number): Promise<StoredArticle | null>;
  listEvents(query?: EventQuery): Promise<EventRow[]>;
  listQuotes(query?: QuoteQuery): Promise<QuoteRow[]>;
  listActors(query?: ActorQuery): Promise<ActorRow[]>;
  listRejects(limit?: number): Promise<Reject[]>;
  counts(): Promise<StoreCounts>;
  /** Events between two actors (code prefixes) per day, week or month: counts by QuadClass, mean Goldstein. */
  timeline(query: TimelineQuery): Promise<TimelineBucket[]>;
  /** Actors as nodes and who-did-what-to-whom as weighted directed edges. */
  network(query?: NetworkQuery): Promise<ActorNetwork>;
  close(): Promise<void>;
}

export interface SaveOptions {
  /** Near-duplicate band keys (see src/ingest/dedup.ts): a document sharing one joins that story. */
  bands?: string[];
}

export interface SaveResult {
  articleId: number;
  /** False when a document with the same content hash was already stored (nothing was written). */
  inserted: boolean;
  storyKey: string;
}

export interface Page {
  limit?: number;
  /** Return rows with id greater than this (cursor pagination: pass the last id you saw). */
  after?: number;
}

export interface ArticleQuery extends Page {
  /** Full-text search over title and body. */
  search?: string;
  from?: string;
  to?: string;
  publisher?: string;
  language?: string;
  /**
   * Newest first: latest `published` first (undated articles last), then the latest stored. For
   * listings such as the home page; `after` still filters by id but is no cursor in this order.
   */
  newest?: boolean;
}

export interface StoredArticle {
  id: number;
  storyKey: string;
  ingestedAt: string;
  document: Document;
}

export interface EventQuery extends Page {
  /** Actor code prefix or actor id, as source or target. */
  actor?: string;
  source?: string;
  target?: string;
  /** CAMEO code prefix (e.g. 04 or 042). */
  cameo?: string;
  root?: string;
  plover?: string;
  quad?: number;
  from?: string;
  to?: string;
  /** Place name or ISO3 country of the event's location. */
  place?: string;
  status?: string;
  articleId?: number;
  /** Latest event date first (undated last), then the latest stored; for listings such as the home page. */
  newest?: boolean;
}

export interface QuoteQuery extends Page {
  speaker?: string;
  /** Full-text search over the quoted words. */
  search?: string;
  articleId?: number;
}

export interface ActorQuery extends Page {
  code?: string;
  name?: string;
}

export interface StoreCounts {
  articles: number;
  events: number;
  quotes: number;
  actors: number;
  rejects: number;
}

export interface TimelineQuery {
  /** Actor code prefix of the source (e.g. CHN). */
  source: string;
  /** Actor code prefix of the target (e.g. RUS). */
  target: string;
  interval: "day" | "week" | "month";
  /** Count both directions (source to target and target to source). */
  symmetric?: boolean;
  from?: string;
  to?: string;
}

export interface TimelineBucket {
  /** First day of the period (YYYY-MM-DD; weeks start on Monday). */
  period: string;
  events: number;
  /** QuadClass 1 to 4. */
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
  meanGoldstein: number | null;
}

export interface NetworkQuery {
  from?: string;
  to?: string;
  /** Only edges touching this actor code prefix. */
  actor?: string;
  /** Cut codes to their first three letters (the country), so CHNGOV and CHNMIL are one node. */
  country?: boolean;
  /** Leave out edges with fewer events than this (default 1). */
  minWeight?: number;
  /** At most this many edges, heaviest first (default 500). */
  limit?: number;
}

export interface ActorNetwork {
  nodes: { id: string; events: number; outgoing: number; incoming: number }[];
  edges: { source: string; target: string; weight: number; meanGoldstein: number }[];
}
