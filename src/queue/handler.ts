// Pipeline then store, for one document: what a queue worker and the API's in-process ingest both do.
import { PipelinePool } from "../pipeline/pool.js";
import type { PipelineConfig } from "../pipeline/stage.js";
import type { Store } from "../store/store.js";
import type { DocumentHandler } from "./worker.js";

export interface HandlerOptions {
  /** Pipeline threads (default 1). */
  threads?: number;
  budgetMs?: number;
  config?: PipelineConfig;
}

export interface StoreHandler {
  handle: DocumentHandler;
  /** Resolves when the pipeline threads have loaded their models (rejects with the first start error). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function createStoreHandler(store: Store, options: HandlerOptions = {}): StoreHandler {
  const pool = new PipelinePool({
    workers: options.threads ?? 1,
    budgetMs: options.budgetMs ?? 30_000,
    config: options.config ?? {},
  });
  return {
    ready: () => pool.ready(),
    close: () => pool.close(),
    async handle(raw) {
      const result = await pool.run(raw);
      if (!result.ok) {
        // A page that cannot be extracted will not extract next time either; analysis failures
        // (a crashed thread, an exceeded budget on a loaded machine) may pass on another try.
        return { ok: false, stage: result.stage, reason: result.reason, retry: result.stage !== "extract" };
      }
      const saved = await store.saveDocument(result.doc, { bands: result.bands });
      return {
        ok: true,
        articleId: saved.articleId,
        inserted: saved.inserted,
        events: result.doc.events.length,
        quotes: result.doc.quotes.length,
      };
    },
  };
}
