// Company names mined from unlabelled wire copy: the capitalised words before a legal form ("Cetus"
// in "Cetus Corp", "McDonnell Douglas" in "McDonnell Douglas Corp"). Wire stories name a company in
// full once and then without the legal form, which web-text training data rarely shows, so the
// decoder (ner-rules.ts) reads a later bare mention of such a name as ORG. Names that the news
// lexicon says are mostly people or places, or that the gazetteer lists as such, are left out.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readText } from "../../util/shared.js";
import { normWord } from "../features.js";
import type { Gazetteer, NerLexicon } from "../ner.js";
import { LEGAL_FORMS } from "../ner-rules.js";
import { segment } from "../tokenize.js";

const NOT_NAME = new Set([
  "The",
  "A",
  "An",
  "This",
  "That",
  "It",
  "Its",
  "In",
  "On",
  "At",
  "Of",
  "And",
  "For",
  "By",
]);

const JOINERS = new Set(["and", "of", "de", "du", "von", "van", "for"]);

/** Is the run starting at `st` the tail of a longer name ("Moody's Investors Service", "Bank of Boston")? */
function partOfLonger(w: string[], st: number): boolean {
  if (st === 0) return false;
  const p = w[st - 1];
  if (p === "'s" || p === "’s") return true;
  return JOINERS.has(p) && st > 1 && /^[A-Z]/.test(w[st - 2]);
}

/** Earnings-table headings that precede a company name on the same line ("Nine Months Biomet Inc"). */
const NOT_NAME_START = /^(First|Second|Third|Fourth|Nine|Six|Year|Qtr|Quarter|Shr|Net)\b/;

function isNameWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90 && !NOT_NAME.has(w) && !LEGAL_FORMS.has(w);
}

/**
 * Ids of the stories the team annotated as newswire NER test sets (eval/data/entities.jsonl, every
 * id in the file whatever its split: set 1 "test" and set 2 "test2"), so no name is mined from a test
 * story. Empty when the file is absent.
 */
export function heldOutIds(file = "eval/data/entities.jsonl"): Set<string> {
  if (!existsSync(file)) return new Set();
  const ids = new Set<string>();
  for (const m of readFileSync(file, "utf8").matchAll(/"doc"\s*:\s*"([^"]+)"/g)) ids.add(m[1]);
  return ids;
}

/** Reuters-21578 story texts, without the stories whose ids are in `exclude` (a held-out test set). */
export function* wireTexts(newsDir: string, exclude: ReadonlySet<string>): Generator<string> {
  const f = join(newsDir, "reuters21578.jsonl.gz");
  if (!existsSync(f)) return;
  for (const line of readText(f).split("\n")) {
    if (!line) continue;
    const a = JSON.parse(line) as { id: string; text: string };
    if (!exclude.has(a.id)) yield a.text;
  }
}

/** How often each name (the capitalised run before a legal form) occurs. */
export function countCompanyNames(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const s of segment(text)) {
      const w = s.tokens.map((t) => t.text);
      for (let i = 1; i < w.length; i++) {
        if (!LEGAL_FORMS.has(w[i])) continue;
        // "Merrill Lynch and Co Inc", "Salomon Brothers & Co": the name ends before "and Co"
        const end = /^Co\.?$/.test(w[i]) && (w[i - 1] === "and" || w[i - 1] === "&") ? i - 1 : i;
        let st = end;
        while (st > 0) {
          if (isNameWord(w[st - 1])) st--;
          else if ((w[st - 1] === "&" || w[st - 1] === "-") && st > 1 && isNameWord(w[st - 2])) st -= 2;
          else break;
        }
        if (st === end || end - st > 5 || partOfLonger(w, st)) continue;
        // one surname before "and Co" is as often the man as his firm ("Boesky", "Gabelli"), and the
        // word after a partner's comma ("Kidder , Peabody and Co") no company of its own
        if (end < i && end - st === 1) continue;
        const name = w.slice(st, end).join(" ");
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * Names seen at least `min` times; a one-word name only when the news nearly always capitalises it,
 * the first NER model did not mostly tag it as a person or place ("Ford", "Texas") and the
 * gazetteer does not list it.
 */
export function selectCompanyNames(
  counts: Map<string, number>,
  lexicon: NerLexicon | null,
  gazetteer: Gazetteer | null,
  min = 3,
): string[] {
  const out: string[] = [];
  for (const [name, c] of counts) {
    if (c < min || NOT_NAME_START.test(name)) continue;
    const key = name.split(" ").map(normWord).join(" ");
    // the gazetteer's places and people are no companies; its organisations are kept, since the rule
    // that reads a bare company name as ORG is what overrides a model that took it for a place
    const listed = gazetteer?.get(key);
    if (
      (listed && listed !== "ORG") ||
      lexicon?.spans.get(key) === "LOC" ||
      lexicon?.spans.get(key) === "PER"
    )
      continue;
    if (!name.includes(" ")) {
      // adjectives that also open company names ("Islamic", "Atlantic", "Canadian", "British")
      if (/(ic|ian|ish)$/.test(name)) continue;
      const e = lexicon?.words.get(key);
      const news = e?.news ?? 0;
      // a word also written in lower case ("Chemical", "Bank") names no company on its own
      if (lexicon && e?.casing !== 8 && e?.casing !== 18) continue;
      // news codes 8-9 and 16-17: the first model tagged the word as a person or a place in 30 % or more of its uses
      if (news === 8 || news === 9 || news === 16 || news === 17) continue;
    }
    out.push(name);
  }
  return out.sort();
}
