import { isCueToken } from "./cue-token.js";
import { BE_FORMS, CLAUSE_WORDS, SUBJECT_PRONOUNS, VERB_GROUP } from "./cues.js";
import { type Doc, isWordy, type Range, type RawAttribution } from "./doc.js";
import { leftNP, possessorStart } from "./phrases.js";
import { DETERMINERS, MAX_NP, PREPOSITIONS, SUBORDINATE_LEADS, TIME_WORDS } from "./words.js";

/**
 * Choosing the source span: the subject before a cue, behind asides, or inherited from the clause
 * the cue hangs from.
 */

const SUBORDINATORS = new Set([
  "that",
  "which",
  "who",
  "because",
  "when",
  "while",
  "if",
  "after",
  "before",
  "since",
  "although",
  "though",
  "where",
  "whether",
  "as",
  "once",
  "until",
  "unless",
]);

/** "Smith, the party's leader, said": the name before the appositive. */
function appositiveSubject(doc: Doc, comma: number, s: number): Range | null {
  const first = doc.sentFirst[s];
  let k = comma - 1;
  let n = 0;
  while (k >= first && doc.toks[k].text !== "," && n < MAX_NP) {
    if (doc.toks[k].quote >= 0 || doc.toks[k].text === ".") return null;
    k--;
    n++;
  }
  if (k < first || doc.toks[k].text !== ",") return null;
  const np = leftNP(doc, k, s);
  if (!np) return null;
  // An appositive sits next to a name: require a capital on one side, else this is a list or a clause.
  const capital = (j: number) => /^\p{Lu}/u.test(doc.toks[j].text);
  if (!capital(np.end - 1) && !capital(k + 1) && !capital(comma - 1)) return null;
  return { start: np.start, end: comma };
}

/**
 * The subject before ", said": the name and its appositive, or, with more asides, the clause's first
 * noun phrase through to the comma before the cue (PolNeAR's sources keep the asides).
 */
export function commaSubject(doc: Doc, comma: number, s: number): Range | null {
  const near = appositiveSubject(doc, comma, s);
  const far = subjectBeforeAsides(doc, comma, s);
  if (near && far && far.start < near.start) return { start: far.start, end: near.end };
  if (!near && far) return { start: far.start, end: comma };
  return near ?? far;
}

/**
 * "Ann Ruiz, 61, who ran the mill for a decade, said": when asides longer than an appositive sit
 * between subject and cue, the subject is the first comma-delimited stretch of the clause, provided
 * it reads as a noun phrase. Fronted phrases ("On Monday,") are stepped over.
 */
function subjectBeforeAsides(doc: Doc, comma: number, s: number): Range | null {
  const first = doc.sentFirst[s];
  let k = comma - 1;
  // Back to the clause start: the sentence start, a semicolon, or ", but" / ", and".
  for (let n = 0; k >= first && n < 60; n++, k--) {
    const t = doc.toks[k];
    if (t.quote >= 0 || t.text === ";" || t.text === ":") break;
    if ((t.lower === "but" || t.lower === "and") && doc.toks[k - 1]?.text === ",") break;
  }
  if (
    k >= first &&
    doc.toks[k].quote < 0 &&
    doc.toks[k].text !== ";" &&
    doc.toks[k].text !== ":" &&
    doc.toks[k].lower !== "but" &&
    doc.toks[k].lower !== "and"
  )
    return null;
  let from = k + 1;
  while (
    from < comma &&
    (!isWordy(doc.toks[from]) || ["but", "and", "so", "yet"].includes(doc.toks[from].lower))
  )
    from++;
  for (let seg = 0; seg < 3 && from < comma; seg++) {
    let end = from;
    while (end < comma && doc.toks[end].text !== ",") end++;
    if (end >= comma) return null;
    const lead = doc.toks[from];
    const fronted =
      PREPOSITIONS.has(lead.lower) ||
      TIME_WORDS.has(lead.lower) ||
      SUBORDINATE_LEADS.has(lead.lower) ||
      lead.lower === "despite" ||
      /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(lead.text);
    if (fronted) {
      from = end + 1;
      continue;
    }
    if (end - from > MAX_NP) return null;
    for (let j = from; j < end; j++) {
      const t = doc.toks[j];
      if (CLAUSE_WORDS.has(t.lower) || isCueToken(doc, j, s) || t.upos === "VERB" || t.upos === "AUX")
        return null;
      if (!t.upos && (BE_FORMS.has(t.lower) || VERB_GROUP.has(t.lower))) return null;
    }
    if (
      !/^\p{Lu}/u.test(doc.toks[from].text) &&
      !DETERMINERS.has(lead.lower) &&
      !SUBJECT_PRONOUNS.has(lead.lower)
    )
      return null;
    return { start: from, end };
  }
  return null;
}

/** The nominal subject from the parse, when the analyser produced heads. */
export function headSubject(doc: Doc, i: number): Range | null {
  const s = doc.toks[i].sent;
  let verb = i;
  for (let hop = 0; hop < 3; hop++) {
    const conjoinedVerb = ["and", "but"].includes(doc.toks[verb - 1]?.lower ?? "");
    const subjectOf = (k: number) =>
      doc.toks[k].head === verb && (doc.toks[k].deprel === "nsubj" || doc.toks[k].deprel === "nsubj:pass");
    // "Rallying hundreds of workers, Okafor toured the port": when the parse gives the verb two
    // subjects before it with a comma between, the later one is the clause's; the other sits in a
    // fronted phrase. (Without a comma, "Sen. Ann Ruiz (D-Maine)", the first one heads the phrase.)
    let nearest = -1;
    for (let k = doc.sentFirst[s]; k < verb; k++) {
      if (!subjectOf(k)) continue;
      let comma = false;
      for (let j = nearest + 1; nearest >= 0 && j < k && !comma; j++) comma = doc.toks[j].text === ",";
      if (nearest < 0 || comma) nearest = k;
    }
    for (let k = doc.sentFirst[s]; k < doc.sentEnd[s]; k++) {
      // After "and"/"but" a subject after the verb is the parse reading the reported clause's own
      // subject as the cue's ("... but said Europe must act").
      if (subjectOf(k) && (k < verb ? nearest < 0 || k === nearest : !conjoinedVerb)) {
        let a = k;
        let b = k + 1;
        // Extend over the subject's left dependents (determiners, titles, compounds) and over the
        // words hanging on what is already in ("Interior Minister Ann Kaya": a chain of flat names).
        // ("Fact-checkers", "front-runner": a word joined by a hyphen is one word, whatever the
        // parse hangs the hyphen on.)
        for (;;) {
          while (a - 1 >= doc.sentFirst[s] && doc.toks[a - 1].head === k) a--;
          if (a - 2 < doc.sentFirst[s] || !gluedHyphen(doc, a - 1)) break;
          a -= 2;
        }
        a = possessorStart(doc, a, s);
        while (
          b < doc.sentEnd[s] &&
          doc.toks[b].head >= a &&
          doc.toks[b].head < b &&
          isWordy(doc.toks[b]) &&
          (doc.toks[b].head === k || doc.toks[b].deprel === "flat")
        )
          b++;
        while (b + 1 < doc.sentEnd[s] && gluedHyphen(doc, b)) b += 2;
        // ("front-runner Ann Ruiz": a name after a title noun, one of whose words hangs on it.)
        let c = b;
        while (c < doc.sentEnd[s] && c < b + 4 && doc.toks[c].upos === "PROPN") c++;
        for (let j = b; j < c; j++) if (doc.toks[j].head === k) b = c;
        return { start: a, end: b };
      }
    }
    const t = doc.toks[verb];
    if (
      (t.deprel === "conj" || t.deprel === "advcl" || t.deprel === "xcomp" || t.deprel === "acl") &&
      t.head >= 0
    ) {
      verb = t.head;
      // "has a chance to show": from the noun the infinitive modifies, on to that noun's verb.
      const v = doc.toks[verb];
      if (t.deprel === "acl" && (v.deprel === "obj" || v.deprel === "obl") && v.head >= 0) verb = v.head;
    } else break;
  }
  return null;
}

/** Words that open a phrase fronted before the subject ("Throughout the year, ..."). */
const FRONTED_WORDS = new Set([
  "despite",
  "instead",
  "meanwhile",
  "still",
  "throughout",
  "amid",
  "without",
  "under",
  "among",
  "following",
  "like",
  "unlike",
  "upon",
  "across",
]);

/**
 * For "..., saying" and "... and called": the subject of the clause the cue hangs from. Without a
 * parse: the clause starts after the nearest subordinating word (not "and"/"but"), skips a fronted
 * phrase up to its comma, and its subject runs to the first verb-group word.
 */
export function inheritedSubject(doc: Doc, i: number, s: number, earlier: RawAttribution[]): Range | null {
  const prior = earlier[earlier.length - 1];
  if (prior?.source && prior.sentence === s) {
    return doc.tokenRangeOf(prior.source, s);
  }
  const first = doc.sentFirst[s];
  let k = i - 1;
  let n = 0;
  while (k >= first && n < 60) {
    const t = doc.toks[k];
    if (t.quote < 0 && (SUBORDINATORS.has(t.lower) || t.text === "\u2014" || t.text === "--")) break;
    if (doc.closesQuote(k)) break;
    k--;
    n++;
  }
  let j = k + 1;
  if (!doc.toks[j] || j >= i) return null;
  // Fronted phrases ("On Monday,", "Throughout the year,", "This week,"), one after another.
  for (let n = 0; n < 3 && j < i; n++) {
    const lead = doc.toks[j];
    const fronted =
      PREPOSITIONS.has(lead.lower) ||
      FRONTED_WORDS.has(lead.lower) ||
      (["this", "last", "next", "earlier", "later"].includes(lead.lower) &&
        TIME_WORDS.has(doc.toks[j + 1]?.lower ?? "")) ||
      lead.lower.endsWith("ing") ||
      lead.lower.endsWith("ly") ||
      lead.lower === "but" ||
      lead.lower === "and";
    if (!fronted) break;
    let c = j;
    while (c < i && doc.toks[c].text !== "," && c - j < 25) c++;
    if (c < i && doc.toks[c].text === ",") j = c + 1;
    else if (lead.lower === "but" || lead.lower === "and") j++;
    else break;
  }
  for (; j < i && j < k + 30; j++) {
    const t = doc.toks[j];
    if (t.quote >= 0) return null;
    if (isWordy(t)) break;
  }
  if (j >= i) return null;
  if (SUBJECT_PRONOUNS.has(doc.toks[j].lower)) return { start: j, end: j + 1 };
  let e = j;
  const det = DETERMINERS.has(doc.toks[j].lower);
  while (
    e < i &&
    e - j < (det ? 5 : 6) &&
    isWordy(doc.toks[e]) &&
    !VERB_GROUP.has(doc.toks[e].lower) &&
    !BE_FORMS.has(doc.toks[e].lower) &&
    !CLAUSE_WORDS.has(doc.toks[e].lower) &&
    !isCueToken(doc, e, s)
  ) {
    if (!det && e > j && !/^\p{Lu}/u.test(doc.toks[e].text)) break;
    e++;
  }
  if (e === j) return null;
  if (!det && !/^\p{Lu}/u.test(doc.toks[j].text)) return null;
  return { start: j, end: e };
}

/** The subject of the verb or adjective that governs noun n, when the parse puts it before `before`. */
export function ownerSubject(doc: Doc, n: number, before: number): Range | null {
  let h = doc.toks[n].head;
  for (let hop = 0; hop < 3 && h >= 0; hop++) {
    const u = doc.toks[h];
    if (u.upos === "VERB" || u.upos === "ADJ" || u.upos === "AUX") {
      const subj = headSubject(doc, h);
      return subj && subj.end <= before ? subj : null;
    }
    h = u.head;
  }
  return null;
}

/** Token k is a hyphen written between two words ("front-runner"), not a dash between spaces. */
function gluedHyphen(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  return (
    !!t &&
    t.text === "-" &&
    doc.toks[k - 1]?.end === t.start &&
    doc.toks[k + 1]?.start === t.end &&
    isWordy(doc.toks[k - 1]) &&
    isWordy(doc.toks[k + 1])
  );
}
