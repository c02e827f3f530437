import { availableParallelism } from "node:os";
import type { RawDocument, Reject } from "../model/index.js";
import type { Store } from "../store/store.js";
import { PipelinePool } from "./pool.js";
import type { PipelineConfig } from "./stage.js";

export interface IngestOptions {
  config?: PipelineConfig;
  /** Worker threads (default: the cores, at most 4). */
  workers?: number;
  /** Per-document time budget in ms (default 30 s). */
  budgetMs?: number;
  /** Called for every input a reader, a stage or the store refused. */
  onReject?: (reject: Reject) => void;
  /** Called after each document (stored, duplicate or rejected). */
  onProgress?: (summary: IngestSummary) => void;
}

export interface IngestSummary {
  /** Inputs seen: documents read plus inputs rejected by a reader. */
  documents: number;
  inserted: number;
  duplicates: number;
  /** Stored with their language but not analysed by the English stages. */
  nonEnglish: number;
  events: number;
  quotes: number;
  rejects: number;
  seconds: number;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Reads, analyses and stores a stream of documents. Each document is stored in its own transaction, so
 * a bad one is rejected alone and nothing stored before it is lost.
 */
export async function ingest(
  inputs: AsyncIterable<RawDocument | Reject>,
  store: Store,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    documents: 0,
    inserted: 0,
    duplicates: 0,
    nonEnglish: 0,
    events: 0,
    quotes: 0,
    rejects: 0,
    seconds: 0,
  };
  const workers = options.workers ?? defaultWorkers();
  const pool = new PipelinePool({
    workers,
    budgetMs: options.budgetMs ?? 30_000,
    config: options.config ?? {},
  });
  const tick = () => {
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary);
  };
  const reject = async (r: Reject) => {
    summary.rejects++;
    options.onReject?.(r);
    await store.saveReject(r);
  };

  const handle = async (raw: RawDocument) => {
    const result = await pool.run(raw);
    if (!result.ok) {
      await reject({
        source: raw.uri,
        stage: result.stage,
        reason: result.reason,
        at: new Date().toISOString(),
      });
      return;
    }
    try {
      const saved = await store.saveDocument(result.doc, { bands: result.bands });
      if (!saved.inserted) {
        summary.duplicates++;
        return;
      }
      summary.inserted++;
      if (result.skippedLanguage) summary.nonEnglish++;
      summary.events += result.doc.events.length;
      summary.quotes += result.doc.quotes.length;
    } catch (err) {
      await reject({
        source: raw.uri,
        stage: "store",
        reason: (err as Error).message,
        at: new Date().toISOString(),
      });
    }
  };

  const inFlight = new Set<Promise<void>>();
  try {
    await pool.ready();
    for await (const item of inputs) {
      summary.documents++;
      if (!("bytes" in item)) {
        await reject(item);
        tick();
        continue;
      }
      const p: Promise<void> = handle(item).finally(() => {
        inFlight.delete(p);
        tick();
      });
      inFlight.add(p);
      if (inFlight.size >= workers * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  const parts = [
    `${s.documents} documents`,
    `${s.inserted} new`,
    `${s.duplicates} duplicates`,
    ...(s.nonEnglish ? [`${s.nonEnglish} not English (stored, not analysed)`] : []),
    `${s.events} events`,
    `${s.quotes} quotes`,
    `${s.rejects} rejects`,
    `${s.seconds.toFixed(1)} s`,
  ];
  return parts.join(", ");
}
