import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

/** The repository root (two levels up from this file, in src/ or dist/src/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..").replace(
  /[\\/]dist$/,
  "",
);

/**
 * The shared data folder (read-only): DYAD_SHARED, else ../shared beside the repository.
 * Returns null when it is absent, so tests and evals can skip cleanly.
 */
export function sharedDir(): string | null {
  const dir = process.env.DYAD_SHARED ?? join(repoRoot, "..", "shared");
  return existsSync(dir) ? dir : null;
}

/** Path of a file under ../shared/corpus (or ../shared when `inShared` is given), or null when absent. */
export function corpusPath(relative: string): string | null {
  const dir = sharedDir();
  if (!dir) return null;
  const p = join(dir, "corpus", relative);
  return existsSync(p) ? p : null;
}

export function sharedPath(relative: string): string | null {
  const dir = sharedDir();
  if (!dir) return null;
  const p = join(dir, relative);
  return existsSync(p) ? p : null;
}

/** Reads a text file, gunzipping it when its name ends in .gz. */
export function readText(path: string): string {
  const buf = readFileSync(path);
  return (path.endsWith(".gz") ? gunzipSync(buf) : buf).toString("utf8");
}

/** Reads a JSONL file (optionally gzipped) into parsed objects. */
export function readJsonl<T = unknown>(path: string): T[] {
  return readText(path)
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}
