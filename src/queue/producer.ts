// The enqueueing side: `dyad ingest --queue` and POST /api/ingest when a queue is configured.
import { Queue } from "bullmq";
import type { RawDocument } from "../model/index.js";
import {
  connectionFromUrl,
  DEFAULT_QUEUE_NAME,
  type DeadLetter,
  deadLetterQueueName,
  type IngestJob,
  jobIdFor,
  toJob,
} from "./queue.js";

export interface ProducerOptions {
  url: string;
  name?: string;
  /** Tries per document before it goes to the dead-letter queue (default 3). */
  attempts?: number;
  /** First retry delay in ms; doubles each time (default 5000). */
  backoffMs?: number;
}

export interface Enqueued {
  uri: string;
  jobId: string;
  /** False when a job with the same id was already in the queue (nothing was added). */
  added: boolean;
}

export class IngestQueue {
  readonly queue: Queue<IngestJob>;
  readonly dead: Queue<DeadLetter>;

  constructor(private readonly options: ProducerOptions) {
    const name = options.name ?? DEFAULT_QUEUE_NAME;
    const connection = connectionFromUrl(options.url);
    this.queue = new Queue<IngestJob>(name, { connection });
    this.dead = new Queue<DeadLetter>(deadLetterQueueName(name), { connection });
    // Connection trouble is reported by the failing call; an unhandled 'error' would end the process.
    this.queue.on("error", () => {});
    this.dead.on("error", () => {});
  }

  async add(raws: RawDocument[]): Promise<Enqueued[]> {
    if (raws.length === 0) return [];
    const jobs = raws.map((raw) => ({ raw, id: jobIdFor(raw) }));
    const before = await Promise.all(jobs.map((j) => this.queue.getJob(j.id)));
    await this.queue.addBulk(
      jobs.map((j) => ({
        name: "document",
        data: toJob(j.raw),
        opts: {
          jobId: j.id,
          attempts: this.options.attempts ?? 3,
          backoff: { type: "exponential", delay: this.options.backoffMs ?? 5000 },
          // Kept a day so a re-enqueue within that time is a no-op; failures stay for inspection.
          removeOnComplete: { age: 86_400 },
          removeOnFail: false,
        },
      })),
    );
    return jobs.map((j, i) => ({ uri: j.raw.uri, jobId: j.id, added: !before[i] }));
  }

  async counts(): Promise<Record<string, number>> {
    const c = await this.queue.getJobCounts(
      "waiting",
      "active",
      "delayed",
      "completed",
      "failed",
      "prioritized",
    );
    return { ...c, dead: await this.dead.getJobCountByTypes("waiting", "completed", "failed", "delayed") };
  }

  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    const jobs = await this.dead.getJobs(["waiting", "delayed", "completed", "failed"], 0, limit - 1);
    return jobs.map((j) => j.data);
  }

  async close(): Promise<void> {
    await Promise.all([this.queue.close(), this.dead.close()]);
  }
}
