// TABARI/PETRARCH discard dictionaries: one phrase per line; "+" drops the whole story, else the sentence.
import type { ParseResult } from "./actors.js";
import { contentLines } from "./phrase.js";

export interface DictDiscard {
  /** Upper-case words of the phrase. */
  words: string[];
  scope: "story" | "sentence";
  line: number;
  source: string;
}

export function parseDiscardDictionary(text: string, source = "discards"): ParseResult<DictDiscard> {
  const entries: DictDiscard[] = [];
  const warnings: string[] = [];
  for (const [n, line] of contentLines(text)) {
    let t = line.trim();
    const story = t.startsWith("+");
    if (story) t = t.slice(1);
    const words = t
      .replace(/_/g, " ")
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.toUpperCase());
    if (words.length === 0) {
      warnings.push(`${source}:${n}: empty discard`);
      continue;
    }
    entries.push({ words, scope: story ? "story" : "sentence", line: n, source });
  }
  return { entries, warnings };
}
