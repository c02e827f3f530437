// The machine interface: `dyad time --jsonl FILE` reads {id, text, dct} lines and writes
// {id, timex:[{start, end, text, type, value}]} with offsets into `text`. A bad line gets an
// {id, line, error} record and the run goes on.
import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseTextLine } from "../util/jsonl-input.js";
import { tagTimexes } from "./tagger.js";

export interface JsonlTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** The time expressions of one text in the interface's shape; `dct` may be null (values stay relative). */
export function timexesForText(text: string, dct: string | null): JsonlTimex[] {
  return tagTimexes(text, dct).map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    type: t.type,
    value: t.value,
  }));
}

export function timeLineResult(line: string, lineNo: number): Record<string, unknown> {
  const parsed = parseTextLine(line, lineNo);
  if (!parsed.ok) return parsed.error;
  const { id, text, record } = parsed;
  const dctRaw = record.dct ?? record.published ?? null;
  if (dctRaw !== null && typeof dctRaw !== "string")
    return { id, line: lineNo, error: '"dct" must be an ISO date string' };
  if (typeof dctRaw === "string" && !/^\d{4}-\d{2}-\d{2}/.test(dctRaw))
    return { id, line: lineNo, error: `"dct" is not an ISO date: ${dctRaw.slice(0, 40)}` };
  return { id, timex: timexesForText(text, dctRaw) };
}

/** Streams FILE ("-" for stdin) to `out`; returns the number of lines that had errors. */
export async function runTimeJsonl(path: string, out: NodeJS.WritableStream): Promise<number> {
  if (path !== "-" && !existsSync(path)) throw new Error(`no such file: ${path}`);
  const input = path === "-" ? process.stdin : createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let errors = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    const res = timeLineResult(line, n);
    if ("error" in res) errors++;
    if (!out.write(`${JSON.stringify(res)}\n`)) await new Promise((r) => out.once("drain", r));
  }
  return errors;
}
