import type { RawDocument, RawHints, Reject } from "../model/index.js";
import type { InputKind } from "./sniff.js";

/** Options every reader honours. */
export interface ReadOptions {
  /** Article field -> source field for JSONL records, e.g. {body: "content"}. */
  fieldMap?: Record<string, string>;
  /** Largest document accepted, in bytes (default 20 MB). Bigger inputs are rejected, never loaded. */
  maxBytes?: number;
  signal?: AbortSignal;
  /** User agent for http(s) inputs. */
  userAgent?: string;
  /** Per-request timeout for http(s) inputs, in milliseconds (default 20 s). */
  timeoutMs?: number;
  /** Follow robots.txt for http(s) inputs (default true). */
  respectRobots?: boolean;
  /** Least time between two requests to one host, in milliseconds (default 1000; robots.txt Crawl-delay wins). */
  hostDelayMs?: number;
  /** Most redirects followed for one URL (default 5). */
  maxRedirects?: number;
}

export type ReadItem = RawDocument | Reject;

/**
 * Where bytes come from (a file, stdin, an http response): opened once, read as a stream so that
 * big containers (WARC, JSONL) never sit in memory whole.
 */
export interface InputSource {
  /** The name users see: the path, "-" or the URL. */
  uri: string;
  /** The kind the name or the Content-Type suggests; null lets the bytes decide. */
  kind: InputKind | null;
  /** True when the stream is gzip-compressed (by name or magic bytes). */
  gz: boolean;
  /** The bytes as stored (still compressed when gz). */
  open(): AsyncIterable<Uint8Array>;
  /** The stored bytes from an offset on, for sources that can seek (files): lets a WARC reader skip a broken record. */
  openAt?(start: number): AsyncIterable<Uint8Array>;
  hints: RawHints;
  fetchedAt?: string;
  /** A file extension no reader knows (".py"): the bytes may still show HTML, a feed, JSON or WARC, but not plain text. */
  unknownExtension?: string | null;
}

/** One input format (HTML, text, JSONL, WARC, feed) behind one interface. */
export interface Reader {
  readonly name: string;
  read(source: InputSource, options: ResolvedReadOptions): AsyncIterable<ReadItem>;
}

export interface ResolvedReadOptions extends ReadOptions {
  maxBytes: number;
  fieldMap: Record<string, string>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function resolveOptions(options: ReadOptions = {}): ResolvedReadOptions {
  return { ...options, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, fieldMap: options.fieldMap ?? {} };
}

export function isReject(item: ReadItem | unknown): item is Reject {
  return typeof item === "object" && item !== null && "reason" in item && "stage" in item;
}

export function readReject(source: string, reason: string): Reject {
  return { source, stage: "read", reason, at: new Date().toISOString() };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
