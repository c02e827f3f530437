// TABARI/PETRARCH agent dictionaries: "PHRASE {irregular plurals} [~CODE]" where ~CODE is appended to the
// actor's code and CODE~ put before it; "!NAME! = a, b" defines substitution sets used inside phrases.
import type { ParseResult } from "./actors.js";
import { contentLines, type DictPhrase, parsePhrase } from "./phrase.js";

export interface DictAgent {
  phrase: DictPhrase;
  /** The agent code without the tilde. */
  code: string;
  /** "suffix" for ~CODE (USA + GOV), "prefix" for CODE~ (NGO + ...). */
  position: "suffix" | "prefix";
  /** True for the plural forms generated from (or listed with) the singular. */
  plural: boolean;
  line: number;
  source: string;
}

const MAX_EXPANSIONS = 64;

/** Regular English plural of an upper-case word, as PETRARCH 0.5+ generates them. */
export function pluralOf(word: string): string {
  if (/[^AEIOU]Y$/.test(word)) return word.slice(0, -1) + "IES";
  if (/(S|X|Z|CH|SH)$/.test(word)) return word + "ES";
  return word + "S";
}

function expandSets(phrase: string, sets: Map<string, string[]>): string[] {
  let forms = [phrase];
  for (let guard = 0; guard < 4; guard++) {
    const next: string[] = [];
    let changed = false;
    for (const f of forms) {
      const m = /!([A-Z0-9_]+)!/.exec(f);
      const members = m ? sets.get(m[1]) : undefined;
      if (!m || !members) {
        next.push(f);
        continue;
      }
      changed = true;
      for (const v of members) next.push(f.slice(0, m.index) + v + f.slice(m.index + m[0].length));
    }
    forms = next.slice(0, MAX_EXPANSIONS);
    if (!changed) break;
  }
  return forms;
}

export function parseAgentDictionary(text: string, source = "agents"): ParseResult<DictAgent> {
  const entries: DictAgent[] = [];
  const warnings: string[] = [];
  const sets = new Map<string, string[]>();
  for (const [n, line] of contentLines(text)) {
    const t = line.trim();
    const set = /^!([A-Za-z0-9_]+)!\s*=\s*(.*)$/.exec(t);
    if (set) {
      const members = set[2]
        .split(",")
        .map((s) => s.trim().replace(/\s+/g, "_").toUpperCase())
        .filter(Boolean);
      sets.set(set[1].toUpperCase(), members);
      continue;
    }
    const code = /\[\s*(~?)\s*([A-Za-z0-9]*)\s*(~?)\s*\]/.exec(t);
    if (!code || (!code[1] && !code[3]) || !code[2]) {
      warnings.push(`${source}:${n}: no agent code like [~GOV] or [NGO~]`);
      continue;
    }
    const position = code[1] ? "suffix" : "prefix";
    const head = t.slice(0, code.index);
    const braces = /\{([^}]{0,200})\}/.exec(head);
    const phraseText = (braces ? head.slice(0, braces.index) : head).trim();
    if (!phraseText) {
      warnings.push(`${source}:${n}: no phrase`);
      continue;
    }
    const irregular = braces ? braces[1].trim().split(/\s+/).filter(Boolean) : null;
    for (const form of expandSets(phraseText.toUpperCase(), sets)) {
      const p = parsePhrase(form);
      if (!p) continue;
      const add = (ph: DictPhrase, plural: boolean) =>
        entries.push({ phrase: ph, code: code[2].toUpperCase(), position, plural, line: n, source });
      add(p, false);
      const plurals = irregular ?? [pluralForm(form)];
      for (const pl of plurals) {
        for (const f of expandSets(pl.toUpperCase(), sets)) {
          const pp = parsePhrase(f);
          if (pp) add(pp, true);
        }
      }
    }
  }
  return { entries, warnings };
}

/** Pluralises the last word of a phrase, keeping the trailing "_" that marks an exact word. */
function pluralForm(phrase: string): string {
  const m = /^(.*?)([A-Z0-9'.-]+)(_?)$/.exec(phrase);
  if (!m) return phrase;
  return m[1] + pluralOf(m[2]) + m[3];
}
