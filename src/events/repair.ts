// Repairs of the analyser's parse before the coder reads it. The tagger was trained on web text, where
// "troops fired on" is rarer than in news: a past tense right after its subject is sometimes tagged a
// past participle (VBN) and parsed as a modifier of the noun before it ("troops" with "fired" as its
// clausal modifier) or of the noun after it ("struck" as an adjective of "targets"). The coder then
// reads the doer as the one acted on, or loses the dyad. A participle that cannot be a modifier here
// is made the clause's finite verb again.
import type { GNode } from "./graph.js";
import { SAY_VERBS, UNKNOWN_ACTOR_NOUN } from "./words.js";

/** People named by their trade whom a strike or a protest is told of ("striking miners"). */
const WORKING_PEOPLE = /^(miner|nurse|teacher|doctor|driver|trucker|pilot|docker|worker|employee)s?$/;

/** Irregular past tenses that are also the participle ("struck", "shot"): the forms a tagger confuses. */
const SHARED_PAST = new Set(
  "struck hit shot held met sent fought caught brought bought built kept left lost made paid sold told won shut cut put set spent fled found heard laid led spread stood swept sought taught thought upheld withheld read bound dealt felt meant burst cast hurt beat overran".split(
    " ",
  ),
);

/** Verbs whose participle takes a name after it ("a man named X", "a book called Y"). */
const NAMING = new Set(["call", "name", "dub", "title", "label", "nickname", "term", "style", "entitle"]);

/** Relations inside a noun phrase, up which the phrase's head is found from its last word. */
const NP_INNER = /^(compound|flat|nmod|conj|nummod|amod|det)$/;

/** Who may follow a finite verb directly: an object's first word, a preposition or a particle. */
const OBJECT_START = /^(DET|NUM|PROPN|PRON|NOUN|ADJ)$/;

/** The verb of a reported clause: "officials said the troops fired ...". */
const REPORTING = new Set([...SAY_VERBS, "claim", "report", "confirm", "allege", "announce"]);

/** A finite verb form (by its tag): a past or present tense or a modal. */
const FINITE_TAG = /^(VBD|VBZ|VBP|MD)$/;

/**
 * A predicate after node v that is finite (its own tag, or an auxiliary's or copula's) and has no
 * subject: not a conjunct or a relative clause, which have theirs elsewhere.
 */
function subjectlessFinite(nodes: GNode[], xpos: readonly (string | undefined)[], v: number): boolean {
  for (let p = v + 1; p < nodes.length; p++) {
    const x = nodes[p];
    if (!/^(VERB|AUX|ADJ|NOUN)$/.test(x.upos) || /^(conj|acl:relcl|aux|aux:pass|cop)$/.test(x.deprel))
      continue;
    const kids = nodes.filter((k) => k.head === p);
    const finite =
      (x.upos === "VERB" && FINITE_TAG.test(xpos[p] ?? "")) ||
      kids.some((k) => /^(aux|aux:pass|cop)$/.test(k.deprel) && FINITE_TAG.test(xpos[k.i] ?? ""));
    if (finite && !kids.some((k) => /^(nsubj|nsubj:pass|csubj|expl)/.test(k.deprel))) return true;
  }
  return false;
}

function pastForm(lower: string): boolean {
  return lower.endsWith("ed") || SHARED_PAST.has(lower);
}

/**
 * "Iraqi troops fired on protesters" read as the noun "troops" modified by the participle "fired":
 * when a past form tagged VBN follows its subject's last word directly, has no auxiliary, is followed
 * by an object or a preposition, and the subject has no other finite verb (the phrase is the root,
 * the subject of a verb that has its own subject, "..., the army said", or the object of a verb of
 * saying), the participle becomes the finite verb of that subject: the subject hangs on it as
 * `nsubj`, the words after it that hung on the subject hang on it, and the noun it modified as an
 * adjective becomes its object. Returns the repaired verbs' indices. `xpos` is by node; `takesPrep`
 * says whether a verb (lemma) is coded with a preposition or particle right after it.
 */
export function repairFiniteParticiples(
  nodes: GNode[],
  xpos: readonly (string | undefined)[],
  takesPrep: (lemma: string, word: string) => boolean,
): number[] {
  const fixed: number[] = [];
  const n = nodes.length;
  // a line with no closing punctuation is a headline or a list item, where "suspects linked to ..."
  // is a passive: only running sentences are repaired
  const last = nodes[n - 1];
  const sentence = !!last && /^[.!?"”’']$/.test(last.text);
  for (let v = 1; v + 1 < n; v++) {
    const x = nodes[v];
    if (x.upos !== "VERB" || xpos[v] !== "VBN" || (x.deprel !== "acl" && x.deprel !== "amod")) continue;
    if (!pastForm(x.lower)) continue;
    const prev = nodes[v - 1];
    if (prev.upos !== "NOUN" && prev.upos !== "PROPN") continue;
    const next = nodes[v + 1];
    const kids = nodes.filter((k) => k.head === v);
    if (kids.some((k) => /^(aux|aux:pass|mark|cop)$/.test(k.deprel))) continue;
    const objectNext = OBJECT_START.test(next.upos) && !NAMING.has(x.lemma);
    // (a preposition right after a transitive verb's participle is mostly a passive's: "tariffs
    // announced on Monday", "a brigade armed with"; only a verb the lexicon codes with that
    // preposition or particle is taken for active: "fired on", "rushed troops to" is not one)
    const prepNext =
      ((next.upos === "ADP" && !/^(by|of|as)$/.test(next.lower)) || next.deprel === "compound:prt") &&
      takesPrep(x.lemma, next.lower);
    // ("agents captured and deported him": the participle's conjunct, a past form with an object of
    // its own and no "by", hangs on the same noun; both are that noun's finite verbs)
    const c = nodes[v + 2];
    const conjNext =
      next.lower === "and" &&
      c?.upos === "VERB" &&
      c.deprel === "conj" &&
      c.head === x.head &&
      pastForm(c.lower) &&
      OBJECT_START.test(nodes[v + 3]?.upos ?? "") &&
      !nodes.some((k) => k.head === c.i && k.deprel === "obl:agent");
    if (!objectNext && !(prepNext && sentence) && !(conjNext && sentence)) continue;
    // the subject phrase's head: up from the word before the verb while inside the phrase
    let h = v - 1;
    for (let steps = 0; steps < 8; steps++) {
      const up = nodes[h].head;
      if (up < 0 || up >= v || !NP_INNER.test(nodes[h].deprel)) break;
      h = up;
    }
    const head = nodes[h];
    if (head.upos !== "NOUN" && head.upos !== "PROPN") continue;
    // "They are sailors trained for rescue": a noun that is itself the predicate is no subject
    if (nodes.some((k) => k.head === h && /^(cop|nsubj|nsubj:pass|aux)$/.test(k.deprel))) continue;
    // "credit for the raid, in a video posted online": the phrase runs up to the verb
    if (nodes.slice(h, v).some((k) => k.upos === "PUNCT" && k.text !== "-")) continue;
    // "tariffs announced on Monday hurt exporters": a finite verb after it with no subject of its
    // own has the phrase as its subject, and the participle is a modifier in it
    if (subjectlessFinite(nodes, xpos, v)) continue;
    // the participle modifies the subject phrase (acl) or the noun right after it (amod)
    const modified = x.head;
    if (modified < 0) continue;
    if (x.deprel === "acl" && (modified > v || modified < h)) continue;
    if (
      x.deprel === "amod" &&
      (modified <= v || modified - v > 5 || !/^(NOUN|PROPN)$/.test(nodes[modified].upos))
    )
      continue;
    // where the new verb goes: the subject's place, when the subject has no finite verb of its own
    let newHead: number;
    let newRel: string;
    const objectNoun = x.deprel === "amod" ? modified : -1;
    if (head.deprel === "root" || head.head < 0) {
      newHead = -1;
      newRel = "root";
    } else if (head.head === objectNoun && /^(root|parataxis|ccomp|advcl)$/.test(nodes[objectNoun].deprel)) {
      // "jets struck targets" as the noun "targets" with "jets" hanging on it: the verb takes its place
      newHead = nodes[objectNoun].head;
      newRel = nodes[objectNoun].deprel;
    } else if (/^nsubj/.test(head.deprel) && head.head > v) {
      // "Police arrested dozens of protesters, officials said": a verb with a subject of its own
      const f = head.head;
      const others = nodes.some((k) => k.head === f && k.i !== h && /^nsubj/.test(k.deprel) && k.i > v);
      if (!others) continue;
      newHead = f;
      newRel = "ccomp";
    } else if (
      head.deprel === "obj" &&
      objectNext &&
      head.head < h &&
      REPORTING.has(nodes[head.head].lemma) &&
      // ("said an aide informed of ...": the one after the verb of saying is its speaker)
      nodes.some((k) => k.head === head.head && /^nsubj/.test(k.deprel))
    ) {
      newHead = head.head;
      newRel = "ccomp";
    } else continue;
    if (newHead === v) continue;
    // the subject's phrase: the nodes under its head before the verb
    const inPhrase = (k: number): boolean => {
      for (let j = k, steps = 0; j >= 0 && steps < 20; j = nodes[j].head, steps++) if (j === h) return true;
      return false;
    };
    x.head = newHead;
    x.deprel = newRel;
    if (objectNoun >= 0) {
      const o = nodes[objectNoun];
      // (what hung on the object noun's old place stays with it)
      // ("when citizens crossed front lines": what opened the clause on the noun opens it on the verb)
      for (const k of nodes) if (k.head === objectNoun && k.i < h) k.head = v;
      o.head = v;
      o.deprel = "obj";
    }
    for (const k of nodes) {
      if (k.i <= v || k.i === objectNoun || k.head < 0 || k.head === v) continue;
      if (!inPhrase(k.head)) continue;
      // what follows the verb and hung on the subject is the verb's: its object, phrases, punctuation
      k.head = v;
      if (k.deprel === "nmod") k.deprel = "obl";
      else if (k.deprel === "nsubj") k.deprel = "obj";
    }
    // "Police in Lima arrested 90 people" with "people" as the modifier clause's subject after it
    // (or the noun right after it read as a predicate complement: "captured a senior commander")
    const hasObject = nodes.some((k) => k.head === v && k.deprel === "obj");
    for (const k of nodes) {
      if (k.head !== v || k.i <= v) continue;
      if (k.deprel === "nsubj") k.deprel = "obj";
      else if (
        k.deprel === "xcomp" &&
        !hasObject &&
        /^(NOUN|PROPN)$/.test(k.upos) &&
        !nodes.some((c) => c.head === k.i && /^(cop|nsubj|case|mark)$/.test(c.deprel))
      )
        k.deprel = "obj";
    }
    // "blocked appeals by the union": an active verb has no agent; the "by" phrase is its object's
    const obj = nodes.find((k) => k.head === v && k.deprel === "obj");
    if (obj)
      for (const k of nodes)
        if (k.head === v && k.deprel === "obl:agent" && k.i > obj.i) {
          k.head = obj.i;
          k.deprel = "nmod";
        }
    head.head = v;
    head.deprel = "nsubj";
    fixed.push(v);
  }
  return fixed;
}

/**
 * "Gunmen stormed a hotel on Friday, killing 15 people, officials said" parsed with "said" as a
 * conjunct of "stormed" and "killing" hanging on "said": a verb of saying after a comma, with its own
 * subject, no "and" and nothing said in its own clause, is the speaker's tag on the clause before it
 * (parataxis), and what comes before the tag belongs to that clause. Returns the tags repaired.
 */
export function repairSpeakerTags(nodes: GNode[]): number[] {
  const fixed: number[] = [];
  for (const s of nodes) {
    if (s.upos !== "VERB" || s.deprel !== "conj" || !REPORTING.has(s.lemma)) continue;
    const h = s.head;
    if (h < 0 || h >= s.i) continue;
    const kids = nodes.filter((k) => k.head === s.i);
    if (kids.some((k) => /^(cc|ccomp|obj|xcomp|mark)$/.test(k.deprel))) continue;
    const subj = kids.find((k) => k.deprel === "nsubj" && k.i < s.i);
    if (!subj) continue;
    // the subject's phrase starts right after a comma
    let first = subj.i;
    for (let k = subj.i - 1; k > h && nodes[k].upos !== "PUNCT"; k--) first = k;
    if (nodes[first - 1]?.text !== ",") continue;
    s.deprel = "parataxis";
    for (const k of kids) if (k.i < first - 1) k.head = h;
    fixed.push(s.i);
  }
  return fixed;
}

/**
 * Participles that name what a group of people is doing and stand before it as its adjective
 * ("protesting farmers", "striking miners", "fleeing refugees", "advancing troops").
 */
export const GROUP_PARTICIPLES = new Set(
  "protest strike demonstrate riot flee cheer chant march mourn grieve starve fight war advance retreat invade occupy rebel wait return rule govern oppose rival remain suffer mutiny picket loot".split(
    " ",
  ),
);

/** Verbs that take an "-ing" clause as their complement ("began protesting tariffs", "kept fighting"). */
const GERUND_TAKERS = new Set(
  "begin start keep continue stop quit cease finish end resume avoid risk consider try like love hate prefer enjoy mind miss regret remember forget recall deny admit suggest recommend propose discuss mention justify postpone delay resist practice spend go come get leave see hear watch find catch imagine".split(
    " ",
  ),
);

/**
 * "Modi met protesting farmers" parsed with "protesting" as the clause "met" takes and "farmers" as
 * its object, which codes a protest by the one who met them: a group participle right after a verb
 * that takes no "-ing" clause and has no object of its own, followed by a plural noun with no article,
 * modifies that noun, and the noun is the verb's object. Returns the participles repaired; `xpos` is
 * by node.
 */
export function repairGroupParticiples(nodes: GNode[], xpos: readonly (string | undefined)[]): number[] {
  const fixed: number[] = [];
  for (const x of nodes) {
    if (x.upos !== "VERB" || x.deprel !== "xcomp" || !x.lower.endsWith("ing")) continue;
    if (!GROUP_PARTICIPLES.has(x.lemma)) continue;
    const v = nodes[x.head];
    if (!v || v.i !== x.i - 1 || v.upos !== "VERB" || GERUND_TAKERS.has(v.lemma)) continue;
    const vKids = nodes.filter((k) => k.head === v.i);
    if (vKids.some((k) => /^(obj|aux:pass)$/.test(k.deprel))) continue;
    const obj = nodes.find((k) => k.head === x.i && k.deprel === "obj");
    if (obj?.upos !== "NOUN" || xpos[obj.i] !== "NNS") continue;
    // (people only: "photographed occupying administrative buildings" occupies them)
    if (!UNKNOWN_ACTOR_NOUN.test(obj.lemma) && !WORKING_PEOPLE.test(obj.lemma)) continue;
    // the noun's phrase starts right after the participle: no article or other word of its own before
    const inner = nodes.slice(x.i + 1, obj.i);
    if (inner.some((k) => k.head !== obj.i || !/^(amod|compound)$/.test(k.deprel))) continue;
    obj.head = v.i;
    obj.deprel = "obj";
    x.head = obj.i;
    x.deprel = "amod";
    // what hung on the participle after the noun ("on Sunday", "in Punjab") belongs to the verb
    for (const k of nodes) if (k.head === x.i && k.i > obj.i) k.head = v.i;
    fixed.push(x.i);
  }
  return fixed;
}
