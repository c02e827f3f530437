import type { Document } from "../model/index.js";

/**
 * A pipeline stage: a pure function from Document to Document that adds one layer.
 * Stages are built once by their factory (which loads the immutable resources they need) and then
 * hold no mutable state, so the same stage can run in a worker thread, a queue worker or a test.
 */
export interface Stage {
  readonly name: string;
  run(doc: Document): Document;
}

/** Settings every stage factory may read. Knowledge files a user adds go here, not into code. */
export interface PipelineConfig {
  /** TABARI/PETRARCH actor, agent or discard dictionaries to add to the built-in knowledge. */
  dictionaries?: string[];
  /** A PETRARCH/TABARI verb dictionary to code with instead of the built-in lexicon. */
  verbDictionary?: string;
  /** Per-document time budget in milliseconds for the analysis stages. */
  budgetMs?: number;
}

export type StageFactory = (config: PipelineConfig) => Stage | Promise<Stage>;
