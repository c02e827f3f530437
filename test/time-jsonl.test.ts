// The `dyad time --jsonl` machine interface, line by line and through the command.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { timeLineResult } from "../src/time/jsonl.js";
import { jsonLines, runDyad } from "./helpers/cli.js";

test("a line gets its timexes with offsets into its text", () => {
  const text = "The envoy arrived on Saturday and stayed for three days.";
  const res = timeLineResult(JSON.stringify({ id: "a1", text, dct: "2022-03-07" }), 1) as {
    id: string;
    timex: Array<{ start: number; end: number; text: string; type: string; value: string }>;
  };
  assert.equal(res.id, "a1");
  assert.deepEqual(
    res.timex.map((t) => [t.text, t.type, t.value]),
    [
      ["Saturday", "DATE", "2022-03-05"],
      ["three days", "DURATION", "P3D"],
    ],
  );
  for (const t of res.timex) assert.equal(text.slice(t.start, t.end), t.text);
});

test("bad lines get an error record naming the problem", () => {
  assert.deepEqual(timeLineResult("{oops", 3), { id: null, line: 3, error: "not valid JSON" });
  assert.deepEqual(timeLineResult("[1,2]", 4), { id: null, line: 4, error: "not a JSON object" });
  assert.match(String(timeLineResult(JSON.stringify({ id: 5 }), 5).error), /text/);
  assert.match(
    String(timeLineResult(JSON.stringify({ id: 6, text: "x", dct: "yesterday" }), 6).error),
    /ISO date/,
  );
  assert.match(String(timeLineResult(JSON.stringify({ id: 7, text: "x", dct: 7 }), 7).error), /dct/);
});

test("dyad time --jsonl FILE writes one record per line and exits 1 when a line is bad", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-time-"));
  const file = join(dir, "in.jsonl");
  writeFileSync(
    file,
    `${JSON.stringify({ id: "x", text: "Talks resume next week.", dct: "2022-03-07" })}\nnot json\n\n`,
  );
  const run = runDyad(["time", "--jsonl", file]);
  const lines = jsonLines(run.stdout);
  assert.equal(lines.length, 2);
  assert.deepEqual(lines[0], {
    id: "x",
    timex: [{ start: 13, end: 22, text: "next week", type: "DATE", value: "2022-W11" }],
  });
  assert.equal(lines[1].error, "not valid JSON");
  assert.equal(run.status, 1);
  assert.match(run.stderr, /1 line\(s\) could not be read/);
});
