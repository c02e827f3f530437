// The hand-annotated development and test sets (eval/data/*.jsonl, see eval/data/README.md) and
// their loader. The sets are stand-off: article id + character offsets into the article's `text` in
// ../shared/corpus/news, so the repository holds labels and never the articles' words. Loading
// re-reads the articles and checks every offset, so a changed corpus or a drifted offset fails loudly
// instead of silently scoring the wrong span.
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
import { z } from "zod";
import { corpusPath } from "../src/util/shared.js";

export type AnnotationKind = "actors" | "events" | "places" | "entities";
/** "test2": the second newswire NER test set (entities only), annotated after the first had been tuned on. */
export type Split = "dev" | "test" | "test2";

const Span = {
  doc: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  split: z.enum(["dev", "test"]),
};

const ActorRecord = z.object({
  ...Span,
  /** CAMEO actor code: ISO3 country + sector codes (USAGOV), an IGO code (IGOUNO) or a bare ISO3. */
  code: z.string().regex(/^[A-Z]{3,}$/),
  type: z.enum(["person", "country", "government", "organisation", "igo", "group", "company", "media"]),
  /** Canonical name of the referent (not the surface form, which the loader reads from the article). */
  name: z.string().min(1),
});

const EventLabel = z.object({
  source: z.string().regex(/^[A-Z]{3,}$/),
  target: z
    .string()
    .regex(/^[A-Z]{3,}$/)
    .nullable(),
  cameo: z.string().regex(/^\d{2,4}$/),
  root: z.string().regex(/^\d{2}$/),
  plover: z.string().nullable(),
});

const EventRecord = z.object({
  ...Span,
  /** Annotation batch when not the first: 3 and 4 = the running-text batches of 2026-11-30, labelled blind. */
  batch: z.number().int().positive().optional(),
  /** Every codable event the sentence states; empty for a sentence with none. */
  events: z.array(EventLabel),
});

const PlaceRecord = z.object({
  ...Span,
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{3}$/),
  kind: z.enum(["country", "region", "city", "other"]),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/**
 * Named entities of a whole article, exhaustively (every PER, ORG and LOC in [start, end)), in the
 * CoNLL 2003 manner: no titles, no nationality adjectives (MISC is not annotated).
 */
const EntityRecord = z.object({
  ...Span,
  split: z.enum(["dev", "test", "test2"]),
  entities: z.array(
    z.object({
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      label: z.enum(["PER", "ORG", "LOC"]),
    }),
  ),
});

export type ActorAnnotation = z.infer<typeof ActorRecord>;
export type EventAnnotation = z.infer<typeof EventRecord>;
export type EventLabel = z.infer<typeof EventLabel>;
export type PlaceAnnotation = z.infer<typeof PlaceRecord>;
export type EntityAnnotation = z.infer<typeof EntityRecord>;

interface RecordOf {
  actors: ActorAnnotation;
  events: EventAnnotation;
  places: PlaceAnnotation;
  entities: EntityAnnotation;
}

const SCHEMAS = {
  actors: ActorRecord,
  events: EventRecord,
  places: PlaceRecord,
  entities: EntityRecord,
} as const;

/** An article of ../shared/corpus/news, as far as the annotations need it. */
export interface NewsArticle {
  id: string;
  title: string | null;
  date: string | null;
  publisher: string | null;
  text: string;
}

/** A record with the article it points into and the text its offsets cover. */
export type Loaded<T> = T & { article: NewsArticle; text: string };

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "data");

export function annotationPath(kind: AnnotationKind): string {
  return join(dataDir, `${kind}.jsonl`);
}

/**
 * The records of one set as stored, validated, without the corpus (sizes, coverage and label checks
 * need no article text). Throws naming the file and line of the first malformed record.
 */
export function readAnnotationRecords<K extends AnnotationKind>(kind: K, split?: Split): RecordOf[K][] {
  const path = annotationPath(kind);
  if (!existsSync(path)) throw new Error(`annotation set missing: ${path}`);
  const out: RecordOf[K][] = [];
  const lines = readFileSync(path, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    const parsed = SCHEMAS[kind].safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}:${i + 1}: ${issue.path.join(".") || "record"}: ${issue.message}`);
    }
    const rec = parsed.data as RecordOf[K];
    if (rec.end <= rec.start)
      throw new Error(`${path}:${i + 1}: end ${rec.end} is not after start ${rec.start}`);
    if (!split || rec.split === split) out.push(rec);
  });
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Checks that [start, end) is a sensible span of `text`: inside it, not empty, not padded with
 * whitespace, and not cutting a word at either edge. Returns the covered text; throws otherwise.
 * Offsets that drift (a corpus re-export, an off-by-one) almost always land inside a word.
 */
export function checkSpan(text: string, start: number, end: number, where = "span"): string {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > text.length || end <= start) {
    throw new Error(`${where}: offsets ${start}-${end} outside the article (length ${text.length})`);
  }
  const span = text.slice(start, end);
  if (span.trim() !== span) throw new Error(`${where}: span ${start}-${end} starts or ends with whitespace`);
  const cuts = (i: number) => i > 0 && i < text.length && WORD.test(text[i - 1]) && WORD.test(text[i]);
  if (cuts(start) || cuts(end)) {
    const at = cuts(start) ? start : end;
    throw new Error(
      `${where}: offset ${at} falls inside a word (${JSON.stringify(text.slice(Math.max(0, at - 12), at + 12))}); ` +
        "the offsets no longer match the corpus",
    );
  }
  return span;
}

const NEWS_FILES = [
  "allsides-000.jsonl.gz",
  "allsides-001.jsonl.gz",
  "allsides-002.jsonl.gz",
  "reuters21578.jsonl.gz",
];

// Articles already read in this process, by id: the three sets share most of their articles and the
// scan is the slow part.
const articleCache = new Map<string, NewsArticle>();

function filesFor(id: string): string[] {
  if (id.startsWith("reuters21578-")) return ["reuters21578.jsonl.gz"];
  if (id.startsWith("allsides-")) return NEWS_FILES.filter((f) => f.startsWith("allsides-"));
  return NEWS_FILES;
}

/** Streams one gzipped news file, keeping the wanted articles; stops as soon as none is missing. */
async function scanFile(path: string, wanted: Set<string>): Promise<void> {
  const stream = createReadStream(path).pipe(createGunzip());
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  const idAtStart = /^\{\s*"id"\s*:\s*"([^"]+)"/;
  try {
    for await (const line of lines) {
      const m = idAtStart.exec(line);
      // Every record starts with its id; parsing only the wanted lines keeps the scan cheap.
      if (!m || !wanted.has(m[1])) continue;
      const r = JSON.parse(line) as NewsArticle;
      articleCache.set(r.id, {
        id: r.id,
        title: r.title,
        date: r.date,
        publisher: r.publisher,
        text: r.text,
      });
      wanted.delete(r.id);
      if (wanted.size === 0) break;
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}

/**
 * The articles with the given ids from ../shared/corpus/news, or null when the corpus is absent.
 * Throws when an id is in none of the files.
 */
export async function loadArticles(ids: Iterable<string>): Promise<Map<string, NewsArticle> | null> {
  const all = [...new Set(ids)];
  const missing = new Set(all.filter((id) => !articleCache.has(id)));
  if (missing.size > 0) {
    const files = [...new Set([...missing].flatMap(filesFor))];
    const paths = files.map((f) => corpusPath(`news/${f}`));
    if (paths.every((p) => p === null)) return null;
    for (const p of paths) {
      if (missing.size === 0) break;
      if (p) await scanFile(p, missing);
    }
    if (missing.size > 0) {
      const list = [...missing].slice(0, 5).join(", ");
      throw new Error(`${missing.size} annotated article(s) not found in ../shared/corpus/news: ${list}`);
    }
  }
  return new Map(all.map((id) => [id, articleCache.get(id)!]));
}

/**
 * One annotation set (optionally one split) with each record's article and covered text attached.
 * Returns null when ../shared/corpus/news is absent; throws on a malformed record, an unknown
 * article or an offset that does not fall on a word boundary.
 */
export async function loadAnnotations<K extends AnnotationKind>(
  kind: K,
  split?: Split,
): Promise<Loaded<RecordOf[K]>[] | null> {
  const records = readAnnotationRecords(kind, split);
  // The sets share few articles with other callers but many with each other: fetching every
  // annotated article in one pass means one scan of the news files per process, not one per set.
  const everyDoc = (["actors", "events", "places", "entities"] as AnnotationKind[]).flatMap((k) =>
    existsSync(annotationPath(k)) ? readAnnotationRecords(k).map((r) => r.doc) : [],
  );
  const articles = await loadArticles([...everyDoc, ...records.map((r) => r.doc)]);
  if (!articles) return null;
  return records.map((r) => {
    const article = articles.get(r.doc)!;
    const text = checkSpan(article.text, r.start, r.end, `${kind} ${r.doc} ${r.start}-${r.end}`);
    return { ...r, article, text };
  });
}
