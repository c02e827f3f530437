// Loading users' TABARI/PETRARCH dictionaries (actors, agents, discards) from files.
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { type DictActor, type ParseResult, parseActorDictionary } from "./actors.js";
import { type DictAgent, parseAgentDictionary } from "./agents.js";
import { type DictDiscard, parseDiscardDictionary } from "./discards.js";

export { type DictActor, type ParseResult, parseActorDictionary } from "./actors.js";
export { type DictAgent, parseAgentDictionary, pluralOf } from "./agents.js";
export type { DatedCode } from "./dates.js";
export { codeAt, parseCodeSpec, parseDictDate } from "./dates.js";
export { type DictDiscard, parseDiscardDictionary } from "./discards.js";
export type { DictPhrase, DictWord } from "./phrase.js";
export { parsePhrase } from "./phrase.js";

export type DictionaryKind = "actors" | "agents" | "discards" | "verbs";

export interface UserDictionaries {
  actors: DictActor[];
  agents: DictAgent[];
  discards: DictDiscard[];
  warnings: string[];
}

/** Dictionaries larger than this are refused rather than read into memory (Phoenix actors: ~1.5 MB). */
export const MAX_DICTIONARY_BYTES = 64 * 1024 * 1024;

export class DictionaryError extends Error {}

/** Decides a file's kind from its name (*.actors.txt, *.agents.txt ...) or, failing that, its content. */
export function dictionaryKind(path: string, text: string): DictionaryKind {
  const name = basename(path).toLowerCase();
  for (const k of ["actors", "agents", "discards", "verbs"] as const) {
    if (name.includes(k) || name.includes(k.slice(0, -1))) return k;
  }
  if (/^\s*---.*\[\d{2,4}\].*---/m.test(text)) return "verbs";
  if (/\[\s*~|~\s*\]/.test(text)) return "agents";
  if (/\[[A-Za-z0-9-]+/.test(text)) return "actors";
  return "discards";
}

export function parseDictionary(
  text: string,
  kind: Exclude<DictionaryKind, "verbs">,
  source: string,
): ParseResult<DictActor> | ParseResult<DictAgent> | ParseResult<DictDiscard> {
  if (kind === "actors") return parseActorDictionary(text, source);
  if (kind === "agents") return parseAgentDictionary(text, source);
  return parseDiscardDictionary(text, source);
}

/**
 * Reads dictionary files into one set, in the order given (later files override earlier ones where
 * phrases collide). Verb dictionaries are skipped with a warning: the event coder reads those.
 * Throws DictionaryError with one clear line when a file cannot be read.
 */
export function loadDictionaries(paths: readonly string[]): UserDictionaries {
  const out: UserDictionaries = { actors: [], agents: [], discards: [], warnings: [] };
  for (const path of paths) {
    let text: string;
    try {
      const size = statSync(path).size;
      if (size > MAX_DICTIONARY_BYTES) throw new DictionaryError(`${path}: larger than 64 MB`);
      text = readFileSync(path, "utf8");
    } catch (err) {
      if (err instanceof DictionaryError) throw err;
      throw new DictionaryError(`cannot read dictionary ${path}: ${(err as Error).message}`);
    }
    const kind = dictionaryKind(path, text);
    if (kind === "verbs") {
      out.warnings.push(`${path}: a verb dictionary; the actor resolver does not use it`);
      continue;
    }
    const source = basename(path);
    if (kind === "actors") {
      const r = parseActorDictionary(text, source);
      out.actors.push(...r.entries);
      out.warnings.push(...r.warnings);
    } else if (kind === "agents") {
      const r = parseAgentDictionary(text, source);
      out.agents.push(...r.entries);
      out.warnings.push(...r.warnings);
    } else {
      const r = parseDiscardDictionary(text, source);
      out.discards.push(...r.entries);
      out.warnings.push(...r.warnings);
    }
  }
  return out;
}
