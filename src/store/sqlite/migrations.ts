/**
 * Versioned schema changes, applied in order inside one transaction each. Never edit a released
 * migration: add a new one.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "articles, layers, events, quotes, actors, rejects, full-text search",
    sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
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
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_publisher ON articles(publisher);
CREATE INDEX articles_story ON articles(story_key);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TABLE story_bands (
  band TEXT NOT NULL,
  story_key TEXT NOT NULL,
  PRIMARY KEY (band, story_key)
) WITHOUT ROWID;

CREATE TABLE actors (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  code TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  sectors TEXT NOT NULL
);
CREATE INDEX actors_code ON actors(code);

CREATE TABLE article_actors (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL,
  role TEXT,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX article_actors_actor ON article_actors(actor_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
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
  goldstein REAL NOT NULL,
  date TEXT,
  place TEXT,
  place_country TEXT,
  status TEXT NOT NULL,
  negated INTEGER NOT NULL,
  data TEXT NOT NULL,
  UNIQUE (article_id, event_key)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_cameo ON events(cameo);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  quote_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  content TEXT NOT NULL,
  speaker TEXT,
  speaker_actor TEXT,
  data TEXT NOT NULL,
  UNIQUE (article_id, quote_key)
);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE VIRTUAL TABLE quotes_fts USING fts5(content, speaker, content='quotes', content_rowid='id');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, content, speaker) VALUES (new.id, new.content, new.speaker);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker) VALUES ('delete', old.id, old.content, old.speaker);
END;

CREATE TABLE rejects (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  stage TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);
`,
  },
];
