// Runs `npm run eval|bench -- <suite> [args]`: each suite is <dir>/<suite>.ts exporting run(args), which
// prints a table and writes <dir>/results/<suite>.json. With no suite, every suite runs in turn.
import { readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";

export async function runSuites(kind: "eval" | "bench", dir: string, argv: string[]): Promise<void> {
  const suites = readdirSync(dir)
    .filter((f) => /^[a-z-]+\.ts$/.test(f) && f !== "main.ts" && !f.startsWith("lib-"))
    .map((f) => f.replace(/\.ts$/, ""))
    .sort();
  const [suite, ...args] = argv;
  if (suite && !suites.includes(suite)) {
    process.stderr.write(`dyad ${kind}: unknown suite "${suite}"; available: ${suites.join(", ")}\n`);
    process.exitCode = 2;
    return;
  }
  for (const s of suite ? [suite] : suites) {
    process.stdout.write(`\n== ${kind} ${s} ==\n`);
    const mod = (await import(pathToFileURL(`${dir}/${s}.ts`).href)) as {
      run(args: string[]): Promise<void>;
    };
    await mod.run(args);
  }
}
