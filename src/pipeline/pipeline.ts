import { createResolveStage } from "../actors/stage.js";
import { createEventStage } from "../events/stage.js";
import { createPlaceStage } from "../geo/stage.js";
import { storyBands } from "../ingest/dedup.js";
import { extractArticle } from "../ingest/extract.js";
import type { Document, RawDocument } from "../model/index.js";
import { createAnalyseStage } from "../nlp/stage.js";
import { createQuoteStage } from "../quotes/stage.js";
import { createTimeStage } from "../time/stage.js";
import { newDocument } from "./document.js";
import type { PipelineConfig, Stage } from "./stage.js";

/** The stages after extraction, in the order DESIGN.md draws them. */
export const STAGE_FACTORIES = [
  createAnalyseStage,
  createResolveStage,
  createTimeStage,
  createPlaceStage,
  createQuoteStage,
  createEventStage,
];

export interface Processed {
  doc: Document;
  /** Near-duplicate band keys for the store's story grouping. */
  bands: string[];
  /** True when the English stages were skipped because the document is in another language. */
  skippedLanguage: boolean;
}

/** A failure inside one stage, so the reject row can say where it happened. */
export class StageError extends Error {
  constructor(
    readonly stage: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs extraction and every stage on one raw document. Throws ExtractError or StageError. */
  process(raw: RawDocument): Processed;
  /** Runs the stages on a document that is already extracted (tests, `dyad code`, re-analysis). */
  analyse(doc: Document): Document;
}

export function isEnglish(doc: Document): boolean {
  return doc.language === null || doc.language === "en";
}

export async function createPipeline(config: PipelineConfig = {}): Promise<Pipeline> {
  const stages: Stage[] = [];
  for (const factory of STAGE_FACTORIES) stages.push(await factory(config));

  const analyse = (input: Document): Document => {
    let doc = input;
    for (const stage of stages) {
      try {
        doc = stage.run(doc);
      } catch (err) {
        throw new StageError(stage.name, `${stage.name}: ${(err as Error).message}`);
      }
    }
    return doc;
  };

  return {
    stages,
    analyse,
    process(raw) {
      const doc = newDocument(extractArticle(raw));
      const bands = storyBands(doc.body);
      if (!isEnglish(doc)) {
        doc.notes.push(`language "${doc.language}": English analysis skipped`);
        return { doc, bands, skippedLanguage: true };
      }
      return { doc: analyse(doc), bands, skippedLanguage: false };
    },
  };
}
