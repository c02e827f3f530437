/**
 * PostgreSQL schema changes, applied in order, each in its own transaction under an advisory lock so
 * that many workers starting at once migrate exactly once. Never edit a released migration: add one.
 * The tables mirror src/store/sqlite/migrations.ts; full-text search is a generated tsvector column
 * with a GIN index ('simple' configuration: no stemming, like SQLite's FTS5 unicode61 tokenizer).
 * JSON layers are TEXT, not JSONB: JSONB refuses \u0000 escapes that hostile pages can carry and
 * reorders keys, and nothing queries inside them.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "articles, layers, events, quotes, actors, rejects, full-text search",
    sql: `
CREATE TABLE articles (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  story_key TEXT NOT NULL,
  source TEXT NOT NULL,
  canonical_url TEXT,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  published TEXT,
  published_source TEXT NOT NULL,
  byline TEXT,
  publisher TEXT,
  section TEXT,
  language TEXT,
  captions TEXT NOT NULL,
  layers TEXT NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_publisher ON articles(publisher);
CREATE INDEX articles_story ON articles(story_key);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE story_bands (
  band TEXT NOT NULL,
  story_key TEXT NOT NULL,
  PRIMARY KEY (band, story_key)
);

CREATE TABLE actors (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  code TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  sectors TEXT NOT NULL
);
CREATE INDEX actors_code ON actors(code);

CREATE TABLE article_actors (
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL,
  role TEXT,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX article_actors_actor ON article_actors(actor_id);

CREATE TABLE events (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event_key TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  source_code TEXT,
  source_actor TEXT,
  target_code TEXT,
  target_actor TEXT,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  plover TEXT,
  quad INTEGER NOT NULL CHECK (quad BETWEEN 1 AND 4),
  goldstein DOUBLE PRECISION NOT NULL,
  date TEXT,
  place TEXT,
  place_country TEXT,
  status TEXT NOT NULL,
  negated BOOLEAN NOT NULL,
  data TEXT NOT NULL,
  UNIQUE (article_id, event_key)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_code text_pattern_ops);
CREATE INDEX events_target ON events(target_code text_pattern_ops);
CREATE INDEX events_cameo ON events(cameo text_pattern_ops);

CREATE TABLE quotes (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  quote_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  content TEXT NOT NULL,
  speaker TEXT,
  speaker_actor TEXT,
  data TEXT NOT NULL,
  search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', content || ' ' || coalesce(speaker, ''))) STORED,
  UNIQUE (article_id, quote_key)
);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX quotes_search ON quotes USING GIN (search);

CREATE TABLE rejects (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source TEXT NOT NULL,
  stage TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);
`,
  },
];
