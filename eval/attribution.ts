// `npm run eval -- attribution [--split dev|train] [--limit N] [--offset N] [--no-nlp] [--dump FILE]`
// PolNeAR (../shared/corpus/attribution): precision, recall and F1 of content, source and cue spans,
// exact and overlapping, and of source-content pairs. The dev split is the reported figure; rules
// were tuned on a slice of train. The span mapping follows PolNeAR's conventions (see mapQuotes).
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Document, DocumentSchema, type Quote } from "../src/model/index.js";
import type { PipelineConfig, Stage } from "../src/pipeline/stage.js";
import { findDocumentQuotes } from "../src/quotes/stage.js";
import { corpusPath, readJsonl, repoRoot } from "../src/util/shared.js";
import { printTable } from "../src/util/table.js";
import { writeResults } from "./lib-results.js";

interface Role {
  start: number;
  end: number;
  text: string;
  fragments?: Array<[number, number]>;
}
interface GoldAttribution {
  id: string;
  source: Role | null;
  cue: Role | null;
  content: Role | null;
}
interface Article {
  id: string;
  publisher: string;
  date: string;
  title: string;
  text: string;
  attributions: GoldAttribution[];
}

interface Span {
  start: number;
  end: number;
}
interface Attr {
  source: Span | null;
  cue: Span | null;
  content: Span;
  /** The product rule that found it (the first quote's, for merged ones); for --dump. */
  rule?: string;
}

const QUOTE_MARKS = new Set(['"', "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"]);

/**
 * Product quotes -> PolNeAR attributions. PolNeAR keeps quote marks inside the content span and
 * annotates a split quote ("...," he said, "...") as one attribution with fragments; the product
 * stores each part without marks. So: widen direct/partial contents over their marks, then merge the
 * quotes that share one cue (a split quote, or a partial quote inside its indirect clause) into one
 * attribution covering them all.
 */
export function mapQuotes(text: string, quotes: Quote[]): Attr[] {
  const byCue = new Map<string, Attr>();
  const out: Attr[] = [];
  for (const q of quotes) {
    let { start, end } = q.content;
    if (q.kind !== "indirect") {
      if (text.slice(start - 2, start) === "''" || text.slice(start - 2, start) === "``") start -= 2;
      else if (QUOTE_MARKS.has(text[start - 1])) start--;
      if (text.slice(end, end + 2) === "''") end += 2;
      else if (QUOTE_MARKS.has(text[end])) end++;
    }
    const a: Attr = {
      source: q.source ? { start: q.source.start, end: q.source.end } : null,
      cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
      content: { start, end },
      rule: q.rule,
    };
    if (!a.cue) {
      out.push(a);
      continue;
    }
    const key = `${a.cue.start}:${a.cue.end}`;
    const prev = byCue.get(key);
    if (prev) {
      prev.content = { start: Math.min(prev.content.start, start), end: Math.max(prev.content.end, end) };
      if (!prev.source) prev.source = a.source;
      if (q.rule && !prev.rule?.split("+").includes(q.rule)) prev.rule = `${prev.rule}+${q.rule}`;
    } else {
      byCue.set(key, a);
      out.push(a);
    }
  }
  return out;
}

/** Whitespace and a final stop or comma are not worth a mismatch on exact spans. */
function norm(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

type Matcher = (g: number, p: number) => number;

/** Greedy one-to-one matching by score (larger overlap first), so one prediction never counts twice. */
function matchCount(
  nGold: number,
  nPred: number,
  score: Matcher,
): { matched: number; pairs: Array<[number, number]> } {
  const cand: Array<[number, number, number]> = [];
  for (let g = 0; g < nGold; g++)
    for (let p = 0; p < nPred; p++) {
      const s = score(g, p);
      if (s > 0) cand.push([s, g, p]);
    }
  cand.sort((x, y) => y[0] - x[0]);
  const ug = new Set<number>();
  const up = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, g, p] of cand) {
    if (ug.has(g) || up.has(p)) continue;
    ug.add(g);
    up.add(p);
    pairs.push([g, p]);
  }
  return { matched: pairs.length, pairs };
}

interface Tally {
  gold: number;
  pred: number;
  hit: number;
}
const newTally = (): Tally => ({ gold: 0, pred: 0, hit: 0 });

function prf(t: Tally) {
  const p = t.pred ? t.hit / t.pred : 0;
  const r = t.gold ? t.hit / t.gold : 0;
  return {
    precision: p,
    recall: r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    gold: t.gold,
    predicted: t.pred,
    matched: t.hit,
  };
}

async function analyseStage(): Promise<Stage | null> {
  const path = join(repoRoot, "src", "nlp", "stage.ts");
  if (!existsSync(path)) return null;
  try {
    const mod = (await import(path)) as { createAnalyseStage?: (c: PipelineConfig) => Promise<Stage> };
    return mod.createAnalyseStage ? await mod.createAnalyseStage({}) : null;
  } catch {
    return null;
  }
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function run(args: string[]): Promise<void> {
  const split = flag(args, "--split") ?? "dev";
  const path = corpusPath(`attribution/polnear-${split}.jsonl.gz`);
  if (!path) {
    process.stdout.write("attribution: PolNeAR not found under ../shared/corpus/attribution; skipped\n");
    return;
  }
  const offset = Number(flag(args, "--offset") ?? 0);
  const limit = Number(flag(args, "--limit") ?? Number.POSITIVE_INFINITY);
  const articles = readJsonl<Article>(path).slice(offset, offset + limit);
  const analyse = args.includes("--no-nlp") ? null : await analyseStage();
  const dump = flag(args, "--dump");
  const dumpLines: string[] = [];

  const roles = ["content", "source", "cue"] as const;
  const tallies: Record<string, Tally> = {};
  for (const r of [...roles, "pair"]) for (const m of ["exact", "overlap"]) tallies[`${r}/${m}`] = newTally();
  const byPublisher = new Map<string, Record<string, Tally>>();
  const started = Date.now();
  let nQuotes = 0;

  for (const art of articles) {
    let doc: Document = DocumentSchema.parse({
      source: art.id,
      title: art.title,
      body: art.text,
      published: art.date,
      byline: null,
      publisher: art.publisher,
      section: null,
      language: "en",
      captions: [],
      contentHash: art.id,
    });
    if (analyse) doc = analyse.run(doc);
    const quotes = findDocumentQuotes(doc);
    nQuotes += quotes.length;
    const pred = mapQuotes(art.text, quotes);
    const gold = art.attributions.filter((a) => a.content) as Array<GoldAttribution & { content: Role }>;
    const text = art.text;

    if (!byPublisher.has(art.publisher))
      byPublisher.set(art.publisher, { content: newTally(), source: newTally(), pair: newTally() });
    const pub = byPublisher.get(art.publisher)!;
    for (const role of roles) {
      const g = gold.map((a) => a[role]).filter((x): x is Role => x !== null);
      const p = pred.map((a) => a[role]).filter((x): x is Span => x !== null);
      for (const mode of ["exact", "overlap"] as const) {
        const t = tallies[`${role}/${mode}`];
        const hit = matchCount(g.length, p.length, (i, j) => {
          if (mode === "overlap") return overlap(g[i], p[j]);
          const a = norm(text, g[i]);
          const b = norm(text, p[j]);
          return a.start === b.start && a.end === b.end ? 1 : 0;
        }).matched;
        t.gold += g.length;
        t.pred += p.length;
        t.hit += hit;
        if (mode === "overlap" && role !== "cue") {
          pub[role].gold += g.length;
          pub[role].pred += p.length;
          pub[role].hit += hit;
        }
      }
    }
    for (const mode of ["exact", "overlap"] as const) {
      const same = (a: Span | null, b: Span | null): number => {
        if (!a || !b) return a === b ? 1 : 0;
        if (mode === "overlap") return overlap(a, b) > 0 ? 1 : 0;
        const x = norm(text, a);
        const y = norm(text, b);
        return x.start === y.start && x.end === y.end ? 1 : 0;
      };
      const t = tallies[`pair/${mode}`];
      const hit = matchCount(gold.length, pred.length, (i, j) => {
        const c = same(gold[i].content, pred[j].content);
        const s = same(gold[i].source, pred[j].source);
        return c && s ? 1 + overlap(gold[i].content, pred[j].content) : 0;
      }).matched;
      t.gold += gold.length;
      t.pred += pred.length;
      t.hit += hit;
      if (mode === "overlap") {
        pub.pair.gold += gold.length;
        pub.pair.pred += pred.length;
        pub.pair.hit += hit;
      }
    }
    if (dump) {
      const sp = (s: Span | null) => (s ? [s.start, s.end] : null);
      const row = (a: Attr | GoldAttribution) => ({
        s: sp(a.source),
        c: sp(a.cue),
        t: sp(a.content),
        ...("rule" in a ? { r: a.rule } : {}),
      });
      dumpLines.push(JSON.stringify({ id: art.id, text, gold: gold.map(row), pred: pred.map(row) }));
    }
  }
  if (dump) writeFileSync(dump, dumpLines.join("\n") + "\n");

  const rows = Object.entries(tallies).map(([k, t]) => {
    const [role, mode] = k.split("/");
    return { role, match: mode, ...prf(t) };
  });
  printTable(rows, ["role", "match", "precision", "recall", "f1", "gold", "predicted", "matched"]);
  const publishers = [...byPublisher].map(([publisher, t]) => ({
    publisher,
    "content F1": prf(t.content).f1,
    "source F1": prf(t.source).f1,
    "pair F1": prf(t.pair).f1,
    gold: t.content.gold,
  }));
  process.stdout.write("\noverlap F1 by publisher:\n");
  printTable(publishers);
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    `${articles.length} articles (${split}${offset ? `, from ${offset}` : ""}), ${nQuotes} product quotes, ` +
      `${analyse ? "with" : "without"} the analyse stage, ${seconds.toFixed(1)} s\n`,
  );
  const file = writeResults("eval", split === "dev" ? "attribution" : `attribution-${split}`, {
    corpus: `attribution/polnear-${split}.jsonl.gz`,
    articles: articles.length,
    offset,
    analyse: analyse !== null,
    matching:
      "one-to-one greedy; exact = same span after trimming whitespace and a final . , ; :; overlap = any shared character; pair = content and source both match (a null source matches only a null source)",
    results: rows,
    byPublisher: publishers,
  });
  process.stdout.write(`wrote ${file}\n`);
}
