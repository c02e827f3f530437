// `npm run eval -- actors [--split dev|test|all] [--file annotations.jsonl] [--errors N]`
// Actor-code accuracy against stand-off annotations of ../shared/corpus/news articles: for every
// annotated span, the actor the pipeline (analyse + resolve) finds there, compared on the full CAMEO
// code, its country (root) part and its sector part.
import { existsSync } from "node:fs";
import { splitCode } from "../src/actors/codes.js";
import { actorAt, createResolveStage } from "../src/actors/stage.js";
import { type Document, DocumentSchema } from "../src/model/index.js";
import type { Stage } from "../src/pipeline/stage.js";
import { corpusPath, readJsonl, readText } from "../src/util/shared.js";
import { printTable } from "../src/util/table.js";
import { writeResults } from "./lib-results.js";

export interface ActorAnnotation {
  doc: string;
  start: number;
  end: number;
  split: "dev" | "test";
  code: string;
  type?: string;
  name?: string;
}

const NEWS_FILES = [
  "allsides-000.jsonl.gz",
  "allsides-001.jsonl.gz",
  "allsides-002.jsonl.gz",
  "reuters21578.jsonl.gz",
];

interface NewsRecord {
  id: string;
  title: string | null;
  date: string | null;
  publisher: string | null;
  text: string;
}

/** Annotations with their articles: from eval/lib-annotations.ts, or from a file given with --file. */
async function loadAnnotationsFor(
  split: string,
  file: string | null,
): Promise<{ anns: ActorAnnotation[]; articles: Map<string, NewsRecord> } | null> {
  if (!file) {
    const lib = (await import("./lib-annotations.js")) as {
      loadAnnotations(
        kind: "actors",
        split?: "dev" | "test",
      ): Promise<(ActorAnnotation & { article: NewsRecord })[] | null>;
    };
    const loaded = await lib.loadAnnotations(
      "actors",
      split === "all" ? undefined : (split as "dev" | "test"),
    );
    if (!loaded) return null;
    return { anns: loaded, articles: new Map(loaded.map((a) => [a.doc, a.article])) };
  }
  if (!existsSync(file)) throw new Error(`no actor annotations at ${file}`);
  const anns = readJsonl<ActorAnnotation>(file).filter((a) => split === "all" || a.split === split);
  return { anns, articles: loadArticles(new Set(anns.map((a) => a.doc))) };
}

/** Finds the referenced articles in the news files, parsing only the lines whose id is wanted. */
function loadArticles(ids: Set<string>): Map<string, NewsRecord> {
  const out = new Map<string, NewsRecord>();
  for (const f of NEWS_FILES) {
    if (out.size === ids.size) break;
    const p = corpusPath(`news/${f}`);
    if (!p) continue;
    for (const line of readText(p).split("\n")) {
      const m = /^\{"id": ?"([^"]+)"/.exec(line);
      if (!m || !ids.has(m[1])) continue;
      out.set(m[1], JSON.parse(line) as NewsRecord);
    }
  }
  return out;
}

function toDocument(r: NewsRecord): Document {
  return DocumentSchema.parse({
    source: r.id,
    title: r.title ?? "",
    body: r.text,
    published: r.date ? r.date.slice(0, 10) : null,
    byline: null,
    publisher: r.publisher,
    section: null,
    language: "en",
    captions: [],
    contentHash: r.id,
  });
}

interface Tally {
  n: number;
  found: number;
  full: number;
  country: number;
  sector: number;
}

const empty = (): Tally => ({ n: 0, found: 0, full: 0, country: 0, sector: 0 });

function score(t: Tally, gold: string, predicted: string | null): void {
  t.n++;
  if (!predicted) return;
  t.found++;
  const g = splitCode(gold);
  const p = splitCode(predicted);
  if (gold.toUpperCase() === predicted.toUpperCase()) t.full++;
  if (g.root === p.root) t.country++;
  if (g.sectors.join("") === p.sectors.join("")) t.sector++;
}

function arg(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : null;
}

export async function run(args: string[]): Promise<void> {
  const split = arg(args, "--split") ?? "all";
  const file = arg(args, "--file");
  const showErrors = Number(arg(args, "--errors") ?? "0");
  if (!corpusPath("news")) {
    process.stdout.write("eval actors: ../shared/corpus/news absent, skipped\n");
    return;
  }
  let loaded: Awaited<ReturnType<typeof loadAnnotationsFor>>;
  try {
    loaded = await loadAnnotationsFor(split, file);
  } catch (err) {
    process.stderr.write(`eval actors: ${(err as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  if (!loaded) {
    process.stdout.write("eval actors: ../shared/corpus/news absent, skipped\n");
    return;
  }
  const { anns, articles } = loaded;
  let analyse: Stage | null = null;
  try {
    const nlp = await import("../src/nlp/stage.js");
    analyse = await nlp.createAnalyseStage({});
  } catch (err) {
    process.stderr.write(
      `eval actors: analyse stage unavailable (${(err as Error).message}); resolving on raw text\n`,
    );
  }
  const resolve = await createResolveStage({});
  const docs = new Map<string, Document>();
  const t0 = Date.now();
  for (const [id, rec] of articles) {
    let d = toDocument(rec);
    if (analyse) d = analyse.run(d);
    docs.set(id, resolve.run(d));
  }
  const ms = Date.now() - t0;
  const tallies = new Map<string, Tally>();
  const errors: Record<string, unknown>[] = [];
  let missingDocs = 0;
  for (const a of anns) {
    const t = tallies.get(a.split) ?? empty();
    tallies.set(a.split, t);
    const d = docs.get(a.doc);
    if (!d) {
      missingDocs++;
      score(t, a.code, null);
      continue;
    }
    const hit = actorAt(d, a.start, a.end);
    const predicted = hit?.actor.code ?? null;
    score(t, a.code, predicted);
    if (
      predicted?.toUpperCase() !== a.code.toUpperCase() &&
      errors.length < showErrors &&
      a.split !== "test"
    ) {
      errors.push({
        doc: a.doc,
        text: d.body.slice(a.start, a.end),
        gold: a.code,
        predicted: predicted ?? "(none)",
      });
    }
  }
  const rows = [...tallies.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([s, t]) => ({
      split: s,
      mentions: t.n,
      found: t.n ? t.found / t.n : 0,
      code: t.n ? t.full / t.n : 0,
      country: t.n ? t.country / t.n : 0,
      sector: t.n ? t.sector / t.n : 0,
    }));
  printTable(rows);
  if (errors.length) {
    process.stdout.write("\nerrors (dev):\n");
    printTable(errors);
  }
  if (missingDocs)
    process.stdout.write(`${missingDocs} annotations refer to articles not found in corpus/news\n`);
  const path = writeResults("eval", "actors", {
    annotations: file ?? "eval/data/actors.jsonl",
    split,
    articles: docs.size,
    resolveMs: ms,
    splits: rows,
    note: "accuracy over annotated spans; found = share of spans where an actor was resolved at all",
  });
  process.stdout.write(`wrote ${path}\n`);
}
