// Runs the `dyad` command as a user would, for tests of the command-line interface.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../src/util/shared.js";

export const DYAD_BIN = join(repoRoot, "bin", "dyad.js");

/** Runs `dyad ARGS` (stdin from `input`) and returns its status and output. */
export function runDyad(
  args: string[],
  input?: string,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [DYAD_BIN, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    input,
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON lines a command printed. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
