// Lists come back as JSON (with a cursor), JSONL or CSV: chosen by ?format=, else by the Accept header.
import type { Context } from "hono";
import { csvLine } from "../export/csv.js";

export type ListFormat = "json" | "jsonl" | "csv";

export function negotiate(c: Context, format: ListFormat | undefined): ListFormat {
  if (format) return format;
  const accept = c.req.header("accept") ?? "";
  if (/\btext\/csv\b/.test(accept)) return "csv";
  if (/\bapplication\/(x-)?(jsonl|ndjson|x-ndjson)\b/.test(accept)) return "jsonl";
  return "json";
}

/** Rows in the chosen format; `next` is the paging cursor (null: last page, or no paging). */
export function respondRows<T>(
  c: Context,
  format: ListFormat,
  rows: T[],
  next: number | null,
  flat: (row: T) => Record<string, unknown>,
): Response {
  if (next !== null) c.header("X-Next-Cursor", String(next));
  if (format === "jsonl") {
    c.header("Content-Type", "application/x-ndjson; charset=utf-8");
    return c.body(rows.map((r) => JSON.stringify(r) + "\n").join(""));
  }
  if (format === "csv") {
    c.header("Content-Type", "text/csv; charset=utf-8");
    const flatRows = rows.map(flat);
    const columns = flatRows.length ? Object.keys(flatRows[0]) : [];
    return c.body([csvLine(columns), ...flatRows.map((r) => csvLine(columns.map((k) => r[k])))].join(""));
  }
  return c.json({ data: rows, next });
}

/** A page of rows ordered by id: `next` is the last id when the page is full. */
export function respondList<T extends { id: number }>(
  c: Context,
  format: ListFormat,
  rows: T[],
  limit: number,
  flat: (row: T) => Record<string, unknown>,
): Response {
  const next = rows.length === limit && rows.length > 0 ? rows[rows.length - 1].id : null;
  return respondRows(c, format, rows, next, flat);
}
