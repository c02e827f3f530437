import { cueStrength, SUBJECT_PRONOUNS, VERB_GROUP } from "./cues.js";
import { type Doc, isWordy, type Range, type RawAttribution } from "./doc.js";
import type { QuoteSpan } from "./marks.js";
import { onlyAdjuncts, rightNP } from "./phrases.js";
import { headSubject } from "./subjects.js";
import { DETERMINERS } from "./words.js";

/**
 * Quote marks no cue claimed: direct and partial quotes and the speakers they inherit.
 */

/**
 * Quote marks no cue claimed: a quote inside an attributed clause is a partial quote of the same
 * speaker; a quote right after an attributed one continues it; a lone quote keeps no speaker.
 */
export function addQuotes(doc: Doc, out: RawAttribution[]): void {
  const claimed = new Set<number>();
  const byStart = new Map<number, number>();
  doc.quotes.forEach((q, idx) => {
    byStart.set(q.start, idx);
  });
  for (const a of out) {
    const idx = byStart.get(a.content.start);
    if (idx === undefined || doc.quotes[idx].end !== a.content.end) continue;
    claimed.add(idx);
    // 'Others note, "..." David French, National Review': the byline names who "others" are
    if (
      a.source &&
      VAGUE_SOURCES.has(doc.body.slice(a.source.start, a.source.end).split(" ")[0].toLowerCase())
    ) {
      const byline = bylinedQuote(doc, doc.quotes[idx], a.sentence);
      if (byline) {
        a.source = byline.source;
        a.via = byline.via;
      }
    }
  }
  const sorted = [...out].sort((a, b) => a.content.start - b.content.start);
  const bySentence = new Map<number, RawAttribution[]>();
  for (const a of out) {
    const list = bySentence.get(a.sentence);
    if (list) list.push(a);
    else bySentence.set(a.sentence, [a]);
  }
  let p = 0;
  let lastAttributed: RawAttribution | null = null;
  const extra: RawAttribution[] = [];
  for (let qi = 0; qi < doc.quotes.length; qi++) {
    const q = doc.quotes[qi];
    while (p < sorted.length && sorted[p].content.start <= q.open) {
      // A stance ("X endorsed Y") is no act of saying that a following quote could continue.
      if (
        sorted[p].cue &&
        sorted[p].source &&
        sorted[p].rule !== "noun" &&
        !sorted[p].rule.startsWith("stance") &&
        doc.strengthOf(sorted[p]) !== "stance"
      )
        lastAttributed = sorted[p];
      p++;
    }
    if (claimed.has(qi)) continue;
    const s = doc.sentenceOf(q.open);
    if (s < 0) continue;
    // Inside an attributed clause: a partial quote.
    const local = bySentence.get(s) ?? [];
    const host = hostFor(q, local);
    if (host) {
      extra.push({
        ...host,
        kind: "partial",
        content: doc.quoteRange(q),
        via: host.via,
        rule: "partial-in-clause",
      });
      continue;
    }
    const direct = doc.startsClause(q);
    // The nearest cue before the quote in its sentence ("spoke to X and called on Y to "...").
    let sameSentence: RawAttribution | undefined;
    for (const a of local) {
      if (!a.cue || !a.source || a.cue.start > q.open) continue;
      if (!sameSentence || a.cue.start > sameSentence.cue!.start) sameSentence = a;
    }
    sameSentence ??= local.find((a) => a.cue && a.source);
    if (!direct) {
      if (sameSentence)
        extra.push({
          ...sameSentence,
          kind: "partial",
          content: doc.quoteRange(q),
          evidence: doc.evidenceFor(doc.quoteRange(q), s),
          rule: "partial-in-sentence",
        });
      continue;
    }
    const own =
      dashLabel(doc, q, s) ??
      verbAfterQuote(doc, q, s) ??
      verbBeforeColon(doc, q) ??
      signedQuote(doc, q, s) ??
      bylinedQuote(doc, q, s);
    if (own) {
      extra.push(own);
      // (a roundup's next quote has a byline of its own: it continues no one's words)
      lastAttributed = own.cue ? own : null;
      continue;
    }
    const prev = lastAttributed;
    const near =
      prev && q.open - prev.content.end < 600 && doc.paragraphsBetween(prev.content.end, q.open) <= 1;
    // '"A," she said. "B."': the next quote, here or in the next paragraph, continues the same act
    // of saying, so it shares the cue.
    extra.push({
      kind: "direct",
      content: doc.quoteRange(q),
      source: near ? prev.source : null,
      cue: near ? prev.cue : null,
      via: near ? prev.via : null,
      hearer: near ? prev.hearer : null,
      sentence: s,
      evidence: doc.evidenceFor(doc.quoteRange(q), s),
      rule: near ? "continued" : "unattributed",
    });
  }
  out.push(...extra);
}

/** Adverbs that complete a verb of speaking after a quote: "shot back", "went on", "cried out". */
const PARTICLES = new Set(["back", "on", "out", "off", "up", "along"]);

/**
 * '"...," he surmised.' / '"...," the suit reads.': after a quote that hands over, a subject and a
 * verb the lexicon does not know (or the verb, then its subject) still attribute it. Needs tags.
 */
function verbAfterQuote(doc: Doc, q: QuoteSpan, s: number): RawAttribution | null {
  const last = doc.sentEnd[s];
  let c = -1;
  for (let k = doc.sentFirst[s]; k < last; k++) {
    if (doc.closesQuote(k) && doc.quotes[doc.toks[k].quote] === q) c = k;
  }
  if (c < 0 || !doc.handsOver(c)) return null;
  let j = c + 1;
  if (doc.toks[j]?.text === "," && j + 1 < last) j++;
  if (j >= last || !doc.toks[j].upos) return null;
  const t = doc.toks[j];
  let src: Range | null = null;
  let verb = -1;
  if (t.upos === "VERB" && t.text === t.lower && !t.lower.endsWith("ing")) {
    verb = j;
    src = rightNP(doc, j + 1, s);
    if (src && !/^\p{Lu}/u.test(doc.toks[src.start].text) && !DETERMINERS.has(doc.toks[src.start].lower))
      src = null;
  } else {
    src = SUBJECT_PRONOUNS.has(t.lower) ? { start: j, end: j + 1 } : rightNP(doc, j, s);
    if (src && src.end - src.start <= 6) {
      let v = src.end;
      while (v < last && (VERB_GROUP.has(doc.toks[v].lower) || doc.toks[v].upos === "ADV")) v++;
      if (v < last && doc.toks[v].upos === "VERB" && !doc.toks[v].lower.endsWith("ing")) verb = v;
    }
  }
  if (!src || verb < 0) return null;
  // '"...," she shot back.', '"...," he went on.': the verb's particle is part of it.
  const next = doc.toks[verb + 1];
  const particle =
    verb !== j && next?.head === verb && (next.deprel === "compound:prt" || PARTICLES.has(next.lower))
      ? verb + 2
      : verb + 1;
  // The speaker and verb close the sentence, or only settings and times follow.
  const after = verb === j ? src.end : particle;
  if (after < last && isWordy(doc.toks[after]) && !onlyAdjuncts(doc, after, s)) return null;
  return doc.make(doc.quoteRange(q), q, src, doc.range(verb, particle), s, "post-verb", particle);
}

/**
 * 'The foundation describes itself this way: "..."': a quote opened right after a colon belongs to
 * the clause before the colon, when the parse gives that clause a verb with a subject.
 */
function verbBeforeColon(doc: Doc, q: QuoteSpan): RawAttribution | null {
  let k = q.open - 1;
  while (k >= 0 && /\s/.test(doc.body[k])) k--;
  // 'As Vulture put it, "Hello."' / 'Hillary shot back, "I suppose ..."': a comma does the same when
  // a capitalised quote follows it.
  const comma = doc.body[k] === "," && /^\p{Lu}/u.test(doc.body[q.start] ?? "");
  if (k < 0 || (doc.body[k] !== ":" && !comma)) return null;
  const s = doc.sentenceOf(k);
  if (s < 0) return null;
  let colon = -1;
  for (let i = doc.sentFirst[s]; i < doc.sentEnd[s]; i++) if (doc.toks[i].start === k) colon = i;
  if (colon < 0) return null;
  for (let v = colon - 1; v >= doc.sentFirst[s] && v >= colon - 10; v--) {
    const t = doc.toks[v];
    if (t.quote >= 0) return null;
    if (t.upos !== "VERB" || t.text !== t.lower) continue;
    // '"A," she said, "B."': the second part of a split quote is the lexicon rules' to continue.
    if (comma && cueStrength(t.lower)) return null;
    const src = headSubject(doc, v);
    if (!src || src.end > v) return null;
    return doc.make(doc.quoteRange(q), q, src, doc.range(v, colon + 1), s, "colon-verb", colon + 1);
  }
  return null;
}

/** A dash and a name right after a closing quote mark, then a stop, a comma, a handle or the line's end. */
const SIGNATURE =
  /^[ \t]*(?:\n[ \t]*){0,2}([-\u2013\u2014]{1,2})[ \t]*(\p{Lu}[\p{L}.'\u2019-]*(?:[ \t]+\p{Lu}[\p{L}.'\u2019-]*){0,3})(?=[ \t]*(?:[.,]|\(@|\n|$))/u;

/**
 * '"We will win." - Ann Ruiz.': a quote signed with a dash and its speaker's name, as fact-checks,
 * reader letters and embedded posts print them. The name is the source, the dash the cue.
 */
function signedQuote(doc: Doc, q: QuoteSpan, s: number): RawAttribution | null {
  if (q.close < 0) return null;
  const after = q.close + q.markLen;
  const m = SIGNATURE.exec(doc.body.slice(after, after + 120));
  if (!m) return null;
  const dash = after + m[0].indexOf(m[1]);
  const name = after + m[0].length - m[2].length;
  let end = name + m[2].length;
  while (end > name && doc.body[end - 1] === ".") end--;
  return signed(doc, q, s, { start: name, end }, { start: dash, end: dash + m[1].length });
}

/**
 * A name, a comma and an outlet right after a closing quote mark (on its line or the next), then a
 * line's end (or a run of spaces where a scraper joined the lines) or the next quote.
 */
const BYLINE =
  /^(?:[ \t]+|[ \t]*(?:\n[ \t]*){1,2})(\p{Lu}[\p{L}.'\u2019-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}.'\u2019-]*){1,5}),[ \t]+((?:[Tt]he[ \t]+)?\p{Lu}[\p{L}&.'\u2019-]*(?:[ \t]+\p{Lu}[\p{L}&.'\u2019-]*){0,4})(?=[ \t]*(?:\n|$)|[ \t]{2,}|[ \t]*["\u201c])/u;
/** Sources that stand for writers a roundup names after the quote ("Some note, ..."). */
const VAGUE_SOURCES = new Set(["some", "others", "many", "one", "critics", "several", "most", "observers"]);

/** Words that open a headline or a clause, not a writer's name. */
const NOT_BYLINE_FIRST = new Set([
  "In",
  "On",
  "At",
  "The",
  "A",
  "An",
  "For",
  "With",
  "Said",
  "And",
  "But",
  "As",
]);

/**
 * '"The plan is doomed." Ann Ruiz, The Harbor Times': a quote signed with its writer and the outlet
 * that published it, as news roundups print the opinions they gather. The writer is the source, the
 * outlet the one the words came through (`via`); no word of saying is printed, so there is no cue.
 */
function bylinedQuote(doc: Doc, q: QuoteSpan, s: number): RawAttribution | null {
  if (q.close < 0) return null;
  const after = q.close + q.markLen;
  const m = BYLINE.exec(doc.body.slice(after, after + 160));
  if (!m) return null;
  const words = m[1].split(/[ \t]+/).filter((w) => w !== "and");
  // a name in title case ("GOP RIP", "Don't Ask" are slogans)
  if (NOT_BYLINE_FIRST.has(words[0]) || words.some((w) => /^\p{Lu}{2,}$/u.test(w) || /['\u2019]t$/.test(w)))
    return null;
  const name = after + m[0].indexOf(m[1]);
  const outlet = after + m[0].lastIndexOf(m[2]);
  let outletEnd = outlet + m[2].length;
  while (outletEnd > outlet && doc.body[outletEnd - 1] === ".") outletEnd--;
  const content = doc.quoteRange(q);
  return {
    kind: "direct",
    content,
    source: { start: name, end: name + m[1].length },
    cue: null,
    via: { start: outlet, end: outletEnd },
    hearer: null,
    sentence: s,
    evidence: doc.evidenceFor(content, s),
    rule: "byline",
  };
}

/** A dash, a name (or "the report") and a colon right before a quote opens. */
const DASH_LABEL =
  /[-\u2013\u2014][ \t]*(?:More from[ \t]+|From[ \t]+)?((?:the[ \t]+report)|\p{Lu}[\p{L}.'\u2019&-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}.'\u2019&-]*){0,4})[ \t]*:[ \t]*$/u;

/**
 * 'POLLS WERE NOT WRONG - Ann Ruiz: "..."', '- More from Ruiz: "..."': a digest line that names the
 * author of the quoted passage after a dash and before a colon. The name is the source, the colon
 * the cue. Written as a family with `signedQuote` (the same dash-and-name convention after a quote).
 */
function dashLabel(doc: Doc, q: QuoteSpan, s: number): RawAttribution | null {
  const from = Math.max(0, q.open - 80);
  const before = doc.body.slice(from, q.open);
  const m = DASH_LABEL.exec(before);
  if (!m) return null;
  const name = from + m.index + m[0].indexOf(m[1]);
  const colon = from + m.index + m[0].lastIndexOf(":");
  return signed(doc, q, s, { start: name, end: name + m[1].length }, { start: colon, end: colon + 1 });
}

/** The direct quote q signed by the name at `source` (character offsets), with the dash or colon `cue`. */
function signed(doc: Doc, q: QuoteSpan, s: number, source: Range, cue: Range): RawAttribution {
  const content = doc.quoteRange(q);
  return {
    kind: "direct",
    content,
    source,
    cue,
    via: null,
    hearer: null,
    sentence: s,
    evidence: doc.evidenceFor(content, s),
    rule: "signed",
  };
}

function hostFor(q: QuoteSpan, out: RawAttribution[]): RawAttribution | null {
  let best: RawAttribution | null = null;
  for (const a of out) {
    if (a.kind !== "indirect") continue;
    if (a.content.start <= q.open && q.end <= a.content.end + 1) {
      if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
    }
  }
  return best;
}
