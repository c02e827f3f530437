// The events stage: the last stage of the pipeline. For every sentence it builds the dependency view
// (the analyser's parse, or the shallow fallback), codes events with the lexicon (or a user's
// PETRARCH/TABARI verb dictionary, see config.verbDictionary), and attaches CAMEO/PLOVER facts,
// modality, claim status, date, place and provenance. Layers that are empty degrade gracefully.
import { topCreditEnd } from "../actors/text.js";
import type { Document, DyadEvent, Sentence, Timex } from "../model/index.js";
import type { PipelineConfig, Stage } from "../pipeline/stage.js";
import { cameoInfo, ploverOf, rootOf } from "./cameo.js";
import { attributionOf, claimOf } from "./claims.js";
import { type ActorRef, type CodedEvent, Coder, type CoderContext } from "./coder.js";
import { actorRef, copyRef } from "./coder-types.js";
import { childrenBy, copyNode, type GNode, type Graph, makeGraph, nodesFromTokens } from "./graph.js";
import {
  addArrestSources,
  addJudgedActTargets,
  addProtestSources,
  addProtestTargets,
} from "./implied-targets.js";
import { entriesFor, type Lexicon, loadLexicon } from "./lexicon.js";
import { isQuestion } from "./modality.js";
import { nounLemma, verbLemmas } from "./morph.js";
import { pronounNamesNoOne } from "./parties.js";
import { repairFiniteParticiples, repairGroupParticiples, repairSpeakerTags } from "./repair.js";
import { parseUndoes, reviseSentenceEvents } from "./sentence-rules.js";
import { splitSentences } from "./sentences.js";
import { guessTags, shallowParse } from "./shallow.js";
import { MONTHS, WEEKDAYS } from "./words.js";

// Nouns that name actors when no resolver has marked them (fallback only).
const ACTOR_NOUNS = new Set(
  "official officials government ministry minister president premier leader leaders troops troop force forces police army military navy rebel rebels militant militants protester protesters demonstrator demonstrators authority authorities delegation spokesman spokeswoman spokesperson administration parliament court bank banks company companies country countries state states diplomat diplomats envoy ambassador negotiator negotiators soldier soldiers insurgent insurgents gunman gunmen activist activists opposition coalition alliance regime junta cabinet senate congress agency party prosecutor prosecutors judge workers union students".split(
    " ",
  ),
);
// (not "May", which is also a name and a verb)
const CALENDAR_NAMES = new RegExp(`^(${[...WEEKDAYS, ...MONTHS.filter((m) => m !== "May")].join("|")})$`);
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you"]);
const DETERMINERS = /^(the|a|an|this|that|these|those)\s+/i;

export interface EventCoderResources {
  lex: Lexicon;
  /** Country code of an adjectival name the resolver leaves unmarked ("the American decision"). */
  demonym?: (word: string, date: string | null) => string | null;
}

function isoDay(s: string | null): string | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  return m ? m[1] : null;
}

// Each sentence is read twice (parse and chunks) and news repeats its words: the lexicon lemma of a
// verb form is remembered per lexicon; null when none of its candidate lemmas is a head. (A noun's one
// candidate is cheaper to make again than to find in a memo as large as the stories' vocabulary, which
// the other stages push out of the processor's caches between two stories.)
const verbLemmaMemo = new WeakMap<Lexicon, Map<string, string | null>>();
const LEMMA_MEMO_MAX = 50_000;
let lastMemoLex: Lexicon | null = null;
let lastMemo: Map<string, string | null> | undefined;

function lexiconLemma(lex: Lexicon, kind: "noun" | "verb", lower: string): string | null {
  if (kind === "noun") {
    const l = nounLemma(lower);
    return lex.byHead.has(l) ? l : null;
  }
  // (the last lexicon's memo is kept past the WeakMap, whose look-up per verb was a measurable part)
  let m = lex === lastMemoLex ? lastMemo : verbLemmaMemo.get(lex);
  if (!m) {
    m = new Map();
    verbLemmaMemo.set(lex, m);
  }
  lastMemoLex = lex;
  lastMemo = m;
  let hit = m.get(lower);
  if (hit === undefined) {
    hit = verbLemmas(lower).find((l) => lex.byHead.has(l)) ?? null;
    if (m.size >= LEMMA_MEMO_MAX) m.clear();
    m.set(lower, hit);
  }
  return hit;
}

/** A sentence's nodes with the lexicon's lemma repairs, before either reading of its structure. */
interface LexicalNodes {
  nodes: GNode[];
  hasHeads: boolean;
  /** Hyphen-glued words before a noun, which the chunk reading must not take for predicates. */
  glued: number[];
}

/** Builds the dependency view of one sentence: the analyser's heads, else the shallow parse. */
export function sentenceGraph(s: Sentence, lex: Lexicon, mode: "auto" | "shallow" = "auto"): Graph {
  return graphOf(lexicalNodes(s, lex), lex, mode);
}

function lexicalNodes(s: Sentence, lex: Lexicon): LexicalNodes {
  const { nodes, hasHeads } = nodesFromTokens(s.tokens);
  // "Iraqi troops fired on ..." with "fired" tagged a participle modifying "troops": the finite verb
  if (hasHeads) repairSpeakerTags(nodes);
  // (only a word tagged a participle is repaired: most sentences have none, and skip the tags' copy)
  const gerund = hasHeads && s.tokens.some((t) => t.xpos === "VBG");
  const participle = hasHeads && s.tokens.some((t) => t.xpos === "VBN");
  const xpos = gerund || participle ? s.tokens.map((t) => t.xpos) : [];
  // "met protesting farmers" with "protesting" the clause "met" takes: the farmers' adjective
  if (gerund) repairGroupParticiples(nodes, xpos);
  if (participle) repairFiniteParticiples(nodes, xpos, wordClassesOf(lex).takesPrep);
  // words the tokeniser split at a hyphen: "cease-fire" ("cease", "-", "fire") stands for the joined
  // word when the lexicon knows it ("ceasefire"); otherwise the glued word before a noun modifies it
  // ("a no-fly zone"), which the chunk reading must not take for a predicate (the parse reading keeps
  // its own view: "Iranian-supplied arms" is a supply the annotators code)
  const glued: number[] = [];
  for (let i = 2; i < nodes.length; i++) {
    const h = nodes[i - 1];
    if (h.text !== "-") continue;
    const a = nodes[i - 2];
    const b = nodes[i];
    if (a.end !== h.start || h.end !== b.start) continue;
    const glue = `${a.lower}${b.lemma}`;
    const dash = `${a.lower}-${b.lemma}`;
    const joined = lex.byHead.has(glue) ? glue : lex.byHead.has(dash) ? dash : undefined;
    if (joined) b.lemma = joined;
    else if (i + 1 < nodes.length && /^(NOUN|PROPN|ADJ)$/.test(nodes[i + 1].upos)) glued.push(i);
  }
  // a lemmatiser's miss ("spoke" -> "spoke") should not hide a lexicon verb
  for (const n of nodes) {
    const kind = n.upos === "NOUN" ? "noun" : n.upos === "VERB" || n.upos === "AUX" ? "verb" : null;
    const hyphened = n.lemma.includes("-");
    // (a word of another class without a hyphen has nothing to repair: most words, no look-up)
    if (!kind && !hyphened) continue;
    if (lex.byHead.has(n.lemma)) continue;
    // "cease-fire" as one token, "cease-fires": the lexicon's word is written without the hyphen
    const unhyphened = hyphened ? n.lemma.replace(/-/g, "") : "";
    if (unhyphened && lex.byHead.has(unhyphened)) {
      n.lemma = unhyphened;
      continue;
    }
    const hit = kind ? lexiconLemma(lex, kind, n.lower) : undefined;
    if (hit) n.lemma = hit;
  }
  return { nodes, hasHeads, glued };
}

// the chunk reading asks each lexicon for word classes once per sentence, and the participle repair
// whether a verb takes a preposition: the predicates are made once per lexicon (a closure per sentence
// is a name definition per sentence under tsx's keepNames)
interface WordClasses {
  isVerb: (lemma: string) => boolean;
  isNoun: (lemma: string) => boolean;
  /** Whether a verb is coded with the preposition or particle `word` right after it. */
  takesPrep: (lemma: string, word: string) => boolean;
}
const wordClasses = new WeakMap<Lexicon, WordClasses>();

function wordClassesOf(lex: Lexicon): WordClasses {
  let wc = wordClasses.get(lex);
  if (!wc) {
    wc = {
      isVerb: (l) => !!lex.byHead.get(l)?.some((e) => e.kind !== "noun"),
      isNoun: (l) => !!lex.byHead.get(l)?.some((e) => e.kind === "noun"),
      takesPrep: (lemma, word) =>
        !!lex.byHead
          .get(lemma)
          ?.some(
            (e) => e.kind === "verb" && !e.objects.length && (e.preps.includes(word) || e.extra[0] === word),
          ),
    };
    wordClasses.set(lex, wc);
  }
  return wc;
}

/** The parse reading uses the nodes as they are; the chunk reading retags and reparses a copy of them. */
function graphOf(base: LexicalNodes, lex: Lexicon, mode: "auto" | "shallow"): Graph {
  const { hasHeads, glued } = base;
  const shallow = !hasHeads || mode === "shallow";
  const nodes = shallow ? base.nodes.map((n) => copyNode(n)) : base.nodes;
  if (shallow) {
    const { isVerb, isNoun } = wordClassesOf(lex);
    guessTags(nodes, isVerb, isNoun);
    for (const i of glued) if (nodes[i].upos === "VERB") nodes[i].upos = "ADJ";
    shallowParse(nodes);
  }
  return makeGraph(nodes, hasHeads && mode === "auto");
}

/** The words after a country's adjective that name a base or post of its forces (" air base"). */
const FORCES_PLACE =
  /^\s+(?:(?:air|military|naval|army|missile)\s+)?(?:base|airbase|checkpoint|outpost|garrison|barracks)s?$|^\s+(?:defen[cs]e|military|army|border)\s+posts?$/i;

/** What every sentence's look-up reads, built once per document (per sentence it was quadratic). */
interface DocumentActors {
  actorById: Map<string, Document["actors"][number]>;
  mentionsBySentence: Map<number, Document["mentions"]>;
  /**
   * demonymIn's answer by span (start * (body length + 1) + end): both readings of a sentence, and
   * the several rules of each, ask about the same noun phrases, and the answer depends on the span alone.
   */
  demonyms: Map<number, ActorRef | null>;
  /** Where the agency's credit at the top ends ("Washington (CNN) ..."): before it, a dateline, no actor. */
  creditEnd: number;
}

function documentActors(doc: Document): DocumentActors {
  const mentionsBySentence = new Map<number, Document["mentions"]>();
  for (const m of doc.mentions) {
    const list = mentionsBySentence.get(m.sentence);
    if (list) list.push(m);
    else mentionsBySentence.set(m.sentence, [m]);
  }
  return {
    actorById: new Map(doc.actors.map((a) => [a.id, a])),
    mentionsBySentence,
    demonyms: new Map(),
    creditEnd: topCreditEnd(doc.body),
  };
}

/**
 * The coder's view of one sentence's actors: its mentions when the resolver ran, else noun-phrase
 * guesses. A class rather than a bundle of closures, since the stage makes one per sentence.
 */
class SentenceActors implements CoderContext {
  private readonly mentions: Document["mentions"];
  private readonly haveResolver: boolean;
  /** The story's date, for names whose code changed over time. */
  private readonly day: string | null;
  private readonly sentenceIndex: number;
  /** The resolved mentions as actors, built on the first ask (the coder asks often, most sentences never). */
  private resolved: ActorRef[] | null = null;

  constructor(
    readonly lex: Lexicon,
    private readonly doc: Document,
    sentenceIndex: number,
    private readonly res: EventCoderResources,
    private readonly all: DocumentActors,
  ) {
    this.mentions = all.mentionsBySentence.get(sentenceIndex) ?? [];
    this.sentenceIndex = sentenceIndex;
    this.haveResolver = doc.mentions.length > 0;
    this.day = isoDay(doc.published);
  }

  private ref(start: number, end: number, actorId: string | null): ActorRef {
    const a = actorId ? this.all.actorById.get(actorId) : undefined;
    return actorRef(start, end, this.doc.body.slice(start, end), a?.code ?? "---", actorId ?? null, a?.type);
  }

  actorIn(start: number, end: number, head: GNode): ActorRef | null {
    const { doc, res } = this;
    if (start < this.all.creditEnd) return null;
    if (this.haveResolver) {
      // the mention over the head, else the first inside the span (one pass: the coder asks often)
      let first: Document["mentions"][number] | undefined;
      let m: Document["mentions"][number] | undefined;
      for (const x of this.mentions) {
        if (!(x.start < end && x.end > start)) continue;
        first ??= x;
        if (x.start <= head.start && x.end >= head.end) {
          m = x;
          break;
        }
      }
      m ??= first;
      if (m) return this.ref(m.start, m.end, m.actorId);
      if (res.demonym) {
        const named = this.demonymIn(start, end, res.demonym);
        // "a Vosk air base", "Vosk army posts": a place the forces hold is the country's military
        if (named && /^[A-Z]{3}$/.test(named.code) && FORCES_PLACE.test(doc.body.slice(named.end, head.end)))
          return copyRef(named, `${named.code}MIL`);
        if (named) return named;
      }
      if (head.upos !== "PROPN") return null;
    }
    // "fired on protesters on Tuesday": a day's or month's name is a time, not a party
    if (head.upos === "PROPN" && CALENDAR_NAMES.test(head.text)) return null;
    // no resolver: proper names, pronouns and actor nouns stand for actors, coded "---"
    const ok =
      head.upos === "PROPN" ||
      PRONOUNS.has(head.lower) ||
      ACTOR_NOUNS.has(head.lower) ||
      (head.upos === "ADJ" && /^\p{Lu}/u.test(head.text));
    if (!ok) return null;
    let text = doc.body.slice(start, end);
    const det = DETERMINERS.exec(text);
    if (det) {
      start += det[0].length;
      text = text.slice(det[0].length);
    }
    return actorRef(start, end, text, "---", null);
  }

  /** "the American decision", "an Iranian supertanker": the adjective names the actor. */
  private demonymIn(
    start: number,
    end: number,
    demonym: NonNullable<EventCoderResources["demonym"]>,
  ): ActorRef | null {
    const key = start * (this.doc.body.length + 1) + end;
    let hit = this.all.demonyms.get(key);
    if (hit === undefined) {
      hit = this.demonymOfSpan(start, end, demonym);
      this.all.demonyms.set(key, hit);
    }
    // (a fresh object per ask, as before the memo: callers own what they are given)
    return hit ? copyRef(hit) : null;
  }

  private demonymOfSpan(
    start: number,
    end: number,
    demonym: NonNullable<EventCoderResources["demonym"]>,
  ): ActorRef | null {
    const text = this.doc.body.slice(start, end);
    const words = text.match(/\p{Lu}[\p{L}.]*/gu) ?? [];
    // (a two-word name first: "North Korean", "South Korean", whose words alone name nothing)
    const names = words
      .slice(0, 4)
      .flatMap((w, k) =>
        k + 1 < words.length && text.includes(`${w} ${words[k + 1]}`) ? [`${w} ${words[k + 1]}`, w] : [w],
      );
    for (const w of names) {
      const code = demonym(w, this.day);
      if (code) {
        const at = this.doc.body.indexOf(w, start);
        return actorRef(at, at + w.length, w, code, null);
      }
    }
    return null;
  }

  /** Shared between calls: the coder only reads the list and its actors. */
  sentenceActors(): ActorRef[] {
    if (!this.resolved)
      this.resolved = this.haveResolver
        ? this.mentions.map((m) => this.ref(m.start, m.end, m.actorId)).filter((a) => a.actorId)
        : [];
    return this.resolved;
  }

  earlierActors(): ActorRef[][] {
    return [this.sentenceIndex - 2, this.sentenceIndex - 1].map((k) =>
      (this.all.mentionsBySentence.get(k) ?? [])
        .filter((m) => m.actorId)
        .map((m) => this.ref(m.start, m.end, m.actorId)),
    );
  }

  textBetween(start: number, end: number): string {
    return this.doc.body.slice(start, end);
  }

  speakerAt(pos: number): ActorRef | null {
    const q = this.doc.quotes.find((x) => x.content.start <= pos && x.content.end > pos && x.source?.actorId);
    return q?.source ? this.ref(q.source.start, q.source.end, q.source.actorId) : null;
  }
}

const MONTH_WORD = new RegExp(`\\d|${MONTHS.join("|")}`);
const DAY_MS = 86_400_000;

/** The Monday of an ISO week, as UTC milliseconds. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const back = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - back * DAY_MS + (week - 1) * 7 * DAY_MS;
}

/**
 * The date a time expression gives an event, or null when it gives none worth more than the
 * article's own: a day; a month or year the words name ("in 2019") or that is not the article's
 * ("last month", "last year"; "this year" says less than the article's day); a weekend ("over the
 * weekend") as its Saturday, at most a day off where the article's day is further; a week that is not
 * the article's ("last week") as its month, the one that holds most of its days.
 */
export function timexEventDate(t: Timex, articleDate: string | null): string | null {
  if (t.type !== "DATE" && t.type !== "TIME") return null;
  const v = t.value;
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  if (/^\d{4}(-\d{2})?$/.test(v))
    return MONTH_WORD.test(t.text) || (articleDate !== null && !articleDate.startsWith(v)) ? v : null;
  const w = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (!w) return null;
  const monday = isoWeekMonday(Number(w[1]), Number(w[2]));
  if (w[3]) return new Date(monday + 5 * DAY_MS).toISOString().slice(0, 10);
  // ("this week" is the article's own week: its day says more)
  if (articleDate) {
    const a = Date.parse(`${articleDate}T00:00:00Z`);
    if (a >= monday && a < monday + 7 * DAY_MS) return null;
  }
  return new Date(monday + 3 * DAY_MS).toISOString().slice(0, 7);
}

function clauseDate(
  g: Graph,
  clause: number[],
  verb: number,
  timexes: Timex[],
  articleDate: string | null,
): string | null {
  if (clause.length === 0 || timexes.length === 0) return null;
  const spans = clause.map((k) => g.nodes[k]);
  // (a story's many time expressions are tested against the clause's extent before its words)
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const n of spans) {
    if (n.start < lo) lo = n.start;
    if (n.end > hi) hi = n.end;
  }
  const dated: [Timex, string][] = [];
  for (const t of timexes) {
    if (t.end <= lo || t.start >= hi) continue;
    if (!spans.some((n) => n.start < t.end && n.end > t.start)) continue;
    const d = timexEventDate(t, articleDate);
    if (d) dated.push([t, d]);
  }
  if (dated.length === 0) return null;
  const vStart = g.nodes[verb].start;
  dated.sort((a, b) => Math.abs(a[0].start - vStart) - Math.abs(b[0].start - vStart));
  return dated[0][1];
}

/** Prepositions of a place phrase: where an act happens. */
const PLACE_PREPS = /^(in|inside|near|outside|across|throughout|around|along|within)$/;

/**
 * Acts a pair of states does with each other when no one else is named: accord, cooperation (not
 * the praise or support of a third), yielding, fighting.
 */
const PAIR_ON_EACH_OTHER = /^(019|03|04|05[02-9]|06|08|16|19)/;

/**
 * "Arland and Borvia held talks. The two countries agreed to resume flights": the one span that
 * stands for the two states named before (parties.ts namedPair) gives one event each; with no one
 * else named, an accord, cooperation, concession or fight of the pair is with each other.
 */
function pairOnEachOther(evs: CodedEvent[]): void {
  const found: [CodedEvent, ActorRef][] = [];
  for (const e of evs) {
    if (e.target || !e.source || !PAIR_ON_EACH_OTHER.test(e.code)) continue;
    const mates = evs.filter((x) => pairOf(e, x));
    if (mates.length === 1 && mates[0].source) found.push([e, mates[0].source]);
  }
  // (set only after all are found: each one's mate is asked while it still has no target)
  for (const [e, t] of found) e.target = copyRef(t);
}

// (outside pairOnEachOther, which runs for every sentence: no function is made per call)
function pairOf(a: CodedEvent, b: CodedEvent): boolean {
  return (
    a !== b &&
    a.verb === b.verb &&
    a.code === b.code &&
    !!a.source &&
    !!b.source &&
    a.source.start === b.source.start &&
    a.source.end === b.source.end &&
    a.source.code.slice(0, 3) !== b.source.code.slice(0, 3) &&
    !b.target
  );
}

/**
 * Whether the place starting at `start` is the object of a place preposition ("in southern Lebanon",
 * "near the Syrian border"): the preposition before it, past a few modifiers.
 */
function placePhrase(g: Graph, start: number): boolean {
  const at = g.nodes.findIndex((n) => n.start >= start);
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const n = g.nodes[k];
    if (n.upos === "ADP") return PLACE_PREPS.test(n.lower);
    if (!/^(DET|ADJ|PROPN|NOUN|PUNCT)$/.test(n.upos) || n.text === ",") return false;
  }
  return false;
}

/** Whether the clause word at `start` is a frame ("offered" in "China offered to mediate"). */
function frameCue(g: Graph, clause: number[], start: number, lex: Lexicon): boolean {
  return clause.some(
    (k) => g.nodes[k].start === start && !!lex.byHead.get(g.nodes[k].lemma)?.some((x) => x.kind === "frame"),
  );
}

/** The node with its flat modifiers: enough to name a speaker or an outlet. */
function nodeText(doc: Document, g: Graph, k: number): string {
  const ns = g.nodes;
  let a = k;
  let b = k;
  while (a > 0 && ns[a - 1].head === k && /^(compound|amod|det|flat|nmod:poss|case)$/.test(ns[a - 1].deprel))
    a--;
  while (b + 1 < ns.length && ns[b + 1].head === k && /^(flat|compound)$/.test(ns[b + 1].deprel)) b++;
  return doc.body.slice(ns[a].start, ns[b].end).replace(/^(the|a|an)\s+/i, "");
}

/**
 * Whether verb v (or, without v, any verb the lexicon codes) has a relative or indefinite pronoun for
 * its subject in the parse, "those who killed ...", "groups that provide ...", and the coder found no
 * actor there: the chunk reading and the fallback would lend the act a party from the words around it.
 */
function subjectNamesNoOne(g: Graph, lex: Lexicon, v?: number): boolean {
  return g.nodes.some((n) => {
    if (!/^nsubj/.test(n.deprel) || n.head < 0 || !pronounNamesNoOne(lex, g, n.i)) return false;
    if (v !== undefined) return n.head === v;
    const h = g.nodes[n.head];
    return h.upos === "VERB" && entriesFor(lex, h.lemma, "verb").length > 0;
  });
}

// a news page's furniture that scrapers keep in the body: photo-gallery captions ("Hide Caption 4 of
// 21 Photos: ...", "Image copyright Reuters Image caption ...", "Mandel Ngan / Getty Images Joe
// Biden ..."), video teasers ("MUST WATCH ...", "JUST WATCHED ... Replay More Videos") and
// related links ("READ MORE:", "More:Supreme Court ..."). Captions and teasers describe other days
// and stories than the article's, so their "events" would be dated and placed wrongly.
const PAGE_FURNITURE =
  /^\s*(?:Hide Caption \d+ of \d+|Photos?:|MUST WATCH\b|JUST WATCHED\b|READ MORE:|More:\S|Image copyright\b|Image caption\b|[\p{L}.' -]{1,40} \/ Getty Images\b)|Replay More Videos/u;
// a photo caption closed by its credit: "... in Lansing, Michigan [Paul Sancya/AP Photo]"
const PHOTO_CREDIT = /\[[^\]]{0,60}(?:\/\s*(?:Reuters|AP|AFP|EPA|Getty Images)|Photo)\s*\]\s*$/;

/** A line of the page around the story (captions, teasers, related links), not the story's text. */
function pageFurniture(body: string, s: Sentence): boolean {
  return (
    PAGE_FURNITURE.test(body.slice(s.start, Math.min(s.end, s.start + 200))) ||
    PHOTO_CREDIT.test(body.slice(Math.max(s.start, s.end - 80), s.end))
  );
}

// Some pages glue a run of related headlines to a name inside a sentence, closed by "MORE" ("President
// Donald John TrumpGolden Globes host ... Trump doubles down on threat to Iran cultural sites MORE on
// Sunday doubled down ..."): from the glued capital to "MORE" the words are other stories'.
const INSERTED_HEADLINES = /\p{Ll}(\p{Lu}\p{Ll}[^\n]{0,400}? MORE\b)/gu;

function insertedHeadlines(body: string): [number, number][] {
  if (!body.includes(" MORE")) return [];
  return [...body.matchAll(INSERTED_HEADLINES)].map((m) => [m.index + 1, m.index + m[0].length]);
}

/** Drops the events told inside a run of inserted headlines, and the parties taken from one. */
function dropInsertedHeadlines(pairs: [Graph, CodedEvent][], runs: [number, number][]): void {
  const inside = (at: number) => runs.some(([a, b]) => at >= a && at < b);
  for (let k = pairs.length - 1; k >= 0; k--) {
    const [g, c] = pairs[k];
    if (inside(g.nodes[c.verb].start)) pairs.splice(k, 1);
    else {
      if (c.source && inside(c.source.start)) c.source = null;
      if (c.target && inside(c.target.start)) c.target = null;
    }
  }
}

const PRONOUN_PARTY = /^(he|she|his|her|him|they|their|them|it|its|himself|herself|themselves)$/i;

/**
 * "Trump and his allies have dismissed ...", "Goldstein ... he talked": one act coded twice, once for a
 * name and once for a pronoun or possessive resolved to the same actor, keeps the name's copy.
 */
function dropPronounTwins(pairs: [Graph, CodedEvent][]): void {
  if (pairs.length < 2) return;
  const same = (a: ActorRef, b: ActorRef) =>
    a.actorId !== null ? a.actorId === b.actorId : a.code !== "---" && a.code === b.code;
  for (let k = pairs.length - 1; k >= 0; k--) {
    const [g, c] = pairs[k];
    if (!c.source || !PRONOUN_PARTY.test(c.source.text)) continue;
    const src = c.source;
    const twin = pairs.some(
      ([g2, d]) =>
        d !== c &&
        g2 === g &&
        d.verb === c.verb &&
        d.code === c.code &&
        d.source !== null &&
        !PRONOUN_PARTY.test(d.source.text) &&
        same(d.source, src) &&
        (d.target?.code ?? null) === (c.target?.code ?? null),
    );
    if (twin) pairs.splice(k, 1);
  }
}

/** Codes one document; exported for tests and the `code` command. */
export function codeDocument(doc: Document, res: EventCoderResources): Document {
  let sentences = doc.sentences;
  const notes = [...doc.notes];
  if (sentences.length === 0 && doc.body.trim() !== "") {
    sentences = splitSentences(doc.body);
    notes.push("events: no analysis layer; used the fallback sentence splitter");
  }
  const all = documentActors(doc);
  const articleDate = isoDay(doc.published);
  const events: DyadEvent[] = [];
  const verbLemma = new Map<string, string>();
  const headlineRuns = insertedHeadlines(doc.body);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s.tokens.length === 0 || s.tokens.length > 400) continue;
    if (pageFurniture(doc.body, s)) continue;
    const base = lexicalNodes(s, res.lex);
    const g0 = graphOf(base, res.lex, "auto");
    // the coder is pure (DESIGN: same graph and context, same events), so one serves both readings
    const ctx = new SentenceActors(res.lex, doc, si, res, all);
    const coder = new Coder(ctx);
    const pairs: [Graph, CodedEvent][] = coder.code(g0).map((c) => [g0, c]);
    let undone = false;
    if (g0.parsed) {
      // the chunk reading of the same tokens finds what a wrong parse attachment hides (measured on
      // the dev set: the union codes more events right than either reading alone)
      const g1 = graphOf(base, res.lex, "shallow");
      const used = new Set(
        pairs.flatMap(([, c]) => (c.covers === undefined ? [c.verb] : [c.verb, c.covers])),
      );
      const shallow = coder.code(g1);
      // a verb whose parse gave it only an inherited subject, while the chunk reading finds its own
      // ("... after Visa and MasterCard pulled out"), takes the chunk reading
      for (const v of new Set(shallow.filter((c) => c.ownSubject).map((c) => c.verb))) {
        const fromParse = pairs.filter(([, c]) => c.verb === v);
        // (not when the parse reads the verb as the complement of a frame: "resisted releasing" has
        // its subject from "resisted" by right; nor when it finds the act undone: "avoided naming")
        if (
          fromParse.length &&
          fromParse.every(([, c]) => c.ownSubject === false && !c.frames.length && !c.negated)
        ) {
          for (let k = pairs.length - 1; k >= 0; k--) if (pairs[k][1].verb === v) pairs.splice(k, 1);
          used.delete(v);
        }
      }
      // the chunk reading does not see an "if" clause; the parse's says its acts have not happened
      const inCondition = shallow.length ? coder.conditionNodes(g0) : new Set<number>();
      // (nor where the parse's words undo the code: "called Borvia a “rogue state”" names it, however
      // the quote marks split the chunks; "beat Vale in the race" is a contest won)
      for (const c of shallow) {
        if (used.has(c.verb) || inCondition.has(c.verb)) continue;
        if (parseUndoes(ctx, g0, c) || subjectNamesNoOne(g0, res.lex, c.verb)) undone = true;
        else pairs.push([g1, c]);
      }
    }
    // neither reading coded anything: a lexicon word between resolved actors still may (not where the
    // parse undid what the chunks coded: the same words would be guessed at again)
    // (nor where a verb's subject named no actor: the words around were never that act's parties)
    if (pairs.length === 0 && !undone && !subjectNamesNoOne(g0, res.lex))
      for (const c of coder.fallback(g0)) pairs.push([g0, c]);
    // (most sentences code nothing: the question test and the revisions below have nothing to act on)
    if (pairs.length === 0) continue;
    // "Did Arland Withdraw Its Troops?", "How Vosk Won The Vote": a question asserts no act
    const asks = isQuestion(g0);
    reviseSentenceEvents(pairs);
    if (headlineRuns.length) dropInsertedHeadlines(pairs, headlineRuns);
    dropPronounTwins(pairs);
    // "the two countries agreed to ...": the pair acts with each other
    pairOnEachOther(pairs.map(([, c]) => c));
    let n = 0;
    for (const [g, c] of pairs) {
      const info = cameoInfo(c.code);
      const root = rootOf(c.code);
      const vn = g.nodes[c.verb];
      const pn = c.particle !== null ? g.nodes[c.particle] : null;
      const vStart = vn.start;
      const vEnd = pn && pn.end > vn.end ? pn.end : vn.end;
      const claim = claimOf(g, c.verb);
      const date = clauseDate(g, c.clause, c.verb, doc.timexes, articleDate);
      const clauseStart = Math.min(...c.clause.map((k) => g.nodes[k].start));
      const clauseEnd = Math.max(...c.clause.map((k) => g.nodes[k].end));
      // (a place that is the target is where the act happened only inside a place phrase: "struck
      // targets in southern Lebanon", not "Arland attacked Vosk")
      const place =
        doc.places.find(
          (p) =>
            p.start >= clauseStart &&
            p.end <= clauseEnd &&
            !(c.target && p.start >= c.target.start && p.end <= c.target.end && !placePhrase(g, p.start)) &&
            !(c.source && p.start >= c.source.start && p.end <= c.source.end) &&
            // (nor one naming another party of the same act: "killed 10 civilians and a US soldier")
            !pairs.some(
              ([g2, d]) =>
                g2 === g &&
                d.verb === c.verb &&
                d !== c &&
                [d.source, d.target].some(
                  (a) => a && p.start >= a.start && p.end <= a.end && a.code !== "---",
                ),
            ),
        ) ?? null;
      // an "indirect quote" cued by the event's own frame ("China offered to mediate") reports nothing
      const quote = doc.quotes.find(
        (q) =>
          q.content.start <= vStart &&
          q.content.end >= vEnd &&
          !(q.cue && frameCue(g, c.clause, q.cue.start, res.lex)),
      );
      let status = claim.status;
      let attribution = attributionOf(
        g,
        claim,
        (k) => nodeText(doc, g, k),
        () => null,
      );
      if (quote && status === "asserted") {
        status = "reported";
        attribution = quote.chain.length
          ? quote.chain
          : [
              {
                speaker: quote.source?.text ?? null,
                speakerActorId: quote.source?.actorId ?? null,
                cue: quote.cue?.text ?? null,
                outlet: null,
                relation: null,
              },
            ];
      }
      if (c.code === "016" && ["deny", "reject", "dismiss", "refute"].includes(vn.lemma)) status = "denied";
      // "Arland's missiles hit a depot in Vosk, killing 12 people": unnamed people killed by a
      // foreign force are the civilians of the country the act happened in
      let target = c.target ? placeAsCountry(doc, c.target) : null;
      // "the envoy visited Vosk City", "flew to Vosk City": a capital travelled to is a place in the
      // country, not the seat of its government acting
      if (target && c.code === "042") target = visitedSeat(doc, target);
      const home = c.source?.code.slice(0, 3);
      if (
        !target &&
        c.victims &&
        place?.country &&
        /^[A-Z]{3}$/.test(place.country) &&
        home &&
        /^[A-Z]{3}$/.test(home) &&
        home !== place.country
      )
        target = actorRef(c.victims.start, c.victims.end, c.victims.text, `${place.country}CVL`, null);
      // "Arland's missiles struck a hospital in Vosk": force used on no named party, in a town of
      // another state, is aimed at that state
      if (
        !target &&
        !c.victims &&
        /^(18|19|20)/.test(c.code) &&
        place?.country &&
        /^[A-Z]{3}$/.test(place.country) &&
        home &&
        /^[A-Z]{3}$/.test(home) &&
        home !== place.country &&
        placePhrase(g, place.start) &&
        // (a verb with its object: "four Americans killed in Niger", read as a verb with the dead for
        // its doer, is no attack by them)
        (vn.upos !== "VERB" || childrenBy(g, c.verb, /^obj$/).length > 0)
      )
        target = actorRef(place.start, place.end, place.text, place.country, null);
      const id = `e${si}-${n++}`;
      verbLemma.set(id, vn.lemma);
      events.push({
        id,
        sentence: si,
        evidence: { start: s.start, end: s.end },
        source: c.source ? copyRef(c.source) : null,
        target,
        verb: { start: vStart, end: vEnd, text: doc.body.slice(vStart, vEnd) },
        cameo: c.code,
        root,
        plover: ploverOf(c.code),
        quad: info?.quad ?? 1,
        goldstein: info?.goldstein ?? 0,
        date: date ?? articleDate,
        dateSource: date ? "clause" : articleDate ? "article" : "none",
        place: place ? { name: place.name, country: place.country, lat: place.lat, lon: place.lon } : null,
        modality: asks ? "hypothetical" : c.modality,
        negated: c.negated,
        status,
        denies: null,
        rule: c.rule,
        attribution,
      });
    }
  }
  linkDenials(events);
  addDenialTargets(events);
  addProtestSources(events);
  addProtestTargets(doc, events);
  addArrestSources(doc, events);
  addJudgedActTargets(doc, events);
  return { ...doc, sentences, notes, events };
}

/**
 * A government code (XXXGOV) given to a town the place layer knows ("visited Vosk City", "flew to Vosk
 * City"): the country the town is in. (A seat the place layer does not mark stays the government:
 * "visited the Kremlin".)
 */
function visitedSeat(doc: Document, party: ActorRef): ActorRef {
  if (!party.code.endsWith("GOV") || party.code.length !== 6) return party;
  const town = doc.places.some(
    (x) =>
      x.start <= party.start &&
      x.end >= party.end &&
      x.kind === "city" &&
      x.country === party.code.slice(0, 3),
  );
  return town
    ? actorRef(party.start, party.end, party.text, party.code.slice(0, 3), null, party.type)
    : party;
}

/**
 * "Arland's troops shelled Vosk": a town or region that suffers an act stands for the country it is in,
 * as the country dictionaries of CAMEO coders list cities under their country. Only a party no actor
 * list knows takes it; the place must be the whole party, not a word inside it ("the Vosk police").
 */
function placeAsCountry(doc: Document, party: ActorRef): ActorRef {
  if (party.code !== "---" || party.actorId) return copyRef(party);
  const p = doc.places.find(
    (x) =>
      x.start <= party.start &&
      x.end >= party.end &&
      (x.kind === "city" || x.kind === "region") &&
      !!x.country &&
      /^[A-Z]{3}$/.test(x.country),
  );
  return copyRef(party, p?.country ?? party.code);
}

/**
 * A denial of a report ("the ministry denied the report") denies the latest alleged or reported
 * event in the few sentences before it; a denial with its own clause denies the events in it.
 */
export function linkDenials(events: DyadEvent[]): void {
  for (let i = 0; i < events.length; i++) {
    const d = events[i];
    if (d.status !== "denied" || d.cameo !== "016") continue;
    for (let j = i - 1; j >= 0; j--) {
      const e = events[j];
      if (d.sentence - e.sentence > 4) break;
      if (e.cameo === "016") continue;
      if (
        e.status === "alleged" ||
        e.status === "reported" ||
        (e.status === "denied" && e.sentence === d.sentence)
      ) {
        d.denies = e.id;
        break;
      }
    }
  }
}

/**
 * "Vosk denied the claim", "Arland denies being responsible": a denial that names no one is aimed at
 * whoever made the claim, the source of the accusation (CAMEO 11x) against the denier in the few
 * sentences before it: the denied event when it is one, else the latest such accusation.
 */
export function addDenialTargets(events: DyadEvent[]): void {
  const country = (code: string) => code.slice(0, 3);
  // (the state and its government are one side; its rebels are another: "Arland accused the rebels")
  const sameSide = (a: string, b: string) => a === b || a === country(b) || b === country(a);
  for (let i = 0; i < events.length; i++) {
    const d = events[i];
    if (d.cameo !== "016" || d.target || !d.source || d.source.code === "---") continue;
    const denier = country(d.source.code);
    const accuses = (e: DyadEvent) =>
      e.root === "11" &&
      !!e.source &&
      !!e.target &&
      e.source.code !== "---" &&
      sameSide(e.target.code, d.source?.code ?? "") &&
      country(e.source.code) !== denier;
    const linked = d.denies ? events.find((e) => e.id === d.denies) : undefined;
    let by = linked && accuses(linked) ? linked : undefined;
    for (let j = i - 1; !by && j >= 0 && d.sentence - events[j].sentence <= 3; j--)
      if (accuses(events[j])) by = events[j];
    if (by?.source) d.target = copyRef(by.source);
  }
}

// (stories come a few dates at a time; the memo starts over past this many dates, or words of a date)
const DEMONYM_MEMO_DATES = 64;
const DEMONYM_MEMO_WORDS = 20_000;

/** Demonyms from the actors' knowledge base, when it loads; events still code without it. */
async function demonymLookup(config: PipelineConfig): Promise<EventCoderResources["demonym"]> {
  try {
    const { loadKnowledgeBase } = await import("../actors/kb-load.js");
    const kb = loadKnowledgeBase(config.dictionaries ?? []);
    // the coder asks about the same few capitalised words in every sentence of a story: the answers
    // are kept per date (the knowledge base does not change once loaded)
    const memo = new Map<string | null, Map<string, string | null>>();
    return (word, date) => {
      if (!/^\p{Lu}/u.test(word) || word.length < 3) return null;
      let known = memo.get(date);
      if (!known) {
        if (memo.size >= DEMONYM_MEMO_DATES) memo.clear();
        known = new Map();
        memo.set(date, known);
      }
      let code = known.get(word);
      if (code === undefined) {
        code = kb.lookup(word, date).find((h) => h.type === "country")?.code ?? null;
        if (known.size >= DEMONYM_MEMO_WORDS) known.clear();
        known.set(word, code);
      }
      return code;
    };
  } catch {
    return undefined;
  }
}

export async function createEventStage(config: PipelineConfig): Promise<Stage> {
  let lex: Lexicon;
  if (config.verbDictionary) {
    const { loadVerbDictionaryAsLexicon } = await import("./verb-dictionary.js");
    lex = loadVerbDictionaryAsLexicon(config.verbDictionary, loadLexicon());
  } else lex = loadLexicon();
  const res: EventCoderResources = Object.freeze({ lex, demonym: await demonymLookup(config) });
  return {
    name: "events",
    run: (doc: Document) => codeDocument(doc, res),
  };
}
