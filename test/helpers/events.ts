import { textDocument } from "../../src/pipeline/document.js";
import { createPipeline, type Pipeline } from "../../src/pipeline/pipeline.js";

let pipeline: Promise<Pipeline> | null = null;

/**
 * The events the full pipeline codes in an invented sentence, one "source cameo target" line each
 * ("-" for a missing party), for tests that state a coding rule in plain words. The pipeline is built
 * once per test file, on first use.
 */
export async function codesOf(text: string, date = "2025-06-03"): Promise<string[]> {
  pipeline ??= createPipeline({});
  const doc = (await pipeline).analyse(textDocument("t", text, date));
  return doc.events.map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`);
}
