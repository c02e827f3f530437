// The distributed ingest queue on Redis (BullMQ): what a job carries, how it is named, and the
// connection settings both sides share.
import { createHash } from "node:crypto";
import type { ConnectionOptions } from "bullmq";
import type { RawDocument, RawHints } from "../model/index.js";

export const DEFAULT_QUEUE_NAME = "dyad-ingest";

/** The raw document as it travels through Redis: bytes as base64 (JSON cannot carry bytes). */
export interface IngestJob {
  uri: string;
  bytes: string;
  fetchedAt?: string;
  hints: RawHints;
}

/** The dead-letter record: a document that could not be stored, and why. */
export interface DeadLetter {
  uri: string;
  jobId: string;
  reason: string;
  /** extract, analyse or store: where it failed. */
  stage: string;
  attempts: number;
  failedAt: string;
  /** The job itself, so it can be inspected or re-enqueued after a fix. */
  job: IngestJob;
}

/**
 * Derived from the bytes and the uri: enqueueing the same document again is a no-op while its job is
 * kept (and when it is not, the store's content-hash uniqueness still keeps it to one copy).
 */
export function jobIdFor(raw: RawDocument): string {
  const h = createHash("sha256").update(raw.uri).update("\0").update(raw.bytes).digest("hex");
  return `doc-${h.slice(0, 40)}`;
}

export function toJob(raw: RawDocument): IngestJob {
  return {
    uri: raw.uri,
    bytes: Buffer.from(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength).toString("base64"),
    fetchedAt: raw.fetchedAt,
    hints: raw.hints ?? {},
  };
}

export function fromJob(job: IngestJob): RawDocument {
  if (typeof job?.uri !== "string" || typeof job.bytes !== "string")
    throw new Error("malformed job: no uri or bytes");
  return {
    uri: job.uri,
    bytes: new Uint8Array(Buffer.from(job.bytes, "base64")),
    fetchedAt: job.fetchedAt,
    hints: job.hints ?? {},
  };
}

export function deadLetterQueueName(name: string): string {
  return `${name}-dead`;
}

/** BullMQ connection options from a redis:// or rediss:// URL. */
export function connectionFromUrl(url: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`invalid queue URL "${url}" (expected redis://host:port)`);
  }
  if (u.protocol !== "redis:" && u.protocol !== "rediss:")
    throw new Error(`invalid queue URL "${url}" (expected redis:// or rediss://)`);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new Error(`invalid Redis database in "${url}"`);
  return {
    host: u.hostname || "127.0.0.1",
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db,
    tls: u.protocol === "rediss:" ? {} : undefined,
    // Required by BullMQ workers: blocking commands must wait for Redis to come back, not give up.
    maxRetriesPerRequest: null,
  };
}
