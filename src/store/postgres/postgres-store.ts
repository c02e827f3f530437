import pg from "pg";
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
import { likeContains, likePrefix, numbered, Where } from "../where.js";
import { migrations } from "./migrations.js";

type Row = Record<string, unknown>;

// BIGINT ids and counts arrive as strings by default; every id here fits a double exactly.
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** Rows per multi-row INSERT: well under PostgreSQL's 65535 bound parameters. */
const CHUNK = 200;

export interface PostgresOptions {
  /** Schema to keep the tables in (created when missing); default: the server's search_path. */
  schema?: string;
  /** Pool size (default 10). */
  max?: number;
}

/** Splits `?schema=name` off a postgres:// URL (the driver does not know it). */
export function parsePostgresUrl(url: string): { url: string; schema?: string } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") ?? undefined;
  u.searchParams.delete("schema");
  return { url: u.toString(), schema };
}

export function validSchemaName(name: string): boolean {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(name);
}

/** Opens (and migrates) the PostgreSQL store at url. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const parsed = parsePostgresUrl(url);
  const schema = options.schema ?? parsed.schema;
  if (schema !== undefined && !validSchemaName(schema))
    throw new Error(`invalid schema name "${schema}" (lower-case letters, digits and _ only)`);
  const pool = new pg.Pool({
    connectionString: parsed.url,
    max: options.max ?? 10,
    types,
    // The schema name was validated above: it is an identifier, which cannot be a bound parameter.
    options: schema ? `-c search_path=${schema}` : undefined,
    connectionTimeoutMillis: 10_000,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const store = new PostgresStore(pool);
  try {
    // IF NOT EXISTS still races when several workers start together: losing that race is fine.
    if (schema)
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((err: { code?: string }) => {
        if (err.code !== "23505" && err.code !== "42P06") throw err;
      });
    await store.migrate();
  } catch (err) {
    await pool.end();
    throw err;
  }
  return store;
}

export class PostgresStore implements Store {
  readonly kind = "postgres" as const;

  constructor(private readonly pool: pg.Pool) {}

  private async query(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(numbered(sql), params)).rows as Row[];
  }

  private async tx<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async migrate(): Promise<void> {
    await this.tx(async (c) => {
      // One migrator per schema at a time: other workers wait here, then find nothing left to do.
      await c.query("SELECT pg_advisory_xact_lock(hashtext('dyad-migrate:' || current_schema()))");
      await c.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TIMESTAMPTZ)",
      );
      const done = new Set(
        (await c.query("SELECT version FROM schema_migrations")).rows.map(
          (r: { version: number }) => r.version,
        ),
      );
      for (const m of migrations) {
        if (done.has(m.version)) continue;
        await c.query(m.sql);
        await c.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())", [
          m.version,
          m.name,
        ]);
      }
    });
  }

  async schemaVersion(): Promise<number> {
    const rows = await this.query("SELECT max(version) AS v FROM schema_migrations");
    return (rows[0]?.v as number | null) ?? 0;
  }

  async saveDocument(doc: Document, options: SaveOptions = {}): Promise<SaveResult> {
    return this.tx(async (c) => {
      const q = (sql: string, params: unknown[]) => c.query(numbered(sql), params);
      const existing = (
        await q("SELECT id, story_key FROM articles WHERE content_hash = ?", [doc.contentHash])
      ).rows[0] as { id: number; story_key: string } | undefined;
      if (existing) return { articleId: existing.id, inserted: false, storyKey: existing.story_key };

      let storyKey = doc.storyKey;
      if (!storyKey && options.bands?.length) {
        const hit = await q(
          `SELECT DISTINCT b.story_key,
             (SELECT body FROM articles a WHERE a.story_key = b.story_key ORDER BY a.id LIMIT 1) AS body
           FROM story_bands b WHERE b.band = ANY(?) LIMIT ${MAX_STORY_CANDIDATES}`,
          [options.bands],
        );
        storyKey = pickStory(doc.body, hit.rows as { story_key: string; body: string | null }[]);
      }
      storyKey ??= doc.contentHash;

      // Two workers may race on the same document: the loser's insert does nothing (it waits for the
      // winner's transaction), and it reports the winner's row as a duplicate.
      const inserted = await q(
        `INSERT INTO articles (content_hash, story_key, source, canonical_url, title, body, published,
           published_source, byline, publisher, section, language, captions, layers)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
        [
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
        ],
      );
      if (inserted.rows.length === 0) {
        const row = (await q("SELECT id, story_key FROM articles WHERE content_hash = ?", [doc.contentHash]))
          .rows[0] as { id: number; story_key: string };
        return { articleId: row.id, inserted: false, storyKey: row.story_key };
      }
      const articleId = inserted.rows[0].id as number;

      await insertMany(
        c,
        "INSERT INTO story_bands (band, story_key) VALUES %s ON CONFLICT DO NOTHING",
        [...new Set(options.bands ?? [])].map((b) => [b, storyKey]),
      );
      // Sorted so concurrent transactions take the actor rows' locks in the same order (no deadlock).
      const actors = [...new Map(doc.actors.map((a) => [a.id, a])).values()].sort((a, b) =>
        a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      );
      await insertMany(
        c,
        "INSERT INTO actors (id, name, code, type, country, sectors) VALUES %s ON CONFLICT (id) DO NOTHING",
        actors.map((a) => [a.id, a.name, a.code, a.type, a.country, JSON.stringify(a.sectors)]),
      );
      const counts = mentionCounts(doc);
      await insertMany(
        c,
        "INSERT INTO article_actors (article_id, actor_id, role, mentions) VALUES %s",
        actors.map((a) => [articleId, a.id, a.role, counts.get(a.id) ?? 0]),
      );
      await insertMany(
        c,
        `INSERT INTO events (article_id, event_key, sentence, source_code, source_actor, target_code, target_actor,
           cameo, root, plover, quad, goldstein, date, place, place_country, status, negated, data) VALUES %s`,
        doc.events.map((e) => {
          const x = eventColumns(e);
          return [
            articleId,
            x.event_key,
            x.sentence,
            x.source_code,
            x.source_actor,
            x.target_code,
            x.target_actor,
            x.cameo,
            x.root,
            x.plover,
            x.quad,
            x.goldstein,
            x.date,
            x.place,
            x.place_country,
            x.status,
            x.negated === 1,
            x.data,
          ];
        }),
      );
      await insertMany(
        c,
        "INSERT INTO quotes (article_id, quote_key, kind, content, speaker, speaker_actor, data) VALUES %s",
        doc.quotes.map((qt) => {
          const x = quoteColumns(qt, doc.actors);
          return [articleId, x.quote_key, x.kind, x.content, x.speaker, x.speaker_actor, x.data];
        }),
      );
      return { articleId, inserted: true, storyKey };
    });
  }

  async saveReject(r: Reject): Promise<void> {
    await this.query("INSERT INTO rejects (source, stage, reason, at) VALUES (?, ?, ?, ?)", [
      r.source,
      r.stage,
      r.reason,
      r.at,
    ]);
  }

  async listArticles(q: ArticleQuery = {}): Promise<ArticleSummary[]> {
    const fts = q.search ? ftsQuery(q.search) : null;
    if (q.search !== undefined && !fts) return [];
    const where = new Where()
      .maybe(fts, "a.search @@ plainto_tsquery('simple', ?)", q.search)
      .maybe(q.from, "a.published >= ?")
      .maybe(q.to, "substr(a.published, 1, 10) <= ?")
      .maybe(q.publisher, "a.publisher = ?")
      .maybe(q.language, "a.language = ?")
      .maybe(q.after, "a.id > ?");
    const rows = await this.query(
      `SELECT a.id, a.source, a.title, a.published, a.publisher, a.language, a.story_key,
        (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
        (SELECT count(*) FROM quotes x WHERE x.article_id = a.id) AS quotes
      FROM articles a ${where} ORDER BY ${q.newest ? "a.published DESC NULLS LAST, a.id DESC" : "a.id"} LIMIT ?`,
      [...where.params, clampLimit(q.limit)],
    );
    return rows.map(articleSummaryFrom);
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    if (!Number.isSafeInteger(id)) return null;
    const [r] = await this.query("SELECT * FROM articles WHERE id = ?", [id]);
    if (!r) return null;
    const events = (await this.query("SELECT data FROM events WHERE article_id = ? ORDER BY id", [id])).map(
      (e) => JSON.parse(e.data as string),
    );
    const quotes = (await this.query("SELECT data FROM quotes WHERE article_id = ? ORDER BY id", [id])).map(
      (e) => JSON.parse(e.data as string),
    );
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
    return {
      id,
      storyKey: r.story_key as string,
      ingestedAt: (r.ingested_at as Date).toISOString(),
      document,
    };
  }

  async listEvents(q: EventQuery = {}): Promise<EventRow[]> {
    const where = eventsWhere(q);
    const rows = await this.query(
      `SELECT e.id, e.article_id, e.data, a.story_key, a.publisher, a.source
      FROM events e JOIN articles a ON a.id = e.article_id
      ${where} ORDER BY ${q.newest ? "e.date DESC NULLS LAST, e.id DESC" : "e.id"} LIMIT ?`,
      [...where.params, clampLimit(q.limit)],
    );
    return rows.map(eventRowFrom);
  }

  async listQuotes(q: QuoteQuery = {}): Promise<QuoteRow[]> {
    const fts = q.search ? ftsQuery(q.search) : null;
    if (q.search !== undefined && !fts) return [];
    const where = new Where()
      .maybe(fts, "x.search @@ plainto_tsquery('simple', ?)", q.search)
      .maybe(
        q.speaker,
        "(x.speaker ILIKE ? ESCAPE '\\' OR x.speaker_actor = ?)",
        ...(q.speaker ? [likeContains(q.speaker), q.speaker] : []),
      )
      .maybe(q.articleId, "x.article_id = ?")
      .maybe(q.after, "x.id > ?");
    const rows = await this.query(
      `SELECT x.id, x.article_id, x.speaker, x.data, a.publisher, a.published
      FROM quotes x JOIN articles a ON a.id = x.article_id
      ${where} ORDER BY x.id LIMIT ?`,
      [...where.params, clampLimit(q.limit)],
    );
    return rows.map(quoteRowFrom);
  }

  async listActors(q: ActorQuery = {}): Promise<ActorRow[]> {
    const where = new Where()
      .maybe(q.code, "x.code LIKE ? ESCAPE '\\'", q.code ? likePrefix(q.code) : undefined)
      .maybe(q.name, "x.name ILIKE ? ESCAPE '\\'", q.name ? likeContains(q.name) : undefined)
      .maybe(q.after, "x.seq > ?");
    const rows = await this.query(
      `SELECT x.seq, x.id, x.name, x.code, x.type, x.country, x.sectors,
        coalesce(sum(l.mentions), 0)::bigint AS mentions, count(l.article_id) AS articles
      FROM actors x LEFT JOIN article_actors l ON l.actor_id = x.id
      ${where}
      GROUP BY x.seq ORDER BY mentions DESC, x.seq LIMIT ?`,
      [...where.params, clampLimit(q.limit)],
    );
    return rows.map(actorRowFrom);
  }

  async listRejects(limit?: number): Promise<Reject[]> {
    return (await this.query("SELECT source, stage, reason, at FROM rejects ORDER BY id DESC LIMIT ?", [
      clampLimit(limit),
    ])) as Reject[];
  }

  async counts(): Promise<StoreCounts> {
    const [r] = await this.query(`SELECT
      (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM actors) AS actors,
      (SELECT count(*) FROM rejects) AS rejects`);
    return r as unknown as StoreCounts;
  }

  async timeline(q: TimelineQuery): Promise<TimelineBucket[]> {
    const { sql, params } = timelineSql(q);
    return rollTimeline((await this.query(sql, params)) as unknown as DayRow[], q.interval);
  }

  async network(q: NetworkQuery = {}): Promise<ActorNetwork> {
    const { sql, params } = networkSql(q);
    return buildNetwork(
      (await this.query(sql, params)) as unknown as {
        source: string;
        target: string;
        n: number;
        g: number;
      }[],
    );
  }

  /** Drops a schema and everything in it (tests clean up after themselves with this). */
  async dropSchema(schema: string): Promise<void> {
    if (!validSchemaName(schema)) throw new Error(`invalid schema name "${schema}"`);
    await this.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** One multi-row INSERT per chunk; `%s` in sql stands for the VALUES tuples, all parameters bound. */
async function insertMany(client: pg.PoolClient, sql: string, rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = row.map((v) => {
        params.push(v);
        return `$${params.length}`;
      });
      return `(${marks.join(", ")})`;
    });
    await client.query(sql.replace("%s", tuples.join(", ")), params);
  }
}
