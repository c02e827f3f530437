// Fallback sentences and tokens for when the analyser has not run (e.g. `dyad code` on a bare
// sentence): rule-based, linear, good enough for wire-style English.
import type { Sentence, Token } from "../model/index.js";

const ABBREV = new Set(
  "mr mrs ms dr prof gen col lt sgt capt maj sen rep gov pres st jr sr inc corp co ltd vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u no".split(
    " ",
  ),
);

// words, numbers (with inner . , : /), contractions, abbreviations with dots, or single symbols
const TOKEN = /(?:[\p{L}\p{N}]+(?:[.'’\-/&][\p{L}\p{N}]+)*\.?|n't|'s|’s|[^\s\p{L}\p{N}])/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    let start = (m.index ?? 0) + offset;
    // split a trailing period unless it is an abbreviation ("U.S.", "Mr.")
    if (t.length > 1 && t.endsWith(".")) {
      const bare = t.slice(0, -1).toLowerCase();
      if (!(ABBREV.has(bare) || /^(\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(t.slice(0, -1)))) {
        out.push({ id: out.length + 1, start, end: start + t.length - 1, text: t.slice(0, -1) });
        start += t.length - 1;
        t = ".";
      }
    }
    // "China's" -> "China" "'s"; "don't" -> "do" "n't"
    const poss = /^(.+?)(['’]s|n't)$/iu.exec(t);
    if (poss && t.length > 2) {
      out.push({ id: out.length + 1, start, end: start + poss[1].length, text: poss[1] });
      out.push({ id: out.length + 1, start: start + poss[1].length, end: start + t.length, text: poss[2] });
      continue;
    }
    out.push({ id: out.length + 1, start, end: start + t.length, text: t });
  }
  return out;
}

/** Splits `body` into sentences at . ! ? (not after abbreviations) and at blank lines. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const paras = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const p of body.matchAll(paras)) {
    const pStart = p.index ?? 0;
    const tokens = tokenize(p[0], pStart);
    let cur: Token[] = [];
    const flush = () => {
      if (cur.length === 0) return;
      out.push({
        start: cur[0].start,
        end: cur[cur.length - 1].end,
        tokens: cur.map((t, i) => ({ ...t, id: i + 1 })),
      });
      cur = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      cur.push(t);
      if (t.text === "." || t.text === "!" || t.text === "?") {
        // keep closing quotes/brackets with the sentence
        while (i + 1 < tokens.length && /^["'”’)\]]$/.test(tokens[i + 1].text)) cur.push(tokens[++i]);
        const next = tokens[i + 1];
        if (!next || /^[\p{Lu}"“‘(\d]/u.test(next.text)) flush();
      }
    }
    flush();
  }
  return out;
}
