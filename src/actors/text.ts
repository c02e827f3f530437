// Tokens and normalised keys for phrase matching. The resolver tokenises the body itself so that its
// matching does not depend on which tokenizer or model version filled doc.sentences; the NLP layer is
// used for sentence numbers and part-of-speech hints only.

export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Normalised form used as the matching key (lower case, no diacritics, straight apostrophes). */
  key: string;
  /** First character is an upper-case letter (or a digit in an upper-case acronym). */
  cap: boolean;
}

/** Abbreviations that keep their final period as part of the word ("Sen.", "Gen.", "Jr."). */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "sen",
  "sens",
  "rep",
  "reps",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "adm",
  "brig",
  "sgt",
  "gov",
  "govs",
  "pres",
  "jr",
  "sr",
  "st",
  "prof",
  "rev",
  "no",
  "inc",
  "co",
  "corp",
  "ltd",
  "vs",
]);

// Linear: each alternative consumes at least one character and none can backtrack across another.
// 1) dotted initialisms (U.S., E.U., D.C.), 2) words with inner hyphens/apostrophes/dots/ampersands,
// 3) any other single non-space character.
const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’.&+][\p{L}\p{N}]+)*\+?|\S/gu;

const POSSESSIVE_RE = /^(.+?)(['’][sS]?)$/u;

const ASCII_WORD_RE = /^[A-Za-z0-9.&+-]*$/;

/** Lower-cases, strips diacritics and unifies apostrophes so "Élysée" matches "Elysee". */
export function normalise(s: string): string {
  if (ASCII_WORD_RE.test(s)) return s.toLowerCase();
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .toLowerCase();
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Splits text into word tokens with offsets; possessive endings ('s, ’) become their own token. */
export function tokenize(text: string, offset = 0, limit = 200_000): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    if (out.length >= limit) break;
    let word = m[0];
    let start = m.index;
    // "Gen." and "Jr.": the period belongs to the word.
    if (
      /^\p{L}+$/u.test(word) &&
      text[start + word.length] === "." &&
      ABBREVIATIONS.has(word.toLowerCase())
    ) {
      word += ".";
      TOKEN_RE.lastIndex = start + word.length;
    } else if (
      /^\p{Lu}$/u.test(word) &&
      text[start + 1] === "." &&
      /^ \p{Lu}/u.test(text.slice(start + 2, start + 4))
    ) {
      // "George W. Romney", "Ana M. Ruiz": a middle initial keeps its period, so the name runs on
      word += ".";
      TOKEN_RE.lastIndex = start + word.length;
    }
    const poss = word.length > 2 ? POSSESSIVE_RE.exec(word) : null;
    if (poss && /\p{L}/u.test(poss[1]) && (poss[2].length === 2 || /s$/i.test(poss[1]))) {
      push(out, poss[1], start + offset);
      start += poss[1].length;
      word = poss[2];
    }
    push(out, word, start + offset);
  }
  return out;
}

function push(out: Tok[], text: string, start: number): void {
  out.push({ start, end: start + text.length, text, key: normalise(text), cap: isUpper(text[0] ?? "") });
}

/** Keys of a phrase as the tokenizer would produce them ("the Kremlin's" -> ["the", "kremlin", "'s"]). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

export interface SentenceSpan {
  start: number;
  end: number;
}

const SENT_END_RE = /[.!?]+["”’')\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*[\p{Lu}"“])/gu;

/**
 * Sentence spans when the analyse stage has not supplied any: breaks after end punctuation followed by
 * a capital, and at paragraph breaks, except after a known abbreviation or a single initial.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  SENT_END_RE.lastIndex = 0;
  for (let m = SENT_END_RE.exec(text); m !== null; m = SENT_END_RE.exec(text)) {
    const cut = m.index + m[0].length;
    if (m[0].startsWith(".")) {
      const before = /(\p{L}+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
      if (before && (ABBREVIATIONS.has(before[1].toLowerCase()) || before[1].length === 1)) continue;
    }
    if (text.slice(start, cut).trim()) spans.push(trimSpan(text, start, cut));
    start = cut;
  }
  if (text.slice(start).trim()) spans.push(trimSpan(text, start, text.length));
  return spans;
}

function trimSpan(text: string, start: number, end: number): SentenceSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** A stable slug for ids: "Nicolás Maduro" -> "nicolas-maduro". */
export function slug(s: string): string {
  return normalise(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

// the news agencies whose credit opens a story in parentheses ("(CNN) ...", "LONDON (Reuters) -")
export const NEWS_AGENCY = /^(cnn|reuters|ap|afp|upi|xinhua|bloomberg|dpa|tass|efe|ansa|cnsnews\.com)$/i;

/**
 * Where an agency's credit at the top of a story ends ("(CNN) ...", "Washington (CNN) ..."): what comes
 * before it is a dateline, which names no actor. 0 when the story opens otherwise.
 */
export function topCreditEnd(body: string): number {
  const m = /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,3}\s*)?\(([\w.]+)\)/u.exec(
    body.slice(0, 80),
  );
  return m && NEWS_AGENCY.test(m[1]) ? m[0].length : 0;
}
