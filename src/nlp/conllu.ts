// CoNLL-U and two-column IOB readers/writers for training, evaluation and the CLI.

export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  comments: string[];
  /** Multiword-token lines ("3-4\tdon't\t...") kept verbatim, keyed by the first word id they cover. */
  ranges: Map<number, string>;
  words: ConlluWord[];
}

/**
 * Parses CoNLL-U text. Empty nodes (n.1) are dropped; multiword-token lines are kept for output.
 * Malformed lines raise an error naming the line number.
 */
export function parseConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], ranges: new Map(), words: [] };
  const lines = text.split("\n");
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].replace(/\r$/, "");
    if (line.trim() === "") {
      if (cur.words.length > 0) out.push(cur);
      cur = { comments: [], ranges: new Map(), words: [] };
      continue;
    }
    if (line.startsWith("#")) {
      cur.comments.push(line);
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 2) throw new Error(`CoNLL-U line ${ln + 1}: expected tab-separated columns`);
    const id = cols[0];
    if (id.includes(".")) continue;
    if (id.includes("-")) {
      cur.ranges.set(Number(id.split("-")[0]), line);
      continue;
    }
    const n = Number(id);
    if (!Number.isInteger(n) || n < 1) throw new Error(`CoNLL-U line ${ln + 1}: bad word id "${id}"`);
    // (a missing blank line between two sentences would otherwise merge them, ids repeated)
    if (n !== cur.words.length + 1)
      throw new Error(
        `CoNLL-U line ${ln + 1}: word id ${n} out of order (expected ${cur.words.length + 1}; is a blank line missing between sentences?)`,
      );
    const col = (i: number) => (cols[i] === undefined || cols[i] === "" ? "_" : cols[i]);
    const head = Number(col(6));
    cur.words.push({
      id: n,
      form: col(1),
      lemma: col(2),
      upos: col(3),
      xpos: col(4),
      feats: col(5),
      head: Number.isInteger(head) && head >= 0 ? head : -1,
      deprel: col(7),
      deps: col(8),
      misc: col(9),
    });
  }
  if (cur.words.length > 0) out.push(cur);
  return out;
}

/**
 * A sentence's text for its `# text =` comment: one line of printable text. Control characters
 * (C0, DEL, C1) and line or paragraph separators count as whitespace, as the tokenizer treats them
 * (they start no token), and runs of whitespace become one space, so the line still reads as the
 * forms joined by their SpaceAfter.
 */
export function conlluText(text: string): string {
  return text.replace(/[\s\p{Cc}\u2028\u2029]+/gu, " ").trim();
}

/** A comment as written: any character that would end or garble the line (all but tab) becomes a space. */
function commentLine(comment: string): string {
  return comment.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
}

export function formatConllu(sentences: ConlluSentence[]): string {
  const lines: string[] = [];
  for (const s of sentences) {
    lines.push(...s.comments.map(commentLine));
    for (const w of s.words) {
      const r = s.ranges.get(w.id);
      if (r) lines.push(r);
      lines.push(
        [
          w.id,
          w.form,
          w.lemma,
          w.upos,
          w.xpos,
          w.feats,
          w.head < 0 ? "_" : w.head,
          w.deprel,
          w.deps,
          w.misc,
        ].join("\t"),
      );
    }
    lines.push("");
  }
  return lines.join("\n") + (lines.length ? "\n" : "");
}

export interface IobSentence {
  tokens: string[];
  tags: string[];
  /** Index of its document: a "# newdoc" comment starts the next one; -1 in a file without them. */
  doc: number;
}

/**
 * Reads IOB files: either "token<TAB>tag" or UNER's "index<TAB>token<TAB>tag<TAB>...", comments
 * starting with "# " skipped, blank line between sentences. A line with a single column has tag O.
 */
export function parseIob(text: string): IobSentence[] {
  const out: IobSentence[] = [];
  let doc = -1;
  let cur: IobSentence = { tokens: [], tags: [], doc };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [], doc };
      continue;
    }
    if (line.startsWith("# newdoc")) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [], doc: ++doc };
      continue;
    }
    if (line.startsWith("# ") || line === "#") continue;
    const cols = line.split("\t");
    if (cols.length >= 3 && /^\d+$/.test(cols[0])) {
      cur.tokens.push(cols[1]);
      cur.tags.push(cols[2]);
    } else {
      cur.tokens.push(cols[0]);
      cur.tags.push(cols[1] ?? "O");
    }
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}
