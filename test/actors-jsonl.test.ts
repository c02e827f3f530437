import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { test } from "node:test";
import { runResolveJsonl } from "../src/actors/jsonl.js";
import { createResolveStage } from "../src/actors/stage.js";

test("resolve --jsonl: one output line per input line, bad lines as errors", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-resolve-"));
  try {
    const file = join(dir, "in.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({
          id: "a",
          text: "Kenyan President William Ruto met Turkish diplomats.",
          date: "2023-05-01",
        }),
        "{not json",
        JSON.stringify({ id: "c", text: 42 }),
        "",
      ].join("\n"),
    );
    let out = "";
    const sink = new Writable({
      write(chunk, _enc, cb) {
        out += chunk.toString();
        cb();
      },
    });
    const bad = await runResolveJsonl(file, [await createResolveStage({})], sink);
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(bad, 2);
    assert.equal(lines.length, 3);
    assert.equal(lines[0].id, "a");
    const codes = lines[0].actors.map((a: { code: string }) => a.code).sort();
    assert.deepEqual(codes, ["KENGOV", "TURGOV"]);
    assert.ok(lines[1].error);
    assert.equal(lines[2].id, "c");
    assert.match(lines[2].error, /text/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
