// TABARI / PETRARCH-1 verb dictionaries (the syntax of PETR.Validate.verbs.txt), also reading the
// PETRARCH-2 form of CAMEO.2.0.txt well enough to code with it: synsets (&NAME / +member), verb blocks
// "--- NAME [code] ---", verb lines with {irregular forms} and their own [code], and patterns
// "- pre-words * post-words [code]". Pattern words joined by "_" must be adjacent; blank-separated
// words may have others between them; $ + % ^ mark actor slots and are skipped when matching.

export interface VerbPattern {
  pre: PatWord[];
  post: PatWord[];
  /** Raw code text: "064", "032:033", "---", "174K". */
  code: string;
  line: number;
  words: number;
  /** Actor-slot markers: "+" before the verb = the subject is the target; "%" before the verb = a compound subject. */
  marks: { preTarget: boolean; postSource: boolean; compound: boolean };
  /** "RECENTLY_*": the last pre word comes right before the verb. */
  preAdjacent?: boolean;
}

export interface PatWord {
  /** Alternatives (a synset expands to several, each possibly multi-word). */
  alts: string[][];
  /** True when this word must directly follow the previous one. */
  adjacent: boolean;
}

export interface VerbEntry {
  /** Upper-case word forms that trigger the verb (the verb word itself, for phrasal entries). */
  forms: string[];
  /** Words that must come right before / after the verb form ("WIRE_+TAP": before = ["WIRE"]). */
  before: string[];
  after: string[];
  code: string;
  patterns: VerbPattern[];
  block: string;
}

export interface VerbDictionary {
  byForm: Map<string, VerbEntry[]>;
  entries: VerbEntry[];
}

function regularForms(w: string): string[] {
  const out = new Set([w]);
  if (/[^AEIOU]Y$/.test(w)) {
    out.add(w.slice(0, -1) + "IES");
    out.add(w.slice(0, -1) + "IED");
  } else if (/(S|X|Z|CH|SH)$/.test(w)) out.add(w + "ES");
  else out.add(w + "S");
  if (w.endsWith("E")) {
    out.add(w + "D");
    out.add(w.slice(0, -1) + "ING");
  } else {
    out.add(w + "ED");
    out.add(w + "ING");
    if (/[^AEIOU][AEIOU][BDGKLMNPRT]$/.test(w) && w.length <= 6) {
      out.add(w + w.at(-1) + "ED");
      out.add(w + w.at(-1) + "ING");
    }
  }
  return [...out];
}

export function parseTabariVerbs(text: string): VerbDictionary {
  const synsets = new Map<string, string[][]>();
  const entries: VerbEntry[] = [];
  const lines = text.split("\n");
  // first pass: synsets (they may be defined after use)
  let cur: string | null = null;
  for (const raw of lines) {
    const line = raw
      .replace(/<!--.*?-->/g, "")
      .replace(/#.*$/, "")
      .trim();
    if (!line) continue;
    const syn = /^&([A-Z0-9_]+)/.exec(line);
    if (syn) {
      cur = syn[1].replace(/_$/, "");
      synsets.set(cur, []);
      continue;
    }
    if (cur && line.startsWith("+"))
      synsets.get(cur)!.push(
        line
          .slice(1)
          .trim()
          .split(/[\s_]+/),
      );
    else cur = null;
  }
  const expand = (name: string, depth = 0): string[][] => {
    const m = synsets.get(name.replace(/_$/, ""));
    if (!m || depth > 4) return [[name]];
    return m.flatMap((alt) =>
      alt.length === 1 && alt[0].startsWith("&") ? expand(alt[0].slice(1), depth + 1) : [alt],
    );
  };
  const patWords = (s: string): PatWord[] => {
    const out: PatWord[] = [];
    const re = /([^\s_]+)|(_)|(\s+)/g;
    let adj = false;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (m[2]) adj = true;
      else if (m[3]) adj = false;
      else if (m[1]) {
        const w = m[1].replace(/[{}()]/g, "");
        if (!w) continue;
        if (w === "$" || w === "+" || w === "%" || w === "^") {
          adj = false;
          continue;
        }
        out.push({ alts: w.startsWith("&") ? expand(w.slice(1)) : [[w]], adjacent: adj && out.length > 0 });
        adj = false;
      }
    }
    return out;
  };
  let block: VerbEntry[] = [];
  let blockCode = "---";
  let blockName = "";
  let inBlock = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]
      .replace(/<!--.*?-->/g, "")
      .replace(/#.*$/, "")
      .trimEnd();
    const t = line.trim();
    if (!t) continue;
    const head = /^---\s*(.*?)\s*((?:\[[^\]]*\]\s*)+)---/.exec(t);
    if (head) {
      inBlock = true;
      blockName = head[1];
      blockCode = /\[([^\]]*)\]/.exec(head[2])![1].trim();
      block = [];
      continue;
    }
    if (t.startsWith("&")) {
      inBlock = false;
      continue;
    }
    if (!inBlock) continue;
    if (t.startsWith("~")) continue;
    if (t.startsWith("-")) {
      const cm = /\[([^\]]*)\]\s*$/.exec(t) ?? /\[([^\]]*)\]/.exec(t);
      if (!cm) continue;
      const body = t.slice(1, cm.index).trim();
      const star = body.indexOf("*");
      if (star < 0) continue;
      const pre = patWords(body.slice(0, star));
      const post = patWords(body.slice(star + 1));
      // "*_OUT": the first post word is adjacent to the verb; "IN_*": the last pre word is
      const postAdj = /^\*_/.test(body.slice(star));
      if (postAdj && post.length) post[0].adjacent = true;
      const preAdj = /_\s*$/.test(body.slice(0, star)) && body.slice(0, star).trim().endsWith("_");
      const pat: VerbPattern = {
        pre,
        post,
        code: cm[1].trim(),
        line: n + 1,
        words: pre.length + post.length,
        marks: {
          preTarget: /(^|\s)\+(\s|_|$)/.test(body.slice(0, star)),
          postSource: /\$/.test(body.slice(star + 1)),
          compound: body.slice(0, star).includes("%"),
        },
      };
      if (preAdj && pre.length) pat.preAdjacent = true;
      for (const e of block) e.patterns.push(pat);
      continue;
    }
    // a verb line: WORD, +WORD (synonym), WORD_+WORD (phrasal: + marks the verb), {forms}, [code]
    const own = /\[([^\]]*)\]/.exec(t);
    const irregular = /\{([^}]*)\}/.exec(t);
    const phrase = t
      .replace(/\{[^}]*\}/g, "")
      .replace(/\[[^\]]*\]/g, "")
      .trim()
      .replace(/^\+/, "");
    if (!/^[A-Z]/.test(phrase)) continue;
    const parts = phrase.split(/\s+/)[0].split("_").filter(Boolean);
    let vi = parts.findIndex((p) => p.startsWith("+"));
    if (vi < 0) vi = 0;
    const verb = parts[vi].replace(/^\+/, "");
    const forms = new Set(regularForms(verb));
    if (irregular) {
      for (const f of irregular[1].split(/\s+/).filter(Boolean)) {
        const ps = f.split("_").filter(Boolean);
        const fv = ps.find((p) => p.startsWith("+")) ?? ps[vi] ?? ps[0];
        forms.add(fv.replace(/^\+/, ""));
      }
    }
    const entry: VerbEntry = {
      forms: [...forms],
      before: parts.slice(0, vi).map((p) => p.replace(/^\+/, "")),
      after: parts.slice(vi + 1).map((p) => p.replace(/^\+/, "")),
      code: own ? own[1].trim() : blockCode,
      patterns: [],
      block: blockName,
    };
    block.push(entry);
    entries.push(entry);
  }
  const byForm = new Map<string, VerbEntry[]>();
  for (const e of entries) {
    for (const f of e.forms) {
      const list = byForm.get(f) ?? [];
      list.push(e);
      byForm.set(f, list);
    }
  }
  for (const e of entries) e.patterns.sort((a, b) => b.words - a.words);
  return { byForm, entries };
}

/** True when `words` (upper-case) contain the pattern words in order, honouring adjacency. */
export function matchSequence(pat: PatWord[], words: string[], anchorAdjacentFirst: boolean): boolean {
  let pos = 0;
  for (let k = 0; k < pat.length; k++) {
    const p = pat[k];
    const mustAt = (k === 0 && anchorAdjacentFirst) || p.adjacent;
    let found = -1;
    for (let i = pos; i < words.length; i++) {
      const hit = p.alts.find((alt) => alt.every((w, j) => wordMatch(w, words[i + j] ?? "")));
      if (hit) {
        found = i + hit.length;
        break;
      }
      if (mustAt) break;
    }
    if (found < 0) return false;
    pos = found;
  }
  return true;
}

/** True when `words` end with the pattern word (any of its alternatives). */
export function endsWithWord(p: PatWord, words: string[]): boolean {
  return p.alts.some((alt) => alt.every((w, j) => wordMatch(w, words[words.length - alt.length + j] ?? "")));
}

function wordMatch(pat: string, w: string): boolean {
  if (pat === w) return true;
  if (w.length > pat.length && w.startsWith(pat) && /^(S|ES|ED|D|ING)$/.test(w.slice(pat.length)))
    return true;
  return false;
}
