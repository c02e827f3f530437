// `dyad export`: every event matching a query, streamed page by page from the store into one of the
// field's formats. Events are per article (the same happening reported by two outlets is two rows)
// unless `merge` is set: then reports of one event across articles become one row (gdelt, jsonl).

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import type { EventQuery, EventRow, NetworkQuery, Store } from "../store/store.js";
import { EVENT_COLUMNS, flatEvent } from "./columns.js";
import { csvLine } from "./csv.js";
import { gdeltLine } from "./gdelt.js";
import { graphml } from "./graphml.js";
import { icewsHeader, icewsLine } from "./icews.js";
import { LeadIndex } from "./lead.js";
import { mergeRows } from "./merged.js";
import { ploverRecord } from "./plover.js";

export const EXPORT_FORMATS = ["gdelt", "icews", "plover", "jsonl", "csv", "parquet", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PAGE = 1000;

/** Every event matching the query, in id order, without holding more than one page in memory. */
export async function* streamEvents(
  store: Store,
  query: EventQuery = {},
  max = Infinity,
): AsyncGenerator<EventRow> {
  let after = query.after;
  let left = max;
  while (left > 0) {
    const rows = await store.listEvents({ ...query, after, limit: Math.min(PAGE, left) });
    for (const r of rows) yield r;
    if (rows.length < Math.min(PAGE, left)) return;
    left -= rows.length;
    after = rows[rows.length - 1].id;
  }
}

export interface ExportOptions {
  query?: EventQuery;
  /** At most this many events. */
  limit?: number;
  /**
   * Merge reports of the same event across articles (gdelt: one row with NumMentions/NumSources/
   * NumArticles; jsonl: merged records). Holds the matching events in memory: bound them with limit.
   */
  merge?: boolean;
  /** For graphml: the network options (dates come from query.from/to). */
  network?: Omit<NetworkQuery, "from" | "to">;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

/** Writes an export to a stream (all formats but parquet, which needs a file: see exportToFile). */
export async function exportEvents(
  store: Store,
  format: Exclude<ExportFormat, "parquet">,
  out: Writable,
  options: ExportOptions = {},
): Promise<number> {
  const query = options.query ?? {};
  const events = () => streamEvents(store, query, options.limit ?? Infinity);
  let n = 0;
  if (options.merge) {
    if (format !== "gdelt" && format !== "jsonl")
      throw new Error("merging applies to the gdelt and jsonl formats");
    const rows: EventRow[] = [];
    for await (const r of events()) rows.push(r);
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    const lead = new LeadIndex(store);
    for (const m of mergeRows(rows)) {
      let line: string;
      if (format === "gdelt") {
        let root = false;
        for (const id of m.merged.events) {
          const report = byId.get(id);
          if (report && (await lead.isRoot(report))) {
            root = true;
            break;
          }
        }
        line = gdeltLine(
          m.row,
          { mentions: m.merged.events.length, sources: m.merged.sourceCount, articles: m.articles },
          root,
        );
      } else line = JSON.stringify({ ...m.merged, articles: m.articles, representative: m.row }) + "\n";
      await write(out, line);
      n++;
    }
    return n;
  }
  switch (format) {
    case "graphml": {
      const net = await store.network({ ...options.network, from: query.from, to: query.to });
      await write(out, graphml(net));
      return net.edges.length;
    }
    case "gdelt": {
      const lead = new LeadIndex(store);
      for await (const r of events()) {
        await write(out, gdeltLine(r, undefined, await lead.isRoot(r)));
        n++;
      }
      return n;
    }
    case "icews":
      await write(out, icewsHeader());
      for await (const r of events()) {
        await write(out, icewsLine(r));
        n++;
      }
      return n;
    case "csv":
      await write(out, csvLine(EVENT_COLUMNS.map((c) => c.name)));
      for await (const r of events()) {
        const flat = flatEvent(r);
        await write(out, csvLine(EVENT_COLUMNS.map((c) => flat[c.name])));
        n++;
      }
      return n;
    case "jsonl":
      for await (const r of events()) {
        await write(out, JSON.stringify(r) + "\n");
        n++;
      }
      return n;
    case "plover":
      await write(out, "[");
      for await (const r of events()) {
        const rec = ploverRecord(r);
        if (!rec) continue;
        await write(out, (n ? ",\n" : "\n") + JSON.stringify(rec));
        n++;
      }
      await write(out, n ? "\n]\n" : "]\n");
      return n;
  }
}

const PARQUET_TYPES = { string: "STRING", int: "INT32", double: "DOUBLE", bool: "BOOLEAN" } as const;

/** Writes an export to a file; parquet is written in row groups, so memory stays bounded. */
export async function exportToFile(
  store: Store,
  format: ExportFormat,
  path: string,
  options: ExportOptions = {},
): Promise<number> {
  if (format === "parquet") {
    const { parquetWriteRows, fileWriter } = await import("hyparquet-writer");
    let n = 0;
    const rows = async function* () {
      for await (const r of streamEvents(store, options.query ?? {}, options.limit ?? Infinity)) {
        n++;
        yield flatEvent(r);
      }
    };
    await parquetWriteRows({
      writer: fileWriter(path),
      rows: rows(),
      columns: EVENT_COLUMNS.map((c) => ({ name: c.name, type: PARQUET_TYPES[c.type] })),
      rowGroupSize: 10_000,
      createdBy: "dyad",
    });
    return n;
  }
  const out = createWriteStream(path);
  try {
    const n = await exportEvents(store, format, out, options);
    out.end();
    await once(out, "finish");
    return n;
  } catch (err) {
    out.destroy();
    throw err;
  }
}
