import type { Sentence } from "../model/index.js";
import { lineStartWithin } from "../util/line-start.js";
import { insideSpan, linkTooltips } from "../util/link-tooltips.js";
import { asClause } from "./as-clause.js";
import { colonLabel } from "./colon-label.js";
import { splitConjoined } from "./conjoined.js";
import { isGerund } from "./cue-token.js";
import { SUBJECT_PRONOUNS } from "./cues.js";
import { addQuotes } from "./direct-quotes.js";
import { Doc, isWordy, type Range, type RawAttribution } from "./doc.js";
import { expectedImpression, knownAs, reportedlyImpression } from "./expected.js";
import { gapRelative } from "./gap-relatives.js";
import { headlineCue, headlineSecond } from "./headline.js";
import { addInterviewHearer } from "./interviews.js";
import {
  accordingTo,
  byMeasure,
  pollIn,
  pollPlacing,
  pollStanding,
  possessedNoun,
  receivedFrom,
  toViewpoint,
  viewOf,
} from "./noun-cues.js";
import { askedPassive, passiveBy, reportedBy } from "./passive-cues.js";
import { leftNP } from "./phrases.js";
import { quotedActs } from "./quoted-acts.js";
import { roleNoun } from "./role-nouns.js";
import { adjectiveStance } from "./stance.js";
import { verbCue, withAppositive } from "./verb-cue.js";
import { SUBORDINATE_LEADS } from "./words.js";

/**
 * Finding attributions from tokens, quote marks and (when present) dependency heads. Every loop is
 * bounded by a constant window or by the sentence, so the pass is linear in the text. The rules live in
 * the modules imported here; this one runs them over each sentence and settles overlaps.
 */

function run(doc: Doc): RawAttribution[] {
  const out: RawAttribution[] = [];
  const tips = linkTooltips(doc.body);
  for (let s = 0; s < doc.sentences.length; s++) {
    const found: RawAttribution[] = [];
    const according: RawAttribution[] = [];
    const headline = doc.titleCase[s] ? headlineCue(doc, s) : null;
    if (headline) found.push(headline);
    const second = headline ? headlineSecond(doc, headline, s) : null;
    if (second) found.push(second);
    for (let i = headline ? doc.sentEnd[s] : doc.sentFirst[s]; i < doc.sentEnd[s]; i++) {
      const t = doc.toks[i];
      if (t.quote >= 0) continue;
      // (a scraped link's tooltip is other stories' headlines: their verbs report nothing here)
      if (tips.length > 0 && insideSpan(tips, t.start)) continue;
      if (t.lower === "according" && doc.toks[i + 1]?.lower === "to" && doc.toks[i + 1].sent === s) {
        const a = accordingTo(doc, i, s);
        if (a) according.push(a);
        i++;
        continue;
      }
      if (t.lower === "as") {
        // "As the mayor pointed out, ...", "..., as critics have noted."
        const as = asClause(doc, i, s);
        if (as) {
          found.push(as.a);
          i = as.next - 1;
          continue;
        }
      }
      if (t.text === "To" || t.text === "By") {
        // "To the mayor, the levy is a tax on the poor.", "By the board's tally, the ferry lost money."
        const view = toViewpoint(doc, i, s) ?? byMeasure(doc, i, s);
        if (view) {
          found.push(view);
          continue;
        }
      }
      if (t.lower === "in") {
        // "In a March poll, ...", "In her view, ...".
        const inCue = pollIn(doc, i, s) ?? viewOf(doc, i, s) ?? pollStanding(doc, i, s);
        if (inCue) {
          found.push(inCue);
          continue;
        }
      }
      // "Asked whether ..., the mayor said": the question is put by no one named (or by the "by"
      // phrase), not by the main clause's subject.
      const a =
        (t.lower === "asked" ? askedPassive(doc, i, s) : null) ??
        gapRelative(doc, i, s) ??
        verbCue(doc, i, s, found) ??
        askedPassive(doc, i, s) ??
        possessedNoun(doc, i, s) ??
        reportedBy(doc, i, s) ??
        pollPlacing(doc, i, s) ??
        receivedFrom(doc, i, s) ??
        passiveBy(doc, i, s) ??
        adjectiveStance(doc, i, s) ??
        roleNoun(doc, i, s) ??
        expectedImpression(doc, i, s) ??
        reportedlyImpression(doc, i, s) ??
        knownAs(doc, i, s);
      if (a) found.push(a);
    }
    // A first line standing as the headline, in sentence case: "Rose Bowl pilots blast senator".
    if (s === 0 && !headline && found.length === 0 && firstLine(doc, s)) {
      const line = headlineCue(doc, s, true);
      if (line) found.push(line);
      const next = line ? headlineSecond(doc, line, s) : null;
      if (next) found.push(next);
    }
    found.push(...quotedActs(doc, s, found));
    const label = colonLabel(doc, s);
    if (label && !found.some((f) => f.cue && f.cue.start < label.content.start)) found.unshift(label);
    splitConjoined(doc, found, s);
    addInterviewHearer(doc, found, s);
    // "according to X" next to another attribution reports that attribution: X is its outlet.
    for (const acc of according) {
      for (const f of found) if (!f.via && acc.source) f.via = acc.source;
    }
    const outlets = according.filter((acc) => !insertedOutlet(doc, acc, found));
    // A stance inside reported words ("she said she wanted to ...") is part of what was said.
    const speech = found.filter(
      (f) => f.cue && doc.strengthOf(f) === "speech" && !OPEN_CONTAINERS.has(f.rule),
    );
    const kept = found.filter(
      (f) =>
        !f.cue ||
        doc.strengthOf(f) === "speech" ||
        !speech.some((g) => g.content.start <= f.cue!.start && f.cue!.end <= g.content.end),
    );
    // "declined to say whether": one act, found from "declined" and again from "to say"; PolNeAR
    // keeps the governing verb as the cue, so the reading with the longer cue goes.
    // "is eager to attack", found as "is eager to" and again as "eager to attack": two readings of
    // one act of one speaker whose cues cross; the one that starts first keeps the verb group, as
    // PolNeAR's cue does.
    const single = kept.filter(
      (f) =>
        !f.cue ||
        !kept.some(
          (g) =>
            g !== f &&
            g.cue &&
            ((f.cue!.start <= g.cue.start &&
              g.cue.end <= f.cue!.end &&
              g.cue.end - g.cue.start < f.cue!.end - f.cue!.start) ||
              (g.cue.start < f.cue!.start &&
                f.cue!.start < g.cue.end &&
                g.cue.end < f.cue!.end &&
                sameSpeaker(f, g))),
        ),
    );
    // "issued a statement saying X": one act, reported by the participle; the verb that sends the
    // message is no separate stance (the two subjects overlap: the parse and the phrase rules may
    // bound the same name differently).
    const acts = single.filter(
      (f) =>
        !(
          f.rule === "stance" &&
          f.source &&
          single.some(
            (g) =>
              g !== f &&
              g.rule.startsWith("participle") &&
              g.cue &&
              !afterGerundPreposition(doc, g.cue.start, s) &&
              sameSpeaker(f, g) &&
              f.content.start <= g.cue.start &&
              g.cue.end <= f.content.end,
          )
        ),
    );
    out.push(...dropSameWords(acts), ...outlets);
  }
  addQuotes(doc, out);
  if (tips.length > 0) outsideTooltips(doc, tips, out);
  out.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  const kept = dropNestedReports(doc, dropNestedStances(dropInsideCues(out)));
  return widenInvertedSpeakers(
    doc,
    dropInsideInvertedSpeakers(dropObjectReports(dropSameSpeakerInner(doc, dropWeakSubjects(doc, kept)))),
  );
}

/**
 * '..., said two officials who asked not to be named.': the relative clause describes who speaks;
 * a cue inside it ("asked") is part of that description, no act of its own (PolNeAR marks no cue
 * inside a source).
 */
function dropInsideInvertedSpeakers(out: RawAttribution[]): RawAttribution[] {
  // (By sentence, so a long text of such reports costs no pairwise scan.)
  const speakers = new Map<number, Range[]>();
  for (const a of out) {
    if (a.rule !== "post-inverted" || !a.source) continue;
    const list = speakers.get(a.sentence) ?? [];
    list.push(a.source);
    speakers.set(a.sentence, list);
  }
  if (speakers.size === 0) return out;
  return out.filter((a) => {
    const cue = a.cue;
    const list = cue ? speakers.get(a.sentence) : undefined;
    return !cue || !list?.some((r) => r.start <= cue.start && cue.end <= r.end);
  });
}

/**
 * Keeps attributions out of scraped link tooltips ("Sen. Ann Ruiz Ann Maria RuizSenate passes bill
 * Budget talks stall MORE said ..."): the headlines' verbs cue nothing (the headline and quote rules
 * find some of them), and a speaker read in or into the tooltip is the story's mention just before it (what follows "MORE",
 * a party and state or an appositive, goes with the headlines).
 */
function outsideTooltips(doc: Doc, tips: [number, number][], out: RawAttribution[]): void {
  for (let n = out.length - 1; n >= 0; n--) {
    const a = out[n];
    if (a.cue && insideSpan(tips, a.cue.start)) {
      out.splice(n, 1);
      continue;
    }
    const src = a.source;
    if (!src) continue;
    const tip = tips.find(([start, end]) => start < src.end && src.start < end);
    // (one running past the tooltip from before it names more than the tooltip: "Ann Ruiz ... MORE and Tom Bell")
    if (!tip || (src.start < tip[0] && src.end > tip[1])) continue;
    let k = 0;
    while (k < doc.toks.length && doc.toks[k].start < tip[0]) k++;
    if (src.start < tip[0]) {
      const from = doc.toks.findIndex((t) => t.start >= src.start);
      const end = doc.trimPunctEnd(from, k);
      a.source = end > from ? doc.range(from, end) : null;
      continue;
    }
    const s = doc.toks[k]?.sent ?? -1;
    const np = s >= 0 && k > doc.sentFirst[s] ? leftNP(doc, k, s) : null;
    a.source = np ? doc.range(np.start, np.end) : null;
  }
}

/**
 * '"...," said Ann Ruiz, a harbour pilot.': an inverted speaker takes the description closing the
 * sentence, and so does every quote that continues the same act (they share its source). Done after
 * the filters, which read a report inside that description ("..., who backs the levy") as an act of
 * its own, not as words inside the speaker's name.
 */
function widenInvertedSpeakers(doc: Doc, out: RawAttribution[]): RawAttribution[] {
  const wider = new Map<string, Range>();
  for (const a of out) {
    if (a.rule !== "post-inverted" || !a.source) continue;
    const r = doc.tokenRangeOf(a.source, a.sentence);
    if (!r || SUBJECT_PRONOUNS.has(doc.toks[r.start].lower)) continue;
    const w = withAppositive(doc, r, a.sentence);
    if (w.end > r.end)
      wider.set(`${a.source.start}:${a.source.end}`, { start: a.source.start, end: doc.toks[w.end - 1].end });
  }
  if (wider.size === 0) return out;
  for (const a of out) {
    const w = a.source && wider.get(`${a.source.start}:${a.source.end}`);
    if (w) a.source = w;
  }
  return out;
}

/** Rules of a report by a clause's subject whose words may run on through a verb of its object. */
const OBJECT_REPORT_HOSTS = new Set(["stance", "stance-participle", "pre"]);
/** Rules that may find that object's verb as a report of its own. */
const OBJECT_REPORT_INNER = new Set(["pre", "noun", "stance", "participle", "stance-participle"]);

/**
 * "The attorney filed a lawsuit alleging that ...", "She wants voters to know that ...": one act of
 * the subject, whose words the second cue also reaches; the second find, with the first cue's
 * object as its source, goes (on PolNeAR's train split 2 of 17 such sources matched an annotated one).
 */
function dropObjectReports(out: RawAttribution[]): RawAttribution[] {
  const hosts = new Map<string, RawAttribution[]>();
  for (const a of out) {
    if (!a.cue || !a.source || !OBJECT_REPORT_HOSTS.has(a.rule)) continue;
    const key = `${a.content.start}:${a.content.end}`;
    hosts.set(key, [...(hosts.get(key) ?? []), a]);
  }
  if (hosts.size === 0) return out;
  return out.filter((g) => {
    if (!g.cue || !g.source || !OBJECT_REPORT_INNER.has(g.rule)) return true;
    const same = hosts.get(`${g.content.start}:${g.content.end}`) ?? [];
    return !same.some((f) => f !== g && f.cue!.end <= g.source!.start && g.source!.end <= g.cue!.start);
  });
}

/**
 * "The spokesman said, according to the Post, that no one was hurt": an "according to X" set off
 * right after another report's cue is only the outlet of that report (the loop above made it its
 * `via`), not a report of its own; the report's words start after the insert. Mutates that report.
 */
function insertedOutlet(doc: Doc, acc: RawAttribution, found: RawAttribution[]): boolean {
  if (!acc.cue || !acc.source) return false;
  const host = found.find(
    (f) => f.cue && f.source && /^\s*,\s*$/.test(doc.body.slice(f.cue.end, acc.cue!.start)),
  );
  if (!host) return false;
  const after = /^\s*,\s*/.exec(doc.body.slice(acc.source.end));
  if (!after) return false;
  const start = acc.source.end + after[0].length;
  if (host.content.start <= acc.cue.start && start < host.content.end)
    host.content = { ...host.content, start };
  return true;
}

/**
 * Attributions whose content keeps the reports inside it: a poll's finding ("In the survey, most
 * said ..."), and a disputed claim ("X accused Y of ..., a charge Y denied"), which answers the
 * clause before it rather than reporting it.
 */
const OPEN_CONTAINERS = new Set(["poll-in", "disputed-claim"]);

/** Rules whose find inside the same speaker's other words PolNeAR's train split mostly leaves out. */
const SAME_SPEAKER_RULES = new Set(["pre", "pre-quote", "participle", "partial-in-clause", "noun", "stance"]);

/** How many neighbours (in content order) an attribution is compared with: keeps the pass linear. */
const SAME_SPEAKER_WINDOW = 16;

/**
 * "The senator dismissed the plan while saying she would vote for it", "He added that the fee
 * was like asking ...": a second cue inside the words of another attribution whose source is the
 * same speaker is part of that one report; PolNeAR annotates the outer attribution alone (on the
 * train split the inner source is right about one time in five). A cue after "before" or
 * "after" stays an act of its own. `out` is sorted by content start.
 */
function dropSameSpeakerInner(doc: Doc, out: RawAttribution[]): RawAttribution[] {
  // The words of each cue: the union of the contents of the quotes that share it (built when first
  // needed: most texts have no pair of reports by one speaker in one sentence).
  let words: Map<string, Range> | null = null;
  const wordsOf = (key: string): Range => {
    if (!words) {
      const m = new Map<string, Range>();
      out.forEach((a, i) => {
        const k = cueKey(a, i);
        const w = m.get(k);
        m.set(
          k,
          w ? { start: Math.min(w.start, a.content.start), end: Math.max(w.end, a.content.end) } : a.content,
        );
      });
      words = m;
    }
    return words.get(key)!;
  };
  const gone = new Set<string>();
  out.forEach((a, i) => {
    if (!a.cue || !a.source || !SAME_SPEAKER_RULES.has(a.rule)) return;
    const lo = Math.max(0, i - SAME_SPEAKER_WINDOW);
    const hi = Math.min(out.length, i + SAME_SPEAKER_WINDOW + 1);
    for (let j = lo; j < hi; j++) {
      const b = out[j];
      if (!b.cue || !b.source || b.sentence !== a.sentence) continue;
      // The same speaker (overlapping sources), another cue.
      if (b.source.start >= a.source.end || a.source.start >= b.source.end) continue;
      if (b.cue.start < a.cue.end && a.cue.start < b.cue.end) continue;
      const w = wordsOf(cueKey(b, j));
      if (w.start > a.cue.start || a.cue.end > w.end) continue;
      // "thanked the crews before explaining why": a gerund after "before"/"after" is an act of its own.
      if (/\b(?:before|after)\s+$/i.test(doc.body.slice(Math.max(0, a.cue.start - 8), a.cue.start))) return;
      gone.add(cueKey(a, i));
      return;
    }
  });
  return dropCues(out, gone);
}

/**
 * A stance whose cue sits inside another attribution's content ("X said the plan, which he backs,
 * ...") is part of those words, not an attribution of its own; on PolNeAR's train split such nested
 * stances are mostly not annotated. `out` is sorted by content start.
 */
function dropNestedStances(out: RawAttribution[]): RawAttribution[] {
  const ends: number[] = [];
  let max = -1;
  for (const a of out) {
    if (!OPEN_CONTAINERS.has(a.rule)) max = Math.max(max, a.content.end);
    ends.push(max);
  }
  return out.filter((a) => {
    if (!a.cue || !a.rule.startsWith("stance") || a.rule === "stance-impression") return true;
    // The widest content starting at or before the cue.
    const at = lastStartingBy(out, a.cue.start);
    return at < 0 || ends[at] < a.cue.end;
  });
}

/**
 * "The board issued a statement Monday saying that ...", "went out of her way to say that ...": two
 * cues of one speaker whose words start at the same place are one act, and the words belong to the
 * cue next to them ("saying", "say"), not to the verb that sends the message.
 */
function dropSameWords(out: RawAttribution[]): RawAttribution[] {
  // (A cue inside its own words, "Instead of asking her to clarify, Ruiz said", is the farthest.)
  const gap = (a: RawAttribution) =>
    a.cue!.end <= a.content.start
      ? a.content.start - a.cue!.end
      : a.content.end <= a.cue!.start
        ? a.cue!.start - a.content.end
        : Number.POSITIVE_INFINITY;
  const nearer = (b: RawAttribution, a: RawAttribution) =>
    gap(b) !== gap(a) ? gap(b) < gap(a) : b.cue!.start < a.cue!.start;
  return out.filter(
    (a) =>
      !a.cue ||
      !a.source ||
      !out.some(
        (b) => b !== a && b.cue && b.content.start === a.content.start && sameSpeaker(a, b) && nearer(b, a),
      ),
  );
}

/** Whether two readings name one speaker: their sources overlap (the parse and the phrase rules may bound one name differently). */
function sameSpeaker(a: RawAttribution, b: RawAttribution): boolean {
  return !!a.source && !!b.source && a.source.start < b.source.end && b.source.start < a.source.end;
}

/**
 * 'Ruiz fired back forcefully: "..."': the quote's cue runs to the colon, and the reading of "fired
 * back" with "forcefully" as its words is the same act cut short. An attribution whose words lie
 * inside another's cue, by the same speaker, goes.
 */
function dropInsideCues(out: RawAttribution[]): RawAttribution[] {
  return out.filter(
    (a) =>
      !a.source ||
      !out.some(
        (b) =>
          b !== a &&
          b.cue &&
          b.cue.start <= a.content.start &&
          a.content.end <= b.cue.end &&
          sameSpeaker(a, b),
      ),
  );
}

/** Index of the last attribution whose content starts at or before `pos` (`out` sorted by content start), or -1. */
function lastStartingBy(out: RawAttribution[], pos: number): number {
  let lo = 0;
  let hi = out.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (out[mid].content.start <= pos) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

/** Pronoun subjects that may control an infinitive cue ("we went there to protest"). */
const PRONOUN_SUBJECTS = new Set(["he", "she", "they", "we", "i", "you", "who", "which"]);

/** A coordinator, "as", "though" or a semicolon right before a subject: a clause joined to the one before. */
const COORDINATED = /(?:\b(?:and|but|while|whereas|yet|as|though|although)|;)\s+$/;

/** Rules whose finds, inside other reported words, PolNeAR's train split mostly leaves unannotated. */
const NESTED_RULES = new Set([
  "pre",
  "pre-quote",
  "participle",
  "gap-relative",
  "partial-in-clause",
  "noun",
  "colon-verb",
  "verb-quote",
  "passive-by",
]);

/**
 * "She said that a panel named by the mayor had found that ...": a report whose source sits inside
 * another attribution's content is part of those words. On PolNeAR's train split fewer than two in
 * five of such inner sources (and one in five inner contents) are annotated, so they go, together
 * with the quotes that share their cue. Post-posed reports ('"...," he said' inside a longer stretch)
 * are kept: those are mostly annotated.
 */
function dropNestedReports(doc: Doc, out: RawAttribution[]): RawAttribution[] {
  // Over the contents starting at or before each one (`out` is sorted by content start): the
  // furthest end, its cue, and the furthest end of any other cue, so that an attribution's own
  // parts never count as the words around it. A poll's finding keeps the respondents' own report
  // ("In the survey, most said ...").
  const end1: number[] = [];
  const key1: string[] = [];
  const end2: number[] = [];
  let e1 = -1;
  let k1 = "";
  let e2 = -1;
  out.forEach((b, i) => {
    if (!OPEN_CONTAINERS.has(b.rule)) {
      const k = cueKey(b, i);
      if (k === k1) e1 = Math.max(e1, b.content.end);
      else if (b.content.end > e1) {
        e2 = e1;
        e1 = b.content.end;
        k1 = k;
      } else e2 = Math.max(e2, b.content.end);
    }
    end1.push(e1);
    key1.push(k1);
    end2.push(e2);
  });
  const gone = new Set<string>();
  const joined: Array<{ i: number; conjunction: number }> = [];
  out.forEach((a, i) => {
    if (!a.cue || !a.source || !NESTED_RULES.has(a.rule)) return;
    // "X claimed the attack, but officials said ...": a clause of its own, joined to the words
    // before it, reports in its own right (about two in three such sources are annotated).
    const from = Math.max(0, a.source.start - 12);
    const m = COORDINATED.exec(doc.body.slice(from, a.source.start));
    if (m) {
      joined.push({ i, conjunction: from + m.index });
      return;
    }
    if (
      afterFrontedClause(doc, a) &&
      !out.some((b) => WHOLE_CLAUSE_RULES.has(b.rule) && b.sentence === a.sentence && spans(b, a.source!))
    ) {
      joined.push({ i, conjunction: a.source.start });
      return;
    }
    // A report whose speaker opens its sentence ("... . The mayor said ...") or a clause of time
    // ("when the mayor said ...", "after the mayor said ...") is an act of its own, even where a
    // longer attribution's words run over it (on train about one in two such sources are annotated).
    if (opensSentenceOrTimeClause(doc, a)) return;
    const at = lastStartingBy(out, a.source.start);
    if (at < 0) return;
    const k = cueKey(a, i);
    if ((key1[at] === k ? end2[at] : end1[at]) >= a.source.end) gone.add(k);
  });
  for (const { i, conjunction } of joined) endBeforeJoin(doc, out, i, conjunction);
  return dropCues(out, gone);
}

/** The source of `a` opens its sentence, or follows "when" or "after". */
function opensSentenceOrTimeClause(doc: Doc, a: RawAttribution): boolean {
  if (!a.source) return false;
  const src = a.source.start;
  const before = doc.body.slice(Math.max(0, src - 7), src);
  if (/\b(?:when|after)\s+$/i.test(before)) return true;
  let k = doc.sentFirst[a.sentence];
  while (k < doc.sentEnd[a.sentence] && !isWordy(doc.toks[k])) k++;
  return doc.toks[k]?.start === src;
}

/** Words that open a clause standing before the main one ("When ...", "Asked about ..."). */
const FRONTED_LEADS = new Set([...SUBORDINATE_LEADS, "asked", "ever", "until", "once"]);
const RELATIVES = new Set(["who", "which", "that", "whom", "whose"]);
/** Rules whose content is the whole clause around their cue ("According to X, ..."): never cut. */
const WHOLE_CLAUSE_RULES = new Set([
  "according-pre",
  "according-mid",
  "according-post",
  "as-reported",
  "stance-impression",
]);

const spans = (b: RawAttribution, r: { start: number; end: number }) =>
  b.content.start < r.start && b.content.end >= r.end;

/**
 * "Asked about the plan, the mayor said ...", "When the chairman pointed out that ..., the
 * candidate said ...": a report whose source opens the main clause after a comma, where the sentence
 * starts with a subordinate or participle clause. The fronted clause's words end at the comma; the
 * main report stands (on PolNeAR's train split about three in four such sources are annotated).
 */
function afterFrontedClause(doc: Doc, a: RawAttribution): boolean {
  if (!a.source) return false;
  const before = doc.body.slice(Math.max(0, a.source.start - 3), a.source.start);
  if (!/,\s*$/.test(before)) return false;
  const src = doc.body.slice(a.source.start, a.source.end);
  if (RELATIVES.has(src.split(/\s/, 1)[0].toLowerCase())) return false;
  const first = doc.sentFirst[a.sentence];
  let k = first;
  while (
    k < doc.sentEnd[a.sentence] &&
    (!isWordy(doc.toks[k]) || ["but", "and", "so"].includes(doc.toks[k].lower))
  )
    k++;
  const lead = doc.toks[k];
  if (!lead || lead.start >= a.source.start) return false;
  if (lead.lower === "according") return false;
  return FRONTED_LEADS.has(lead.lower) || (/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(lead.text) && k === first);
}

/**
 * The words of the sentence's earlier attributions that run over a joined clause with a report of
 * its own (`out[i]`, whose conjunction starts at `conjunction`) end before the conjunction: "The
 * mayor said the port would reopen, | but the engineers said ...". `out` is sorted by content
 * start, so the earlier ones come before i.
 */
function endBeforeJoin(doc: Doc, out: RawAttribution[], i: number, conjunction: number): void {
  const a = out[i];
  if (!a.source || !a.cue) return;
  let end = conjunction;
  while (end > 0 && /[\s,;]/.test(doc.body[end - 1])) end--;
  const first = doc.sentences[a.sentence].start;
  for (let j = i - 1; j >= 0 && out[j].content.start >= first; j--) {
    const b = out[j];
    if (b.cue && b.cue.start === a.cue.start) continue;
    if (b.content.start < end && b.content.end >= a.source.end) b.content = { start: b.content.start, end };
  }
}

const cueKey = (a: RawAttribution, i: number) => (a.cue ? `${a.cue.start}:${a.cue.end}` : `#${i}`);

/** Drops the attributions of the given cues, with every quote that shares one. */
function dropCues(out: RawAttribution[], gone: Set<string>): RawAttribution[] {
  if (gone.size === 0) return out;
  return out.filter((a, i) => !gone.has(cueKey(a, i)));
}

/**
 * "It's easy to criticize ...", "the crowd came to see him": an infinitive cue whose subject (not
 * an object right before "to") is "it" or a lower-case noun phrase, and any cue whose
 * subject is a bare "that", are mostly no one's annotated report on PolNeAR's train split (about
 * one in five sources right), so they go. A bare "there" ("There seems little doubt ...") names
 * no one either (none right on train).
 */
function dropWeakSubjects(doc: Doc, out: RawAttribution[]): RawAttribution[] {
  const gone = new Set<string>();
  out.forEach((a, i) => {
    if (!a.cue || !a.source) return;
    const src = doc.body.slice(a.source.start, a.source.end);
    const first = src.split(/\s/, 1)[0].toLowerCase();
    const bare = src.toLowerCase();
    if (bare === "that" || bare === "there" || readerQuestion(doc, a)) gone.add(cueKey(a, i));
    // "it means conceding ...", "when it comes to choosing ...": an -ing cue whose source is a bare
    // "it" is mostly no one's report (about one in five right on train).
    else if (bare === "it" && (a.rule === "participle" || a.rule === "stance-participle"))
      gone.add(cueKey(a, i));
    else if (
      /\bto\s+$/.test(doc.body.slice(Math.max(0, a.cue.start - 4), a.cue.start)) &&
      // "allows farmers to oppose": the object of a verb of letting or urging is kept.
      !/^\s*to\s+$/.test(doc.body.slice(a.source.end, a.cue.start)) &&
      (first === "it" || (/^\p{Ll}/u.test(src) && !PRONOUN_SUBJECTS.has(first)))
    )
      gone.add(cueKey(a, i));
  });
  return dropCues(out, gone);
}

/** Auxiliaries that open a yes/no question. */
const QUESTION_AUXILIARIES = new Set([
  "do",
  "does",
  "did",
  "would",
  "will",
  "are",
  "were",
  "have",
  "can",
  "could",
  "should",
]);

/**
 * "Do you support the mayor?", "Would you say the plan failed?": a question put to the reader asks for
 * a view and reports none (none of a dozen on PolNeAR's train split carried a source). An
 * interviewer's turn ("Q: Do you think ...?") is a question someone asked, and stays.
 */
function readerQuestion(doc: Doc, a: RawAttribution): boolean {
  if (!a.source || doc.body.slice(a.source.start, a.source.end).toLowerCase() !== "you") return false;
  const s = a.sentence;
  const first = doc.toks[doc.sentFirst[s]];
  const you = doc.toks[doc.sentFirst[s] + 1];
  const last = doc.toks[doc.sentEnd[s] - 1];
  if (!first || !you || you.start !== a.source.start || first.quote >= 0 || last?.text !== "?") return false;
  if (!QUESTION_AUXILIARIES.has(first.lower)) return false;
  const line = lineStartWithin(doc.body, first.start, 400);
  return !/^\s*Q\s*[:.]/.test(doc.body.slice(line, first.start));
}

/** The sentence ends its line: a headline or a heading above the text. */
function firstLine(doc: Doc, s: number): boolean {
  const last = doc.toks[doc.sentEnd[s] - 1];
  return !!last && /^[ \t]*\n/.test(doc.body.slice(last.end, last.end + 4));
}

/** "before explaining", "after saying": a cue opening an adverbial of time is an act of its own. */
function afterGerundPreposition(doc: Doc, at: number, s: number): boolean {
  for (let k = doc.sentFirst[s] + 1; k < doc.sentEnd[s]; k++)
    if (doc.toks[k].start === at) return isGerund(doc, k, s);
  return false;
}

/** Finds every attribution in a text given its sentences. */
export function attribute(body: string, sentences: Sentence[]): RawAttribution[] {
  return run(new Doc(body, sentences));
}
