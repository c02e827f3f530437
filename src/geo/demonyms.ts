// Words for peoples and languages ("Canadian", "English", "Arab"): small towns bear many of them, but in
// news they are adjectives far more often than places. Read from the actors' country table.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../util/shared.js";

/** Adjectives of regions and peoples that no single country's row lists. */
const WIDER = [
  "Arab",
  "Arabs",
  "Baltic",
  "European",
  "African",
  "Asian",
  "Latino",
  "Latina",
  "Hispanic",
  "Roman",
];

let words: Set<string> | null = null;

function load(path = join(repoRoot, "data", "actors", "countries.tsv")): Set<string> {
  const out = new Set(WIDER);
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    for (const w of (line.split("\t")[2] ?? "").split("|")) if (/^[A-Z][a-z]+$/.test(w)) out.add(w);
  }
  return out;
}

/** Whether `word` is a one-word demonym or people's adjective ("Canadian", "Arab"). */
export function isDemonym(word: string): boolean {
  words ??= load();
  return words.has(word);
}
