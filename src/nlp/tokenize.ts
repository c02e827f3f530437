// Tokenizer and sentence splitter for news English, in the style of the UD English treebanks
// (clitics split as "do|n't", hyphenated words split except after common prefixes), so the trained
// models see at run time the tokens they were trained on. Every token is a substring of the input:
// [start, end) are UTF-16 offsets. The scanners are single passes with bounded look-ahead, so any
// input (no spaces, control characters, emoji, a megabyte on one line) costs linear time.

export interface RawToken {
  start: number;
  end: number;
  text: string;
}

export interface RawSentence {
  start: number;
  end: number;
  tokens: RawToken[];
}

/** Abbreviations that keep their period (lower-cased, without the period). */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen sens rep reps gov govs pres rev fr sr jr st mt ft " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
    "inc corp co ltd llc bros dept univ assn est approx vs etc no nos vol fig op al ave blvd rd hon atty " +
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa " +
    "tenn tex va vt wash wis wyo"
  ).split(" "),
);

/** Abbreviations that are almost always followed by a name, so a capital after them never starts a sentence. */
const TITLES = new Set(
  "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen sens rep reps gov govs pres rev fr st mt hon atty no nos".split(
    " ",
  ),
);

/** Words that, capitalised after an abbreviation such as "U.S.", are much more likely to open a new sentence. */
const SENTENCE_STARTERS = new Set(
  (
    "the a an he she it they we i you his her its their our this that these those there but and or so yet " +
    "in on at as if when while after before since although though however meanwhile still then now also " +
    "what who why how where which some many most no not one two all both each mr mrs ms dr"
  ).split(" "),
);

/** Prefixes EWT keeps attached to the word after a hyphen (co-workers, pre-owned, e-mail). */
const HYPHEN_PREFIXES = new Set(
  "e co pre post non re semi pro anti ex multi self mid sub inter intra counter over under vice mini".split(
    " ",
  ),
);

const CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "s'"];

enum Kind {
  Space,
  Alnum,
  Punct,
}

function isLetter(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(s[i]);
}
const LETTER = /[\p{L}\p{M}\p{N}]/u;

function charKind(s: string, i: number): Kind {
  const c = s.charCodeAt(i);
  if (c <= 32 || c === 127 || (c >= 0x80 && c <= 0x9f) || c === 0xa0 || c === 0x2028 || c === 0x2029)
    return Kind.Space;
  if (c >= 0x2000 && c <= 0x200b) return Kind.Space;
  if (c === 0xfeff || c === 0x3000) return Kind.Space;
  if (c < 128) {
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return Kind.Alnum;
    return Kind.Punct;
  }
  if (c >= 0xd800 && c <= 0xdfff) return Kind.Punct;
  return LETTER.test(s[i]) ? Kind.Alnum : Kind.Punct;
}

function isAlnumAt(s: string, i: number, end: number): boolean {
  return i >= 0 && i < end && charKind(s, i) === Kind.Alnum;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters that may join two alphanumeric runs into one token (3.5, 1,000, U.S, AT&T, e-mail, 10:30). */
function joins(s: string, i: number, end: number): boolean {
  const c = s.charCodeAt(i);
  if (!isAlnumAt(s, i - 1, end) || !isAlnumAt(s, i + 1, end)) return false;
  switch (c) {
    case 46: // .
    case 38: // &
    case 95: // _
    case 64: // @
      return true;
    case 44: // , only between digits
    case 58: // : only between digits
      return isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1));
    case 47: // / only between digits (dates, fractions)
      return isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1));
    case 39: // ' inside a word (O'Brien) but not a clitic
    case 0x2019:
      return !isClitic(s, i, end);
    case 45: // -
      return hyphenJoins(s, i, end);
    default:
      return false;
  }
}

function isClitic(s: string, i: number, end: number): boolean {
  // i is an apostrophe between letters: a clitic when what follows is s/re/ve/ll/d/m then a word end
  let j = i + 1;
  while (j < end && j - i <= 3 && isLetter(s.charCodeAt(j), s, j)) j++;
  if (j < end && charKind(s, j) === Kind.Alnum) return false;
  const tail = s.slice(i + 1, j).toLowerCase();
  if (tail === "s" || tail === "re" || tail === "ve" || tail === "ll" || tail === "d" || tail === "m")
    return true;
  if (tail === "t" && (s.charCodeAt(i - 1) | 32) === 110) return true; // n't
  return false;
}

function hyphenJoins(s: string, i: number, end: number): boolean {
  // numbers and codes (713-853-3989, 2-1) stay whole; so do words after a known prefix
  if (isDigit(s.charCodeAt(i - 1)) || isDigit(s.charCodeAt(i + 1))) return true;
  let j = i - 1;
  while (j >= 0 && i - j <= 8 && isAlnumAt(s, j, end)) j--;
  const prefix = s.slice(j + 1, i).toLowerCase();
  return HYPHEN_PREFIXES.has(prefix) && (j < 0 || charKind(s, j) !== Kind.Alnum);
}

function push(out: RawToken[], s: string, start: number, end: number): void {
  if (end > start) out.push({ start, end, text: s.slice(start, end) });
}

function isUrlStart(s: string, i: number, end: number): boolean {
  const c = s.charCodeAt(i) | 32;
  if (c === 104) return /^https?:\/\//i.test(s.slice(i, Math.min(end, i + 8)));
  if (c === 119) return /^www\.[a-z0-9]/i.test(s.slice(i, Math.min(end, i + 5)));
  return false;
}

const TRAILING_URL_PUNCT = new Set([".", ",", ";", ":", "!", "?", ")", "]", "'", '"', "\u201d", "\u2019"]);

/** Splits a word run [start, end) (no spaces, no punctuation except joiners) into clitic-aware tokens. */
function splitWord(s: string, start: number, end: number, out: RawToken[]): void {
  // most words have no apostrophe (every clitic has one) and are not a fused form: nothing to split
  if (end - start !== 5 && end - start !== 6) {
    let apostrophe = false;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === 39 || c === 0x2019) {
        apostrophe = true;
        break;
      }
    }
    if (!apostrophe) {
      push(out, s, start, end);
      return;
    }
  }
  const lower = s
    .slice(start, end)
    .toLowerCase()
    .replace(/\u2019/g, "'");
  // EWT splits these fused forms into two words
  if (lower === "cannot") {
    push(out, s, start, start + 3);
    push(out, s, start + 3, end);
    return;
  }
  if (lower === "gonna" || lower === "wanna" || lower === "gotta") {
    push(out, s, start, start + 3);
    push(out, s, start + 3, end);
    return;
  }
  for (const cl of CLITICS) {
    if (lower.length > cl.length && lower.endsWith(cl)) {
      if (cl === "s'") {
        // plural possessive: "parents'" is split as parents + '
        push(out, s, start, end - 1);
        push(out, s, end - 1, end);
        return;
      }
      push(out, s, start, end - cl.length);
      push(out, s, end - cl.length, end);
      return;
    }
  }
  push(out, s, start, end);
}

/** Tokenizes `text` (or its slice [from, to)) into tokens with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  const s = text;
  let i = from;
  while (i < to) {
    const k = charKind(s, i);
    if (k === Kind.Space) {
      i++;
      continue;
    }
    if (k === Kind.Alnum) {
      if (isUrlStart(s, i, to)) {
        let j = i;
        while (j < to && charKind(s, j) !== Kind.Space) j++;
        while (j > i + 1 && TRAILING_URL_PUNCT.has(s[j - 1])) j--;
        push(out, s, i, j);
        i = j;
        continue;
      }
      let j = i + 1;
      for (;;) {
        while (j < to && charKind(s, j) === Kind.Alnum) j++;
        if (j < to && joins(s, j, to)) {
          j++;
          continue;
        }
        // an apostrophe starting a clitic belongs to the word run; splitWord cuts it off
        if (j < to && (s.charCodeAt(j) === 39 || s.charCodeAt(j) === 0x2019) && isAlnumAt(s, j + 1, to)) {
          j++;
          continue;
        }
        break;
      }
      // keep the period of abbreviations and initials (U.S., Gen., J.)
      if (j < to && s.charCodeAt(j) === 46 && keepsPeriod(s, i, j)) j++;
      // plural possessive apostrophe (the parents' house)
      if (
        j < to &&
        (s.charCodeAt(j) === 39 || s.charCodeAt(j) === 0x2019) &&
        (s.charCodeAt(j - 1) | 32) === 115 &&
        !isAlnumAt(s, j + 1, to) &&
        j - i > 1
      ) {
        splitWord(s, i, j, out);
        push(out, s, j, j + 1);
        i = j + 1;
        continue;
      }
      splitWord(s, i, j, out);
      i = j;
      continue;
    }
    // punctuation: runs of the same mark are one token (--, ..., !!!), "..." and "…" stay whole
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        push(out, s, i, i + 2);
        i += 2;
        continue;
      }
    }
    let j = i + 1;
    if (c === 45 || c === 46 || c === 33 || c === 63 || c === 42 || c === 61 || c === 95) {
      while (j < to && s.charCodeAt(j) === c && j - i < 64) j++;
    }
    // mixed ?! runs
    if (c === 33 || c === 63) {
      while (j < to && (s.charCodeAt(j) === 33 || s.charCodeAt(j) === 63) && j - i < 64) j++;
    }
    push(out, s, i, j);
    i = j;
  }
  return out;
}

function keepsPeriod(s: string, start: number, dot: number): boolean {
  const word = s.slice(start, dot);
  if (word.length > 12) return false;
  // initials and single letters: J. R. Smith
  if (word.length === 1 && isLetter(word.charCodeAt(0), word, 0) && !isDigit(word.charCodeAt(0))) return true;
  // dotted abbreviations: U.S, e.g, a.m
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  // a dotted state abbreviation ending in a listed one: W.Va
  const dotted = /^(?:\p{L}\.)+(\p{L}+)$/u.exec(word);
  if (dotted && ABBREVIATIONS.has(dotted[1].toLowerCase())) return true;
  // "No. 10", "Nos. 3 and 4" before a number; "she said no." ends a sentence
  const lower = word.toLowerCase();
  if (lower === "no" || lower === "nos") return /^\s*[\d#]/.test(s.slice(dot + 1, dot + 4));
  return ABBREVIATIONS.has(lower);
}

const CLOSERS = new Set(['"', "'", "\u201d", "\u2019", ")", "]", "}", "\u00bb"]);
const ENDERS = /^(?:[.!?]+|\u2026|[!?][!?.]*)$/;

function startsUpperOrDigit(t: string): boolean {
  const c = t.charCodeAt(0);
  if (isDigit(c)) return true;
  const ch = t[0];
  return ch !== ch.toLowerCase() || !/\p{Ll}/u.test(ch);
}

function startsLower(t: string): boolean {
  return /^\p{Ll}/u.test(t);
}

/** True when the text between two tokens contains a line break (and, for `blank`, an empty line). */
function gapHasBreak(text: string, a: number, b: number, blank: boolean): boolean {
  let nl = 0;
  for (let i = a; i < b; i++) {
    if (text.charCodeAt(i) === 10) {
      nl++;
      if (!blank || nl >= 2) return true;
    }
  }
  return false;
}

const DASHES = new Set(["-", "--", "\u2014", "\u2013"]);

/**
 * Length in tokens of a dateline ("MINGORA, Pakistan (Reuters) -", "SALVADOR, Feb 26 -") at `i`,
 * or 0. Datelines become their own sentence so the parser does not hang the story on them.
 */
function datelineLength(tokens: RawToken[], i: number): number {
  const first = tokens[i]?.text;
  if (!first || !/^\p{Lu}[\p{Lu}.'-]+$/u.test(first)) return 0;
  for (let j = i + 1; j < tokens.length && j - i <= 12; j++) {
    const t = tokens[j].text;
    if (DASHES.has(t)) return j > i ? j - i + 1 : 0;
    if (t === "," || t === "(" || t === ")" || /^[\p{Lu}\d][\p{L}\d.'&-]*$/u.test(t)) continue;
    return 0;
  }
  return 0;
}

/**
 * Groups tokens into sentences: at . ! ? … (plus closing quotes and brackets), at blank lines,
 * at line breaks that are not mid-sentence, and after a dateline.
 */
export function splitSentences(text: string, tokens: RawToken[]): RawSentence[] {
  const out: RawSentence[] = [];
  let begin = 0;
  const close = (endExclusive: number) => {
    if (endExclusive > begin) {
      const toks = tokens.slice(begin, endExclusive);
      out.push({ start: toks[0].start, end: toks[toks.length - 1].end, tokens: toks });
    }
    begin = endExclusive;
  };
  let atParagraphStart = true;
  for (let i = 0; i < tokens.length; i++) {
    if (atParagraphStart) {
      atParagraphStart = false;
      const d = datelineLength(tokens, i);
      if (d > 0 && i + d < tokens.length) {
        i += d - 1;
        close(i + 1);
        continue;
      }
    }
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    if (gapHasBreak(text, t.end, next.start, false)) {
      const blank = gapHasBreak(text, t.end, next.start, true);
      const midSentence = !blank && (t.text === "," || startsLower(t.text)) && startsLower(next.text);
      if (!midSentence) {
        close(i + 1);
        atParagraphStart = true;
        continue;
      }
    }
    let boundary = false;
    if (ENDERS.test(t.text)) {
      boundary = !startsLower(next.text);
    } else if (t.text.endsWith(".") && t.text.length > 1) {
      // abbreviation or initial that kept its period
      const bare = t.text.slice(0, -1).toLowerCase();
      if (!TITLES.has(bare) && bare.length > 1 && startsUpperOrDigit(next.text)) {
        boundary = SENTENCE_STARTERS.has(next.text.toLowerCase());
      }
    }
    if (!boundary) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
    if (j >= tokens.length) break;
    // '"Is it over?" asked the mayor': a lower-case word after the closing quote goes on the sentence
    if (
      j > i + 1 &&
      startsLower(tokens[j].text) &&
      !gapHasBreak(text, tokens[j - 1].end, tokens[j].start, false)
    )
      continue;
    close(j);
    i = j - 1;
  }
  close(tokens.length);
  return out;
}

/** Tokenizes and splits `text` into sentences in one call. */
export function segment(text: string): RawSentence[] {
  return splitSentences(text, tokenize(text));
}
