// TABARI/PETRARCH actor dictionaries: a primary phrase, "+" synonyms, and codes in brackets on the same
// line or on following indented lines, optionally date-restricted.
import { type DatedCode, parseCodeSpec } from "./dates.js";
import { contentLines, type DictPhrase, parsePhrase } from "./phrase.js";

export interface DictActor {
  /** The primary phrase as written (first line of the block). */
  primary: string;
  phrases: DictPhrase[];
  codes: DatedCode[];
  /** 1-based line of the primary phrase, for messages. */
  line: number;
  source: string;
}

export interface ParseResult<T> {
  entries: T[];
  warnings: string[];
}

const BRACKET_RE = /\[([^\]\n]{0,200})\]/g;

function codesOf(text: string, line: number, source: string, warnings: string[]): DatedCode[] {
  const out: DatedCode[] = [];
  BRACKET_RE.lastIndex = 0;
  for (let m = BRACKET_RE.exec(text); m !== null; m = BRACKET_RE.exec(text)) {
    const c = parseCodeSpec(m[1]);
    if (c) out.push({ ...c, code: c.code.toUpperCase() });
    else warnings.push(`${source}:${line}: cannot read code "[${m[1]}]"`);
  }
  return out;
}

/** Parses an actor dictionary's text; malformed lines become warnings, never exceptions. */
export function parseActorDictionary(text: string, source = "actors"): ParseResult<DictActor> {
  const entries: DictActor[] = [];
  const warnings: string[] = [];
  let current: DictActor | null = null;
  for (const [n, line] of contentLines(text)) {
    const indented = /^\s/.test(line);
    const t = line.trim();
    const bracket = t.indexOf("[");
    const phraseText = bracket >= 0 ? t.slice(0, bracket) : t;
    const codes = bracket >= 0 ? codesOf(t.slice(bracket), n, source, warnings) : [];
    if (indented && t.startsWith("[")) {
      if (current) current.codes.push(...codes);
      else warnings.push(`${source}:${n}: code line before any phrase`);
      continue;
    }
    if (t.startsWith("+")) {
      const p = parsePhrase(phraseText.slice(1));
      if (!current) {
        warnings.push(`${source}:${n}: synonym before any phrase`);
        continue;
      }
      if (p) current.phrases.push(p);
      current.codes.push(...codes);
      continue;
    }
    const p = parsePhrase(phraseText);
    if (!p) {
      warnings.push(`${source}:${n}: no phrase`);
      current = null;
      continue;
    }
    current = { primary: p.raw, phrases: [p], codes, line: n, source };
    entries.push(current);
  }
  return { entries, warnings };
}
