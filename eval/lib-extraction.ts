// Shared by eval/extraction.ts and bench/extraction.ts: the pages with gold text, the systems
// compared (Dyad, Readability on linkedom, Readability on jsdom), and the benchmark's metric.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { parseHTML } from "linkedom";
import { decodeBytes } from "../src/ingest/charset.js";
import { ExtractError, extractArticle } from "../src/ingest/extract.js";
import { corpusPath, readJsonl } from "../src/util/shared.js";

export interface GoldPage {
  id: string;
  set: "extraction-dev" | "l3s" | "trafilatura";
  bytes: Uint8Array;
  url: string | null;
  /** Gold body text (extraction-dev, L3S); null for trafilatura pages, which have snippets. */
  body: string | null;
  with?: string[];
  without?: string[];
  title?: string;
  author?: string;
  date?: string;
  /** True for pages kept out of tuning: about a third of each set, chosen by a hash of the id. */
  heldOut: boolean;
}

export function isHeldOut(id: string): boolean {
  return createHash("sha256").update(id).digest("hex")[0] < "5";
}

export function loadPages(): GoldPage[] {
  const pages: GoldPage[] = [];
  const dev = corpusPath("extraction-dev/ground-truth-dev.json");
  if (dev) {
    const truth = JSON.parse(readFileSync(dev, "utf8")) as Record<
      string,
      { articleBody: string; url: string }
    >;
    for (const [id, t] of Object.entries(truth)) {
      const file = corpusPath(`extraction-dev/html/${id}.html.gz`);
      if (!file) continue;
      pages.push({
        id,
        set: "extraction-dev",
        bytes: gunzipSync(readFileSync(file)),
        url: t.url ?? null,
        body: t.articleBody,
        heldOut: isHeldOut(id),
      });
    }
  }
  const goldPath = corpusPath("html/gold.jsonl.gz");
  const manifestPath = corpusPath("html/MANIFEST.jsonl");
  if (goldPath && manifestPath) {
    const manifest = new Map(
      readJsonl<{ id: string; file: string; url: string | null }>(manifestPath).map((m) => [m.id, m]),
    );
    type Gold = {
      id: string;
      kind: string;
      fulltext?: string;
      with?: string[];
      without?: string[];
      title?: string;
      author?: string;
      date?: string;
    };
    for (const g of readJsonl<Gold>(goldPath)) {
      const m = manifest.get(g.id);
      const file = m ? corpusPath(join("html", m.file)) : null;
      if (!m || !file) continue;
      pages.push({
        id: g.id,
        set: g.kind === "l3s-annotation" ? "l3s" : "trafilatura",
        bytes: gunzipSync(readFileSync(file)),
        url: m.url,
        body: g.fulltext ?? null,
        with: g.with,
        without: g.without,
        title: g.title,
        author: g.author,
        date: g.date,
        heldOut: isHeldOut(g.id),
      });
    }
  }
  return pages;
}

export interface SystemOutput {
  body: string;
  title?: string | null;
  byline?: string | null;
  published?: string | null;
}

export type System = (page: GoldPage) => SystemOutput;

function decoded(page: GoldPage): string {
  return decodeBytes(page.bytes).text;
}

export const dyad: System = (page) => {
  try {
    const a = extractArticle({
      uri: page.url ?? page.id,
      bytes: page.bytes,
      hints: { contentType: "text/html" },
    });
    return { body: a.body, title: a.title, byline: a.byline, published: a.published };
  } catch (err) {
    if (err instanceof ExtractError) return { body: "" };
    throw err;
  }
};

/** Pages on which a system threw (Readability on linkedom does on some pages): scored as empty. */
export const crashes: Record<string, number> = {};

function guarded(name: string, fn: System): System {
  return (page) => {
    try {
      return fn(page);
    } catch {
      crashes[name] = (crashes[name] ?? 0) + 1;
      return { body: "" };
    }
  };
}

export const readabilityLinkedom: System = guarded("readability-linkedom", (page) => {
  const { document } = parseHTML(decoded(page));
  const r = new Readability(document as unknown as Document).parse();
  return { body: r?.textContent ?? "", title: r?.title, byline: r?.byline, published: r?.publishedTime };
});

const quiet = new VirtualConsole();

export const readabilityJsdom: System = guarded("readability-jsdom", (page) => {
  const dom = new JSDOM(decoded(page), {
    url: page.url ?? "https://example.invalid/",
    virtualConsole: quiet,
  });
  const r = new Readability(dom.window.document).parse();
  dom.window.close();
  return { body: r?.textContent ?? "", title: r?.title, byline: r?.byline, published: r?.publishedTime };
});

export const SYSTEMS: Record<string, System> = {
  dyad,
  "readability-linkedom": readabilityLinkedom,
  "readability-jsdom": readabilityJsdom,
};

// The benchmark's metric: word tokens (\w+), 4-word shingles counted as a multiset; per page
// precision and recall; both averaged over pages; F1 of the two averages.
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const s = tokens.slice(i, i + n).join(" ");
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export function shingleScore(truth: string, predicted: string): { precision: number; recall: number } {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, c] of p) {
    const tc = t.get(s) ?? 0;
    tp += Math.min(c, tc);
    fp += Math.max(0, c - tc);
  }
  for (const [s, c] of t) fn += Math.max(0, c - (p.get(s) ?? 0));
  // Empty output scores 0 precision (not 1): a system that gives up gets no credit.
  const precision = tp + fp > 0 ? tp / (tp + fp) : t.size === 0 ? 1 : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  return { precision, recall };
}

export function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Share of `with` snippets found and of `without` snippets absent (whitespace-insensitive). */
export function snippetScore(page: GoldPage, body: string): { with: number; without: number } {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  const b = norm(body);
  const w = page.with ?? [];
  const wo = page.without ?? [];
  return {
    with: w.length ? w.filter((s) => b.includes(norm(s))).length / w.length : 1,
    without: wo.length ? wo.filter((s) => !b.includes(norm(s))).length / wo.length : 1,
  };
}

/** Runs a system over pages, timing only the extraction. */
export function runSystem(system: System, pages: GoldPage[]): { outputs: SystemOutput[]; seconds: number } {
  // Warm up (JIT, lazy module state) on a few pages, untimed.
  for (const p of pages.slice(0, 3)) system(p);
  const outputs: SystemOutput[] = [];
  const t0 = process.hrtime.bigint();
  for (const p of pages) outputs.push(system(p));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { outputs, seconds };
}
