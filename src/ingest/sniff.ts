// Decides what kind of input a file or a byte stream is: by name first, then by its first bytes.

export type InputKind = "html" | "text" | "jsonl" | "json" | "warc" | "feed" | "binary" | "empty";

const BY_EXTENSION: Record<string, InputKind> = {
  html: "html",
  htm: "html",
  xhtml: "html",
  shtml: "html",
  txt: "text",
  text: "text",
  md: "text",
  jsonl: "jsonl",
  ndjson: "jsonl",
  json: "json",
  warc: "warc",
  rss: "feed",
  atom: "feed",
  xml: "feed",
};

/** File name without a trailing .gz, and whether it had one. */
export function stripGz(name: string): { name: string; gz: boolean } {
  return /\.gz$/i.test(name) ? { name: name.slice(0, -3), gz: true } : { name, gz: false };
}

export function kindFromName(name: string): InputKind | null {
  const base = stripGz(name).name;
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(base);
  return m ? (BY_EXTENSION[m[1].toLowerCase()] ?? null) : null;
}

/**
 * The extension of a file name when it is one no reader knows (".py", ".csv"), else null. Names
 * without an extension, or whose suffix has no letter (TimeBank's "APW19980807.0261"), are not flagged.
 */
export function unknownExtension(name: string): string | null {
  const base = stripGz(name).name;
  const m = /\.([A-Za-z0-9]{0,7}[A-Za-z][A-Za-z0-9]{0,7})$/.exec(base);
  if (!m || m[1].length > 8 || m[1].toLowerCase() in BY_EXTENSION) return null;
  return `.${m[1].toLowerCase()}`;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], "PDF"],
  [[0x89, 0x50, 0x4e, 0x47], "PNG image"],
  [[0xff, 0xd8, 0xff], "JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "GIF image"],
  [[0x50, 0x4b, 0x03, 0x04], "ZIP archive"],
  [[0x7f, 0x45, 0x4c, 0x46], "executable"],
  [[0x42, 0x5a, 0x68], "bzip2 archive"],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a], "xz archive"],
];

/** A name for binary content ("PDF", "PNG image"), or null when the bytes look like text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [sig, name] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return name;
  }
  const n = Math.min(bytes.length, 4096);
  // UTF-16 text has many NULs too; a BOM marks it as text.
  if (n >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return null;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return "binary data";
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1 ? "binary data" : null;
}

/** Guesses the kind from the first bytes (already gunzipped). */
export function kindFromBytes(bytes: Uint8Array): InputKind {
  if (bytes.length === 0) return "empty";
  if (binaryKind(bytes)) return "binary";
  const head = Buffer.from(bytes.subarray(0, 2048))
    .toString("latin1")
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, "")
    .trimStart();
  if (head.length === 0) return "empty";
  if (head.startsWith("WARC/")) return "warc";
  const lower = head.toLowerCase();
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*(<!doctype[^>]*>\s*)?<(rss|feed|rdf:rdf)\b/.test(lower))
    return "feed";
  if (/^<(rss|feed)\b/.test(lower)) return "feed";
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|meta|title|div|p|article)\b/.test(lower))
    return "html";
  if (/^<\?xml/.test(lower) && /<html\b/.test(lower)) return "html";
  if (head.startsWith("{")) return "jsonl";
  if (head.startsWith("[")) return "json";
  return "text";
}
