// Lines of the `--jsonl FILE` machine interfaces: {id, text, ...} objects. A bad line becomes an
// {id, line, error} record instead of stopping the run.
import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";

/** Longest text accepted per line; longer lines are reported, not processed. */
export const MAX_LINE_TEXT = 2_000_000;

export type TextLine =
  | { ok: true; id: string | number | null; text: string; record: Record<string, unknown> }
  | { ok: false; error: { id: string | number | null; line: number; error: string } };

export function parseTextLine(line: string, lineNo: number): TextLine {
  const fail = (id: string | number | null, error: string): TextLine => ({
    ok: false,
    error: { id, line: lineNo, error },
  });
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return fail(null, "not valid JSON");
  }
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) return fail(null, "not a JSON object");
  const record = rec as Record<string, unknown>;
  const id = typeof record.id === "string" || typeof record.id === "number" ? record.id : null;
  if (typeof record.text !== "string") return fail(id, 'missing string field "text"');
  if (record.text.length > MAX_LINE_TEXT) return fail(id, `text longer than ${MAX_LINE_TEXT} characters`);
  return { ok: true, id, text: record.text, record };
}

export type UsableLine = Extract<TextLine, { ok: true }>;

/**
 * The optional "title" and "publisher" of a line, which the actor resolver reads for the story's
 * countries as it does for ingested pages. Throws (the line becomes an error record) when either is
 * there but not a string.
 */
export function pageFields(record: Record<string, unknown>): {
  title: string | null;
  publisher: string | null;
} {
  const field = (name: "title" | "publisher"): string | null => {
    const v = record[name];
    if (v === undefined || v === null) return null;
    if (typeof v !== "string") throw new Error(`"${name}" must be a string`);
    return v;
  };
  return { title: field("title"), publisher: field("publisher") };
}

/**
 * The one loop of the `--jsonl FILE` interfaces: reads FILE ("-" for stdin) line by line, answers each
 * usable line with `answer` and hands every record, answers and {id, line, error} records alike, to
 * `emit` in input order. A line that is not a {text} object, or whose answer throws, becomes an error
 * record and the run goes on. Returns how many lines were bad.
 */
export async function runJsonlLines(
  path: string,
  answer: (line: UsableLine, lineNo: number) => Record<string, unknown>,
  emit: (record: Record<string, unknown>) => void | Promise<void>,
): Promise<number> {
  if (path !== "-" && !existsSync(path)) throw new Error(`no such file: ${path}`);
  const input = path === "-" ? process.stdin : createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let bad = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    const parsed = parseTextLine(line, n);
    let record: Record<string, unknown>;
    if (!parsed.ok) record = parsed.error;
    else {
      try {
        record = answer(parsed, n);
      } catch (err) {
        record = { id: parsed.id, line: n, error: (err as Error).message };
      }
    }
    if ("error" in record) bad++;
    await emit(record);
  }
  return bad;
}

/** An `emit` for runJsonlLines that writes JSON lines to a stream, waiting when it is full. */
export function jsonLinesTo(out: NodeJS.WritableStream): (record: Record<string, unknown>) => Promise<void> {
  return async (record) => {
    if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise((r) => out.once("drain", r));
  };
}

/** What a command says after a run with bad lines; they also make its exit status 1. */
export function reportBadLines(command: string, bad: number): void {
  if (bad === 0) return;
  process.stderr.write(`dyad ${command}: ${bad} line(s) could not be read (see their "error" fields)\n`);
  process.exitCode = 1;
}
