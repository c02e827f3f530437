import type { Document } from "../model/index.js";
import { type PageFields, textDocument } from "../pipeline/document.js";
import { jsonLinesTo, pageFields, runJsonlLines } from "../util/jsonl-input.js";
import { findDocumentQuotes } from "./stage.js";

/**
 * The machine interface: `dyad quotes --jsonl FILE` reads {id, text, published?, title?, publisher?} lines and writes
 * {id, quotes:[{kind, content, source, cue}]} with offsets into `text`. A bad line gets an
 * {id, line, error} record and the run goes on. The CLI passes the analyse stage, as the pipeline
 * runs it, so cues get their parsed subjects and speakers their entities; without it the quotes come
 * from tokens and quote marks alone (faster, and weaker on indirect speech).
 */

/** A stage that fills a document's sentences and entities (the analyse stage), if any. */
export type Analyse = (doc: Document) => Document;

export interface JsonlQuote {
  kind: "direct" | "partial" | "indirect";
  content: { start: number; end: number };
  source: { start: number; end: number; text: string; actor?: string } | null;
  cue: { start: number; end: number } | null;
}

/** The quotes of one text, in the machine interface's shape. */
export function quotesForText(
  text: string,
  published: string | null = null,
  analyse: Analyse | null = null,
  page: PageFields = {},
): JsonlQuote[] {
  const doc = textDocument("jsonl", text, published, page);
  return findDocumentQuotes(analyse ? analyse(doc) : doc).map((q) => {
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

/** Streams FILE ("-" for stdin) to `out`; returns the number of lines that had errors. */
export function runQuotesJsonl(
  path: string,
  out: NodeJS.WritableStream,
  analyse: Analyse | null = null,
): Promise<number> {
  return runJsonlLines(
    path,
    ({ id, text, record }) => ({
      id,
      quotes: quotesForText(
        text,
        typeof record.published === "string" ? record.published : null,
        analyse,
        pageFields(record),
      ),
    }),
    jsonLinesTo(out),
  );
}
