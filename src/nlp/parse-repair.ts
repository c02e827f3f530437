// Repairs of parser errors that cost the stages after it a whole argument, made on the finished tree.
// Each is a shape the greedy parser gets wrong often in news and the tree alone can say when.

/** A parse: 1-based heads (0 = root) and relations, one per word. */
export interface Tree {
  head: number[];
  deprel: string[];
}

/** Tags of the words the tree is over. */
export interface TreeTags {
  words: string[];
  upos: string[];
  xpos: string[];
}

const SPEECH_FORMS =
  /^(said|says|say|told|tells|tell|added|adds|reported|reports|announced|announces|wrote|writes|noted|notes|stated|states|explained|explains|claimed|claims|alleged|alleges|insisted|insists|confirmed|confirms|argued|argues|acknowledged|acknowledges|tweeted|tweets|warned|warns)$/i;
const FINITE = /^(VBD|VBZ|VBP)$/;
const SUBJECT = /^(nsubj|csubj|expl)/;
// what may stand inside a speaker's noun phrase: "Deputy Foreign Minister Sergey Ryabkov", "the
// Bureau of Safety and Environmental Enforcement", "residents and officials", "Mr. Trump"
const NOMINAL = /^(NOUN|PROPN|DET|ADJ|NUM|PRON|CCONJ|PART)$/;
const MAX_SPEAKER_WORDS = 12;

/** The words hanging on word h (0-based) of a tree with 1-based heads. */
function dependentsOf(head: number[], h: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < head.length; k++) if (head[k] === h + 1) out.push(k);
  return out;
}

/** Whether word k (0-based) hangs, directly or through others, on word top. */
function isUnder(head: number[], k: number, top: number): boolean {
  for (let x = k, steps = 0; x >= 0 && steps <= head.length; x = head[x] - 1, steps++)
    if (x === top) return true;
  return false;
}

/** The first word of word k's phrase: its leftmost dependent (through others), punctuation aside. */
function leftEdge(head: number[], upos: string[], k: number): number {
  let m = k;
  for (let x = 0; x < k; x++) if (x < m && upos[x] !== "PUNCT" && isUnder(head, x, k)) m = x;
  return m;
}

/**
 * "Gunmen abducted 280 pupils and teachers, residents and officials said": a closing speech verb with
 * no subject, after a noun phrase the parser hung on the clause before it (as conjuncts of its object,
 * an apposition or an object). The noun phrase that ends right before the verb, back to a comma, quote
 * mark or a conjunction joining clauses, becomes the verb's subject: its first head the subject, the
 * later ones that subject's conjuncts. Left alone when the phrase holds a verb or a preposition other
 * than "of" ("Republicans running the probes say"), or when the verb is not finite ("a statement
 * saying", "heard him say"). Returns whether the tree changed.
 */
export function repairSubjectlessSpeech(tree: Tree, tags: TreeTags): boolean {
  const { head, deprel } = tree;
  const { words, upos, xpos } = tags;
  const n = words.length;
  let changed = false;
  for (let v = 1; v < n; v++) {
    if (upos[v] !== "VERB" || !FINITE.test(xpos[v]) || !SPEECH_FORMS.test(words[v])) continue;
    if (/^(acl|amod|xcomp|csubj)/.test(deprel[v])) continue;
    let hasSubject = false;
    for (let k = 0; k < n; k++) if (head[k] === v + 1 && SUBJECT.test(deprel[k])) hasSubject = true;
    if (hasSubject) continue;
    // the phrase: back from the verb to its left edge
    let start = v;
    while (start > 0 && v - start < MAX_SPEAKER_WORDS) {
      const k = start - 1;
      if (upos[k] === "PUNCT" && words[k] !== "." && words[k] !== "-") break;
      if (upos[k] === "CCONJ" && head[k] > 0 && upos[head[k] - 1] === "VERB") break;
      if (upos[k] === "ADP" && words[k].toLowerCase() !== "of") {
        start = -1;
        break;
      }
      if (!(NOMINAL.test(upos[k]) || upos[k] === "ADP" || words[k] === "." || words[k] === "-")) {
        start = -1;
        break;
      }
      start = k;
    }
    if (start < 0 || start === v || start === 0 || v - start >= MAX_SPEAKER_WORDS) continue;
    // the phrase's heads: its words whose head lies outside it
    const inside = (h: number) => h - 1 >= start && h - 1 < v;
    // (a verb hung on the phrase itself would become its own subject's head)
    if (inside(head[v])) continue;
    const roots: number[] = [];
    for (let k = start; k < v; k++) if (!inside(head[k])) roots.push(k);
    const nouns = roots.filter((k) => upos[k] === "NOUN" || upos[k] === "PROPN");
    // (a lone pronoun is left to the parser: "..., it said" is seldom misread)
    if (
      nouns.length === 0 ||
      roots.some((k) => !nouns.includes(k) && upos[k] !== "CCONJ" && upos[k] !== "PUNCT")
    )
      continue;
    // nothing outside the phrase but punctuation may hang on it (its words would be left in someone
    // else's clause)
    let holds = false;
    for (let k = 0; k < n; k++)
      if ((k < start || k >= v) && inside(head[k]) && upos[k] !== "PUNCT") holds = true;
    if (holds) continue;
    const [first, ...rest] = nouns;
    head[first] = v + 1;
    deprel[first] = "nsubj";
    // a later head after "and" or a comma is a conjunct ("residents and officials"); one right after
    // the last is the rest of a name the parser split ("Ms. Blasey | Ford")
    let prev = first;
    for (const k of rest) {
      let joined = false;
      for (let j = prev + 1; j < k; j++) if (upos[j] === "CCONJ" || words[j] === ",") joined = true;
      head[k] = first + 1;
      deprel[k] = joined ? "conj" : "flat";
      prev = k;
    }
    for (const k of roots) {
      if (nouns.includes(k)) continue;
      // a conjunction or comma goes with the conjunct after it
      const next = rest.find((r) => r > k);
      head[k] = (next ?? first) + 1;
      deprel[k] = upos[k] === "CCONJ" ? "cc" : "punct";
    }
    changed = true;
  }
  return changed;
}

/**
 * "On Monday, $1 bought 92,000 rials", "Along those lines, the committee approved four proposals": a
 * fronted prepositional phrase the parser made the root, with the clause after its comma hung on it.
 * The clause's first finite verb becomes the root and the phrase its oblique; a noun the parser hung
 * between them ("$" as the phrase's apposition, "bought" as its modifier) becomes the verb's subject.
 * Left alone for a phrase that is a predicate ("are on edge"), a clause whose predicate is copular
 * ("In such places, conservatives are a minority that feel ..."), or a verb further down the tree.
 * Returns whether the tree changed.
 */
export function repairFrontedPhraseRoot(tree: Tree, tags: TreeTags): boolean {
  const { head, deprel } = tree;
  const { words, upos, xpos } = tags;
  const n = words.length;
  const r = head.indexOf(0);
  if (r < 0 || !(upos[r] === "NOUN" || upos[r] === "PROPN")) return false;
  const kids = (h: number) => dependentsOf(head, h);
  const rk = kids(r);
  if (!rk.some((k) => deprel[k] === "case" && k < r)) return false;
  if (rk.some((k) => /^(cop|nsubj|csubj|aux)/.test(deprel[k]))) return false;
  // the comma that closes the phrase: every word between the root and it hangs (through others) on it
  let c = -1;
  for (let k = r + 1; k < n; k++) {
    if (words[k] === ",") {
      c = k;
      break;
    }
    if (!isUnder(head, k, r) || upos[k] === "VERB" || upos[k] === "AUX") return false;
  }
  if (c < 0) return false;
  let v = -1;
  for (let k = c + 1; k < n; k++) {
    if (upos[k] === "AUX" && deprel[k] === "cop") return false;
    // (the clause's first verb or none, except after a participle on the subject the parser made the
    // clause's verb: "a tornado packing winds ... left two dead"; other readings are not judged here)
    if (upos[k] === "VERB") {
      const participleOnSubject =
        /^(VBG|VBN)$/.test(xpos[k]) &&
        head[k] - 1 === r &&
        kids(k).some((x) => deprel[x] === "nsubj" && x > c && x < k);
      if (participleOnSubject) continue;
      if (!/^(VBD|VBZ|VBP)$/.test(xpos[k])) return false;
      v = k;
      break;
    }
  }
  if (v < 0) return false;
  // a verb of a clause inside the phrase's own ("Unlike Kell, who says ...,") or of one put before the
  // main clause ("On Monday, as the video spread, ...") is not the sentence's verb
  if (kids(v).some((k) => deprel[k] === "mark")) return false;
  for (let k = c + 1; k < v; k++) if (/^(who|which|whom|whose|where)$/i.test(words[k])) return false;
  if (
    /^(who|which|whom|whose|what|where|when|as|while|because|if|after|before|since|although|though)$/i.test(
      words[c + 1] ?? "",
    )
  )
    return false;
  // the verb hangs on the root; or on a noun after the comma that hangs on the root (with perhaps an
  // apposition of its own: "the Taliban, once its ally, sought out ..."); or it is joined to a
  // participle the parser made the clause's verb ("a tornado packing winds ... left two dead")
  const h = head[v] - 1;
  const between = rk.filter((k) => k > c && k < v && upos[k] !== "PUNCT");
  const nominal = (k: number) => /^(NOUN|PROPN|PRON|NUM|SYM)$/.test(upos[k]);
  let subject = -1;
  let participle = -1;
  const appositions: number[] = [];
  if (h !== r && !(h > c && h < v && head[h] - 1 === r)) return false;
  if (between.length) {
    if (kids(v).some((k) => /^(nsubj|csubj|expl)/.test(deprel[k]))) return false;
    const [first, ...others] = between;
    if (upos[first] === "VERB") {
      if (others.length || h !== first || !/^(VBG|VBN)$/.test(xpos[first]) || deprel[v] !== "conj")
        return false;
      subject = kids(first).find((k) => deprel[k] === "nsubj" && k > c && k < first) ?? -1;
      if (subject < 0) return false;
      participle = first;
    } else {
      // (an apposition stands between commas: the word before its phrase is one)
      if (!nominal(first) || others.some((k) => !nominal(k) || words[leftEdge(head, upos, k) - 1] !== ","))
        return false;
      subject = first;
      appositions.push(...others);
    }
  }
  head[v] = 0;
  deprel[v] = "root";
  head[r] = v + 1;
  deprel[r] = "obl";
  if (subject >= 0) {
    head[subject] = v + 1;
    deprel[subject] = "nsubj";
  }
  for (const k of appositions) {
    head[k] = subject + 1;
    deprel[k] = "appos";
  }
  if (participle >= 0) {
    head[participle] = subject + 1;
    deprel[participle] = "acl";
    // (a conjunction the participle held for the verb goes with the verb)
    for (const k of kids(participle)) if (k > participle && deprel[k] === "cc" && k < v) head[k] = v + 1;
  }
  // the rest of the clause after the comma, and the closing punctuation, go with the verb
  for (const k of rk)
    if (k > c && k !== subject && k !== v && k !== participle && !appositions.includes(k)) head[k] = v + 1;
  return true;
}

/**
 * "Officers used water cannon to push back the crowd, and detained six people.": a sentence whose
 * subject the parser made the root, with the verb after it as the subject's modifier and the
 * sentence left without a verb. The verb (past tense, with an object, right after the noun phrase)
 * becomes the root and the noun its subject; what the noun held after the verb (a verb joined to it,
 * the closing stop) goes with the verb. Left alone when a comma stands between them ("The ship,
 * renamed the Tern, sailed"), and for a title or caption without closing punctuation. Returns whether
 * the tree changed.
 */
export function repairSubjectAsRoot(tree: Tree, tags: TreeTags): boolean {
  const { head, deprel } = tree;
  const { words, upos, xpos } = tags;
  const n = words.length;
  const r = head.indexOf(0);
  if (r < 0 || !/^(NOUN|PROPN|PRON)$/.test(upos[r]) || !/^[.!?]$/.test(words[n - 1] ?? "")) return false;
  const rk = dependentsOf(head, r);
  if (rk.some((k) => /^(cop|aux|nsubj|csubj|expl)/.test(deprel[k]))) return false;
  const v = rk.find((k) => k > r && deprel[k] === "acl" && upos[k] === "VERB");
  if (v === undefined || !/^(VBD|VBN)$/.test(xpos[v])) return false;
  if (!dependentsOf(head, v).some((k) => deprel[k] === "obj")) return false;
  for (let k = r + 1; k < v; k++) if (upos[k] === "PUNCT" || upos[k] === "VERB") return false;
  head[v] = 0;
  deprel[v] = "root";
  head[r] = v + 1;
  deprel[r] = "nsubj";
  for (const k of rk) if (k > v) head[k] = v + 1;
  return true;
}

/** Relations a subject after a fronted phrase's comma may have been given to a word of that phrase. */
const HUNG_ON_PHRASE =
  /^(conj|appos|nmod|nmod:poss|nmod:tmod|nmod:npmod|obl|obl:tmod|obl:npmod|obl:unmarked|obj|dep|parataxis|list|compound|vocative|nsubj)$/;

/**
 * "In May, the labour board released an opinion", "Speaking on his flight home, Cameron described the
 * talks as good": the subject of the main clause, after the comma that closes a fronted phrase, which
 * the parser hung on that phrase (as a conjunct or apposition of its last noun, or as the subject of
 * its participle) and left the clause's verb without a subject. The noun becomes the subject of the
 * verb right after it (a finite verb, or auxiliaries and a verb). Left alone when a conjunction joins
 * the noun to the phrase (on news such nouns were as often a conjunct of the phrase as a subject), when the
 * verb has a subject or modifies the noun, or when a bare verb form stands alone in a list ("salons,
 * day cares, and others"). Returns whether the tree changed.
 */
export function repairSubjectHungOnFrontedPhrase(tree: Tree, tags: TreeTags): boolean {
  const { head, deprel } = tree;
  const { words, upos, xpos } = tags;
  const n = words.length;
  const kids = (h: number) => dependentsOf(head, h);
  let changed = false;
  for (let w = 1; w + 1 < n; w++) {
    if (!/^(NOUN|PROPN|PRON)$/.test(upos[w]) || !HUNG_ON_PHRASE.test(deprel[w])) continue;
    const h = head[w] - 1;
    if (h < 0 || h >= w) continue;
    // (a subject the parser gave to a fronted participle: "Speaking on ..., Cameron described")
    if (deprel[w] === "nsubj" && !(upos[h] === "VERB" && /^(VBG|VBN)$/.test(xpos[h]))) continue;
    const own = kids(w);
    if (own.some((k) => deprel[k] === "cc")) continue;
    const start = leftEdge(head, upos, w);
    if (start < 2 || words[start - 1] !== "," || h >= start - 1) continue;
    let v = w + 1;
    while (v < n && /^(AUX|ADV|PART)$/.test(upos[v])) v++;
    if (v >= n || upos[v] !== "VERB") continue;
    const bare = v === w + 1;
    if (bare ? !/^(VBD|VBZ|VBP)$/.test(xpos[v]) : upos[w + 1] !== "AUX") continue;
    if (isUnder(head, v, w)) continue;
    const vk = kids(v);
    if (vk.some((k) => /^(nsubj|csubj|expl)/.test(deprel[k]))) continue;
    if (bare && !vk.some((k) => !/^(punct|cc)$/.test(deprel[k]))) continue;
    head[w] = v + 1;
    deprel[w] = vk.some((k) => deprel[k] === "aux:pass") ? "nsubj:pass" : "nsubj";
    // (the comma closes the fronted phrase and goes with it)
    if (head[start - 1] === w + 1) head[start - 1] = h + 1;
    changed = true;
  }
  return changed;
}

const SUBORDINATORS =
  /^(after|before|since|until|till|as|because|while|once|though|although|whereas|unless|whether|if|when)$/i;
/** Relations a main clause may have been given under a subordinate verb the parser made the root. */
const MAIN_CLAUSE_UNDER_ROOT = /^(parataxis|conj|ccomp|advcl|dep)$/;
/** What may stand before a fronted subordinate clause: "But even as ...", "In March, after ...". */
const FRONT_OF_SENTENCE = /^(cc|advmod|punct|obl|obl:unmarked|discourse)$/;

/**
 * "After the first case turned up in Seattle, an expert began asking ...", "since the government
 * started to apply ...": a subordinating conjunction the tagger read as a preposition and the parser
 * hung on the clause's subject as its case marker. It becomes the mark of the clause's verb, which
 * becomes an adverbial clause: of the verb it was joined to ("conj", "parataxis"), or, when the parser
 * made it the root, of the next verb after a comma that has a subject of its own, which becomes the
 * root and takes the words outside the subordinate clause ("So", "But" before it; the closing stop).
 * Returns whether the tree changed.
 */
export function repairSubordinatorAsCase(tree: Tree, tags: TreeTags): boolean {
  const { head, deprel } = tree;
  const { words, upos, xpos } = tags;
  const n = words.length;
  const kids = (h: number) => dependentsOf(head, h);
  let changed = false;
  for (let p = 0; p < n; p++) {
    if (deprel[p] !== "case" || !SUBORDINATORS.test(words[p])) continue;
    const x = head[p] - 1;
    if (x <= p || !deprel[x].startsWith("nsubj")) continue;
    const v = head[x] - 1;
    if (v <= x) continue;
    // a preposition after all: "because of the risks", "as with Kell", "as president", or a subject
    // hung across a comma on a later clause's verb ("After Bretton Woods, the dollar ..., when ... made")
    if (upos[p + 1] === "ADP" || words.slice(p + 1, v).includes(",")) continue;
    if (!/^(VERB|AUX|ADJ)$/.test(upos[v])) continue;
    // (an object pronoun is no subject: "what generations before us faced"; nor is a second subject:
    // "Kasich as a nominee would face")
    if (/^(me|him|her|us|them)$/i.test(words[x])) continue;
    if (kids(v).some((k) => k !== x && deprel[k].startsWith("nsubj"))) continue;
    // "as" of a comparison: "as many people as ...", "as well known as Sheen"
    if (/^as$/i.test(words[p])) {
      if (/^(ADJ|ADV)$/.test(upos[p + 1]) || (x === p + 1 && xpos[x] === "NN")) continue;
      // ("as a result", "as a whole", "as a nominee": a role or a set phrase far more often than a clause)
      if (/^an?$/i.test(words[p + 1])) continue;
      if (words.slice(Math.max(0, p - 8), p).some((w) => /^as$/i.test(w))) continue;
    }
    head[p] = v + 1;
    deprel[p] = "mark";
    changed = true;
    // (a clause "after" or "because" something is adverbial: never a complement, unless "whether")
    if (
      /^(conj|parataxis)$/.test(deprel[v]) ||
      (deprel[v] === "ccomp" && !/^(whether|if)$/i.test(words[p]))
    ) {
      deprel[v] = "advcl";
      continue;
    }
    if (deprel[v] !== "root") continue;
    const main = kids(v).find(
      (w) =>
        w > v &&
        MAIN_CLAUSE_UNDER_ROOT.test(deprel[w]) &&
        (upos[w] === "VERB" || upos[w] === "AUX") &&
        words.slice(v + 1, w).includes(",") &&
        kids(w).some((k) => deprel[k].startsWith("nsubj") && k < w),
    );
    // (only a clause put before the main one: what precedes the conjunction is a sentence opener)
    if (main === undefined || kids(v).some((k) => k < p && !FRONT_OF_SENTENCE.test(deprel[k]))) continue;
    for (const k of kids(v)) if (k > main || k < p) head[k] = main + 1;
    head[main] = 0;
    deprel[main] = "root";
    head[v] = main + 1;
    deprel[v] = "advcl";
  }
  return changed;
}

const WEEKDAY =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)$/i;
const TIME_NOUN =
  /^(week|weekend|month|year|night|morning|afternoon|evening|spring|summer|fall|autumn|winter)$/i;
const TIME_DETERMINER = /^(this|last|next|that|every|each)$/i;

/**
 * "Pelosi said Thursday she is not concerned", "The Clinton camp this week said ...": a day or a
 * "this week" the parser made a second subject of a verb. It becomes the time of the verb
 * ("obl:unmarked"), of the speech verb right before it when the parser hung it on the clause that verb
 * reports. Returns whether the tree changed.
 */
export function repairTimeAsSubject(tree: Tree, tags: TreeTags): boolean {
  const { head, deprel } = tree;
  const { words, upos } = tags;
  const n = words.length;
  const kids = (h: number) => dependentsOf(head, h);
  let changed = false;
  for (let x = 0; x < n; x++) {
    if (deprel[x] !== "nsubj") continue;
    const v = head[x] - 1;
    if (v < 0) continue;
    const own = kids(x);
    const isTime =
      // ("USA TODAY recognizes ...": a name)
      (WEEKDAY.test(words[x]) && !(/^today$/i.test(words[x]) && words[x] !== "today" && x > 0)) ||
      // (lower case: "CBS This Morning" is a name)
      (TIME_NOUN.test(words[x]) &&
        words[x] === words[x].toLowerCase() &&
        own.some((k) => k < x && TIME_DETERMINER.test(words[k])));
    if (!isTime) continue;
    // (a word that modifies the day otherwise, or a clause of its own, makes it more than a time)
    if (own.some((k) => !/^(det|amod|advmod)$/.test(deprel[k]))) continue;
    if (!kids(v).some((k) => k !== x && deprel[k].startsWith("nsubj") && !WEEKDAY.test(words[k]))) continue;
    const before = x - 1;
    const speech =
      before >= 0 && upos[before] === "VERB" && SPEECH_FORMS.test(words[before]) && head[v] === before + 1;
    head[x] = (speech ? before : v) + 1;
    deprel[x] = "obl:unmarked";
    changed = true;
  }
  return changed;
}
