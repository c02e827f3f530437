// The consuming side: `dyad worker`. Any number of these, on any number of machines, take documents
// from the queue, run the pipeline in worker threads and store the result. A document processed twice
// (a retry, a stalled job taken over after its worker died) is stored once: the store is idempotent by
// content hash, also when two workers race on it.
import { hostname } from "node:os";
import { Queue, UnrecoverableError, Worker } from "bullmq";
import type { RawDocument, Reject } from "../model/index.js";
import type { Store } from "../store/store.js";
import {
  connectionFromUrl,
  DEFAULT_QUEUE_NAME,
  type DeadLetter,
  deadLetterQueueName,
  fromJob,
  type IngestJob,
} from "./queue.js";

/** What processing one document gave: stored (or already there), or refused for good. */
export type DocumentOutcome =
  | { ok: true; articleId: number; inserted: boolean; events: number; quotes: number }
  | { ok: false; stage: Reject["stage"]; reason: string; retry: boolean };

/** Runs the pipeline on a document and stores it (see createStoreHandler). */
export type DocumentHandler = (raw: RawDocument) => Promise<DocumentOutcome>;

export interface WorkerOptions {
  url: string;
  name?: string;
  /** Jobs in flight in this process (default 2). */
  concurrency?: number;
  /** How long a job's lock lives without renewal; a dead worker's jobs are taken over after this. */
  lockDurationMs?: number;
  /** How often this worker looks for jobs whose worker died (default: BullMQ's 30 s). */
  stalledIntervalMs?: number;
  /** Times a job may be taken over from dead workers before it fails (default 3). */
  maxStalledCount?: number;
  /** Where rejects are recorded (the same store the documents go to). */
  store?: Store;
  onEvent?: (e: WorkerEvent) => void;
}

export type WorkerEvent =
  | { type: "ready"; id: string }
  | { type: "done"; uri: string; articleId: number; inserted: boolean; events: number; attempt: number }
  | { type: "retry"; uri: string; reason: string; attempt: number }
  | { type: "dead"; uri: string; reason: string; attempt: number }
  | { type: "error"; reason: string };

/** The stage error a handler reports, carried through BullMQ's retry machinery. */
class StageFailure extends Error {
  constructor(
    readonly stage: Reject["stage"],
    message: string,
  ) {
    super(message);
  }
}

export interface RunningWorker {
  readonly id: string;
  /** Stops taking jobs and waits for the ones in flight (force: abandon them; they will be retried). */
  close(force?: boolean): Promise<void>;
}

export async function startWorker(handler: DocumentHandler, options: WorkerOptions): Promise<RunningWorker> {
  const name = options.name ?? DEFAULT_QUEUE_NAME;
  const connection = connectionFromUrl(options.url);
  const dead = new Queue<DeadLetter>(deadLetterQueueName(name), { connection });
  dead.on("error", () => {});
  const emit = (e: WorkerEvent) => options.onEvent?.(e);
  const id = `${hostname()}:${process.pid}`;

  const worker = new Worker<IngestJob>(
    name,
    async (job) => {
      const attempt = job.attemptsMade + 1;
      const last = attempt >= (job.opts.attempts ?? 1);
      let raw: RawDocument;
      try {
        raw = fromJob(job.data);
      } catch (err) {
        await bury(job.id!, job.data, "read", (err as Error).message, attempt);
        throw new UnrecoverableError((err as Error).message);
      }
      let outcome: DocumentOutcome;
      try {
        outcome = await handler(raw);
      } catch (err) {
        outcome = { ok: false, stage: "store", reason: (err as Error).message || String(err), retry: true };
      }
      if (outcome.ok) {
        emit({
          type: "done",
          uri: raw.uri,
          articleId: outcome.articleId,
          inserted: outcome.inserted,
          events: outcome.events,
          attempt,
        });
        return { articleId: outcome.articleId, inserted: outcome.inserted };
      }
      if (!outcome.retry || last) {
        // Recorded before the job fails, so a crash right here still leaves the reason behind
        // (the dead-letter job id is the document's, so recording twice keeps one entry).
        await bury(job.id!, job.data, outcome.stage, outcome.reason, attempt);
        await options.store
          ?.saveReject({
            source: raw.uri,
            stage: outcome.stage,
            reason: outcome.reason,
            at: new Date().toISOString(),
          })
          .catch(() => {});
        throw new UnrecoverableError(outcome.reason);
      }
      emit({ type: "retry", uri: raw.uri, reason: outcome.reason, attempt });
      throw new StageFailure(outcome.stage, outcome.reason);
    },
    {
      connection,
      concurrency: options.concurrency ?? 2,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      maxStalledCount: options.maxStalledCount ?? 3,
      autorun: false,
    },
  );

  async function bury(jobId: string, data: IngestJob, stage: string, reason: string, attempts: number) {
    const letter: DeadLetter = {
      uri: typeof data?.uri === "string" ? data.uri : "(unknown)",
      jobId,
      reason,
      stage,
      attempts,
      failedAt: new Date().toISOString(),
      job: data,
    };
    await dead.add("dead", letter, { jobId, removeOnComplete: false, removeOnFail: false });
    emit({ type: "dead", uri: letter.uri, reason, attempt: attempts });
  }

  worker.on("error", (err) => emit({ type: "error", reason: err.message }));
  // A job that stalled too often fails without passing through the processor: bury it here.
  worker.on("failed", (job, err) => {
    if (job && /stalled more than/.test(err.message))
      void bury(job.id!, job.data, "analyse", err.message, job.attemptsMade);
  });
  void worker.run();
  await worker.waitUntilReady();
  emit({ type: "ready", id });

  return {
    id,
    async close(force = false) {
      await worker.close(force);
      await dead.close();
    },
  };
}
