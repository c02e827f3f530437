// The analyse stage: fills doc.sentences (tokens with offsets, tags, lemmas, heads) and doc.entities.
import type { Document } from "../model/index.js";
import type { PipelineConfig, Stage } from "../pipeline/stage.js";
import { type Analysis, analyseWith, type NlpModels } from "./analyse.js";
import { loadModels } from "./models.js";

/** Builds the analyse stage; models under models/ are loaded once here. */
export async function createAnalyseStage(_config: PipelineConfig): Promise<Stage> {
  const models = loadModels();
  return {
    name: "analyse",
    run(doc: Document): Document {
      if (doc.language && doc.language !== "en") {
        return {
          ...doc,
          sentences: [],
          entities: [],
          notes: [
            ...doc.notes,
            `analyse: skipped, language is "${doc.language}" (only English models exist)`,
          ],
        };
      }
      const a = analyseWith(models, doc.body);
      return { ...doc, sentences: a.sentences, entities: a.entities, notes: [...doc.notes, ...a.notes] };
    },
  };
}

/** Analyses a plain text with the committed models (loaded on first call). */
export function analyseText(text: string): Analysis {
  return analyseWith(loadModels(), text);
}

export type { Analysis, NlpModels };
