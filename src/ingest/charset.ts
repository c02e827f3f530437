// Turns bytes in any charset into a JS string. Order of evidence, as browsers do: byte-order mark,
// the container's header (HTTP/WARC), the page's own declaration (meta tag or XML prolog), then the
// bytes themselves. Declarations are often wrong (pages saying ISO-8859-1 that are UTF-8), so a
// Latin-1 family declaration loses to bytes that are valid multi-byte UTF-8.
import chardet from "chardet";
import iconv from "iconv-lite";

export class CharsetError extends Error {}

export interface Decoded {
  text: string;
  charset: string;
  /** Where the charset came from. */
  via: "bom" | "header" | "declared" | "detected" | "utf8";
}

const LATIN1_FAMILY = new Set([
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "latin-1",
  "l1",
  "us-ascii",
  "ascii",
  "windows-1252",
  "cp1252",
  "x-cp1252",
]);

export function normalizeCharsetName(name: string): string {
  const n = name
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  if (n === "utf8" || n === "unicode-1-1-utf-8") return "utf-8";
  // WHATWG: these labels all mean windows-1252.
  if (LATIN1_FAMILY.has(n)) return "windows-1252";
  if (n === "gb2312" || n === "gbk" || n === "x-gbk") return "gbk";
  if (n === "shift-jis" || n === "sjis" || n === "x-sjis") return "shift_jis";
  return n;
}

function bom(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { charset: "utf-8", skip: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return null;
}

/** The charset a page declares in its first bytes (meta tag, http-equiv, XML prolog), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const meta = /<meta\b[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})/i.exec(head);
  if (meta) return meta[1];
  const xml = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/i.exec(head);
  return xml ? xml[1] : null;
}

/** Charset from a Content-Type header value. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const m = /charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})/i.exec(contentType);
  return m ? m[1] : undefined;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === "utf-8") return new TextDecoder("utf-8").decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}

/**
 * Decodes bytes to a string. `headerCharset` is what a container (HTTP, WARC) said.
 * Throws CharsetError for a declared charset nobody knows when the bytes are not UTF-8 either.
 */
export function decodeBytes(bytes: Uint8Array, headerCharset?: string): Decoded {
  const b = bom(bytes);
  if (b) return { text: decodeWith(bytes.subarray(b.skip), b.charset), charset: b.charset, via: "bom" };
  const header = headerCharset ? normalizeCharsetName(headerCharset) : null;
  const declaredRaw = declaredCharset(bytes);
  const declared = declaredRaw ? normalizeCharsetName(declaredRaw) : null;
  const claim = header ?? declared;
  const via = header ? "header" : "declared";
  if (!hasHighBytes(bytes)) {
    // Pure ASCII reads the same in every ASCII-compatible charset.
    if (claim && (claim.startsWith("utf-16") || claim.startsWith("utf-32"))) {
      if (iconv.encodingExists(claim)) return { text: decodeWith(bytes, claim), charset: claim, via };
    }
    return { text: Buffer.from(bytes).toString("latin1"), charset: "us-ascii", via: "utf8" };
  }
  const utf8 = tryUtf8(bytes);
  if (claim && claim !== "utf-8") {
    if (
      utf8 !== null &&
      (LATIN1_FAMILY.has(claim) || claim === "windows-1252" || !iconv.encodingExists(claim))
    ) {
      return { text: utf8, charset: "utf-8", via: "utf8" };
    }
    if (iconv.encodingExists(claim)) return { text: decodeWith(bytes, claim), charset: claim, via };
    throw new CharsetError(`unknown character encoding "${claim}" and the bytes are not UTF-8`);
  }
  if (utf8 !== null) return { text: utf8, charset: "utf-8", via: claim ? via : "utf8" };
  // Declared (or assumed) UTF-8 that is not: let the bytes decide.
  const sample = bytes.subarray(0, 64 * 1024);
  const guess = chardet.detect(sample);
  const charset = guess ? normalizeCharsetName(guess) : "windows-1252";
  if (iconv.encodingExists(charset) && charset !== "utf-8") {
    return { text: decodeWith(bytes, charset), charset, via: "detected" };
  }
  return { text: decodeWith(bytes, "windows-1252"), charset: "windows-1252", via: "detected" };
}
