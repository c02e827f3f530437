import { Worker } from "node:worker_threads";
import type { RawDocument } from "../model/index.js";
import type { Processed } from "./pipeline.js";
import type { PipelineConfig } from "./stage.js";

export interface JobRequest {
  id: number;
  raw: RawDocument;
}

export type JobResult =
  | ({ id: number; ok: true } & Processed)
  | { id: number; ok: false; stage: "extract" | "analyse"; reason: string };

export interface PoolOptions {
  workers: number;
  /** A document that takes longer than this is abandoned (its worker is replaced) and rejected. */
  budgetMs: number;
  config: PipelineConfig;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  job?: { id: number; resolve: (r: JobResult) => void; timer: NodeJS.Timeout };
}

/**
 * Runs the pipeline in worker threads. Besides using the cores, this is what enforces the
 * per-document time budget: synchronous stages cannot be interrupted, but their thread can be ended.
 */
export class PipelinePool {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: { resolve: (slot: Slot) => void; reject: (err: Error) => void }[] = [];
  /** Set when a worker could not start (e.g. a model file is missing): every run() then fails with it. */
  private startError: Error | null = null;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < Math.max(1, options.workers); i++) this.spawn();
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), {
      workerData: this.options.config,
    });
    const slot: Slot = { worker, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (msg: { ready?: boolean }) => {
        if (msg.ready) {
          worker.off("error", reject);
          resolve();
        }
      };
      worker.once("message", onMessage);
      worker.once("error", reject);
    });
    worker.on("message", (msg: JobResult | { ready: true }) => {
      if ("ready" in msg) return;
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      clearTimeout(job.timer);
      slot.job = undefined;
      job.resolve(msg);
      this.release(slot);
    });
    worker.on("error", (err) => this.fail(slot, `worker crashed: ${err.message}`));
    worker.on("exit", (code) => {
      if (!this.closed && code !== 0) this.fail(slot, `worker exited with code ${code}`);
    });
    this.slots.push(slot);
    slot.ready.then(
      () => this.release(slot),
      (err: Error) => {
        this.startError = err;
        for (const w of this.waiting.splice(0)) w.reject(err);
      },
    );
    return slot;
  }

  private fail(slot: Slot, reason: string): void {
    const job = slot.job;
    if (!job) return;
    clearTimeout(job.timer);
    slot.job = undefined;
    job.resolve({ id: job.id, ok: false, stage: "analyse", reason });
    this.replace(slot);
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
    if (!this.closed) this.spawn();
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else this.idle.push(slot);
  }

  private acquire(): Promise<Slot> {
    if (this.startError) return Promise.reject(this.startError);
    const slot = this.idle.pop();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** Processes one document; resolves with its result (never rejects for a bad document). */
  async run(raw: RawDocument): Promise<JobResult> {
    const slot = await this.acquire();
    const id = this.nextId++;
    return new Promise<JobResult>((resolve) => {
      const timer = setTimeout(() => {
        slot.job = undefined;
        resolve({
          id,
          ok: false,
          stage: "analyse",
          reason: `time budget of ${this.options.budgetMs} ms exceeded`,
        });
        this.replace(slot);
      }, this.options.budgetMs);
      slot.job = { id, resolve, timer };
      slot.worker.postMessage({ id, raw } satisfies JobRequest);
    });
  }

  /** Resolves when every worker has loaded its resources (or rejects with the first start error). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
