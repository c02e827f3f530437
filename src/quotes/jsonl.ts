import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { textDocument } from "../pipeline/document.js";
import { parseTextLine } from "../util/jsonl-input.js";
import { findDocumentQuotes } from "./stage.js";

/**
 * The machine interface: `dyad quotes --jsonl FILE` reads {id, text, published?} lines and writes
 * {id, quotes:[{kind, content, source, cue}]} with offsets into `text`. A bad line gets an
 * {id, error} line and the run goes on; the quotes come from tokens and quote marks alone.
 */

export interface JsonlQuote {
  kind: "direct" | "partial" | "indirect";
  content: { start: number; end: number };
  source: { start: number; end: number; text: string; actor?: string } | null;
  cue: { start: number; end: number } | null;
}

/** The quotes of one text, in the machine interface's shape. */
export function quotesForText(text: string, published: string | null = null): JsonlQuote[] {
  return findDocumentQuotes(textDocument("jsonl", text, published)).map((q) => {
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
  const parsed = parseTextLine(line, lineNo);
  if (!parsed.ok) return parsed.error;
  const published = typeof parsed.record.published === "string" ? parsed.record.published : null;
  return { id: parsed.id, quotes: quotesForText(parsed.text, published) };
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
