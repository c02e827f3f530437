// `npm run bench -- <suite> [args]`: each suite is bench/<suite>.ts exporting run(args), which prints a
// table and writes bench/results/<suite>.json. With no suite, every suite runs in turn.
import { readdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const suites = readdirSync(here)
  .filter((f) => /^[a-z-]+\.ts$/.test(f) && f !== "main.ts" && !f.endsWith(".test.ts"))
  .map((f) => f.replace(/\.ts$/, ""))
  .filter((s) => !s.startsWith("lib-"))
  .sort();

const [suite, ...args] = process.argv.slice(2);
if (suite && !suites.includes(suite)) {
  process.stderr.write(`dyad bench: unknown suite "${suite}"; available: ${suites.join(", ")}\n`);
  process.exit(2);
}
for (const s of suite ? [suite] : suites) {
  process.stdout.write(`\n== bench ${s} ==\n`);
  const mod = (await import(pathToFileURL(`${here}/${s}.ts`).href)) as { run(args: string[]): Promise<void> };
  await mod.run(args);
}
