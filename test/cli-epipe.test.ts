// `dyad ... | head`: when the reader closes the pipe early the command stops quietly with status 0,
// as Unix tools do, instead of dying on an unhandled EPIPE.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { repoRoot } from "../src/util/shared.js";
import { DYAD_BIN } from "./helpers/cli.js";

test("a closed output pipe ends the command quietly", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-epipe-"));
  try {
    const file = join(dir, "in.jsonl");
    const line = JSON.stringify({
      id: "x",
      text: "Talks resume next week and end on Friday.",
      dct: "2026-03-02",
    });
    writeFileSync(file, `${Array.from({ length: 20000 }, () => line).join("\n")}\n`);
    const child = spawn(process.execPath, [DYAD_BIN, "time", "--no-analyse", "--jsonl", file], {
      cwd: repoRoot,
    });
    let stderr = "";
    child.stderr.on("data", (c) => {
      stderr += String(c);
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
