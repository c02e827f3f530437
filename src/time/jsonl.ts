// The machine interface: `dyad time --jsonl FILE` reads {id, text, dct} lines ("date" or "published"
// may stand for "dct") and writes {id, timex:[{start, end, text, type, value}]} with offsets into
// `text`. A bad line gets an
// {id, line, error} record and the run goes on. The CLI passes the analyse stage's parse, as the
// pipeline does (tense decides which way "Monday" points); without one the tagger reads the text alone.
import { jsonLinesTo, parseTextLine, runJsonlLines, type UsableLine } from "../util/jsonl-input.js";
import { tagTimexes } from "./tagger.js";
import type { ParsedSentence } from "./tense.js";

/** The parsed sentences of a text (the analyse stage's), or none for the lexical reading. */
export type SentenceParser = (text: string) => readonly ParsedSentence[];

export interface JsonlTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** The time expressions of one text in the interface's shape; `dct` may be null (values stay relative). */
export function timexesForText(
  text: string,
  dct: string | null,
  parse: SentenceParser | null = null,
): JsonlTimex[] {
  return tagTimexes(text, dct, parse ? parse(text) : []).map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    type: t.type,
    value: t.value,
  }));
}

/** The answer to one usable line: its time expressions, or an error when "dct" is not an ISO date. */
function timeAnswer(line: UsableLine, lineNo: number, parse: SentenceParser | null): Record<string, unknown> {
  const { id, text, record } = line;
  // "dct" is the interface's name; "published" (the pipeline's) and "date" are read as the same.
  const dctRaw = record.dct ?? record.published ?? record.date ?? null;
  if (dctRaw !== null && typeof dctRaw !== "string")
    return { id, line: lineNo, error: '"dct" must be an ISO date string' };
  if (typeof dctRaw === "string" && !/^\d{4}-\d{2}-\d{2}/.test(dctRaw))
    return { id, line: lineNo, error: `"dct" is not an ISO date: ${dctRaw.slice(0, 40)}` };
  return { id, timex: timexesForText(text, dctRaw, parse) };
}

export function timeLineResult(
  line: string,
  lineNo: number,
  parse: SentenceParser | null = null,
): Record<string, unknown> {
  const parsed = parseTextLine(line, lineNo);
  return parsed.ok ? timeAnswer(parsed, lineNo, parse) : parsed.error;
}

/** Streams FILE ("-" for stdin) to `out`; returns the number of lines that had errors. */
export function runTimeJsonl(
  path: string,
  out: NodeJS.WritableStream,
  parse: SentenceParser | null = null,
): Promise<number> {
  return runJsonlLines(path, (line, n) => timeAnswer(line, n, parse), jsonLinesTo(out));
}
