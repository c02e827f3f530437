import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runJsonlLines } from "./jsonl-input.js";

test("runJsonlLines answers good lines in order and turns bad ones, and failed answers, into error records", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-jsonl-"));
  try {
    const file = join(dir, "in.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "a", text: "first" }),
        "{broken",
        "",
        JSON.stringify({ id: 7, body: "no text field" }),
        JSON.stringify({ id: "boom", text: "second" }),
        JSON.stringify({ text: "third" }),
      ].join("\n"),
    );
    const seen: Record<string, unknown>[] = [];
    const bad = await runJsonlLines(
      file,
      ({ id, text }, n) => {
        if (id === "boom") throw new Error("stage failed");
        return { id, n, upper: text.toUpperCase() };
      },
      (r) => {
        seen.push(r);
      },
    );
    assert.equal(bad, 3);
    assert.deepEqual(seen, [
      { id: "a", n: 1, upper: "FIRST" },
      { id: null, line: 2, error: "not valid JSON" },
      { id: 7, line: 4, error: 'missing string field "text"' },
      { id: "boom", line: 5, error: "stage failed" },
      { id: null, n: 6, upper: "THIRD" },
    ]);
    await assert.rejects(
      runJsonlLines(
        join(dir, "absent.jsonl"),
        () => ({}),
        () => {},
      ),
      /no such file/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
