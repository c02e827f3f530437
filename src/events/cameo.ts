// Lookups over the CAMEO code table and the CAMEO->PLOVER mapping (data/cameo/*.tsv). Loaded once,
// lazily, and frozen: every caller (coder, exports, API) sees the same immutable tables.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../util/shared.js";

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  /** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: 1 | 2 | 3 | 4;
}

export interface PloverType {
  type: string;
  mode: string | null;
  context: string | null;
}

interface Tables {
  cameo: ReadonlyMap<string, CameoCode>;
  plover: ReadonlyMap<string, PloverType>;
}

let tables: Tables | null = null;

function rows(file: string): string[][] {
  const text = readFileSync(join(repoRoot, "data", "cameo", file), "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .slice(1)
    .map((l) => l.split("\t"));
}

function load(): Tables {
  if (tables) return tables;
  const cameo = new Map<string, CameoCode>();
  for (const [code, name, g, q] of rows("cameo.tsv")) {
    cameo.set(code, Object.freeze({ code, name, goldstein: Number(g), quad: Number(q) as 1 | 2 | 3 | 4 }));
  }
  const plover = new Map<string, PloverType>();
  for (const [code, type, mode, context] of rows("plover.tsv")) {
    plover.set(code, Object.freeze({ type, mode: mode || null, context: context || null }));
  }
  tables = { cameo, plover };
  return tables;
}

/** The two-digit root of a CAMEO code ("0314" -> "03"); codes are zero-padded strings. */
export function rootOf(code: string): string {
  return code.slice(0, 2);
}

/** True for codes in the CAMEO table (2-4 digits). */
export function isCameoCode(code: string): boolean {
  return load().cameo.has(code);
}

/**
 * The table entry for a code, falling back to its 3-digit parent and then its root, so that
 * non-standard codes (dictionary test codes, "174K") still get a name, score and QuadClass.
 * Null only when not even the root is a CAMEO root.
 */
export function cameoInfo(code: string): CameoCode | null {
  const t = load().cameo;
  return t.get(code) ?? t.get(code.slice(0, 3)) ?? t.get(rootOf(code)) ?? null;
}

export function cameoName(code: string): string | null {
  return cameoInfo(code)?.name ?? null;
}

export function goldstein(code: string): number | null {
  return cameoInfo(code)?.goldstein ?? null;
}

export function quadClass(code: string): 1 | 2 | 3 | 4 | null {
  return cameoInfo(code)?.quad ?? null;
}

/** PLOVER type/mode/context for a CAMEO code (most specific mapped ancestor); null for roots 01 and 02. */
export function ploverOf(code: string): PloverType | null {
  const t = load().plover;
  return t.get(code) ?? t.get(code.slice(0, 3)) ?? t.get(rootOf(code)) ?? null;
}

/** Every CAMEO code in table order. */
export function allCameoCodes(): CameoCode[] {
  return [...load().cameo.values()];
}

/** The 20 root codes, "01".."20". */
export const CAMEO_ROOTS: readonly string[] = Object.freeze(
  Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0")),
);
