// Reads a PETRARCH-2 (CAMEO.2.0.txt) or PETRARCH-1/TABARI verb dictionary into the coder's lexicon
// form, so users can code with the field's own dictionary: each verb block gives its verbs a default
// code, and each "- * NOUN [code]" / "- * (PREP NOUN) [code]" pattern becomes an object or oblique
// constraint. Patterns the lexicon cannot express (pre-verb words, skips) are dropped, and counted.
import { readFileSync } from "node:fs";
import { type Lexicon, parseLexicon } from "./lexicon.js";

export interface VerbDictionaryStats {
  verbs: number;
  patterns: number;
  dropped: number;
}

const CODE = /\[([0-9A-Z]{2,4}|---)(?::[0-9A-Z-]+)?\]/;

/** Converts verb-dictionary text to lexicon TSV lines (code, kind, head, object, prep). */
export function verbDictionaryToTsv(text: string): { tsv: string; stats: VerbDictionaryStats } {
  const lines: string[] = [];
  const stats: VerbDictionaryStats = { verbs: 0, patterns: 0, dropped: 0 };
  let blockCode: string | null = null;
  let verbs: string[] = [];
  let inBlock = false;
  for (const raw of text.split("\n")) {
    const line = raw
      .replace(/#.*$/, "")
      .replace(/<!--.*?-->/g, "")
      .trimEnd();
    if (line.trim() === "") continue;
    const head = /^---\s+(.*?)\s+\[([^\]]*)\]\s*---/.exec(line);
    if (head) {
      inBlock = true;
      verbs = [];
      const c = head[2].split(":")[0].trim();
      blockCode = /^\d{2,4}$/.test(c) ? c : null;
      continue;
    }
    if (line.startsWith("&") || (line.startsWith("+") && !inBlock)) continue;
    if (!inBlock) continue;
    if (line.startsWith("~")) continue;
    if (line.startsWith("-")) {
      stats.patterns++;
      const m = CODE.exec(line);
      const body = line.slice(1).replace(CODE, "").trim();
      const code = m && /^\d{2,4}$/.test(m[1]) ? m[1] : null;
      const star = body.indexOf("*");
      if (!code || star < 0 || body.slice(0, star).trim() !== "" || verbs.length === 0) {
        stats.dropped++;
        continue;
      }
      const after = body.slice(star + 1).trim();
      const pp = /^\(\s*([A-Z_]+)\s+(?:\{?\s*)?([A-Z_ ]+?)\s*\}?\s*\)$/.exec(after);
      const np = /^\{?\s*([A-Z_ ]+?)\s*\}?$/.exec(after);
      let obj: string | null = null;
      if (pp)
        obj = `${pp[1].toLowerCase()}_${pp[2]
          .trim()
          .split(/[\s_]+/)
          .pop()!
          .toLowerCase()}`;
      else if (np && !after.includes("&") && !after.includes("%"))
        obj = np[1]
          .trim()
          .split(/[\s_]+/)
          .pop()!
          .toLowerCase();
      if (!obj) {
        stats.dropped++;
        continue;
      }
      for (const v of verbs) lines.push(`${code}\tverb\t${v}\t${obj}\t-`);
      continue;
    }
    // a verb line: VERB or VERB_PARTICLE, optional {irregular forms} and [code]
    const w = /^\+?([A-Z][A-Z_']*)/.exec(line.trim());
    if (!w) continue;
    const words = w[1].toLowerCase().split("_").filter(Boolean);
    const own = CODE.exec(line);
    const code = own && /^\d{2,4}$/.test(own[1]) ? own[1] : blockCode;
    const verb = words.join(" ");
    verbs.push(verb);
    stats.verbs++;
    if (code) lines.push(`${code}\tverb\t${verb}\t-\t-`);
  }
  return { tsv: lines.join("\n"), stats };
}

/** Loads a verb dictionary file as a lexicon (frames and shifts come from the built-in lexicon). */
export function loadVerbDictionaryAsLexicon(path: string, base?: Lexicon): Lexicon {
  const { tsv } = verbDictionaryToTsv(readFileSync(path, "utf8"));
  const dict = parseLexicon(tsv, path.split(/[\\/]/).pop());
  if (!base) return dict;
  const byHead = new Map(dict.byHead);
  for (const [h, es] of base.byHead) {
    const keep = es.filter((e) => e.kind === "frame" || e.kind === "light" || e.kind === "noun");
    if (keep.length) byHead.set(h, [...(byHead.get(h) ?? []), ...keep]);
  }
  return { byHead, shifts: base.shifts, size: dict.size };
}
