// HTML pages and plain-text pages: one input, one document.
import type { RawDocument } from "../../model/index.js";
import { binaryKind, kindFromBytes } from "../sniff.js";
import { collect, gunzip } from "../stream.js";
import {
  errorMessage,
  type InputSource,
  type Reader,
  type ReadItem,
  type ResolvedReadOptions,
  readReject,
} from "../types.js";

async function* readOne(
  source: InputSource,
  options: ResolvedReadOptions,
  contentType: "text/html" | "text/plain",
): AsyncIterable<ReadItem> {
  let bytes: Uint8Array;
  try {
    bytes = await collect(source.gz ? gunzip(source.open()) : source.open(), options.maxBytes);
  } catch (err) {
    yield readReject(source.uri, errorMessage(err));
    return;
  }
  yield toRawDocument(source, bytes, contentType);
}

/** Checks bytes that claim to be one page and wraps them, or says why they cannot be one. */
export function toRawDocument(
  source: Pick<InputSource, "uri" | "hints" | "fetchedAt">,
  bytes: Uint8Array,
  contentType: string,
): ReadItem {
  if (bytes.length === 0 || kindFromBytes(bytes) === "empty") return readReject(source.uri, "empty input");
  const bin = binaryKind(bytes);
  if (bin) return readReject(source.uri, `not text: looks like ${bin}`);
  const doc: RawDocument = { uri: source.uri, bytes, hints: { ...source.hints, contentType } };
  if (source.fetchedAt) doc.fetchedAt = source.fetchedAt;
  return doc;
}

export const htmlReader: Reader = {
  name: "html",
  read: (source, options) => readOne(source, options, "text/html"),
};

export const textReader: Reader = {
  name: "text",
  read: (source, options) => readOne(source, options, "text/plain"),
};
