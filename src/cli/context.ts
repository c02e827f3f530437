import type { Command } from "commander";
import { openStore, resolveDbLocation } from "../store/open.js";
import type { Store } from "../store/store.js";
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
