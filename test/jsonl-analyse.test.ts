// The `dyad quotes --jsonl` and `dyad time --jsonl` interfaces read the parse, as the pipeline and the
// evaluations do, unless told not to: a cue's subject and a clause's tense come from it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { analyseText, createAnalyseStage } from "../src/nlp/stage.js";
import { quotesForText } from "../src/quotes/jsonl.js";
import { timeLineResult } from "../src/time/jsonl.js";
import { repoRoot } from "../src/util/shared.js";

const STORY =
  "OSLO, Norway (Reuters) - Norwegian Foreign Minister Ingrid Berg met her Danish counterpart on " +
  "Tuesday and pledged to widen the fishing talks.";

test("with the analyse stage, a report after a dateline gets the clause's subject, not the city", async () => {
  const stage = await createAnalyseStage({});
  const [q] = quotesForText(STORY, null, stage.run.bind(stage));
  assert.ok(q, "the pledge is found");
  assert.equal(q.source?.text, "Norwegian Foreign Minister Ingrid Berg");
  assert.equal(STORY.slice(q.cue!.start, q.cue!.end), "pledged");
});

test("with the parse, a month after a present-tense clause points ahead", () => {
  const text = "Lawmakers approved the budget, which takes effect in March.";
  const line = JSON.stringify({ id: "m", text, dct: "2026-11-25" });
  const res = timeLineResult(line, 1, (t) => analyseText(t).sentences) as {
    timex: Array<{ text: string; value: string }>;
  };
  assert.deepEqual(
    res.timex.map((t) => [t.text, t.value]),
    [["March", "2027-03"]],
  );
});

function cli(args: string[]): { status: number | null; lines: Array<Record<string, unknown>> } {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "src/cli/main.ts"), ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, DYAD_CLI_MAIN: "1" },
  });
  const lines = run.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: run.status, lines };
}

test("dyad quotes --jsonl FILE analyses by default; --no-analyse reads tokens and marks alone", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-jsonl-"));
  try {
    const file = join(dir, "in.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: "s", text: STORY })}\n`);
    const analysed = cli(["quotes", "--jsonl", file]);
    assert.equal(analysed.status, 0);
    const [q] = (analysed.lines[0] as { quotes: Array<{ source: { text: string } | null }> }).quotes;
    assert.equal(q.source?.text, "Norwegian Foreign Minister Ingrid Berg");
    const plain = cli(["quotes", "--no-analyse", "--jsonl", file]);
    assert.equal(plain.status, 0);
    assert.equal(plain.lines.length, 1);
    assert.ok(Array.isArray((plain.lines[0] as { quotes: unknown[] }).quotes));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
