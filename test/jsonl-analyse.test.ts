// The `dyad quotes --jsonl` and `dyad time --jsonl` interfaces read the parse, as the pipeline and the
// evaluations do, unless told not to: a cue's subject and a clause's tense come from it.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { analyseText, createAnalyseStage } from "../src/nlp/stage.js";
import { quotesForText } from "../src/quotes/jsonl.js";
import { timeLineResult } from "../src/time/jsonl.js";
import { jsonLines, runDyad } from "./helpers/cli.js";

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

test("dyad quotes --jsonl FILE analyses by default; --no-analyse reads tokens and marks alone", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-jsonl-"));
  try {
    const file = join(dir, "in.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: "s", text: STORY })}\n`);
    const analysed = runDyad(["quotes", "--jsonl", file]);
    assert.equal(analysed.status, 0);
    const [q] = (jsonLines(analysed.stdout)[0] as { quotes: Array<{ source: { text: string } | null }> })
      .quotes;
    assert.equal(q.source?.text, "Norwegian Foreign Minister Ingrid Berg");
    const plain = runDyad(["quotes", "--no-analyse", "--jsonl", file]);
    assert.equal(plain.status, 0);
    const lines = jsonLines(plain.stdout);
    assert.equal(lines.length, 1);
    assert.ok(Array.isArray((lines[0] as { quotes: unknown[] }).quotes));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("dyad code --jsonl reads a line's title and publisher for the story's country; a title that is no string is that line's error", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-jsonl-"));
  try {
    const file = join(dir, "in.jsonl");
    const text = "Police arrested 12 protesters in the capital on Monday.";
    const lines = [
      { id: "bare", text, date: "2020-03-02" },
      { id: "titled", text, date: "2020-03-02", title: "Kenyan police arrest protesters in Nairobi" },
      { id: "bad", text, title: 5 },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n"));
    const run = runDyad(["code", "--jsonl", file]);
    assert.equal(run.status, 1, "one line failed");
    const out = jsonLines(run.stdout) as Array<{
      id: string;
      error?: string;
      events?: Array<{ source: { code: string | null } }>;
    }>;
    const source = (id: string) => out.find((o) => o.id === id)?.events?.[0]?.source.code;
    assert.equal(source("bare"), "---", "no country without the title");
    assert.equal(source("titled"), "KENCOP", "the title names the country");
    assert.match(
      out.find((o) => o.id === "bad")?.error ?? "",
      /"title" must be a string/,
      "the bad title's error",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
