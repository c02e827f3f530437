// The event coder: reads predicates, their subjects, objects and obliques off a dependency graph and
// codes them with the lexicon. Handles passives, coordinated actors (one event per dyad), verb chains
// through frames ("offered to broker" -> intent to mediate), light verbs ("held talks with") and
// nominal events ("the invasion of X"). Pure: the same graph and context give the same events.

import type { Modality } from "../model/index.js";
import { childrenBy, type GNode, type Graph, subtree } from "./graph.js";
import { entriesFor, type FrameKind, type LexEntry, type Lexicon, shiftCode } from "./lexicon.js";

/** An actor found in the sentence: its span and CAMEO code ("---" when unknown). */
export interface ActorRef {
  start: number;
  end: number;
  text: string;
  code: string;
  actorId: string | null;
  /** The resolved actor's type ("person", "country", ...), when known. */
  type?: string;
}

export interface CoderContext {
  lex: Lexicon;
  /** The actor a span of the sentence refers to (from the resolver's mentions), or null. */
  actorIn(start: number, end: number, head: GNode): ActorRef | null;
  /** Actors of the whole sentence in order, for "the pair"/"both sides". */
  sentenceActors(): ActorRef[];
  /** The speaker of the quotation that contains a position, when the quotes layer names one. */
  speakerAt?(pos: number): ActorRef | null;
}

export interface CodedEvent {
  source: ActorRef | null;
  target: ActorRef | null;
  /** The predicate node (verb or event noun) and its particle, for the verb span. */
  verb: number;
  particle: number | null;
  code: string;
  rule: string;
  modality: Modality;
  negated: boolean;
  /** Frames passed on the way up ("intend", "appeal", ...), innermost first. */
  frames: FrameKind[];
  /** Nodes of the clause (and the clauses of its frames): where to look for its time and place. */
  clause: number[];
  /** A predicate this event stands for besides its own verb (the denied act of "said it did not ..."). */
  covers?: number;
  /** True when the source is the predicate's own subject, not one inherited through coordination or a chain. */
  ownSubject?: boolean;
}

const FRAME_DEFAULT: Partial<Record<FrameKind, string>> = {
  intend: "030",
  appeal: "020",
  demand: "100",
  refuse: "120",
  threaten: "130",
};
const NEG_WORDS = new Set(["not", "n't", "never", "no", "neither", "nor", "without"]);
const HYPO = new Set(["could", "might", "may", "would", "should", "can", "must"]);
const FUTURE = new Set(["will", "shall", "'ll"]);
const WILL_AUX = new Set(["will", "would", "wo", "shall", "'ll", "can", "could", "ca"]);
// verbs whose object is the doer of the act in their "for"/"of" phrase ("blamed Israel for airstrikes")
const ACCUSE_VERBS = new Set(["accuse", "blame", "fault", "charge", "indict", "convict", "suspect"]);
// verbs whose subject owns the act they take responsibility for ("claimed responsibility for the attack")
const CLAIM_VERBS = new Set(["claim", "take", "accept", "acknowledge", "admit"]);
// Heads of noun phrases that name people or bodies, for uncoded actors when the resolver marks none.
const UNKNOWN_ACTOR_NOUN =
  /^(people|person|man|men|woman|women|protester|demonstrator|activist|farmer|worker|student|resident|civilian|villager|supporter|mourner|fan|crowd|group|official|officer|soldier|troop|force|police|policeman|militant|rebel|gunman|insurgent|fighter|guerrilla|leader|politician|representative|member|minister|government|authority|prisoner|sailor|journalist|reporter|delegation|party|union|employee|striker|opposition|hundred|thousand|dozen|mob|attacker|assailant|kidnapper|captor|hostage|refugee|migrant|voter|lawmaker|legislator|senator|diplomat|staff|agent|investigator|prosecutor|judge|court|company|firm|bank)s?$/;
// Nouns that measure another noun ("thousands of troops"): the object's meaning is the measured noun.
const QUANTITY =
  /^(thousand|thousands|hundred|hundreds|dozen|dozens|million|millions|billion|billions|number|group|unit|canister|canisters|batch|shipment|consignment|amount|ton|tons|tonne|tonnes|round|rounds|volley|barrage)$/;
// Judgements that state disapproval of what they are said of ("unacceptable", "a violation").
const NEGATIVE_JUDGEMENT =
  /^(meaningless|baseless|unfounded|groundless|flawed|disastrous|unprofessional|terrible|disgusting|wrong|lie|lies|nonsense|ridiculous|appalling|unjust|criminal|hypocrisy|genocide|crime|terrorist|terrorism|threat|menace|unacceptable|unjustified|unjustifiable|illegal|unlawful|illegitimate|hostile|violation|escalation|provocation|provocative|aggression|ineffective|mistake|outrageous|absurd|irresponsible|reckless|blow|barrier|disgrace|disgraceful|shameful|counterproductive|unfair|hypocritical|destabilizing|destabilising|interference|meddling|insult|insulting|betrayal|unconstitutional|undemocratic|deplorable|regrettable|unhelpful|unwarranted|inhumane|barbaric|cowardly|heinous|weakness|failure|fiasco|blunder|catastrophe|catastrophic|dangerous|harmful|damaging|destructive|foolish|misguided|wrongheaded|shortsighted|short-sighted|ill-advised|unwise|unreasonable|unfriendly|dishonest|deceptive|false|fake|bogus|propaganda|slander|fabrication|fabricated|hoax|sham|farce|travesty|scandalous|abhorrent|repugnant|reprehensible|despicable|vile|shocking|arrogant|bullying|aggressive|racist|discriminatory|incompetent|corrupt|stunt|ploy|intimidation|coercion|bullying|extortion|piracy|blackmail|sabotage|unprovoked|indefensible|inexcusable|intolerable|unforgivable|disgusting|deplorable|irrational|insane|hysteria|hysterical|politicized|politicised|disaster|appeasement|debacle|failed|incompetence|lawless|rogue|ludicrous|laughable|preposterous|pathetic|evil|traitor|liar|thug|murderer|dictator|tyrant|butcher|despot|bully|hypocrite|puppet|clown|fraud|embarrassment|humiliation|nightmare|insanity|lunacy|madness|outrage|scandal|garbage|rubbish|grandstander|showboat)$/;
const NAMING_VERBS = new Set([
  "call",
  "describe",
  "term",
  "brand",
  "label",
  "deem",
  "consider",
  "find",
  "dub",
  "characterize",
  "characterise",
  // "treat/see/view/regard X as a hostile act": only with an "as" phrase (see namedAs)
  "treat",
  "see",
  "view",
  "regard",
]);
// naming verbs whose judgement must come in an "as" phrase: "saw the move unacceptable" is not English
const AS_ONLY_NAMING = new Set(["treat", "see", "view", "regard"]);
const SAY_VERBS = new Set([
  "say",
  "tell",
  "add",
  "state",
  "declare",
  "write",
  "tweet",
  "insist",
  "argue",
  "note",
  "warn",
]);
// Clashes that are violent protest when civilians face the police or the army.
// verbs that report a statement (a denial when what is stated negates the speaker's own doing)
const STATEMENT_VERBS = new Set([
  "say",
  "tell",
  "state",
  "tweet",
  "add",
  "write",
  "declare",
  "insist",
  "stress",
]);
const CLASH_VERBS = new Set(["clash", "scuffle", "fight", "battle", "attack", "brawl"]);
const NO_NODES: ReadonlySet<number> = new Set<number>();
const MODAL_OF_DUTY = /^(must|should|ought)$/;
// deeds whose doer a report names in a "by" phrase to blame it ("sponsored by Iran")
const DEED_VERBS = new Set(
  "sponsor orchestrate mastermind perpetrate instigate stage engineer plot fund finance arm direct order".split(
    " ",
  ),
);
// negated verbs of thought, wish or need that state no denial ("said he did not know")
const NOT_DENIALS = new Set(
  "know think believe mean expect want see understand care remember recall like need intend plan wish hope feel seem matter".split(
    " ",
  ),
);
const sector = (a: ActorRef | null) => (a && a.code.length >= 6 ? a.code.slice(3, 6) : "");
const civilian = (a: ActorRef | null) =>
  ["CVL", "LAB", "OPP", "EDU", "REL"].includes(sector(a)) ||
  (!!a &&
    a.code === "---" &&
    /^(protester|demonstrator|mourner|student|worker|striker|crowd|fan|supporter|activist)s?$/i.test(a.text));
const security = (a: ActorRef | null) => ["COP", "MIL"].includes(sector(a));
// Words that make a "strike" a stoppage of work; without one, news "strikes" are attacks ("Israeli
// strikes killed 30", "the strike breached the conditions"): on unlabelled world news the labour
// reading was wrong in most sentences that had none of these words.
const LABOUR_WORDS =
  /^(worker|workers|union|unions|unionist|labour|labor|employee|employees|staff|teacher|teachers|nurse|nurses|doctor|doctors|miner|miners|seaman|seamen|docker|dockers|driver|drivers|trucker|truckers|pilot|pilots|farmer|farmers|student|students|wage|wages|pay|salary|salaries|walkout|picket|pickets|stoppage|striker|strikers|general|hunger|industrial|port|ports|factory|factories|railway|rail|transport|sector|employer|employers|nationwide|national)$/;
const PARTICIPLES = new Set(
  "struck held met sent fought hit shot beaten broken cut put set left lent sought brought begun withdrawn frozen found seen paid led made taken given done told".split(
    " ",
  ),
);
// Frames whose embedded act, when the lexicon does not code it, is still an intent to cooperate.
const COOPERATIVE_INTENT = new Set(
  "offer pledge promise agree willing ready prepared commit committed volunteer eager keen".split(" "),
);
const NEEDS_ACTOR_TARGET = new Set(["welcome", "offer", "surround", "encircle", "greet", "host", "receive"]);
const RELEASED_TEXT =
  /^(statement|report|list|video|data|figure|footage|photo|document|record|transcript|album|film|book|plan|budget|result|detail|information|guidance|guideline|version|update|study|poll|survey|letter|memo|audio|recording|tape|image|figures|details|results|records|documents|photos)$/;
// Verbs whose object is a reaction aimed at their subject ("drew condemnation", "faced criticism").
// acts done to a person: "Navalny's arrest", "Foley's murder" name the patient in the possessor, unless an
// "of" phrase names it ("Iran's execution of dissidents")
const PATIENT_NOUNS = new Set([
  "arrest",
  "detention",
  "release",
  "kidnapping",
  "abduction",
  "assassination",
  "expulsion",
  "indictment",
  "murder",
  "execution",
  "extradition",
  "deportation",
  "torture",
  "rape",
  "imprisonment",
  "prosecution",
  "killing",
  "beheading",
  "lynching",
  "beating",
  "stabbing",
]);
const DRAW_VERBS = new Set([
  "draw",
  "attract",
  "face",
  "receive",
  "earn",
  "spark",
  "provoke",
  "prompt",
  "trigger",
  "incur",
]);
const NOT_ACTIONS = new Set(
  "be have seem appear want need know think believe hope fear feel see hear wear ask call claim accuse complain remain become include".split(
    " ",
  ),
);
const ACCIDENTS =
  /^(explosion|fire|blaze|crash|accident|collision|fall|earthquake|quake|flood|flooding|storm|landslide|avalanche|collapse|stampede|derailment|blast)$/;
const FIGHT_VERBS = new Set(["fight", "combat", "battle", "tackle"]);
const ORGANISE_VERBS = new Set([
  "organize",
  "organise",
  "stage",
  "hold",
  "lead",
  "call",
  "plan",
  "mount",
  "launch",
]);
const PROTESTERS =
  /^(protester|protestor|demonstrator|marcher|protesters|protestors|demonstrators|marchers)$/;
const PROMISE_VERBS = new Set(["promise", "pledge", "vow", "guarantee", "swear"]);
const GENERIC_HELP = new Set(["help", "assist", "aid"]);
const KILL_VERBS = new Set(["kill", "injure", "wound"]);
const FIRST_PERSON = /^(we|i)$/;
// Counts that make a killing a mass killing.
const MASS_WORDS = /^(hundreds|thousands|tens|scores|millions)$/;
// Wishes that take an object and an infinitive: with an object they ask another party to act.
const WANT_OTHER = new Set(["want", "wish"]);
// codes that stand without a target: statements, appeals, intents, demands, threats, protests
const FALLBACK_ONE_SIDED = /^(01|02|03|1[034])/;
// nouns for unnamed civilians on the receiving end of violence
const VICTIMS =
  /^(people|person|civilian|child|children|girl|boy|woman|women|man|men|villager|resident|student|schoolgirl|schoolchild|worshipper|pilgrim|passenger|tourist|farmer|family|protester|demonstrator|mourner|bystander|pedestrian|shopper|commuter)s?$/;
// relative pronouns that stand for the noun a relative clause modifies
const RELATIVE_PRON = /^(whom|who|which|that)$/;
// acts done by each of two coordinated subjects to the other ("Russia and China met", "held talks")
const RECIPROCAL_CODE = /^(04[016]|05[07]|06)/;
// nouns whose act is mutual: "A and B completed an exchange of prisoners"
const RECIPROCAL_NOUN = new Set(["exchange", "swap"]);
// "India and Pakistan exchanged fire", "traded accusations": each party does it to the other
const EXCHANGE_VERBS = new Set(["exchange", "trade", "swap"]);
const TIME_PREPS = new Set(["before", "after", "since", "during", "until", "following", "amid"]);
const GROUP_SUBJ =
  /^(the )?(pair|two|two (leaders|sides|men|presidents|countries|ministers|nations|governments)|both( sides| leaders| countries)?)$/i;
/** A noun entry's extra words come right before its head ("hunger strike", "telephone call"). */
function extraBefore(g: Graph, i: number, e: LexEntry): boolean {
  const before = g.nodes.slice(Math.max(0, i - e.extra.length), i).map((x) => x.lower);
  return before.join(" ") === e.extra.join(" ");
}

function caseOf(g: Graph, i: number): string | null {
  const c = childrenBy(g, i, /^(case|mark)$/).filter(
    (n) => n.upos === "ADP" || n.upos === "SCONJ" || n.upos === "PART",
  );
  if (c.length === 0) {
    // "to Ukrainian President Petro Poroshenko": a title before the name may carry the preposition
    const n = g.nodes[i];
    if (n.upos !== "PROPN") return null;
    const first = g.nodes[subtree(g, i, true)[0]];
    const ok = first && first.i < i && first.deprel === "case" && first.upos === "ADP" && first.head !== i;
    return ok && childrenBy(g, i, /^(nmod:desc|compound|flat)$/).some((t) => t.i < i) ? first.lower : null;
  }
  return c.map((n) => n.lower).join(" ");
}

function conjuncts(g: Graph, i: number): number[] {
  const out = [i];
  for (const c of childrenBy(g, i, /^conj$/))
    if (g.nodes[c.i].upos !== "VERB") out.push(...conjuncts(g, c.i));
  return out;
}

function particleOf(g: Graph, v: number): GNode | null {
  // a particle far from its verb is a misparse ("condemning ... she got up")
  return childrenBy(g, v, /^compound:prt$/).find((c) => c.i > v && c.i - v <= 3) ?? null;
}

function lemmaForms(n: GNode): string[] {
  return n.lemma === n.lower ? [n.lemma] : [n.lemma, n.lower];
}

/** Obliques of a predicate (and of its object, for "held talks with X"): [prep, node]. */
// obliques() is asked about the same predicate many times while its entries are tried: kept per graph
const oblMemo = new WeakMap<Graph, Map<number, [string, number][]>>();

/** The prepositional phrases of a predicate and of its object, with their prepositions. Shared: do not modify. */
function obliques(g: Graph, v: number): [string, number][] {
  let memo = oblMemo.get(g);
  if (!memo) {
    memo = new Map();
    oblMemo.set(g, memo);
  }
  let out = memo.get(v);
  if (!out) {
    out = computeObliques(g, v);
    memo.set(v, out);
  }
  return out;
}

function computeObliques(g: Graph, v: number): [string, number][] {
  const out: [string, number][] = [];
  const add = (host: number) => {
    for (const c of childrenBy(g, host, /^(obl|obl:agent|nmod|obl:tmod|advcl|xcomp|ccomp)$/)) {
      const p = caseOf(g, c.i);
      if (p) out.push([p, c.i]);
    }
  };
  add(v);
  for (const o of childrenBy(g, v, /^obj$/)) add(o.i);
  return out;
}

export class Coder {
  constructor(private readonly ctx: CoderContext) {}

  /** Codes every predicate and event noun of the sentence graph. */
  code(g: Graph): CodedEvent[] {
    const out: CodedEvent[] = [];
    for (const n of g.nodes) {
      // "menacing stature", "hard-hit areas", "Petroleum Exporting Countries", "Meet the Press": a
      // verb form used as a modifier or inside a title-case name states no event
      const nameWord =
        n.i > 0 &&
        /^\p{Lu}\p{Ll}/u.test(n.text) &&
        /^(PROPN|PART|PUNCT|DET|ADP)$/.test(g.nodes[n.i - 1].upos) &&
        !/^[.!?:;"“”—–-]$/.test(g.nodes[n.i - 1].text);
      if (n.upos === "VERB" && (/^(amod|compound|flat)/.test(n.deprel) || nameWord)) continue;
      if (
        n.upos === "VERB" ||
        (n.upos === "ADJ" && n.deprel !== "amod") ||
        (n.upos === "AUX" && n.deprel === "root")
      ) {
        out.push(...this.codeVerb(g, n));
      } else if (n.upos === "NOUN" || n.upos === "PROPN") {
        out.push(...this.codeNoun(g, n));
      }
    }
    // a frame whose embedded action is not in the lexicon is still an event of its own kind
    // ("asked Russia to delay ...": an appeal)
    for (const n of g.nodes) {
      let f = this.frameOf(n);
      // "want Japan to remove tariffs": a wish about another party's act asks it to act
      if (f === "intend" && WANT_OTHER.has(n.lemma) && childrenBy(g, n.i, /^(obj|iobj)$/).length)
        f = "appeal";
      if (!f || !FRAME_DEFAULT[f] || (n.upos !== "VERB" && n.upos !== "ADJ")) continue;
      // "tried to tilt", "sought to play down": an attempt at an uncoded act is no intent to cooperate
      if (f === "intend" && !COOPERATIVE_INTENT.has(n.lemma)) continue;
      // "failed to persuade", "failed to appear": a failure at an uncoded act refuses nothing (on
      // unlabelled news these were never rejections)
      if (f === "refuse" && n.lemma === "fail") continue;
      // "called the attacks an escalation": a nominal complement is no embedded action
      const emb =
        childrenBy(g, n.i, /^xcomp$/).find((x) => x.upos === "VERB" || x.upos === "AUX") ??
        (f === "intend" && PROMISE_VERBS.has(n.lemma) ? childrenBy(g, n.i, /^ccomp$/)[0] : undefined) ??
        // "urged the community to respond" with the infinitive parsed as a purpose clause
        ((f === "appeal" || f === "demand") && childrenBy(g, n.i, /^(obj|iobj)$/).length
          ? childrenBy(g, n.i, /^advcl$/).find(
              (x) => x.upos === "VERB" && childrenBy(g, x.i, /^mark$/).some((m) => m.lower === "to"),
            )
          : undefined);
      if (!emb) {
        // "called the strikes unjustified": a judgement, not a call for strikes
        if (!this.namesAJudgement(g, n.i)) out.push(...this.codeFramedNoun(g, n, f, out));
        continue;
      }
      // "is expected to double": an expectation in the passive states nobody's intent
      if (f === "intend" && childrenBy(g, n.i, /^(aux:pass|nsubj:pass)$/).length) continue;
      const inside = new Set(subtree(g, emb.i));
      if (out.some((e) => inside.has(e.verb)) || out.some((e) => e.verb === n.i)) continue;
      const subj = this.subjectOf(g, n.i);
      let sources = subj.nodes.flatMap((s) => this.actorsOf(g, s));
      if (!sources.length && !subj.passive) sources = this.fallbackSource(g, n.i, subj.nodes, []);
      if (!sources.length) continue;
      const o = childrenBy(g, n.i, /^(obj|iobj)$/)[0];
      const targets = o ? this.actorsOf(g, o.i) : [];
      const ev = this.finish(
        g,
        n.i,
        particleOf(g, n.i)?.i ?? null,
        FRAME_DEFAULT[f]!,
        `frame:${f}`,
        sources,
        targets,
      );
      for (const e of ev) {
        e.modality =
          f === "intend" ? "intended" : f === "appeal" || f === "demand" ? "requested" : e.modality;
        out.push(e);
      }
    }
    out.push(...this.codeEvaluations(g, out));
    out.push(...this.codeBlame(g, out));
    out.push(...this.codeAllegations(g, out));
    out.push(...this.codeUltimatums(g, out));
    // "thousands of protesters filled the square": what protesters do, uncoded otherwise, is protest
    for (const n of g.nodes) {
      if (n.upos !== "VERB" || out.some((e) => e.verb === n.i)) continue;
      if (SAY_VERBS.has(n.lemma) || NOT_ACTIONS.has(n.lemma)) continue;
      const subj = childrenBy(g, n.i, /^nsubj$/)[0];
      if (!subj) continue;
      const head = PROTESTERS.test(subj.lemma)
        ? subj
        : childrenBy(g, subj.i, /^nmod$/).find((m) => PROTESTERS.test(m.lemma));
      if (!head || this.negatedAt(g, n.i)) continue;
      const sources = this.actorsOf(g, head.i);
      const src = sources.length
        ? sources
        : [{ start: head.start, end: head.end, text: head.text, code: "---", actorId: null }];
      out.push(...this.finish(g, n.i, particleOf(g, n.i)?.i ?? null, "141", "protesters:act", src, []));
    }
    // "could not accept negotiation": a refused acceptance rejects what is offered
    for (const n of g.nodes) {
      if (n.upos !== "VERB" || n.lemma !== "accept" || !this.negatedAt(g, n.i)) continue;
      if (out.some((e) => e.verb === n.i)) continue;
      const ev = this.codeFramedNoun(g, n, "refuse", out);
      if (ev.length) out.push(...ev.map((e) => ({ ...e, negated: false })));
      else {
        const subj = this.subjectOf(g, n.i);
        let sources = subj.nodes.flatMap((k) => this.actorsOf(g, k));
        if (!sources.length && !subj.passive) sources = this.fallbackSource(g, n.i, subj.nodes, []);
        const o = childrenBy(g, n.i, /^obj$/)[0];
        const targets = o ? this.actorsOf(g, o.i) : [];
        if (sources.length)
          out.push(
            ...this.finish(g, n.i, null, "120", "negated:accept", sources, targets).map((e) => ({
              ...e,
              negated: false,
            })),
          );
      }
    }
    this.saidNot(g, out);
    this.conditionalThreats(g, out);
    out.push(...this.obligations(g, out));
    // "if they harass our ships": the condition's act has not happened
    const inCondition = this.conditionNodes(g);
    // a frame verb with an embedded event is not an event of its own ("offered to mediate")
    const framed = new Set(out.map((e) => e.verb));
    // "a suicide bombing killed ...": the killing carries the bombing's code; the noun adds nothing
    const bySubject = out.filter((e) => e.rule.includes("+subject:"));
    return dedupe(
      out.filter((e) => {
        if (inCondition.has(e.verb)) return false;
        const n = g.nodes[e.verb];
        if (
          n.upos === "NOUN" &&
          bySubject.some((k) => k.code === e.code && (k.source?.start ?? -1) === (e.source?.start ?? -1))
        )
          return false;
        if (!this.frameOf(n) || e.rule.startsWith("frame:")) return true;
        const emb = childrenBy(g, n.i, /^xcomp$/)[0];
        if (!emb) return true;
        const inside = subtree(g, emb.i);
        return !inside.some((k) => k !== n.i && framed.has(k));
      }),
    );
  }

  /**
   * The last resort for a sentence that neither reading codes: a lexicon verb or event noun of the
   * main clause, with the nearest resolved actor before it as source and the next one after it as
   * target. The structural conditions of codeVerb/codeNoun (a subject in the parse, an argument path)
   * drop such sentences when the parse is wrong; the word and the actors around it still say who did
   * what to whom. One event at most, marked with its own rule for provenance.
   */
  fallback(g: Graph): CodedEvent[] {
    const actors = this.ctx.sentenceActors();
    if (actors.length === 0) return [];
    const candidates = g.nodes
      .filter((n) => (n.upos === "VERB" || n.upos === "NOUN") && this.inMainClause(g, n.i))
      .sort((a, b) => this.depth(g, a.i) - this.depth(g, b.i) || a.i - b.i);
    for (const n of candidates) {
      if (SAY_VERBS.has(n.lemma) || NOT_ACTIONS.has(n.lemma)) continue;
      if (n.lemma === "admit" && this.afterBe(g, n.i)) continue;
      const kind = n.upos === "VERB" ? "verb" : "noun";
      let entries = entriesFor(this.ctx.lex, n.lemma, kind);
      if (entries.length === 0 && n.lemma !== n.lower) entries = entriesFor(this.ctx.lex, n.lower, kind);
      if (entries.length === 0) continue;
      // the entry the words fit ("conversation with X" needs its "with"), else one that needs no
      // particular object, particle or phrase: the word alone says the act
      // (a required preposition right after the word will do: the parse may hang it elsewhere)
      const prepNext = (x: LexEntry) =>
        x.preps.some((p) => g.nodes.slice(n.i + 1, n.i + 3).some((t) => t.lower === p));
      const picked =
        this.pick(g, n.i, entries) ??
        entries.find((x) => !x.objects.length && !x.extra.length && (!x.prepRequired || prepNext(x)));
      if (!picked) continue;
      const e = this.strikeSense(g, picked, []);
      // "the night before the demonstration": a noun that dates something else is no event of its own
      if (kind === "noun" && childrenBy(g, n.i, /^case$/).some((c) => TIME_PREPS.has(c.lower))) continue;
      const before = actors.filter((a) => a.end <= n.start);
      // "Negotiations were held ... with Ukrainian and Russian officials": when the event word is the
      // subject or a passive, its actor may only come after it
      const fronted =
        (kind === "noun" && /^nsubj/.test(n.deprel)) || childrenBy(g, n.i, /^aux:pass$/).length > 0;
      const src = before[before.length - 1] ?? (fronted ? actors.find((a) => a.start >= n.end) : undefined);
      if (!src) continue;
      const notSrc = (a: ActorRef) => !(a.start === src.start || (src.actorId && a.actorId === src.actorId));
      // the word's own argument when the parse gives one ("sanctions against Moscow"), else the next actor
      const tgt =
        this.targetsFor(g, n.i, e, new Set()).find(notSrc) ??
        actors.find((a) => a.start >= n.end && notSrc(a));
      if (!tgt && !FALLBACK_ONE_SIDED.test(e.code)) continue;
      // the last resort heeds conditions as the main reading does ("sanctions will follow if ...")
      if (this.conditionNodes(g).has(n.i)) continue;
      const evs = this.finish(
        g,
        n.i,
        null,
        e.code,
        `${e.rule}+fallback:nearest-actors`,
        [src],
        tgt ? [tgt] : [],
      );
      this.conditionalThreats(g, evs);
      return evs;
    }
    return this.denialByNegation(g);
  }

  /**
   * A sentence that codes nothing else, in which a named actor says that it (or its own side) did not
   * do something, is a denial (016): "the Pentagon said it wasn't the US", "police are not interfering
   * in the affairs of X, the ministry said". Plain "X said ..." stays uncoded (see below).
   */
  private denialByNegation(g: Graph): CodedEvent[] {
    for (const n of g.nodes) {
      if (n.upos !== "VERB" || !STATEMENT_VERBS.has(n.lemma) || !this.inMainClause(g, n.i)) continue;
      if (this.negatedAt(g, n.i)) continue;
      const subj = this.subjectOf(g, n.i);
      if (subj.passive) continue;
      const sources = subj.nodes.flatMap((k) => this.actorsOf(g, k)).filter((a) => a.code !== "---");
      if (!sources.length) continue;
      const said = childrenBy(g, n.i, /^(ccomp|parataxis)$/);
      // the parse may hang the reporting verb under what is said ("X is not ..., the ministry said")
      if (n.deprel === "parataxis" && n.head >= 0) said.push(g.nodes[n.head]);
      const denial = said.some((c) => {
        if (!this.negatedAt(g, c.i)) return false;
        // "said he did not know", "said they won't move forward": a negated thought or a refusal to
        // come is no denial (on unlabelled news most such sentences were these)
        if (
          NOT_DENIALS.has(c.lemma) ||
          childrenBy(g, c.i, /^aux$/).some((a) => FUTURE.has(a.lower) || a.lower === "wo")
        )
          return false;
        const sub = childrenBy(g, c.i, /^nsubj(:pass)?$/)[0];
        if (!sub || sub.upos === "PRON") return true;
        const who = this.actorsOf(g, sub.i);
        return who.some((w) => sources.some((src) => src.code.slice(0, 3) === w.code.slice(0, 3)));
      });
      // a bare "X said" is left uncoded: on the dev set 010 there stood mostly for content the coder
      // missed (an accusation, a threat) and added more wrong events than right ones
      if (!denial) continue;
      const told =
        n.lemma === "tell" ? childrenBy(g, n.i, /^(obj|iobj)$/).flatMap((o) => this.actorsOf(g, o.i)) : [];
      const targets = told.filter((t) => !t.code.endsWith("MED"));
      return this.finish(g, n.i, null, "016", "fallback:denial", sources, targets).map((e) => ({
        ...e,
        negated: false,
        frames: [],
      }));
    }
    return [];
  }

  /** On the path to the root there is no modifier, relative clause, name part or aside. */
  private inMainClause(g: Graph, i: number): boolean {
    let k = i;
    for (let steps = 0; steps < 12; steps++) {
      const n = g.nodes[k];
      if (n.head < 0 || n.deprel === "root") return true;
      if (
        /^(acl|amod|compound|flat|appos|parataxis|list|vocative|dep|reparandum|orphan|nmod:poss)/.test(
          n.deprel,
        )
      )
        return false;
      k = n.head;
    }
    return false;
  }

  private depth(g: Graph, i: number): number {
    let d = 0;
    for (let k = i; k >= 0 && d < 50; k = g.nodes[k].head) d++;
    return d;
  }

  private objectsMatch(g: Graph, v: number, e: LexEntry): boolean {
    if (e.objects.length === 0) return true;
    const objs = childrenBy(g, v, /^(obj|iobj|nsubj:pass|xcomp|advmod|obl)$/);
    for (const o of objs) {
      if (o.deprel === "obl" || o.deprel === "xcomp") continue;
      const forms = lemmaForms(o);
      // compounds: "peace talks", "chemical weapons" -> also "chemical_weapons"
      for (const m of childrenBy(g, o.i, /^(compound|amod)$/)) forms.push(`${m.lower}_${o.lower}`, m.lemma);
      // "thousands of troops", "canisters of tear gas", "$255 million in aid": the measured noun counts
      if (o.upos === "NUM" || QUANTITY.test(o.lemma) || o.text === "$") {
        for (const m of childrenBy(g, o.i, /^(nmod|obl)$/)) {
          forms.push(...lemmaForms(m));
          for (const mm of childrenBy(g, m.i, /^(compound|amod)$/))
            forms.push(`${mm.lower}_${m.lower}`, mm.lemma);
        }
      }
      if (forms.some((f) => e.objects.includes(f))) return true;
    }
    // a misparse may hang the object elsewhere ("expelled two Cuban diplomats after ..."): the noun
    // that closes the phrase right after the verb stands in for it
    if (!objs.some((o) => o.deprel === "obj")) {
      for (let k = v + 1; k < Math.min(g.nodes.length, v + 6); k++) {
        const x = g.nodes[k];
        if (x.upos === "DET" || x.upos === "NUM" || x.upos === "ADJ" || x.upos === "ADV") continue;
        if (x.upos === "NOUN" && !(g.nodes[k + 1]?.upos === "NOUN")) {
          if (lemmaForms(x).some((f) => e.objects.includes(f))) return true;
          break;
        }
        if (x.upos !== "NOUN" && x.upos !== "PROPN") break;
      }
    }
    // "engage in dialogue" read with "in" as a particle
    const prt = particleOf(g, v);
    if (prt) {
      for (const o of objs)
        if (lemmaForms(o).some((f) => e.objects.includes(`${prt.lower}_${f}`))) return true;
    }
    for (const [p, o] of obliques(g, v)) {
      const on = g.nodes[o];
      const last = p.split(" ").pop();
      for (const f of lemmaForms(on)) if (e.objects.includes(`${last}_${f}`)) return true;
    }
    return false;
  }

  /** Picks the most specific entry of `entries` for predicate v; null when none applies. */
  private pick(g: Graph, v: number, entries: LexEntry[]): LexEntry | null {
    const prt = particleOf(g, v);
    const vObl = obliques(g, v);
    const obl = vObl.map(([p]) => p.split(" ").pop());
    // a required preposition must head a noun phrase ("go to Paris", not "going to make")
    const nominalObl = vObl
      .filter(([, o]) => /^(NOUN|PROPN|PRON|NUM)$/.test(g.nodes[o].upos))
      .map(([p]) => p.split(" ").pop());
    let best: LexEntry | null = null;
    let bestScore = -1;
    for (const e of entries) {
      if (e.extra.length > 0 && e.kind === "noun") {
        if (!extraBefore(g, v, e)) continue;
      } else if (e.extra.length > 0) {
        const want = e.extra.join(" ");
        const next = g.nodes[v + 1];
        if (!(prt && prt.lower === want) && !(next && next.lower === want)) continue;
      }
      if (!this.objectsMatch(g, v, e)) continue;
      if (e.prepRequired && !e.preps.some((p) => nominalObl.includes(p))) continue;
      let score = 0;
      if (e.objects.length) score += 4;
      if (e.extra.length) score += 3;
      // "detained off Crimea": a "particle" right before a name is a preposition the parse misread
      else if (prt && !["up", "in", "on"].includes(prt.lower) && g.nodes[prt.i + 1]?.upos !== "PROPN")
        score -= 2;
      if (e.preps.some((p) => obl.includes(p))) score += 1;
      // an entry whose preposition is absent should not beat the plain entry ("warned that ...")
      else if (e.preps.length && e.objects.length === 0) score -= 0.5;
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  private actorsOf(g: Graph, i: number): ActorRef[] {
    const out: ActorRef[] = [];
    for (const c of conjuncts(g, i)) {
      const a = this.actorOfNode(g, c);
      if (a) out.push(a);
    }
    const head = g.nodes[i];
    if (out.length === 0 && GROUP_SUBJ.test(head.lower) && head.upos !== "PROPN") {
      out.push({ start: head.start, end: head.end, text: head.text, code: "---", actorId: null });
    }
    if (out.length === 1 && GROUP_SUBJ.test(out[0].text.trim())) {
      const fromGraph = this.ctx.sentenceActors().length ? [] : this.graphActorsBefore(g, i);
      if (fromGraph.length >= 2) return fromGraph.slice(-2);
      // the antecedents are the last two distinct people named before the group word
      const before = this.ctx
        .sentenceActors()
        .filter((a) => a.end <= head.start && a.actorId && a.start !== out[0].start);
      const people = before.filter((a) => a.type === "person");
      const pool = people.length >= 2 ? people : before;
      const distinct: ActorRef[] = [];
      for (const a of [...pool].reverse())
        if (!distinct.some((d) => d.text === a.text || (d.actorId && d.actorId === a.actorId)))
          distinct.push(a);
      distinct.reverse();
      if (distinct.length >= 2) return distinct.slice(-2);
      if (distinct.length >= 2) return distinct.slice(0, 2);
    }
    return out;
  }

  /** Actors heading the arguments of verbs before node i: the antecedents of "the pair". */
  private graphActorsBefore(g: Graph, i: number): ActorRef[] {
    const out: ActorRef[] = [];
    for (const n of g.nodes.slice(0, i)) {
      if (!/^(nsubj|obj|iobj|conj)$/.test(n.deprel) || n.upos !== "PROPN") continue;
      const a = this.actorOfNode(g, n.i);
      if (a && !out.some((o) => o.text === a.text)) out.push(a);
    }
    return out;
  }

  private actorOfNode(g: Graph, i: number): ActorRef | null {
    const n = g.nodes[i];
    // the NP without its clauses, coordination and case marker
    const span = subtree(g, i, true).filter((k) => {
      let x = k;
      while (x !== i) {
        const r = g.nodes[x].deprel;
        if (r === "conj" || r === "cc" || (r === "case" && g.nodes[x].head === i) || r === "punct")
          return false;
        // a name's own prepositional phrase is not part of it ("Putin of Beijing's desire")
        if (n.upos === "PROPN" && g.nodes[x].head === i && /^(nmod|obl|acl)/.test(r)) return false;
        x = g.nodes[x].head;
        if (x < 0) return false;
      }
      return true;
    });
    if (span.length === 0) return null;
    const start = g.nodes[span[0]].start;
    const end = g.nodes[span[span.length - 1]].end;
    return this.ctx.actorIn(start, end, n);
  }

  /**
   * A frame verb over an event noun: "called for talks with X" (appeal to meet), "demanded the
   * release of the sailors", "refused the aid". The noun's code is shifted as an embedded verb's is.
   */
  private codeFramedNoun(g: Graph, n: GNode, f: FrameKind, coded: CodedEvent[]): CodedEvent[] {
    if (f !== "appeal" && f !== "demand" && f !== "refuse") return [];
    if (coded.some((e) => e.verb === n.i)) return [];
    const cands = [
      ...childrenBy(g, n.i, /^obj$/),
      ...childrenBy(g, n.i, /^obl$/).filter((o) => caseOf(g, o.i) === "for"),
    ];
    for (const o of cands) {
      if (o.upos !== "NOUN") continue;
      const entries = entriesFor(this.ctx.lex, o.lemma, "noun").filter((e) => e.extra.length === 0);
      let e = entries.length ? this.pick(g, o.i, entries) : null;
      // "called for a higher benchmark": an appeal for something the lexicon does not code
      if (!e && f === "appeal" && o.deprel === "obl" && o === cands[cands.length - 1])
        e = {
          kind: "noun",
          code: "020",
          head: o.lemma,
          extra: [],
          objects: [],
          preps: [],
          prepRequired: false,
          rule: "frame:appeal-for",
        };
      if (!e) continue;
      const subj = this.subjectOf(g, n.i);
      let sources = subj.nodes.flatMap((k) => this.actorsOf(g, k));
      if (!sources.length && !subj.passive) sources = this.fallbackSource(g, n.i, subj.nodes, []);
      if (!sources.length) return [];
      let targets = this.targetsFor(g, o.i, e, new Set());
      if (!targets.length) {
        const asked = childrenBy(g, n.i, /^(iobj|obj)$/).find((x) => x.i !== o.i);
        if (asked) targets = this.actorsOf(g, asked.i);
      }
      const code = shiftCode(this.ctx.lex, f, e.code);
      return this.finish(
        g,
        n.i,
        particleOf(g, n.i)?.i ?? null,
        code,
        `${e.rule}+frame:${f}`,
        sources,
        targets,
      ).map((x) => ({ ...x, modality: f === "refuse" ? x.modality : "requested" }));
    }
    return [];
  }

  /**
   * Disapproval stated as a judgement: "called the expulsion unjustified", "said the sanctions were
   * ineffective", "'This is unacceptable,' the ministry said". The speaker is the source; the actor
   * named in what is judged is the target.
   */
  private codeEvaluations(g: Graph, coded: CodedEvent[]): CodedEvent[] {
    const out: CodedEvent[] = [];
    for (const n of g.nodes) {
      if ((n.upos !== "ADJ" && n.upos !== "NOUN") || !NEGATIVE_JUDGEMENT.test(n.lemma)) continue;
      if (this.negatedAt(g, n.i) || childrenBy(g, n.i, /^amod$/).some((a) => a.lower === "no")) continue;
      let speech: number | null = null;
      let judged: number | null = null;
      const head = n.head >= 0 ? g.nodes[n.head] : null;
      const named = this.namedAs(g, n.i);
      const asOnly = head && AS_ONLY_NAMING.has(head.lemma) && caseOf(g, n.i) !== "as";
      if (head && n.deprel === "xcomp" && NAMING_VERBS.has(head.lemma) && !asOnly) {
        // "called X unjustified"
        speech = head.i;
        judged = childrenBy(g, head.i, /^obj$/)[0]?.i ?? null;
      } else if (named) {
        // "called the move an act of aggression", "described the expulsions as a hostile act"
        speech = named.verb;
        judged = named.judged;
      } else {
        // a copular clause ("X was unacceptable") under a verb of saying, or with one beside it
        if (!childrenBy(g, n.i, /^cop$/).length) continue;
        judged = childrenBy(g, n.i, /^nsubj$/)[0]?.i ?? null;
        speech = this.speechOver(g, n.i);
      }
      if (speech === null) continue;
      // a judgement on an event the sentence already codes as disapproval adds nothing
      if (coded.some((e) => e.verb === speech && /^11/.test(e.code))) continue;
      const subj = this.subjectOf(g, speech);
      let sources = subj.nodes.flatMap((k) => this.actorsOf(g, k));
      if (!sources.length) sources = this.fallbackSource(g, speech, subj.nodes, []);
      if (!sources.length) continue;
      let targets: ActorRef[] = [];
      if (judged !== null) {
        targets = this.actorsOf(g, judged);
        if (!targets.length) {
          const inside = subtree(g, judged, true);
          for (const k of inside) {
            const a = this.ctx.actorIn(g.nodes[k].start, g.nodes[k].end, g.nodes[k]);
            if (
              a &&
              !sources.some((src) => src.start === a.start || (src.actorId && src.actorId === a.actorId))
            ) {
              targets = [a];
              break;
            }
          }
        }
      }
      for (const e of this.finish(g, n.i, null, "111", `evaluation:${n.lemma}`, sources, targets)) {
        // the naming verb is no frame here: "called X unjustified" asks nothing of anyone
        out.push({ ...e, code: "111", rule: `evaluation:${n.lemma}`, frames: [], modality: "asserted" });
      }
    }
    return out;
  }

  /**
   * "Russia said Ukraine must withdraw its troops", "the minister said Israel should release the
   * prisoners": what a speaker says another party must or should do is a demand (10x) or an appeal
   * (02x) to that party, not the act, which has not happened. A coded act in the clause is turned
   * through the demand/appeal shifts (and so leaves the list); an uncoded one still makes a plain
   * 100/020 when the obliged party is a named actor other than the speaker.
   */
  private obligations(g: Graph, out: CodedEvent[]): CodedEvent[] {
    const made: CodedEvent[] = [];
    for (const n of g.nodes) {
      if (n.upos !== "VERB" && n.upos !== "AUX") continue;
      // most verbs carry no modal of duty: look no further (this runs on every verb of every sentence)
      if (
        n.lemma !== "have" &&
        n.lemma !== "need" &&
        !g.kids[n.i].some((k) => MODAL_OF_DUTY.test(g.nodes[k].lower))
      )
        continue;
      const aux = childrenBy(g, n.i, /^aux$/).map((a) => a.lower);
      const must =
        aux.some((a) => a === "must") || ((n.lemma === "have" || n.lemma === "need") && aux.length === 0);
      const should = aux.some((a) => a === "should" || a === "ought");
      if (!must && !should) continue;
      // "has to withdraw", "needs to withdraw": the obliged act is the infinitive
      let act = n;
      if (n.lemma === "have" || n.lemma === "need") {
        const x = childrenBy(g, n.i, /^xcomp$/).find((k) =>
          childrenBy(g, k.i, /^mark$/).some((m) => m.lower === "to"),
        );
        if (!x) continue;
        act = x;
      }
      const speech = this.speechOver(g, n.i);
      if (speech === null || (n.head !== speech && g.nodes[speech].head !== n.i)) continue;
      if (this.negatedAt(g, speech) || out.some((e) => e.verb === speech)) continue;
      const speakerSubj = this.subjectOf(g, speech);
      if (speakerSubj.passive) continue;
      const speakers = speakerSubj.nodes.flatMap((k) => this.actorsOf(g, k)).filter((a) => a.code !== "---");
      if (!speakers.length) continue;
      const subjNode = childrenBy(g, n.i, /^nsubj(:pass)?$/)[0];
      // "we must ...": a party binding itself states an intent, left to the frames
      if (!subjNode || FIRST_PERSON.test(subjNode.lower)) continue;
      const subjActors = this.actorsOf(g, subjNode.i);
      const self = (a: ActorRef) =>
        speakers.some(
          (sp) => sp.start === a.start || sp.code === a.code || (sp.actorId && sp.actorId === a.actorId),
        );
      // "Iran said it must defend itself": the speaker's own duty is no demand on anyone
      if (subjActors.length && subjActors.every(self)) continue;
      const obliged = subjActors.filter((a) => !self(a));
      const frame: FrameKind = must ? "demand" : "appeal";
      const coded = out.filter((e) => e.verb === act.i && !e.frames.length);
      for (const e of coded) {
        e.code = shiftCode(this.ctx.lex, frame, e.code);
        e.rule = `${e.rule}+obligation:${must ? "must" : "should"}`;
        e.modality = "requested";
        e.target = obliged[0] ?? e.source;
        e.source = speakers[0];
      }
      if (coded.length || !obliged.length) continue;
      if (made.some((m) => m.source?.code === speakers[0].code && m.target?.code === obliged[0].code))
        continue;
      for (const e of this.finish(
        g,
        n.i,
        null,
        must ? "100" : "020",
        `obligation:${must ? "must" : "should"}`,
        speakers,
        obliged,
      ))
        made.push({ ...e, code: must ? "100" : "020", frames: [], modality: "requested" });
    }
    return made;
  }

  /** Nodes inside an "if"/"unless" clause (the stage also drops the chunk reading's events there). */
  conditionNodes(g: Graph): ReadonlySet<number> {
    let inside: Set<number> | null = null;
    for (const n of g.nodes) {
      if (n.deprel !== "advcl") continue;
      if (childrenBy(g, n.i, /^mark$/).some((m) => m.lower === "if" || m.lower === "unless")) {
        inside ??= new Set<number>();
        for (const k of subtree(g, n.i)) inside.add(k);
      }
    }
    return inside ?? NO_NODES;
  }

  /**
   * "If Russia invades, it will face sanctions", "the Navy will destroy any boats if they harass our
   * ships": force or sanctions promised on a condition are a threat of them (CAMEO 13x through the
   * threaten frame's shifts), not the act itself, which has not happened.
   */
  private conditionalThreats(g: Graph, out: CodedEvent[]): void {
    for (const e of out) {
      if (!/^(1[5-9]|20)/.test(e.code) || e.negated || e.frames.includes("threaten")) continue;
      // a threat has a maker and looks ahead: "would be forced to", "will be hit" have neither
      if (!e.source || e.source.code === "---" || e.modality === "asserted") continue;
      let conditional = false;
      for (let k = e.verb, steps = 0; k >= 0 && steps < 4 && !conditional; steps++) {
        for (const c of childrenBy(g, k, /^advcl$/)) {
          const cond = childrenBy(g, c.i, /^mark$/).some((m) => m.lower === "if" || m.lower === "unless");
          if (cond && !subtree(g, c.i).includes(e.verb)) conditional = true;
        }
        // stop at the clause that reports it ("said that if ..., X would ...") or that a relative
        // clause states as fact ("fighting that has killed ...")
        if (/^(root|ccomp|parataxis|acl)/.test(g.nodes[k].deprel)) break;
        k = g.nodes[k].head;
      }
      if (!conditional) continue;
      const shifted = shiftCode(this.ctx.lex, "threaten", e.code);
      if (shifted === e.code) continue;
      e.code = shifted;
      e.rule = `${e.rule}+conditional:if`;
      e.modality = "hypothetical";
    }
  }

  /** A naming verb whose object carries an adjective after it: "called the strikes unjustified". */
  private namesAJudgement(g: Graph, v: number): boolean {
    if (!NAMING_VERBS.has(g.nodes[v].lemma)) return false;
    return childrenBy(g, v, /^obj$/).some((o) =>
      childrenBy(g, o.i, /^amod$/).some((a) => a.i > o.i && a.upos === "ADJ"),
    );
  }

  /** The verb of saying a clause is reported by ("X was unacceptable, the ministry said"), if any. */
  private speechOver(g: Graph, i: number): number | null {
    let x = i;
    for (let depth = 0; depth < 3; depth++) {
      const side = childrenBy(g, x, /^(parataxis|ccomp)$/).find((c) => SAY_VERBS.has(c.lemma));
      if (side) return side.i;
      if (g.nodes[x].head < 0 || !/^(ccomp|conj)$/.test(g.nodes[x].deprel)) return null;
      x = g.nodes[x].head;
      if (SAY_VERBS.has(g.nodes[x].lemma)) return x;
    }
    return null;
  }

  /**
   * "officials said Pyongyang was behind the attack", "X says Y is responsible for the bombing": a
   * reported statement that a party did a deed accuses it (112), from the speaker to the party named.
   */
  private codeBlame(g: Graph, coded: CodedEvent[]): CodedEvent[] {
    const out: CodedEvent[] = [];
    for (const n of g.nodes) {
      const behind = n.upos === "NOUN" && caseOf(g, n.i) === "behind";
      const responsible =
        n.lemma === "responsible" && childrenBy(g, n.i, /^obl$/).some((o) => caseOf(g, o.i) === "for");
      // "it was sponsored by Iran", "the attack was orchestrated by militants": the agent of a
      // passive deed word is the one accused
      const agent =
        n.upos === "VERB" && DEED_VERBS.has(n.lemma) && childrenBy(g, n.i, /^(aux:pass|nsubj:pass)$/).length
          ? childrenBy(g, n.i, /^obl(:agent)?$/).find((o) => caseOf(g, o.i) === "by")
          : undefined;
      if (!agent && (!(behind || responsible) || !childrenBy(g, n.i, /^cop$/).length)) continue;
      if (this.negatedAt(g, n.i)) continue;
      const culprit = agent ?? childrenBy(g, n.i, /^nsubj$/)[0];
      const speech = this.speechOver(g, n.i);
      if (!culprit || speech === null || coded.some((e) => e.verb === speech)) continue;
      const targets = this.actorsOf(g, culprit.i);
      if (!targets.length) continue;
      const subj = this.subjectOf(g, speech);
      let sources = subj.nodes.flatMap((k) => this.actorsOf(g, k));
      if (!sources.length) sources = this.fallbackSource(g, speech, subj.nodes, targets);
      const own = (a: ActorRef) => targets.some((t) => t.start === a.start);
      sources = sources.filter((a) => !own(a));
      if (!sources.length) continue;
      for (const e of this.finish(
        g,
        n.i,
        null,
        "112",
        `blame:${agent ? n.lemma : behind ? "behind" : "responsible"}`,
        sources,
        targets,
      ))
        out.push({ ...e, code: "112", frames: [], modality: "asserted" });
    }
    return out;
  }

  /**
   * "US officials said the regime used chemical weapons", "the opposition says the government is forcing
   * them out": a party reporting that another party committed coercion or atrocity accuses it (112),
   * over and above the act itself. Only roots 17, 18 and 20 count: a visit reported is neutral news,
   * and on the dev set fighting reported by a side in a war (19) was coded as the fighting alone. The
   * press relays and does not accuse; the speaker's own act is a claim, not an accusation.
   */
  private codeAllegations(g: Graph, coded: CodedEvent[]): CodedEvent[] {
    const out: CodedEvent[] = [];
    for (const e of coded) {
      if (!/^(1[78]|20)/.test(e.code) || e.negated || !e.source || e.source.code === "---") continue;
      if (g.nodes[e.verb].upos !== "VERB" || e.modality !== "asserted") continue;
      const speech = this.speechOver(g, e.verb);
      // the act must be what is said, not a clause further down ("skeptical of claims that X did")
      const v = g.nodes[e.verb];
      if (speech !== null && v.head !== speech && g.nodes[speech].head !== e.verb) continue;
      if (speech === null || coded.some((k) => k.verb === speech) || this.negatedAt(g, speech)) continue;
      // "said it did not believe that Iran had attacked": a doubt on the way up is no allegation
      let doubted = false;
      for (let k = g.nodes[e.verb].head, steps = 0; k >= 0 && k !== speech && steps < 4; steps++) {
        if (this.negatedAt(g, k)) doubted = true;
        k = g.nodes[k].head;
      }
      if (doubted) continue;
      const subj = this.subjectOf(g, speech);
      if (subj.passive) continue;
      const doer = e.source;
      const sources = subj.nodes
        .flatMap((k) => this.actorsOf(g, k))
        .filter((a) => a.code !== "---" && !a.code.endsWith("MED") && a.start !== doer.start)
        .filter((a) => rivals(a.code, doer.code))
        .filter((a) => !(a.actorId && a.actorId === doer.actorId));
      if (!sources.length) continue;
      for (const ev of this.finish(g, speech, null, "112", "allegation:reported-act", sources, [doer])) {
        // one accusation per speaker and accused, however many acts the clause reports
        if (
          out.some(
            (o) => o.verb === speech && o.target?.code === doer.code && o.source?.code === ev.source?.code,
          )
        )
          continue;
        out.push({ ...ev, code: "112", frames: [], modality: "asserted" });
      }
    }
    return out;
  }

  /**
   * The naming verb and the thing named when judgement word i is (or modifies) the name given to it:
   * "called the move [an act of] aggression", "described the expulsions as a hostile act", "termed
   * the raid a violation". The parser makes the name a second object or an "as" phrase, not the xcomp
   * that "called X unjustified" gets, so those shapes are looked for here.
   */
  private namedAs(g: Graph, i: number): { verb: number; judged: number | null } | null {
    const n = g.nodes[i];
    // the word itself is the name, or it qualifies the name's head ("hostile act", "act of aggression")
    let p = n;
    if (n.head >= 0 && (n.deprel === "amod" || (n.deprel === "nmod" && caseOf(g, n.i) === "of"))) {
      p = g.nodes[n.head];
    }
    if (p.head < 0 || (p.upos !== "NOUN" && p.upos !== "ADJ")) return null;
    const v = g.nodes[p.head];
    if (v.upos !== "VERB" || !NAMING_VERBS.has(v.lemma)) return null;
    const objs = childrenBy(g, v.i, /^obj$/);
    if (AS_ONLY_NAMING.has(v.lemma) && caseOf(g, p.i) !== "as") return null;
    // "called the strikes unjustified" parsed with the adjective hung after the noun it judges
    if (p.deprel === "obj" && n.deprel === "amod" && n.i > p.i && !AS_ONLY_NAMING.has(v.lemma))
      return { verb: v.i, judged: p.i };
    if (p.deprel === "obj" && objs.length >= 2 && objs[0].i !== p.i) return { verb: v.i, judged: objs[0].i };
    if ((p.deprel === "obl" && caseOf(g, p.i) === "as") || (p.deprel === "xcomp" && p !== n)) {
      return { verb: v.i, judged: objs[0]?.i ?? null };
    }
    return null;
  }

  /**
   * "told Japan to resolve the row or face ...", "warned Iran to withdraw or face consequences": a
   * demand with a stated penalty for refusing is an ultimatum (139) from the teller to the told.
   */
  private codeUltimatums(g: Graph, coded: CodedEvent[]): CodedEvent[] {
    const out: CodedEvent[] = [];
    for (const n of g.nodes) {
      if (n.upos !== "VERB" || coded.some((e) => e.verb === n.i && e.code.startsWith("139"))) continue;
      const face = childrenBy(g, n.i, /^(xcomp|advcl|ccomp)$/).some((x) =>
        childrenBy(g, x.i, /^conj$/).some(
          (c) => c.lemma === "face" && childrenBy(g, c.i, /^cc$/).some((cc) => cc.lower === "or"),
        ),
      );
      if (!face) continue;
      const subj = this.subjectOf(g, n.i);
      const sources = subj.passive ? [] : subj.nodes.flatMap((k) => this.actorsOf(g, k));
      if (!sources.length) continue;
      const told = childrenBy(g, n.i, /^(obj|iobj)$/).flatMap((o) => this.actorsOf(g, o.i));
      out.push(...this.finish(g, n.i, null, "139", "ultimatum:or-face", sources, told));
    }
    return out;
  }

  /** What a warning is about: the actors doing the deed warned of, and whether there is a clause. */
  private warnedAbout(g: Graph, v: number): { actors: ActorRef[]; clause: boolean } {
    for (const c of childrenBy(g, v, /^(ccomp|obl|advcl)$/)) {
      if (c.deprel !== "ccomp" && !["of", "about", "that"].includes(caseOf(g, c.i) ?? "")) continue;
      const subj = childrenBy(g, c.i, /^nsubj(:pass)?$/)[0];
      const actors = subj ? this.actorsOf(g, subj.i) : this.actorsOf(g, c.i);
      if (actors.length) return { actors, clause: true };
      return { actors: [], clause: true };
    }
    return { actors: [], clause: false };
  }

  /**
   * "A suicide blast killed ...": the killing is coded as the attack named by its subject; "killing
   * thousands", "killed hundreds of people": a mass killing (CAMEO 202).
   */
  private killCode(g: Graph, v: number, subj: number | undefined): { code: string; rule: string } | null {
    // "set off a car bomb outside the base, killing four": the killing is done by the weapon used
    const n = g.nodes[v];
    if (n.deprel === "advcl" && n.lower.endsWith("ing") && n.head >= 0) {
      for (const o of childrenBy(g, n.head, /^obj$/)) {
        const fit = this.attackNoun(g, o);
        if (fit) return { code: fit.code, rule: `means:${fit.rule}` };
      }
    }
    if (subj !== undefined) {
      let s = g.nodes[subj];
      // "an attack that killed 17 people": the relative pronoun stands for the attack
      if (/^(that|which)$/.test(s.lower)) {
        // the noun just before the relative pronoun, whatever the parse attached the clause to
        let k = s.i - 1;
        while (k > 0 && (g.nodes[k].upos === "ADV" || g.nodes[k].upos === "PUNCT")) k--;
        if (k >= 0 && g.nodes[k].upos === "NOUN") s = g.nodes[k];
      }
      const fit = this.attackNoun(g, s);
      if (fit) return { code: fit.code, rule: `subject:${fit.rule}` };
    }
    for (const o of childrenBy(g, v, /^obj$/)) {
      const nums = [o, ...childrenBy(g, o.i, /^(nummod|nmod|amod)$/)];
      for (const x of nums) {
        const value = Number(x.text.replace(/,/g, ""));
        if (MASS_WORDS.test(x.lower) || (x.upos === "NUM" && value >= 100))
          return { code: "202", rule: "kill:mass" };
      }
    }
    return null;
  }

  /** A plain "strike" read as a labour strike (14x) when the sentence is about work, else as an attack (190). */
  private strikeSense(g: Graph, e: LexEntry, sources: ActorRef[]): LexEntry {
    if (e.head !== "strike" || e.extra.length > 0 || !/^(14|19)/.test(e.code)) return e;
    const labour = sources.some((a) => civilian(a)) || g.nodes.some((t) => LABOUR_WORDS.test(t.lower));
    if (labour === e.code.startsWith("14")) return e;
    const other = entriesFor(this.ctx.lex, "strike", e.kind).find(
      (x) => x.code.startsWith(labour ? "14" : "19") && !x.extra.length && !x.objects.length,
    );
    return other ?? e;
  }

  /** The violent-act entry (18x-20x) a noun names with the words before it ("car bomb", "air strike"). */
  private attackNoun(g: Graph, s: GNode): LexEntry | null {
    const fit = entriesFor(this.ctx.lex, s.lemma, "noun").filter(
      (e) => /^(18|19|20)/.test(e.code) && extraBefore(g, s.i, e),
    );
    fit.sort((a, b) => b.extra.length - a.extra.length);
    return fit[0] ?? null;
  }

  /** An uncoded actor for a noun phrase the resolver left unmarked ("the farmers", "779 people"). */
  private unknownRef(g: Graph, i: number): ActorRef | null {
    const n = g.nodes[i];
    if (n.upos !== "NOUN" && n.upos !== "PROPN") return null;
    if (!UNKNOWN_ACTOR_NOUN.test(n.lemma) && n.upos !== "PROPN") return null;
    return { start: n.start, end: n.end, text: n.text, code: "---", actorId: null };
  }

  /**
   * The source when the parse gives the predicate no subject actor: the nearest actor before the verb
   * that stands as a subject would (not inside a prepositional phrase, not a possessor), else the
   * subject noun phrase itself as an uncoded actor. Wrong attachments are common in long news
   * sentences, so the whole sentence is searched, not only the verb's subtree.
   */
  private fallbackSource(g: Graph, v: number, subjNodes: number[], targets: ActorRef[]): ActorRef[] {
    const subjNode = subjNodes[0];
    if (subjNode !== undefined && g.nodes[subjNode].upos === "NOUN") {
      const u = this.unknownRef(g, subjNode);
      if (u) return [u];
      // "vows to launch a strike": the noun's infinitive takes the source of the clause around it
      const nounFrame = g.nodes[v].deprel === "acl" && g.nodes[v].head === subjNode;
      if (!nounFrame || !this.frameOf(g.nodes[subjNode])) return [];
    }
    const n = g.nodes[v];
    // '"We are investigating," police said': a first-person subject inside a quotation is its speaker
    if (subjNode !== undefined && FIRST_PERSON.test(g.nodes[subjNode].lower) && this.ctx.speakerAt) {
      const sp = this.ctx.speakerAt(g.nodes[subjNode].start);
      if (sp) return [sp];
    }
    // "the ministry said it was investigating": an unresolved pronoun in a reported clause is the
    // reporting clause's subject
    if (subjNode !== undefined && g.nodes[subjNode].upos === "PRON" && n.deprel === "ccomp" && n.head >= 0) {
      const up = this.subjectOf(g, n.head);
      const actors = up.passive ? [] : up.nodes.flatMap((k) => this.actorsOf(g, k));
      if (actors.length) return actors.slice(0, 1);
    }
    const nodeAt = (pos: number) => g.nodes.find((x) => x.start >= pos);
    const before = this.ctx.sentenceActors().filter((a) => {
      if (a.end > n.start || targets.some((t) => t.start === a.start)) return false;
      const first = nodeAt(a.start);
      const prev = first && first.i > 0 ? g.nodes[first.i - 1] : null;
      if (prev && prev.upos === "ADP") return false;
      const after = g.nodes.find((x) => x.start >= a.end);
      if (after && /^['’]s?$/.test(after.text)) return false;
      return true;
    });
    return before.length ? [before[before.length - 1]] : [];
  }

  private subjectOf(g: Graph, v: number, depth = 0): { nodes: number[]; passive: boolean; agent: number[] } {
    const subjs = childrenBy(g, v, /^nsubj$/);
    if (subjs.length > 1) {
      // two subjects: a coordination the parse split ("X, and Trump held a call") or a misread
      // modifier ("Expressing unease at ..., Obama warned"); keep the ones that name an actor
      const named = subjs.filter(
        (k) => k.upos === "PROPN" || k.upos === "PRON" || this.ctx.actorIn(k.start, k.end, k) !== null,
      );
      return { nodes: (named.length ? named : subjs.slice(0, 1)).map((k) => k.i), passive: false, agent: [] };
    }
    const subj = subjs[0];
    if (subj) return { nodes: [subj.i], passive: false, agent: [] };
    const pass = childrenBy(g, v, /^nsubj:pass$/)[0];
    // trust a passive subject only with a passive auxiliary or a participle form
    const vn = g.nodes[v];
    const participle =
      childrenBy(g, v, /^aux:pass$/).length > 0 || /(ed|en|wn)$/.test(vn.lower) || vn.upos === "ADJ";
    if (pass && !participle) return { nodes: [pass.i], passive: false, agent: [] };
    if (pass) {
      const agent = childrenBy(g, v, /^(obl|obl:agent)$/).filter((o) => caseOf(g, o.i) === "by");
      return { nodes: [pass.i], passive: true, agent: agent.map((a) => a.i) };
    }
    const n = g.nodes[v];
    if (depth > 6 || n.head < 0) return { nodes: [], passive: false, agent: [] };
    const rel = n.deprel;
    if (rel === "xcomp" || rel === "conj" || rel === "advcl" || rel === "ccomp") {
      const parent = n.head;
      const pf = this.frameOf(g.nodes[parent]);
      const infinitive = rel === "advcl" && childrenBy(g, v, /^mark$/).some((m) => m.lower === "to");
      if ((rel === "xcomp" || infinitive) && (pf === "appeal" || pf === "demand")) {
        const o = childrenBy(g, parent, /^(obj|iobj)$/)[0];
        if (o) return { nodes: [o.i], passive: false, agent: [] };
      }
      if (rel === "ccomp") return { nodes: [], passive: false, agent: [] };
      // "accused Russia of shelling", "praised Japan for sending": the object of the governing verb
      // is the one who does what the gerund says
      if (
        rel === "advcl" &&
        n.lower.endsWith("ing") &&
        childrenBy(g, v, /^(mark|case)$/).some((m) => m.lower === "of" || m.lower === "for")
      ) {
        const o = childrenBy(g, parent, /^obj$/)[0];
        if (o) return { nodes: [o.i], passive: false, agent: [] };
      }
      const up = this.subjectOf(g, parent, depth + 1);
      if (up.passive && rel !== "conj") return { nodes: up.nodes, passive: false, agent: [] };
      return up;
    }
    if (rel === "acl" || rel === "acl:relcl") {
      // "vessels seized by Iran": a participle with a by-agent is a reduced passive
      const agent = childrenBy(g, v, /^(obl|obl:agent)$/).filter((o) => caseOf(g, o.i) === "by");
      if (rel === "acl" && agent.length && /(ed|en|wn)$/.test(n.lower))
        return { nodes: [n.head], passive: true, agent: agent.map((a) => a.i) };
      // "the agreement struck in Geneva": a bare participle's noun is what was acted on
      const mark = childrenBy(g, v, /^(mark|aux|aux:pass)$/).length > 0;
      if (
        rel === "acl" &&
        !mark &&
        n.upos === "VERB" &&
        (/(ed|en|wn)$/.test(n.lower) || PARTICIPLES.has(n.lower))
      )
        return { nodes: [n.head], passive: true, agent: [] };
      return { nodes: [n.head], passive: false, agent: [] };
    }
    return { nodes: [], passive: false, agent: [] };
  }

  private frameOf(n: GNode): FrameKind | null {
    const e = entriesFor(this.ctx.lex, n.lemma, "frame")[0] ?? entriesFor(this.ctx.lex, n.lower, "frame")[0];
    return e ? (e.code as FrameKind) : null;
  }

  private negatedAt(g: Graph, v: number): boolean {
    if (childrenBy(g, v, /^(advmod|neg|det|aux|cc:preconj)$/).some((c) => NEG_WORDS.has(c.lower)))
      return true;
    // "no sanctions would be lifted": the negation sits on the passive subject
    return childrenBy(g, v, /^nsubj:pass$/).some((x) =>
      childrenBy(g, x.i, /^det$/).some((d) => d.lower === "no"),
    );
  }

  /** "will not", "would not", "cannot": an announced non-act of the subject's own. */
  private willNot(g: Graph, v: number): boolean {
    return childrenBy(g, v, /^(aux|aux:pass)$/).some((a) => WILL_AUX.has(a.lower));
  }

  /** Aux-derived modality of a predicate: hypothetical (could/would/if), future (will), else null. */
  private auxModality(g: Graph, v: number): Modality | null {
    const aux = childrenBy(g, v, /^(aux|aux:pass|mark)$/);
    if (aux.some((a) => HYPO.has(a.lower)) || aux.some((a) => a.lower === "if" || a.lower === "unless"))
      return "hypothetical";
    if (aux.some((a) => FUTURE.has(a.lower))) return "future";
    return null;
  }

  /** Climbs the frames above v: the frames, negation, modality and the clause nodes they add. */
  private frameChain(g: Graph, v: number) {
    const frames: FrameKind[] = [];
    const clause = new Set(subtree(g, v, true));
    let negated = this.negatedAt(g, v);
    let modality = this.auxModality(g, v);
    let x = v;
    let frameTarget: number | null = null;
    let frameTop = v;
    for (let depth = 0; depth < 6; depth++) {
      const n = g.nodes[x];
      const upFrame = n.head >= 0 ? this.frameOf(g.nodes[n.head]) : null;
      // "demanded that the government resign", "denied that ...": a clause under a frame
      // "promised it would reduce violence": a promise's clause is what is intended
      const ccompFrame =
        n.deprel === "ccomp" &&
        (upFrame === "deny" ||
          upFrame === "appeal" ||
          upFrame === "demand" ||
          (upFrame === "intend" && PROMISE_VERBS.has(g.nodes[n.head].lemma)));
      // "urged X to come to their senses and return ...": the second conjunct is under the frame too
      if (n.deprel === "conj" && n.head >= 0 && /^(xcomp|ccomp|acl)$/.test(g.nodes[n.head].deprel)) {
        x = n.head;
        continue;
      }
      // "vows to launch a strike", "a threat to close the embassy": a frame noun's infinitive
      const nounFrame =
        n.deprel === "acl" &&
        upFrame !== null &&
        g.nodes[n.head].upos === "NOUN" &&
        childrenBy(g, x, /^mark$/).some((m) => m.lower === "to");
      if (n.head < 0 || !(n.deprel === "xcomp" || n.deprel === "advcl" || ccompFrame || nounFrame)) break;
      const p = g.nodes[n.head];
      let f = this.frameOf(p);
      // "want Japan to remove tariffs": a wish about another party's action is a request
      if (f === "intend" && WANT_OTHER.has(p.lemma) && childrenBy(g, p.i, /^(obj|iobj)$/).length)
        f = "appeal";
      if (n.deprel === "advcl" && !f) {
        // purpose clause ("travelled to X to hold meetings"): shares the clause's time and place
        for (const k of subtree(g, p.i, true)) clause.add(k);
        break;
      }
      if (!f) break;
      // "committed a campaign ..., killing thousands": only an infinitive clause is a frame's complement
      if (n.deprel === "advcl" && !childrenBy(g, x, /^mark$/).some((m) => m.lower === "to")) break;
      frames.push(f);
      for (const k of subtree(g, p.i, true)) clause.add(k);
      if (this.negatedAt(g, p.i)) negated = !negated;
      modality = modality ?? this.auxModality(g, p.i);
      if ((f === "appeal" || f === "demand") && frameTarget === null && n.deprel === "ccomp") {
        const sub = childrenBy(g, x, /^nsubj(:pass)?$/)[0];
        if (sub) frameTarget = sub.i;
      }
      if ((f === "appeal" || f === "demand") && frameTarget === null) {
        const o =
          childrenBy(g, p.i, /^(obj|iobj)$/)[0] ??
          obliques(g, p.i).find(([pr]) => pr === "on" || pr === "to")?.[1];
        if (o !== undefined) frameTarget = typeof o === "number" ? o : o.i;
      }
      frameTop = p.i;
      x = p.i;
    }
    return { frames, clause: [...clause].sort((a, b) => a - b), negated, modality, frameTarget, frameTop };
  }

  private finish(
    g: Graph,
    v: number,
    particle: number | null,
    code: string,
    rule: string,
    sources: (ActorRef | null)[],
    targets: ActorRef[],
  ): CodedEvent[] {
    const ch = this.frameChain(g, v);
    let c = code;
    let modality: Modality = ch.modality ?? "asserted";
    const rules = [rule];
    for (const f of ch.frames) {
      if (f === "begin" || f === "deny" || f === "allege") continue;
      c = shiftCode(this.ctx.lex, f, c);
      if (f === "intend") modality = ch.modality === "hypothetical" ? "hypothetical" : "intended";
      else if (f === "appeal" || f === "demand") modality = "requested";
      rules.push(`frame:${f}`);
    }
    // "will not release", "would not negotiate", "cannot accept": a cooperative act announced as not
    // going to happen is a refusal (CAMEO 12x), not a negated intent
    let refused = false;
    if (ch.negated && !ch.frames.length && /^0[3-8]/.test(c) && this.willNot(g, v)) {
      const shifted = shiftCode(this.ctx.lex, "refuse", c);
      if (shifted !== c) {
        c = shifted;
        refused = true;
        modality = "asserted";
        rules.push("negated:refuse");
      }
    }
    // "will meet", "will supply": announced future cooperation is coded as intent (CAMEO 03x)
    if (!refused && modality === "future" && !ch.frames.includes("intend")) {
      const shifted = shiftCode(this.ctx.lex, "intend", c);
      if (shifted !== c && /^0[3-8]/.test(c)) {
        c = shifted;
        rules.push("future:intend");
      }
    }
    let tg = targets;
    if (ch.frameTarget !== null && ch.frames.some((f) => f === "appeal" || f === "demand")) {
      const ft = this.actorsOf(g, ch.frameTarget);
      if (ft.length) {
        // the asked party is the target; the embedded action's own subject was that party
        tg = ft;
        const top = this.subjectOf(g, ch.frameTop);
        sources = top.nodes.flatMap((s) => this.actorsOf(g, s));
      }
    }
    const out: CodedEvent[] = [];
    for (const s of sources) {
      // an actor is not its own target: drop such targets, keeping the event itself
      const own = tg.filter((t) => !s || !(t.start === s.start || (s.actorId && s.actorId === t.actorId)));
      const ts: (ActorRef | null)[] = own.length ? own : [null];
      for (const t of ts) {
        out.push({
          source: s,
          target: t,
          verb: v,
          particle,
          code: c,
          rule: rules.join("+"),
          modality,
          negated: ch.negated && !refused,
          frames: ch.frames,
          clause: ch.clause,
        });
      }
    }
    return out;
  }

  /**
   * The noun a relative clause's verb acts on: "the sailors whom Russia detained", "the envoy Moscow
   * expelled" (a clause with its own subject and no object of its own). Null when v is no such verb.
   */
  private relativeObject(g: Graph, v: number): number | null {
    const n = g.nodes[v];
    if (n.deprel !== "acl:relcl" || n.head < 0) return null;
    const objs = childrenBy(g, v, /^obj$/);
    if (objs.some((o) => RELATIVE_PRON.test(o.lower))) return n.head;
    const subj = childrenBy(g, v, /^nsubj$/)[0];
    if (!subj || RELATIVE_PRON.test(subj.lower) || objs.length) return null;
    // "the day Russia attacked", "the way they voted": only a clause with nothing else to complete it
    if (childrenBy(g, v, /^(ccomp|xcomp|obl|advmod)$/).some((c) => /^(where|when|why|how)$/.test(c.lower)))
      return null;
    if (childrenBy(g, v, /^(ccomp|xcomp)$/).length) return null;
    return n.head;
  }

  /**
   * "would call King Salman": calling a person, with no name given ("called him a liar"), nothing
   * called for or on, no passive and no clause, is a telephone call.
   */
  private phoneCall(g: Graph, v: number): boolean {
    const objs = childrenBy(g, v, /^(obj|iobj)$/);
    // the person called is the object itself ("Salman", "him", "the minister"), not a noun phrase
    // that merely holds an actor ("the expulsion of its staff")
    const o = objs[0];
    if (objs.length !== 1 || !(o.upos === "PROPN" || o.upos === "PRON" || UNKNOWN_ACTOR_NOUN.test(o.lemma)))
      return false;
    if (!this.actorsOf(g, o.i).length) return false;
    if (childrenBy(g, v, /^(xcomp|ccomp|compound:prt|aux:pass|nsubj:pass)$/).length) return false;
    if (obliques(g, v).some(([p]) => /^(for|on|off|as)$/.test(p))) return false;
    return !/^(xcomp|amod|acl)/.test(g.nodes[v].deprel);
  }

  /**
   * The doer of a nominal event named by the verb that governs it: the accused of "blamed Israel for
   * airstrikes" / "accused Russia of the attack", the claimant of "claimed responsibility for the
   * kidnapping". Empty when no such verb governs the noun.
   */
  private doerFromGoverning(g: Graph, n: GNode): ActorRef[] {
    const prep = caseOf(g, n.i);
    if (n.head < 0 || (prep !== "for" && prep !== "of")) return [];
    let h = g.nodes[n.head];
    if (ACCUSE_VERBS.has(h.lemma) && h.upos === "VERB") {
      const o = childrenBy(g, h.i, /^obj$/)[0];
      return o ? this.actorsOf(g, o.i) : [];
    }
    if (prep !== "for") return [];
    // "responsibility for the kidnapping": climb from the noun to the verb that claims it
    if (/^(responsibility|credit)$/.test(h.lemma) && h.head >= 0) h = g.nodes[h.head];
    else if (!childrenBy(g, h.i, /^obj$/).some((o) => /^(responsibility|credit)$/.test(o.lemma))) return [];
    if (!CLAIM_VERBS.has(h.lemma) || h.upos !== "VERB" || this.negatedAt(g, h.i)) return [];
    const up = this.subjectOf(g, h.i);
    return up.passive ? [] : up.nodes.flatMap((k) => this.actorsOf(g, k));
  }

  /** The unnamed civilians a violent act is done to: its object or passive subject ("hundreds of people"). */
  private victimNoun(g: Graph, v: number, subj: { nodes: number[]; passive: boolean }): GNode | null {
    const args = subj.passive ? subj.nodes.map((k) => g.nodes[k]) : childrenBy(g, v, /^obj$/);
    for (const a of args) {
      const heads =
        a.upos === "NUM" || QUANTITY.test(a.lemma) ? [a, ...childrenBy(g, a.i, /^(nmod|obl)$/)] : [a];
      const hit = heads.find((h) => h.upos === "NOUN" && VICTIMS.test(h.lemma));
      if (hit && !this.ctx.actorIn(hit.start, hit.end, hit)) return hit;
    }
    return null;
  }

  /**
   * "The coalition said it did not conduct air strikes": a speaker saying that it (a pronoun for the
   * speaker, or the speaker's own side) did not do something denies it. The negated act becomes the
   * speaker's denial (016), in place.
   */
  private saidNot(g: Graph, events: CodedEvent[]): void {
    for (let k = 0; k < events.length; k++) {
      const e = events[k];
      const v = g.nodes[e.verb];
      if (!e.negated || e.frames.length || v.deprel !== "ccomp" || v.head < 0) continue;
      const say = g.nodes[v.head];
      if (!STATEMENT_VERBS.has(say.lemma) || this.negatedAt(g, say.i)) continue;
      const up = this.subjectOf(g, say.i);
      const speakers = up.passive ? [] : up.nodes.flatMap((x) => this.actorsOf(g, x));
      if (!speakers.length) continue;
      const sub = childrenBy(g, v.i, /^nsubj(:pass)?$/)[0];
      const own =
        sub !== undefined &&
        (/^(it|we|they|i)$/.test(sub.lower) ||
          this.actorsOf(g, sub.i).some((a) =>
            speakers.some((s) => s.code.slice(0, 3) === a.code.slice(0, 3)),
          ));
      if (!own) continue;
      const denial = this.finish(g, say.i, null, "016", `${e.rule}+said-not:deny`, speakers.slice(0, 1), []);
      events.splice(k, 1, ...denial.map((d) => ({ ...d, negated: false, frames: [], covers: e.verb })));
      k += denial.length - 1;
    }
  }

  /** A participle right after a form of "be" ("wouldn't be admitted"), whatever the parse made of it. */
  private afterBe(g: Graph, v: number): boolean {
    return /^(be|been|being|is|are|was|were)$/.test(g.nodes[v - 1]?.lower ?? "");
  }

  /** Both coordinated subjects act on each other when the act is mutual and names no other party. */
  private reciprocal(
    g: Graph,
    subjNodes: number[],
    sources: ActorRef[],
    targets: ActorRef[],
    mutual: boolean,
  ) {
    return (
      mutual &&
      sources.length >= 2 &&
      targets.length === 0 &&
      subjNodes.length >= 1 &&
      !GROUP_SUBJ.test(g.nodes[subjNodes[0]].lower)
    );
  }

  private targetsFor(g: Graph, v: number, e: LexEntry, exclude: Set<number>): ActorRef[] {
    const obl = obliques(g, v);
    for (const want of e.preps) {
      for (const [p, o] of obl) {
        if (p.split(" ").pop() !== want || exclude.has(o)) continue;
        const a = this.actorsOf(g, o);
        if (a.length) return a;
      }
    }
    const rel = this.relativeObject(g, v);
    if (rel !== null && !exclude.has(rel)) {
      const a = this.actorsOf(g, rel);
      if (a.length) return a;
    }
    for (const o of childrenBy(g, v, /^(obj|iobj)$/)) {
      if (exclude.has(o.i)) continue;
      const a = this.actorsOf(g, o.i);
      if (a.length) return a;
    }
    // "attacked and destroyed an oil platform": coordinated verbs share the later verb's object
    if (childrenBy(g, v, /^(obj|iobj)$/).length === 0) {
      for (const c of childrenBy(g, v, /^conj$/)) {
        if (c.upos !== "VERB" || childrenBy(g, c.i, /^nsubj/).length) continue;
        for (const o of childrenBy(g, c.i, /^obj$/)) {
          const a = this.actorsOf(g, o.i);
          if (a.length) return a;
        }
      }
    }
    return [];
  }

  private codeVerb(g: Graph, n: GNode): CodedEvent[] {
    const lex = this.ctx.lex;
    const v = n.i;
    const prt = particleOf(g, v);
    let entries = entriesFor(lex, n.lemma, "verb");
    if (entries.length === 0 && n.lemma !== n.lower) entries = entriesFor(lex, n.lower, "verb");
    const subj = this.subjectOf(g, v);
    let sources = (subj.passive ? subj.agent : subj.nodes).flatMap((s) => this.actorsOf(g, s));
    const passiveTargets = subj.passive ? subj.nodes.flatMap((s) => this.actorsOf(g, s)) : [];
    // "Washington warned no sanctions would be lifted", "Iran said the tanker will be released": an
    // agentless passive announced for the future in a reported clause is the speaker's own act
    if (!sources.length && subj.passive && !subj.agent.length && n.deprel === "ccomp" && n.head >= 0) {
      const head = g.nodes[n.head];
      if (SAY_VERBS.has(head.lemma) && this.willNot(g, v)) {
        const up = this.subjectOf(g, head.i);
        const speakers = up.passive ? [] : up.nodes.flatMap((k) => this.actorsOf(g, k));
        // "Pyongyang said it would not be bullied": the speaker suffers the act, it does not do it
        const self = (a: ActorRef) =>
          passiveTargets.some(
            (t) => t.start === a.start || (!!a.actorId && t.actorId === a.actorId) || t.code === a.code,
          );
        if (!speakers.some(self) && !g.nodes[subj.nodes[0]]?.upos.startsWith("PRON")) sources = speakers;
      }
    }

    // light verb + event noun object: "held talks with", "launched an invasion of"
    // "called the expulsion unjustified": a predicative complement makes the noun the thing judged
    const light =
      entriesFor(lex, n.lemma, "light").length > 0 &&
      !childrenBy(g, v, /^xcomp$/).some((x) => x.upos === "ADJ" || x.upos === "NOUN") &&
      !this.namesAJudgement(g, v);
    if (light) {
      for (const o of childrenBy(g, v, /^(obj|nsubj:pass)$/)) {
        const nounEntries = entriesFor(lex, o.lemma, "noun");
        const picked = nounEntries.length ? this.pick(g, o.i, nounEntries) : null;
        // "launched strikes" are attacks, "called a strike" with workers in the sentence a stoppage
        const e = picked ? this.strikeSense(g, picked, sources) : null;
        const verbE = entries.length ? this.pick(g, v, entries) : null;
        if (e && !verbE?.objects.length) {
          let targets = this.targetsFor(g, o.i, e, new Set());
          if (!targets.length) targets = this.targetsFor(g, v, e, new Set([o.i]));
          if (sources.length === 0 && !subj.passive) sources = this.fallbackSource(g, v, subj.nodes, targets);
          // "Russia and Ukraine held talks", "... completed an exchange of prisoners"
          const mutual = RECIPROCAL_CODE.test(e.code) || RECIPROCAL_NOUN.has(o.lemma);
          if (this.reciprocal(g, subj.nodes, sources, targets, mutual)) targets = [...sources];
          return this.finish(g, v, prt?.i ?? null, e.code, `${e.rule}+light:${n.lemma}`, sources, targets);
        }
      }
    }
    if (entries.length === 0) return [];
    const e = this.pick(g, v, entries);
    if (!e) return [];
    if (n.lemma === "call" && e.code === "041" && !this.phoneCall(g, v)) return [];
    // "they would not be admitted": being admitted is being let in, not a confession
    if (n.lemma === "admit" && (subj.passive || this.afterBe(g, v))) return [];
    let targets = subj.passive ? passiveTargets : [];
    if (!targets.length) targets = this.targetsFor(g, v, e, new Set(subj.nodes));
    let code = e.code;
    let rule = e.rule;
    if (n.lemma === "warn" && code === "130" && !childrenBy(g, v, /^(obj|iobj)$/).length) {
      // "warned that Russia had sent troops": a warning about another party's deed accuses it;
      // a warning about a state of affairs ("nationalism was gaining ground") voices pessimism
      const about = this.warnedAbout(g, v);
      if (about.actors.length) {
        code = "112";
        rule = `${rule}+warn:accuse`;
        targets = about.actors;
      } else if (about.clause) {
        code = "012";
        rule = `${rule}+warn:pessimism`;
      }
    }
    if (code === "190" && KILL_VERBS.has(n.lemma)) {
      const k = this.killCode(g, v, subj.nodes[0]);
      if (k) {
        code = k.code;
        rule = `${rule}+${k.rule}`;
      }
    }
    // "a fire killed one miner", "struck by a power blackout": a named cause that is no actor leaves
    // the event without a source; no neighbouring actor stands in for it
    const subjNode = subj.passive ? subj.agent[0] : subj.nodes[0];
    const namedNonActor =
      subjNode !== undefined &&
      sources.length === 0 &&
      g.nodes[subjNode].upos === "NOUN" &&
      !this.unknownRef(g, subjNode) &&
      !entriesFor(this.ctx.lex, g.nodes[subjNode].lemma, "noun").length &&
      !(g.nodes[v].deprel === "acl" && this.frameOf(g.nodes[subjNode]));
    if (namedNonActor) return [];
    // "were killed in an underground explosion": an accident, not an attack
    if (subj.passive && !subj.agent.length && childrenBy(g, v, /^obl$/).some((o) => ACCIDENTS.test(o.lemma)))
      return [];
    // "vowed to fight job cuts", "combat the virus": fighting a thing is no armed conflict
    if (
      /^19/.test(code) &&
      FIGHT_VERBS.has(n.lemma) &&
      childrenBy(g, v, /^obj$/).some((o) => o.upos === "NOUN" && !this.actorsOf(g, o.i).length)
    )
      return [];
    // the parse may miss the arguments: fall back on the nearest actors around the verb in its clause
    if (sources.length === 0 || targets.length === 0) {
      const span = subtree(g, v, true);
      const lo = g.nodes[span[0]].start;
      const hi = g.nodes[span[span.length - 1]].end;
      const all = this.ctx.sentenceActors();
      if (sources.length === 0 && !subj.passive) {
        const before = all.filter((a) => a.end <= n.start && a.start >= lo);
        if (before.length) sources = [before[before.length - 1]];
      }
      if (targets.length === 0 && !subj.passive) {
        const after = all.find(
          (a) => a.start >= n.end && a.end <= hi && !sources.some((s) => s.start === a.start),
        );
        if (after) targets = [after];
      }
    }
    if (sources.length === 0 && !subj.passive) sources = this.fallbackSource(g, v, subj.nodes, targets);
    if (sources.length === 0 && subj.passive && targets.length === 0) {
      // "779 people were detained": the event stands with an unknown patient and no named agent
      const p = subj.nodes[0];
      const t = p !== undefined ? this.unknownRef(g, p) : null;
      if (t) targets = [t];
    }
    if (sources.length === 0 && !(subj.passive && targets.length)) return [];
    // "will open its market to help cut the deficit": help with no one helped is no aid
    if (code.startsWith("07") && targets.length === 0 && (GENERIC_HELP.has(n.lemma) || !e.objects.length))
      return [];
    // "released a statement", "offered his surname", "welcomed the new year", "the hype surrounding
    // him": these verbs code an event only with an actor on the receiving end, or a person released
    if (targets.length === 0 && NEEDS_ACTOR_TARGET.has(n.lemma) && !e.objects.length) return [];
    // "statements released by his wife", "a video was released": the released thing may be the noun the
    // participle modifies or the passive subject
    const released = [
      ...childrenBy(g, v, /^(obj|nsubj:pass)$/),
      ...(/^acl/.test(n.deprel) && n.head >= 0 ? [g.nodes[n.head]] : []),
    ];
    if (/^084/.test(code) && released.some((o) => RELEASED_TEXT.test(o.lemma))) return [];
    // an agentless statement, appeal or agreement says too little to be an event
    if (sources.length === 0 && /^0[1-57]/.test(code)) return [];
    // "Russia and China met", "Iran and Iraq clashed": a reciprocal act between coordinated subjects
    // is done by each to the other
    const mutual =
      RECIPROCAL_CODE.test(code) ||
      EXCHANGE_VERBS.has(n.lemma) ||
      (/^19/.test(code) && CLASH_VERBS.has(n.lemma));
    if (this.reciprocal(g, subj.nodes, sources, targets, mutual)) targets = [...sources];
    // "the pair spoke": the two antecedents are the dyad
    if (
      sources.length === 2 &&
      targets.length === 0 &&
      subj.nodes.length === 1 &&
      GROUP_SUBJ.test(g.nodes[subj.nodes[0]].lower)
    ) {
      targets = [sources[1]];
      sources = [sources[0]];
    }
    // "Boko Haram killed hundreds of people": unnamed civilians harmed by rebels or police are the
    // civilians of the country those act in, which is the country of their code
    if (/^(17|18|19|20)/.test(code) && sources.length === 1 && targets.every((t) => t.code === "---")) {
      const victim = this.victimNoun(g, v, subj);
      const src = sources[0];
      if (victim && /^(REB|COP)$/.test(sector(src)))
        targets = [
          {
            start: victim.start,
            end: victim.end,
            text: victim.text,
            code: `${src.code.slice(0, 3)}CVL`,
            actorId: null,
          },
        ];
    }
    const own = childrenBy(g, v, /^nsubj(:pass)?$/).length > 0;
    // a passive with no agent keeps its event with an unknown source
    const srcs: (ActorRef | null)[] = sources.length ? sources : [null];
    return this.finish(g, v, prt?.i ?? null, code, rule, srcs, targets).map((x) => {
      // civilians, strikers or opposition clashing with police or troops: a violent protest
      if (/^19/.test(x.code) && CLASH_VERBS.has(n.lemma) && civilian(x.source) && security(x.target))
        return { ...x, code: "145", rule: `${x.rule}+clash:protest`, ownSubject: own };
      return { ...x, ownSubject: own };
    });
  }

  private codeNoun(g: Graph, n: GNode): CodedEvent[] {
    const lex = this.ctx.lex;
    let entries = entriesFor(lex, n.lemma, "noun");
    if (entries.length === 0 && n.lemma !== n.lower) entries = entriesFor(lex, n.lower, "noun");
    if (entries.length === 0) return [];
    // light-verb objects are coded by their verb
    if (
      /^(obj|nsubj:pass)$/.test(n.deprel) &&
      n.head >= 0 &&
      entriesFor(lex, g.nodes[n.head].lemma, "light").length
    )
      return [];
    // multi-word nouns must match the words before the head ("hunger strike")
    const fit = entries.filter((e) => extraBefore(g, n.i, e));
    if (fit.length === 0) return [];
    // longer names first, then the entry whose target preposition the phrase has ("strike on X")
    const preps = new Set(obliques(g, n.i).map(([p]) => p.split(" ").pop()));
    const hasPrep = (x: LexEntry) => (x.preps.some((p) => preps.has(p)) ? 1 : 0);
    fit.sort((a, b) => b.extra.length - a.extra.length || hasPrep(b) - hasPrep(a));
    let e = fit.find((x) => this.objectsMatch(g, n.i, x)) ?? null;
    if (!e) return [];
    // source: possessor, nationality adjective/compound ("the Russian invasion"), or "by" phrase
    const srcNodes: number[] = [];
    const patientPoss =
      PATIENT_NOUNS.has(n.lemma) && !obliques(g, n.i).some(([p]) => p === "of")
        ? childrenBy(g, n.i, /^nmod:poss$/)
        : [];
    for (const c of childrenBy(g, n.i, /^(nmod:poss|amod|compound)$/)) {
      if (patientPoss.includes(c)) continue;
      if (c.upos === "PROPN" || c.upos === "ADJ" || c.upos === "PRON") srcNodes.push(c.i);
      // "the workers' strike": a possessor noun that names an actor
      else if (c.upos === "NOUN" && c.deprel === "nmod:poss") srcNodes.push(c.i);
    }
    for (const [p, o] of obliques(g, n.i)) if (p === "by") srcNodes.push(o);
    // "condemnation from Kiev", "accusations from intelligence officials": the author of a reaction
    if (!e.preps.includes("from"))
      for (const [p, o] of obliques(g, n.i)) if (p === "from" && g.nodes[o].upos !== "NUM") srcNodes.push(o);
    let sources: ActorRef[] = [];
    for (const s of srcNodes) {
      const a = this.ctx.actorIn(g.nodes[s].start, g.nodes[s].end, g.nodes[s]);
      if (a) sources.push(a);
    }
    if (sources.length === 0) sources = this.doerFromGoverning(g, n);
    let targets: ActorRef[] = [];
    let pairPrep = false;
    for (const want of e.preps) {
      for (const [p, o] of obliques(g, n.i)) {
        if (p.split(" ").pop() !== want) continue;
        targets = this.actorsOf(g, o);
        pairPrep = want === "between" || want === "among";
        if (targets.length) break;
      }
      if (targets.length) break;
    }
    if (targets.length === 0) targets = patientPoss.flatMap((c) => this.actorsOf(g, c.i));
    // "drawing condemnation from Kiev": a reaction drawn by someone is aimed at them
    if (targets.length === 0 && n.deprel === "obj" && n.head >= 0 && DRAW_VERBS.has(g.nodes[n.head].lemma)) {
      const up = this.subjectOf(g, n.head);
      targets = up.passive ? [] : up.nodes.flatMap((k) => this.actorsOf(g, k));
      if (sources.length === 0)
        for (const [p, o] of obliques(g, n.head))
          if (p === "from")
            sources.push(...this.actorsOf(g, o).filter((a) => !targets.some((t) => t.start === a.start)));
    }
    // "the decision sparked protests": the protest stands, aimed at who drew it, by unnamed protesters
    if (
      sources.length === 0 &&
      /^14/.test(e.code) &&
      targets.length &&
      n.deprel === "obj" &&
      n.head >= 0 &&
      DRAW_VERBS.has(g.nodes[n.head].lemma)
    )
      return this.finish(g, n.i, null, e.code, `${e.rule}+drawn`, [null], targets);
    // "accusations that Russia sought to meddle": the accused is the subject of the accusation's clause
    if (targets.length === 0 && /^11/.test(e.code)) {
      for (const c of childrenBy(g, n.i, /^(acl|acl:relcl|ccomp)$/)) {
        const sub = childrenBy(g, c.i, /^nsubj(:pass)?$/)[0];
        if (sub) targets = this.actorsOf(g, sub.i);
        if (targets.length) break;
      }
    }
    // "talks between X and Y": the pair is the dyad ("war with X and Y" names only targets)
    if (sources.length === 0 && targets.length >= 2 && pairPrep) {
      sources = [targets[0]];
      targets = targets.slice(1);
    }
    // "protests erupted in Moscow", "the rally was organised by the opposition": a protest that is the
    // subject of its clause stands as an event, with the organiser as source when one is named
    if (sources.length === 0 && /^14/.test(e.code) && /^nsubj/.test(n.deprel) && n.head >= 0) {
      const up = this.subjectOf(g, n.head);
      const organised = up.passive && ORGANISE_VERBS.has(g.nodes[n.head].lemma);
      const agents = organised ? up.agent.flatMap((k) => this.actorsOf(g, k)) : [];
      return this.finish(g, n.i, null, e.code, `${e.rule}+subject`, agents.length ? agents : [null], targets);
    }
    if (sources.length === 0) return [];
    // "a strike against the government" by workers is a labour strike, by an army an attack
    if (
      e.head === "strike" &&
      e.extra.length === 0 &&
      /^19/.test(e.code) &&
      sources.every((s) => civilian(s))
    ) {
      const labour = entriesFor(this.ctx.lex, "strike", "noun").find(
        (x) => x.code.startsWith("14") && !x.extra.length,
      );
      if (labour) e = labour;
    } else e = this.strikeSense(g, e, sources);
    // a bare event noun ("U.S. sanctions were ineffective") states no event unless it has a target
    if (targets.length === 0 && !/^(14|18|20)/.test(e.code)) return [];
    return this.finish(g, n.i, null, e.code, e.rule, sources, targets);
  }
}

// the state's own arms: a government reporting what its army or police did accuses no one
const STATE_SECTORS = /^(GOV|MIL|COP|JUD|SPY|LEG)/;
/** Two actor codes that one could accuse the other: other countries, or the state and a non-state side. */
function rivals(a: string, b: string): boolean {
  if (a.slice(0, 3) !== b.slice(0, 3)) return true;
  return STATE_SECTORS.test(a.slice(3)) !== STATE_SECTORS.test(b.slice(3)) && a.length > 3 && b.length > 3;
}

function dedupe(evs: CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  const out: CodedEvent[] = [];
  for (const e of evs) {
    const k = `${e.source?.start}:${e.target?.start}:${e.code}:${e.verb}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}
