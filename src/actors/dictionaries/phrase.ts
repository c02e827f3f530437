// Phrases as TABARI/PETRARCH dictionaries write them: words joined by "_" (adjacent) or a blank (other
// words may intervene, agents only); a final word without "_" is a stem ("ARGENTIN" matches "Argentina").

export interface DictWord {
  /** Upper-case as written, without the joining "_". */
  text: string;
  /** True for a final word written without a trailing "_": it matches any word it begins. */
  stem: boolean;
  /** True when other words may come between this word and the previous one (joined by a blank). */
  gapBefore: boolean;
}

export interface DictPhrase {
  raw: string;
  words: DictWord[];
}

/** Parses "PRESIDENT_GEORGE_W._BUSH" or "HAMAS WING"; null when nothing word-like is left. */
export function parsePhrase(raw: string): DictPhrase | null {
  const s = raw.trim();
  if (!s) return null;
  const words: DictWord[] = [];
  const re = /([^_\s]+)|(_)|(\s+)/g;
  let gap = false;
  let lastWasUnderscore = false;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[1] !== undefined) {
      words.push({ text: m[1].toUpperCase(), stem: false, gapBefore: words.length > 0 && gap });
      gap = false;
      lastWasUnderscore = false;
    } else if (m[2] !== undefined) {
      lastWasUnderscore = true;
    } else {
      gap = !lastWasUnderscore;
      lastWasUnderscore = false;
    }
  }
  if (words.length === 0) return null;
  if (!s.endsWith("_")) words[words.length - 1].stem = true;
  return { raw: s, words };
}

/** Strips a "#" comment, leaving what comes before it. */
export function stripComment(line: string): string {
  const i = line.indexOf("#");
  return i >= 0 ? line.slice(0, i) : line;
}

/**
 * Yields [lineNumber, line] without the `<!-- ... -->` comment lines the Validate files use (which may
 * span several lines) and without "#" comments.
 */
export function* contentLines(text: string): Generator<[number, string]> {
  const lines = text.split(/\r?\n/);
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trim();
    if (inComment) {
      if (t.includes("-->")) inComment = false;
      continue;
    }
    if (t.startsWith("<!") || t.startsWith("<! ")) {
      if (!t.includes("-->")) inComment = true;
      continue;
    }
    const body = stripComment(line);
    if (body.trim() === "") continue;
    yield [i + 1, body];
  }
}
