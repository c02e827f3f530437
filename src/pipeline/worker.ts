// One pipeline per worker thread: resources load once, then documents stream through.
import { parentPort, workerData } from "node:worker_threads";
import { ExtractError } from "../ingest/extract.js";
import type { RawDocument } from "../model/index.js";
import { createPipeline, StageError } from "./pipeline.js";
import type { JobRequest, JobResult } from "./pool.js";
import type { PipelineConfig } from "./stage.js";

const pipeline = await createPipeline(workerData as PipelineConfig);
parentPort!.postMessage({ ready: true });
parentPort!.on("message", (job: JobRequest) => {
  let result: JobResult;
  try {
    const raw: RawDocument = job.raw;
    result = { id: job.id, ok: true, ...pipeline.process(raw) };
  } catch (err) {
    const stage = err instanceof ExtractError ? "extract" : err instanceof StageError ? "analyse" : "analyse";
    result = { id: job.id, ok: false, stage, reason: (err as Error).message || String(err) };
  }
  parentPort!.postMessage(result);
});
