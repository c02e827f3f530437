import { loadConfig } from "../config/config.js";
import type { Store } from "./store.js";

export const DEFAULT_DB = "./dyad.db";

/**
 * The database a command should use: --db, else DYAD_DATABASE_URL or DYAD_DB, else `database` in the
 * config file (dyad.config.json or DYAD_CONFIG), else ./dyad.db.
 */
export function resolveDbLocation(option?: string): string {
  return (
    option ??
    process.env.DYAD_DATABASE_URL ??
    process.env.DYAD_DB ??
    loadConfig().config.database ??
    DEFAULT_DB
  );
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Opens the store a location names: postgres:// URLs go to PostgreSQL, anything else is a SQLite file. */
export async function openStore(location: string): Promise<Store> {
  // Each driver is imported on first use, so a SQLite user never loads pg and a PostgreSQL worker
  // never loads the native SQLite module.
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    return openPostgresStore(location);
  }
  const { SqliteStore } = await import("./sqlite/sqlite-store.js");
  return new SqliteStore(location);
}
