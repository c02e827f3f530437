import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export const DEFAULT_DB = "./dyad.db";

/** The database a command should use: --db, else DYAD_DATABASE_URL or DYAD_DB, else ./dyad.db. */
export function resolveDbLocation(option?: string): string {
  return option ?? process.env.DYAD_DATABASE_URL ?? process.env.DYAD_DB ?? DEFAULT_DB;
}

/** Opens the store a location names: postgres:// URLs go to PostgreSQL, anything else is a SQLite file. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    // Loaded on demand so SQLite users never load the pg driver.
    const modPath = "./postgres/postgres-store.js";
    const mod = (await import(modPath).catch(() => null)) as {
      openPostgresStore?: (url: string) => Promise<Store>;
    } | null;
    if (!mod?.openPostgresStore) throw new Error("PostgreSQL support is not available in this build");
    return mod.openPostgresStore(location);
  }
  return new SqliteStore(location);
}
