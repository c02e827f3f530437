import Database from "better-sqlite3";
import { type Document, DocumentSchema, type Reject } from "../../model/index.js";
import { buildNetwork, type DayRow, networkSql, rollTimeline, timelineSql } from "../aggregate.js";
import { actorRowFrom, articleSummaryFrom, eventRowFrom, eventsWhere, quoteRowFrom } from "../queries.js";
import { articleLayers, clampLimit, eventColumns, ftsQuery, mentionCounts, quoteColumns } from "../rows.js";
import type {
  ActorNetwork,
  ActorQuery,
  ActorRow,
  ArticleQuery,
  ArticleSummary,
  EventQuery,
  EventRow,
  NetworkQuery,
  QuoteQuery,
  QuoteRow,
  SaveOptions,
  SaveResult,
  Store,
  StoreCounts,
  StoredArticle,
  TimelineBucket,
  TimelineQuery,
} from "../store.js";
import { MAX_STORY_CANDIDATES, pickStory } from "../story.js";
import { likeContains, likePrefix, Where } from "../where.js";
import { migrations } from "./migrations.js";

type Row = Record<string, unknown>;

export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("busy_timeout = 5000");
    this.migrate();
  }

  private migrate(): void {
    this.db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)",
    );
    const done = new Set(
      (this.db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map(
        (r) => r.version,
      ),
    );
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db
          .prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
          .run(m.version, m.name, new Date().toISOString());
      })();
    }
  }

  /** The schema version in force (the highest applied migration). */
  schemaVersion(): number {
    const row = this.db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as {
      v: number | null;
    };
    return row.v ?? 0;
  }

  async saveDocument(doc: Document, options: SaveOptions = {}): Promise<SaveResult> {
    return this.db.transaction((): SaveResult => {
      const existing = this.db
        .prepare("SELECT id, story_key FROM articles WHERE content_hash = ?")
        .get(doc.contentHash) as { id: number; story_key: string } | undefined;
      if (existing) return { articleId: existing.id, inserted: false, storyKey: existing.story_key };

      const storyKey = doc.storyKey ?? this.findStory(doc.body, options.bands ?? []) ?? doc.contentHash;
      const info = this.db
        .prepare(
          `INSERT INTO articles (content_hash, story_key, source, canonical_url, title, body, published,
             published_source, byline, publisher, section, language, captions, layers, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          doc.contentHash,
          storyKey,
          doc.source,
          doc.canonicalUrl,
          doc.title,
          doc.body,
          doc.published,
          doc.publishedSource,
          doc.byline,
          doc.publisher,
          doc.section,
          doc.language,
          JSON.stringify(doc.captions),
          JSON.stringify(articleLayers(doc)),
          new Date().toISOString(),
        );
      const articleId = Number(info.lastInsertRowid);

      const band = this.db.prepare("INSERT OR IGNORE INTO story_bands (band, story_key) VALUES (?, ?)");
      for (const b of options.bands ?? []) band.run(b, storyKey);

      const actor = this.db.prepare(
        `INSERT INTO actors (id, name, code, type, country, sectors) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO NOTHING`,
      );
      const link = this.db.prepare(
        "INSERT INTO article_actors (article_id, actor_id, role, mentions) VALUES (?, ?, ?, ?)",
      );
      const counts = mentionCounts(doc);
      for (const a of doc.actors) {
        actor.run(a.id, a.name, a.code, a.type, a.country, JSON.stringify(a.sectors));
        link.run(articleId, a.id, a.role, counts.get(a.id) ?? 0);
      }

      const event = this.db.prepare(
        `INSERT INTO events (article_id, event_key, sentence, source_code, source_actor, target_code, target_actor,
           cameo, root, plover, quad, goldstein, date, place, place_country, status, negated, data)
         VALUES (@article_id, @event_key, @sentence, @source_code, @source_actor, @target_code, @target_actor,
           @cameo, @root, @plover, @quad, @goldstein, @date, @place, @place_country, @status, @negated, @data)`,
      );
      for (const e of doc.events) event.run({ article_id: articleId, ...eventColumns(e) });

      const quote = this.db.prepare(
        `INSERT INTO quotes (article_id, quote_key, kind, content, speaker, speaker_actor, data)
         VALUES (@article_id, @quote_key, @kind, @content, @speaker, @speaker_actor, @data)`,
      );
      for (const q of doc.quotes) quote.run({ article_id: articleId, ...quoteColumns(q, doc.actors) });

      return { articleId, inserted: true, storyKey };
    })();
  }

  private findStory(body: string, bands: string[]): string | null {
    if (bands.length === 0) return null;
    const marks = bands.map(() => "?").join(", ");
    const candidates = this.db
      .prepare(
        `SELECT DISTINCT b.story_key, (SELECT body FROM articles a WHERE a.story_key = b.story_key ORDER BY a.id LIMIT 1) AS body
         FROM story_bands b WHERE b.band IN (${marks}) LIMIT ${MAX_STORY_CANDIDATES}`,
      )
      .all(...bands) as { story_key: string; body: string | null }[];
    return pickStory(body, candidates);
  }

  async saveReject(r: Reject): Promise<void> {
    this.db
      .prepare("INSERT INTO rejects (source, stage, reason, at) VALUES (?, ?, ?, ?)")
      .run(r.source, r.stage, r.reason, r.at);
  }

  async listArticles(q: ArticleQuery = {}): Promise<ArticleSummary[]> {
    const fts = q.search ? ftsQuery(q.search) : null;
    if (q.search !== undefined && !fts) return [];
    const from = fts ? "articles_fts f JOIN articles a ON a.id = f.rowid" : "articles a";
    const where = new Where()
      .maybe(fts, "articles_fts MATCH ?")
      .maybe(q.from, "a.published >= ?")
      .maybe(q.to, "substr(a.published, 1, 10) <= ?")
      .maybe(q.publisher, "a.publisher = ?")
      .maybe(q.language, "a.language = ?")
      .maybe(q.after, "a.id > ?");
    const sql = `SELECT a.id, a.source, a.title, a.published, a.publisher, a.language, a.story_key,
        (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
        (SELECT count(*) FROM quotes x WHERE x.article_id = a.id) AS quotes
      FROM ${from} ${where} ORDER BY ${q.newest ? "a.published IS NULL, a.published DESC, a.id DESC" : "a.id"} LIMIT ?`;
    const rows = this.db.prepare(sql).all(...where.params, clampLimit(q.limit)) as Row[];
    return rows.map(articleSummaryFrom);
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const r = this.db.prepare("SELECT * FROM articles WHERE id = ?").get(id) as Row | undefined;
    if (!r) return null;
    const events = (
      this.db.prepare("SELECT data FROM events WHERE article_id = ? ORDER BY id").all(id) as Row[]
    ).map((e) => JSON.parse(e.data as string));
    const quotes = (
      this.db.prepare("SELECT data FROM quotes WHERE article_id = ? ORDER BY id").all(id) as Row[]
    ).map((e) => JSON.parse(e.data as string));
    const layers = JSON.parse(r.layers as string) as Record<string, unknown>;
    const document = DocumentSchema.parse({
      source: r.source,
      title: r.title,
      body: r.body,
      published: r.published ?? null,
      byline: r.byline ?? null,
      publisher: r.publisher ?? null,
      section: r.section ?? null,
      language: r.language ?? null,
      captions: JSON.parse(r.captions as string),
      canonicalUrl: r.canonical_url ?? null,
      publishedSource: r.published_source,
      contentHash: r.content_hash,
      storyKey: r.story_key,
      ...layers,
      sentences: ((layers.sentences as { start: number; end: number }[]) ?? []).map((s) => ({
        ...s,
        tokens: [],
      })),
      events,
      quotes,
    });
    return { id, storyKey: r.story_key as string, ingestedAt: r.ingested_at as string, document };
  }

  async listEvents(q: EventQuery = {}): Promise<EventRow[]> {
    const where = eventsWhere(q);
    const sql = `SELECT e.id, e.article_id, e.data, a.story_key, a.publisher, a.source
      FROM events e JOIN articles a ON a.id = e.article_id
      ${where} ORDER BY ${q.newest ? "e.date IS NULL, e.date DESC, e.id DESC" : "e.id"} LIMIT ?`;
    const rows = this.db.prepare(sql).all(...where.params, clampLimit(q.limit)) as Row[];
    return rows.map(eventRowFrom);
  }

  async listQuotes(q: QuoteQuery = {}): Promise<QuoteRow[]> {
    const fts = q.search ? ftsQuery(q.search) : null;
    if (q.search !== undefined && !fts) return [];
    const from = fts ? "quotes_fts f JOIN quotes x ON x.id = f.rowid" : "quotes x";
    const where = new Where()
      .maybe(fts, "quotes_fts MATCH ?")
      .maybe(
        q.speaker,
        "(x.speaker LIKE ? ESCAPE '\\' OR x.speaker_actor = ?)",
        ...(q.speaker ? [likeContains(q.speaker), q.speaker] : []),
      )
      .maybe(q.articleId, "x.article_id = ?")
      .maybe(q.after, "x.id > ?");
    const sql = `SELECT x.id, x.article_id, x.speaker, x.data, a.publisher, a.published
      FROM ${from} JOIN articles a ON a.id = x.article_id
      ${where} ORDER BY x.id LIMIT ?`;
    const rows = this.db.prepare(sql).all(...where.params, clampLimit(q.limit)) as Row[];
    return rows.map(quoteRowFrom);
  }

  async listActors(q: ActorQuery = {}): Promise<ActorRow[]> {
    const where = new Where()
      .maybe(q.code, "x.code LIKE ? ESCAPE '\\'", q.code ? likePrefix(q.code) : undefined)
      .maybe(q.name, "x.name LIKE ? ESCAPE '\\'", q.name ? likeContains(q.name) : undefined)
      .maybe(q.after, "x.rowid > ?");
    const sql = `SELECT x.rowid AS seq, x.id, x.name, x.code, x.type, x.country, x.sectors,
        coalesce(sum(l.mentions), 0) AS mentions, count(l.article_id) AS articles
      FROM actors x LEFT JOIN article_actors l ON l.actor_id = x.id
      ${where}
      GROUP BY x.rowid ORDER BY mentions DESC, x.rowid LIMIT ?`;
    const rows = this.db.prepare(sql).all(...where.params, clampLimit(q.limit)) as Row[];
    return rows.map(actorRowFrom);
  }

  async listRejects(limit?: number): Promise<Reject[]> {
    return this.db
      .prepare("SELECT source, stage, reason, at FROM rejects ORDER BY id DESC LIMIT ?")
      .all(clampLimit(limit)) as Reject[];
  }

  async counts(): Promise<StoreCounts> {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      articles: one("SELECT count(*) AS n FROM articles"),
      events: one("SELECT count(*) AS n FROM events"),
      quotes: one("SELECT count(*) AS n FROM quotes"),
      actors: one("SELECT count(*) AS n FROM actors"),
      rejects: one("SELECT count(*) AS n FROM rejects"),
    };
  }

  async timeline(q: TimelineQuery): Promise<TimelineBucket[]> {
    const { sql, params } = timelineSql(q);
    return rollTimeline(this.db.prepare(sql).all(...params) as DayRow[], q.interval);
  }

  async network(q: NetworkQuery = {}): Promise<ActorNetwork> {
    const { sql, params } = networkSql(q);
    return buildNetwork(
      this.db.prepare(sql).all(...params) as { source: string; target: string; n: number; g: number }[],
    );
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
