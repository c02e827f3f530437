import { existsSync } from "node:fs";
import type { Command } from "commander";
import { isPostgresUrl, openStore, resolveDbLocation } from "../store/open.js";
import type { Store } from "../store/store.js";
import { isIsoDate } from "../util/iso-date.js";
import { formatTable } from "../util/table.js";

/** Error a command raises for the user: printed as one line, exit status as given. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function dbLocation(cmd: Command): string {
  return resolveDbLocation(cmd.optsWithGlobals().db as string | undefined);
}

/** Opens the store for the duration of fn and always closes it. */
export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbLocation(cmd));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * withStore for commands that only read: a SQLite path with no file behind it (a typo in --db, a
 * wrong directory) is an error instead of a new empty database that answers "(none)".
 */
export async function withExistingStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const location = dbLocation(cmd);
  if (!isPostgresUrl(location) && location !== ":memory:" && !existsSync(location))
    throw new UserError(`no database at ${location} (ingest into it first, or pass --db / DYAD_DB)`, 1);
  return withStore(cmd, fn);
}

export interface OutputFlags {
  json?: boolean;
  jsonl?: boolean;
}

export function addOutputFlags(cmd: Command): Command {
  return cmd.option("--json", "print one JSON array").option("--jsonl", "print one JSON object per line");
}

/** Machines get the full records as JSON or JSONL; people get a table of the chosen columns. */
export function emit<T>(rows: T[], flags: OutputFlags, table: (row: T) => Record<string, unknown>): void {
  if (flags.json) process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
  else if (flags.jsonl) for (const r of rows) process.stdout.write(JSON.stringify(r) + "\n");
  else process.stdout.write(formatTable(rows.map(table)) + "\n");
}

export function intOption(value: string, name: string, min = 0): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    const want = min === 0 ? "a non-negative integer" : `an integer of at least ${min}`;
    throw new UserError(`${name} must be ${want}, got "${value}"`, 2);
  }
  return n;
}

/**
 * A `--port` value: an integer from 0 to 65535 (0: any free port), else a usage error that names the
 * flag (loadConfig would blame "the environment" for a bad value it cannot tell came from a flag).
 */
export function portOption(value: string, name = "--port"): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n > 65_535)
    throw new UserError(`${name} must be a port number from 0 to 65535, got "${value}"`, 2);
  return n;
}

/** A `--queue` value: a redis:// or rediss:// URL, else a usage error naming the flag (not echoing it: it may hold a password). */
export function queueOption(value: string | undefined, name = "--queue"): string | undefined {
  if (value === undefined) return undefined;
  if (!/^rediss?:\/\//.test(value)) throw new UserError(`${name} must be a redis:// or rediss:// URL`, 2);
  return value;
}

/** A `--from`/`--to` value: a real calendar date as YYYY-MM-DD, else a usage error (as the API's 400). */
export function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UserError(`${name} must be a date as YYYY-MM-DD, got "${value}"`, 2);
  return value;
}

/** `--quad`: a QuadClass 1-4. */
export function quadOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 4)
    throw new UserError(`--quad must be 1, 2, 3 or 4, got "${value}"`, 2);
  return n;
}

export const CLAIM_STATUSES = ["asserted", "reported", "alleged", "denied"] as const;
export type ClaimStatusOption = (typeof CLAIM_STATUSES)[number];

/** `--status`: one of the claim statuses. */
export function statusOption(value: string | undefined): ClaimStatusOption | undefined {
  if (value === undefined) return undefined;
  if (!(CLAIM_STATUSES as readonly string[]).includes(value))
    throw new UserError(`--status must be one of ${CLAIM_STATUSES.join(", ")}, got "${value}"`, 2);
  return value as ClaimStatusOption;
}

/** The event filters `dyad events` and `dyad export` share, read and checked from their options. */
export function eventFilters(opts: Record<string, string | undefined>) {
  return {
    actor: opts.actor,
    source: opts.source,
    target: opts.target,
    cameo: opts.cameo,
    plover: opts.plover,
    quad: quadOption(opts.quad),
    status: statusOption(opts.status),
    from: dateOption(opts.from, "--from"),
    to: dateOption(opts.to, "--to"),
    place: opts.place,
  };
}

/** Runs a command action, turning errors into one line on stderr and an exit status. */
export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      const e = err as Error & { exitCode?: number };
      process.stderr.write(`dyad: ${e.message}\n`);
      process.exitCode = err instanceof UserError ? e.exitCode : 1;
    }
  };
}
