import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { DocumentSchema } from "../model/index.js";
import { findDocumentQuotes } from "./stage.js";

/**
 * The machine interface: `dyad quotes --jsonl FILE` reads {id, text, published?} lines and writes
 * {id, quotes:[{kind, content, source, cue}]} with offsets into `text`. A bad line gets an
 * {id, error} line and the run goes on; the quotes come from tokens and quote marks alone.
 */

/** Longest text accepted per line; longer lines are reported, not processed. */
const MAX_TEXT = 2_000_000;

export interface JsonlQuote {
  kind: "direct" | "partial" | "indirect";
  content: { start: number; end: number };
  source: { start: number; end: number; text: string; actor?: string } | null;
  cue: { start: number; end: number } | null;
}

/** The quotes of one text, in the machine interface's shape. */
export function quotesForText(text: string, published: string | null = null): JsonlQuote[] {
  const doc = DocumentSchema.parse({
    source: "jsonl",
    title: "",
    body: text,
    published,
    byline: null,
    publisher: null,
    section: null,
    language: "en",
    captions: [],
    contentHash: "",
  });
  return findDocumentQuotes(doc).map((q) => {
    const speaker = q.chain[q.chain.length - 1]?.speaker ?? null;
    return {
      kind: q.kind,
      content: { start: q.content.start, end: q.content.end },
      source: q.source
        ? {
            start: q.source.start,
            end: q.source.end,
            text: q.source.text,
            ...(speaker && speaker !== q.source.text ? { actor: speaker } : {}),
          }
        : null,
      cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
    };
  });
}

function lineResult(line: string, lineNo: number): Record<string, unknown> {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return { id: null, line: lineNo, error: "not valid JSON" };
  }
  if (!rec || typeof rec !== "object" || Array.isArray(rec))
    return { id: null, line: lineNo, error: "not a JSON object" };
  const r = rec as Record<string, unknown>;
  const id = typeof r.id === "string" || typeof r.id === "number" ? r.id : null;
  if (typeof r.text !== "string") return { id, line: lineNo, error: 'missing string field "text"' };
  if (r.text.length > MAX_TEXT) return { id, line: lineNo, error: `text longer than ${MAX_TEXT} characters` };
  const published = typeof r.published === "string" ? r.published : null;
  return { id, quotes: quotesForText(r.text, published) };
}

export async function runQuotesJsonl(path: string, out: NodeJS.WritableStream): Promise<void> {
  const input = path === "-" ? process.stdin : createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    const res = lineResult(line, n);
    if (!out.write(JSON.stringify(res) + "\n")) await new Promise((r) => out.once("drain", r));
  }
}
