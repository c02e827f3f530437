import { asClauseEnd, clauseToEnd, contentBefore } from "./clauses.js";
import { BE_FORMS, CLAUSE_WORDS, cueLemma, VERB_GROUP } from "./cues.js";
import { type Doc, isWordy, type Range, type RawAttribution } from "./doc.js";
import { leftNP, rightNP, skipTime } from "./phrases.js";
import { headSubject } from "./subjects.js";
import { DETERMINERS, REDUCED, TIME_WORDS } from "./words.js";

/**
 * Passive reports: "was first reported by X", "when asked whether ...".
 */

/** Participles of reporting that take their source after "by". */
export const PASSIVE_REPORTS = new Set([
  "reported",
  "announced",
  "quoted",
  "cited",
  "described",
  "written",
  "stated",
]);

/**
 * "The move was first reported by MSNBC", "a fact first reported by a TV reporter", "As reported
 * by the Post, ...": a passive report whose agent, after "by", is the source.
 */
export function reportedBy(doc: Doc, i: number, s: number): RawAttribution | null {
  const t = doc.toks[i];
  if (!PASSIVE_REPORTS.has(t.lower) || doc.toks[i + 1]?.lower !== "by" || doc.toks[i + 1].sent !== s)
    return null;
  const src = rightNP(doc, i + 2, s, false);
  if (!src || (!/^[\p{Lu}]/u.test(doc.toks[src.start].text) && !DETERMINERS.has(doc.toks[src.start].lower)))
    return null;
  let vg = i;
  while (vg - 1 >= doc.sentFirst[s] && /^\p{Ll}+ly$|^first$|^also$|^originally$/u.test(doc.toks[vg - 1].text))
    vg--;
  const cue = doc.range(vg, i + 2);
  const before = doc.toks[vg - 1]?.sent === s ? doc.toks[vg - 1] : undefined;
  if (before?.lower === "as") {
    const close = asClauseEnd(doc, vg, s);
    // '..., as first reported by the Times on Tuesday.': closing the sentence, the words before it.
    const content =
      close >= 0
        ? clauseToEnd(doc, close + 1, s)
        : doc.toks[vg - 2]?.text === "," && vg - 2 > doc.sentFirst[s]
          ? (contentBefore(doc, vg - 2, s)?.range ?? null)
          : null;
    return content ? doc.make(content, null, src, cue, s, "reported-by", i + 2) : null;
  }
  const end = before && BE_FORMS.has(before.lower) ? vg - 1 : vg;
  // "the email, which was first reported by AP": the relative pronoun stands for what was reported;
  // "The campaign, first reported by the Post, is ...": so does the noun phrase before the comma.
  const relative = doc.toks[end - 1];
  let np =
    relative?.sent === s && (relative.lower === "which" || relative.lower === "that")
      ? { start: end - 1, end }
      : leftNP(doc, end, s);
  if (!np && before?.text === "," && end === vg) {
    const left = leftNP(doc, vg - 1, s);
    if (left && left.end === vg - 1) np = { start: left.start, end: vg };
  }
  if (!np || np.end !== end) return null;
  return doc.make(doc.range(np.start, np.end), null, src, cue, s, "reported-by", i + 2);
}

/**
 * "When asked whether he would run, ...", "Trump was asked about the wall", "The mayor, asked about the
 * fares, said ...": PolNeAR reads the
 * question as attributed content with no source (the asker goes unnamed).
 */
export function askedPassive(doc: Doc, i: number, s: number): RawAttribution | null {
  const t = doc.toks[i];
  if (t.lower !== "asked") return null;
  const prev = doc.toks[i - 1]?.sent === s ? doc.toks[i - 1] : undefined;
  const opens = !prev && t.text === "Asked";
  const reduced = !!prev && (REDUCED.has(prev.lower) || BE_FORMS.has(prev.lower));
  // "The mayor, asked about the fares, said ...": set off by commas after the one asked.
  // (Not "thanked the crews, asked them to stay": the active verb takes an object.)
  const aside =
    !!prev &&
    prev.text === "," &&
    ["NOUN", "PROPN"].includes(doc.toks[i - 2]?.upos ?? "") &&
    ASIDE_QUESTION_LEADS.has(doc.toks[i + 1]?.lower ?? "");
  if (!opens && !reduced && !aside) return null;
  let from = i + 1;
  const last = doc.sentEnd[s];
  // "Asked by a reporter whether ...": the asker, when named, is the source.
  let src: Range | null = null;
  if (doc.toks[from]?.lower === "by" && doc.toks[from].sent === s) {
    src = rightNP(doc, from + 1, s);
    if (src) from = skipTime(doc, src.end, s);
    if (doc.toks[from]?.lower === "on" && TIME_WORDS.has(doc.toks[from + 1]?.lower ?? "")) from += 2;
  }
  const cueEnd = doc.toks[from]?.lower === "about" ? from + 1 : from;
  from = cueEnd;
  if (from >= last || !isWordy(doc.toks[from])) return null;
  let k = from;
  while (k < last && k - from < 40 && doc.toks[k].text !== "," && doc.toks[k].text !== ";") k++;
  const e = doc.trimPunctEnd(from, k);
  if (e - from < 2) return null;
  const cue = src ? doc.range(i, i + 1) : doc.range(i, cueEnd);
  return doc.make(doc.range(from, e), null, src, cue, s, "asked", cueEnd);
}

const RELATIVE = new Set(["which", "who"]);

/** Words after a passive "asked" that open the question or its asker. */
const ASIDE_QUESTION_LEADS = new Set([
  "about",
  "whether",
  "if",
  "why",
  "how",
  "what",
  "when",
  "where",
  "who",
  "to",
  "by",
  "for",
]);

/** Irregular past participles of cue verbs. */
const IRREGULAR_PARTICIPLES = new Set([
  "seen",
  "shown",
  "told",
  "said",
  "known",
  "thought",
  "found",
  "sought",
]);

/**
 * "The plan was backed by most voters", "It was never mentioned by the moderators": a cue verb in
 * the passive, its agent after "by" (within a few words) the source and its subject the content.
 */
export function passiveBy(doc: Doc, i: number, s: number): RawAttribution | null {
  const t = doc.toks[i];
  if (PASSIVE_REPORTS.has(t.lower) && doc.toks[i + 1]?.lower === "by") return null;
  if (!cueLemma(t.lower) || (!t.lower.endsWith("ed") && !IRREGULAR_PARTICIPLES.has(t.lower))) return null;
  let vg = i;
  while (
    vg - 1 >= doc.sentFirst[s] &&
    /^\p{Ll}+ly$|^(also|never|not|first|even|then|now|once|still|already|later)$/u.test(doc.toks[vg - 1].text)
  )
    vg--;
  const be = doc.toks[vg - 1];
  if (!be || be.sent !== s || !BE_FORMS.has(be.lower) || be.lower === "being")
    return reducedOpposition(doc, i, vg, s);
  let by = i + 1;
  // '... was called "a mess" by X', 'was viewed as a victory by X', 'was uttered once, by X': a
  // quoted phrase, an "as" phrase, "and" between adverbs or a comma may come before the agent.
  while (by < doc.sentEnd[s] && by <= i + 8 && doc.toks[by].lower !== "by") {
    const u = doc.toks[by];
    const quoted = u.quote >= 0 && u.quote !== doc.toks[i].quote;
    const minor = u.text === "," || u.lower === "as" || u.lower === "and";
    if (!quoted && !minor && (!isWordy(u) || CLAUSE_WORDS.has(u.lower))) return null;
    if (!quoted && u.quote >= 0) return null;
    by++;
  }
  if (doc.toks[by]?.lower !== "by" || doc.toks[by].sent !== s) return null;
  const src = agentNP(doc, by + 1, s);
  if (!src) return null;
  let b = vg - 1;
  while (
    b - 1 >= doc.sentFirst[s] &&
    (VERB_GROUP.has(doc.toks[b - 1].lower) || /^\p{Ll}+ly$/u.test(doc.toks[b - 1].text))
  )
    b--;
  let np = leftNP(doc, b, s);
  // "which was claimed by X", "The governor, seated at the back, has been criticized by X": a relative
  // pronoun, or the parse's passive subject, when no plain noun phrase ends at the verb.
  if (!np || np.end !== b) {
    const before = doc.toks[b - 1];
    const head = headSubject(doc, i);
    if (before?.sent === s && RELATIVE.has(before.lower)) np = { start: b - 1, end: b };
    else if (
      head &&
      head.end <= b &&
      !(head.end - head.start === 1 && doc.toks[head.start].lower === "that")
    ) {
      // Not across a semicolon: "...; was denounced by X" lists the subject's earlier acts too.
      for (let k = head.end; k < b; k++) if (doc.toks[k].text === ";") return null;
      np = head;
    } else return null;
  }
  return doc.make(doc.range(np.start, np.end), null, src, doc.range(vg - 1, i + 1), s, "passive-by", i + 1);
}

/** The agent after "by": a noun phrase, with an "of" phrase it heads ("some of his rivals"). */
function agentNP(doc: Doc, from: number, s: number): Range | null {
  const np = rightNP(doc, from, s);
  if (!np) return null;
  let end = np.end;
  if (doc.toks[end]?.lower === "of" && doc.toks[end].sent === s) {
    const more = rightNP(doc, end + 1, s);
    if (more) end = more.end;
  }
  const lead = doc.toks[np.start];
  if (TIME_WORDS.has(lead.lower) || /^\d{4}$/.test(lead.text)) return null;
  return { start: np.start, end };
}

/** Participles of opposing whose reduced passive names an annotated agent on train (6 of 7 matched). */
const REDUCED_OPPOSING = new Set([
  "opposed",
  "criticized",
  "criticised",
  "rejected",
  "condemned",
  "denounced",
]);

/**
 * "The immigration bill, opposed by House Republicans, never became law", "a plan rejected by the
 * board": a participle of opposing right before "by", with no "be", hangs on the noun phrase before
 * it; the agent opposes that phrase. (Reduced passives of support, "backed by", mostly are not
 * annotated.)
 */
function reducedOpposition(doc: Doc, i: number, vg: number, s: number): RawAttribution | null {
  if (!REDUCED_OPPOSING.has(doc.toks[i].lower) || doc.toks[i + 1]?.lower !== "by") return null;
  const src = agentNP(doc, i + 2, s);
  if (!src) return null;
  const b = doc.toks[vg - 1]?.text === "," ? vg - 1 : vg;
  const np = leftNP(doc, b, s);
  if (!np || np.end !== b) return null;
  return doc.make(doc.range(np.start, np.end), null, src, doc.range(vg, i + 1), s, "passive-by", i + 1);
}

/** Participles of judging whose agent after "by" holds the view ("deemed reckless by the pilots"). */
export const JUDGING = new Set([
  "considered",
  "deemed",
  "seen",
  "regarded",
  "viewed",
  "labeled",
  "labelled",
  "perceived",
  "dubbed",
]);

/**
 * "measures deemed too weak by the unions", "a port seen by pilots as the safest", "viewed as honest
 * by most voters": the holder of a passive impression, named after "by", or null. The view must be
 * stated (a complement before "by", or "as" after the agent): "the memo seen by Reuters" and "a bill
 * considered by the committee" are no one's impression.
 */
export function impressionAgent(doc: Doc, p: number, s: number): Range | null {
  if (!JUDGING.has(doc.toks[p].lower)) return null;
  let by = p + 1;
  while (by < doc.sentEnd[s] && by <= p + 8 && doc.toks[by].lower !== "by") {
    const u = doc.toks[by];
    const quoted = u.quote >= 0 && u.quote !== doc.toks[p].quote;
    const minor = u.text === "," || u.lower === "as" || u.lower === "and";
    if (!quoted && !minor && (!isWordy(u) || CLAUSE_WORDS.has(u.lower) || u.upos === "VERB")) return null;
    // ("seen as an audition by the mayor": after a noun, "by" may name the noun's agent instead.)
    if (!quoted && (u.upos === "NOUN" || u.upos === "PROPN")) return null;
    by++;
  }
  if (doc.toks[by]?.lower !== "by" || doc.toks[by].sent !== s) return null;
  const src = agentNP(doc, by + 1, s);
  if (!src) return null;
  const stated = by > p + 1 || (doc.toks[src.end]?.lower === "as" && doc.toks[src.end].sent === s);
  return stated ? src : null;
}
