// WARC 1.0/1.1 (and the older 0.17/0.18), plain or gzip per record, streamed record by record with
// warcio. Response and resource records holding HTML or text become documents; other records
// (requests, metadata, images, scripts, redirects) are passed over. A broken record is rejected and
// reading resumes at the next record boundary found in the bytes after it.
import { LimitReader, WARCParser, type WARCRecord } from "warcio";
import type { RawDocument } from "../../model/index.js";
import { charsetFromContentType } from "../charset.js";
import { binaryKind } from "../sniff.js";
import {
  errorMessage,
  formatBytes,
  type InputSource,
  type Reader,
  type ReadItem,
  type ResolvedReadOptions,
  readReject,
} from "../types.js";

const TEXTUAL = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/** Offset of the next record start at or after `from`: a gzip member or a "WARC/" line. */
async function findRecordStart(source: InputSource, from: number, gz: boolean): Promise<number> {
  if (!source.openAt) return -1;
  const needle = gz ? Buffer.from([0x1f, 0x8b, 0x08]) : Buffer.from("WARC/");
  let pos = from;
  let carry = Buffer.alloc(0);
  for await (const chunk of source.openAt(from)) {
    const buf = Buffer.concat([carry, Buffer.from(chunk)]);
    let i = buf.indexOf(needle);
    while (i >= 0) {
      const at = pos - carry.length + i;
      // Uncompressed: a record starts a line.
      if (gz || at === 0 || (i > 0 && buf[i - 1] === 0x0a)) return at;
      i = buf.indexOf(needle, i + 1);
    }
    carry = buf.subarray(Math.max(0, buf.length - needle.length));
    pos += chunk.length;
  }
  return -1;
}

function header(record: WARCRecord, name: string): string | null {
  return record.warcHeaders.headers.get(name) ?? null;
}

async function recordToItem(
  record: WARCRecord,
  uri: string,
  options: ResolvedReadOptions,
): Promise<ReadItem | null> {
  const type = record.warcType;
  if (type !== "response" && type !== "resource") return null;
  let contentType = record.warcContentType ?? "";
  if (type === "response") {
    if (!/application\/http/i.test(contentType)) return null;
    const status = Number(record.httpHeaders?.statusCode ?? 200);
    if (status < 200 || status >= 300) return null;
    contentType = record.httpHeaders?.headers.get("content-type") ?? "";
  }
  if (contentType && !TEXTUAL.test(contentType.trim())) return null;
  if (/\/robots\.txt$/i.test(record.warcTargetURI ?? "")) return null;
  const length = Number(header(record, "Content-Length") ?? 0);
  if (length > options.maxBytes) {
    return readReject(
      uri,
      `record of ${formatBytes(length)} is over the ${formatBytes(options.maxBytes)} limit`,
    );
  }
  let bytes: Uint8Array;
  try {
    // The payload is read raw first: a record cut short (the file ends before its Content-Length)
    // would otherwise go on as a page missing its end.
    const reader = record.reader;
    const expected = reader instanceof LimitReader ? reader.limit : null;
    const raw = await record.readFully(false);
    if (expected !== null && raw.length < expected)
      return readReject(uri, `truncated WARC record: ${raw.length} of ${expected} payload bytes`);
    bytes = await record.readFully(true);
  } catch (err) {
    return readReject(uri, `unreadable record body: ${errorMessage(err)}`);
  }
  if (bytes.length === 0) return null;
  if (!contentType) {
    if (binaryKind(bytes)) return null;
    contentType = "text/html";
  } else if (binaryKind(bytes)) {
    return readReject(uri, `record says ${contentType.split(";")[0]} but holds binary data`);
  }
  const target = record.warcTargetURI ?? undefined;
  const doc: RawDocument = {
    uri,
    bytes,
    hints: {
      contentType: /text\/plain/i.test(contentType) ? "text/plain" : "text/html",
      charset: charsetFromContentType(contentType),
      url: target,
    },
  };
  const date = header(record, "WARC-Date");
  if (date) doc.fetchedAt = date;
  return doc;
}

/** Why a parsed record cannot be trusted (and the bytes after it neither), or null. */
function invalid(record: WARCRecord): string | null {
  if (!/^WARC\/\d/.test(record.warcHeaders.protocol ?? "")) return "no WARC/ version line";
  if (!record.warcType) return "no WARC-Type header";
  const length = header(record, "Content-Length");
  if (length === null || !/^\s*\d+\s*$/.test(length))
    return `bad Content-Length "${(length ?? "").slice(0, 20)}"`;
  return null;
}

async function* readWarc(source: InputSource, options: ResolvedReadOptions): AsyncIterable<ReadItem> {
  let start = 0;
  let n = 0;
  let docs = 0;
  for (;;) {
    const parser = new WARCParser(start === 0 ? source.open() : source.openAt!(start));
    let lastStart = start;
    let failed = false;
    try {
      for (;;) {
        const record = await parser.parse();
        if (!record) break;
        n++;
        lastStart = start + parser.offset;
        const problem = invalid(record);
        if (problem) {
          failed = true;
          yield readReject(`${source.uri}#${n}`, `broken WARC record: ${problem}`);
          break;
        }
        const item = await recordToItem(record, `${source.uri}#${n}`, options);
        if (item) {
          if (!("reason" in item)) docs++;
          yield item;
        }
      }
    } catch (err) {
      failed = true;
      yield readReject(`${source.uri}#${n + 1}`, `broken WARC record: ${errorMessage(err).slice(0, 200)}`);
    }
    // warcio stops quietly at some damage; whether it stopped at the end is told by looking for
    // another record boundary after the last record it read.
    const next = source.openAt ? await findRecordStart(source, lastStart + 1, source.gz) : -1;
    if (next < 0) {
      if (failed && !source.openAt) {
        yield readReject(
          source.uri,
          "cannot skip a broken record on a stream that cannot seek; rest of input lost",
        );
      }
      break;
    }
    if (!failed) {
      n++;
      yield readReject(`${source.uri}#${n}`, `broken WARC record skipped (bytes ${lastStart}-${next})`);
    }
    start = next;
  }
  if (n === 0) yield readReject(source.uri, "no WARC records found");
  else if (docs === 0)
    yield readReject(source.uri, `none of the ${n} WARC records holds an HTML or text page`);
}

export const warcReader: Reader = { name: "warc", read: readWarc };
