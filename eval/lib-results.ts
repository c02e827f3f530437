import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Writes a suite's figures to <eval|bench>/results/<suite>.json with the date they were measured. */
export function writeResults(kind: "eval" | "bench", suite: string, data: unknown): string {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "..", kind, "results");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${suite}.json`);
  writeFileSync(
    path,
    JSON.stringify({ suite, measuredAt: new Date().toISOString(), ...(data as object) }, null, 2) + "\n",
  );
  return path;
}
