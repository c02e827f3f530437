// readInputs: paths, directories, "-" and URLs in; RawDocuments and Rejects out, one at a time.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { RawDocument, Reject } from "../model/index.js";
import { htmlReader, textReader } from "./readers/document.js";
import { feedReader } from "./readers/feed.js";
import { fileSource } from "./readers/file.js";
import { jsonlReader, jsonReader } from "./readers/jsonl.js";
import { stdinSource } from "./readers/stdin.js";
import { PoliteFetcher } from "./readers/url.js";
import { warcReader } from "./readers/warc.js";
import { binaryKind, type InputKind, isGzip, kindFromBytes } from "./sniff.js";
import { gunzip, peek } from "./stream.js";
import {
  errorMessage,
  type InputSource,
  type Reader,
  type ReadItem,
  type ReadOptions,
  type ResolvedReadOptions,
  readReject,
  resolveOptions,
} from "./types.js";

export type { ReadOptions } from "./types.js";
export { isReject } from "./types.js";

const READERS: Partial<Record<InputKind, Reader>> = {
  html: htmlReader,
  text: textReader,
  jsonl: jsonlReader,
  json: jsonReader,
  warc: warcReader,
  feed: feedReader,
};

const HEAD = 4096;

/** A file of an unknown type (README: rejected) whose bytes would otherwise be read as an article. */
function unknownType(source: InputSource, kind: InputKind): Reject | null {
  if (!source.unknownExtension || kind !== "text") return null;
  return readReject(
    source.uri,
    `unknown file type "${source.unknownExtension}": not HTML, a feed, JSON or WARC (name it .txt to read it as plain text)`,
  );
}

/** Settles the kind and compression of a source by peeking at its first bytes (read once). */
async function prepare(source: InputSource): Promise<InputSource | Reject> {
  const raw = await peek(source.open(), HEAD);
  if (raw.head.length === 0) return readReject(source.uri, "empty input");
  const gz = isGzip(raw.head);
  // WARC keeps its own access to the stored bytes: it resynchronises after broken records.
  if (source.kind === "warc") return { ...source, gz, open: () => raw.all };
  if (!gz) {
    const kind = source.kind ?? kindFromBytes(raw.head);
    const unknown = unknownType(source, kind);
    if (unknown) return unknown;
    return {
      ...source,
      kind,
      gz: false,
      open: () => raw.all,
      openAt: kind === "warc" ? source.openAt : undefined,
    };
  }
  const dec = await peek(gunzip(raw.all), HEAD);
  if (dec.head.length === 0) return readReject(source.uri, "empty input (after gunzip)");
  const kind = source.kind ?? kindFromBytes(dec.head);
  const unknown = unknownType(source, kind);
  if (unknown) return unknown;
  return { ...source, kind, gz: false, open: () => dec.all, openAt: undefined };
}

/** Reads one source with the reader for its kind. */
export async function* readSource(
  source: InputSource,
  options: ResolvedReadOptions,
): AsyncIterable<ReadItem> {
  let prepared: InputSource | Reject;
  try {
    prepared = await prepare(source);
  } catch (err) {
    yield readReject(source.uri, errorMessage(err));
    return;
  }
  if ("reason" in prepared) {
    yield prepared;
    return;
  }
  const kind = prepared.kind ?? "text";
  if (kind === "binary") {
    const head = await peek(prepared.open(), 64);
    yield readReject(source.uri, `not text: looks like ${binaryKind(head.head) ?? "binary data"}`);
    return;
  }
  if (kind === "empty") {
    yield readReject(source.uri, "empty input");
    return;
  }
  const reader = READERS[kind];
  if (!reader) {
    yield readReject(source.uri, `unsupported input type "${kind}"`);
    return;
  }
  yield* reader.read(prepared, options);
}

async function* walk(dir: string): AsyncIterable<string> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

async function* readPath(path: string, options: ResolvedReadOptions): AsyncIterable<ReadItem> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield readReject(
      path,
      code === "ENOENT" ? "no such file or directory" : `unreadable: ${errorMessage(err)}`,
    );
    return;
  }
  if (info.isDirectory()) {
    let any = false;
    try {
      for await (const file of walk(path)) {
        any = true;
        if (options.signal?.aborted) return;
        yield* readFile(file, options);
      }
    } catch (err) {
      yield readReject(path, `unreadable directory: ${errorMessage(err)}`);
    }
    if (!any) yield readReject(path, "directory holds no files");
    return;
  }
  if (!info.isFile()) {
    yield readReject(path, "not a regular file");
    return;
  }
  yield* readFile(path, options);
}

async function* readFile(path: string, options: ResolvedReadOptions): AsyncIterable<ReadItem> {
  try {
    yield* readSource(fileSource(path), options);
  } catch (err) {
    yield readReject(path, `unreadable: ${errorMessage(err)}`);
  }
}

/**
 * Reads every input in turn: files, directories (recursively, sorted, hidden files skipped), "-" for
 * standard input, and http(s) URLs. A bad input yields a Reject and iteration goes on.
 */
export async function* readInputs(
  inputs: string[],
  options?: ReadOptions,
): AsyncIterable<RawDocument | Reject> {
  const resolved = resolveOptions(options);
  let fetcher: PoliteFetcher | null = null;
  for (const input of inputs) {
    if (resolved.signal?.aborted) return;
    if (input === "-") {
      yield* readSource(stdinSource(), resolved);
    } else if (/^https?:\/\//i.test(input)) {
      try {
        fetcher ??= new PoliteFetcher(resolved);
        const source = await fetcher.source(input);
        if ("reason" in source) yield source;
        else yield* readSource(source, resolved);
      } catch (err) {
        yield readReject(input, errorMessage(err));
      }
    } else {
      yield* readPath(input, resolved);
    }
  }
}
