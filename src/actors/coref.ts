// Coreference inside one document: surnames and short names to the person named in full ("Wang" is
// Wang Yi), pronouns to the nearest compatible actor, "the ministry" / "the bank" to the last matching
// organisation. Runs after every phrase has been chunked, in text order.
import type { Sentence } from "../model/index.js";
import { SPEECH_FORMS, WEAK_FORMS } from "../quotes/cues.js";
import { composeCode, isStateSector, splitCode } from "./codes.js";
import { holdsTitle, type Ref, type RefRegistry } from "./refs.js";
import type { Item } from "./resolve.js";
import { phraseKeys } from "./text.js";

/** How many sentences back a pronoun or "the ministry" may look for its antecedent. */
const PRONOUN_WINDOW = 3;
const NOMINAL_WINDOW = 12;
/** No search looks back over more phrases than this, so hostile texts stay linear. */
const LOOKBACK = 200;

type Agree = "m" | "f" | "it" | "they";

/** An honorific right before a name, which gives the person's gender. */
const HONORIFIC = /\b(Mr|Mister|Mrs|Ms|Miss)\.?\s+$/;

/**
 * Nouns for a person that say the sex ("a woman was arrested ... her license", "a spokesman said he"),
 * so that one no name is given for is a pronoun's antecedent. "-woman" before "-man".
 */
const FEMALE_NOUN =
  /^(?:woman|girl|mother|wife|daughter|sister|grandmother|aunt|niece|widow|actress|lady|girlfriend|bride|nun|\p{Ll}+woman)$/u;
const MALE_NOUN =
  /^(?:man|boy|father|husband|son|brother|grandfather|uncle|nephew|widower|boyfriend|monk|\p{Ll}+man)$/u;

function nounGender(headKey: string | null): "m" | "f" | null {
  if (!headKey) return null;
  return FEMALE_NOUN.test(headKey) ? "f" : MALE_NOUN.test(headKey) ? "m" : null;
}

function compatible(it: Item, agree: Agree): boolean {
  const r = it.ref;
  if (!r) return false;
  // ("He plays her own card against her": an earlier "he" is no antecedent of "her", whoever it is)
  if (it.agree && it.agree !== agree && (agree === "m" || agree === "f")) return false;
  if ((agree === "m" || agree === "f") && r.type !== "person")
    return it.kind === "title" && !it.plural && !it.apposed && nounGender(it.headKey) === agree;
  if (agree === "m" || agree === "f") return r.type === "person" && (r.gender === null || r.gender === agree);
  // (a person's title with no one named, "the victim", is never "it")
  if (agree === "it") return r.type !== "person" && !it.plural && it.kind !== "title";
  return it.plural || it.kind === "group";
}

const COMPANY_NOUNS = new Set(["company", "firm", "corporation", "conglomerate"]);

/** Nouns that pick an antecedent by kind when no earlier phrase had the same head word. */
function nominalMatches(headKey: string, sector: string, it: Item): boolean {
  const r = it.ref;
  if (!r || r.type === "person") return false;
  const { sectors } = splitCode(r.code);
  switch (headKey) {
    case "bank":
    case "lender":
      return r.orgKind === "bank" || /bank/i.test(r.name);
    case "company":
    case "firm":
    case "corporation":
    case "conglomerate":
      return r.type === "company";
    case "group":
      // (a state body is no group: "the Occupational Safety and Health Administration ... the group")
      return (r.type === "company" || r.type === "organisation") && !isStateSector(sectors[0] ?? "");
    case "commission":
      // "the Commission" after the European Community, "the commission" of a state otherwise.
      if (r.type === "igo") return true;
      return sector !== "" && sectors[0] === sector;
    case "alliance":
    case "bloc":
    case "organization":
    case "organisation":
    case "body":
      return r.type === "igo";
    case "union":
      // "the Teamsters ... the union": a trade union named before, else a union of states
      return r.type === "igo" || (r.type === "organisation" && sectors.includes("LAB"));
    case "charity":
    case "watchdog":
      return r.code.startsWith("NGO");
    case "agency":
      // "the news agency" is an outlet; "the agency" alone may be a government or UN body.
      if (sector === "MED") return r.type === "media";
      return r.type === "media" || r.type === "company" || r.type === "igo";
    case "network":
    case "outlet":
    case "newspaper":
    case "broadcaster":
      return r.type === "media" || r.type === "company" || r.type === "igo";
    default:
      if (sector === "NGO") return r.code.startsWith("NGO");
      if (r.type === "media" || r.type === "company") return sector === "MED" || sector === "BUS";
      return sector !== "" && sectors[0] === sector;
  }
}

const SPEECH_AFTER_RE = /^\s*,?\s*(said|says|told|added|stated|announced|declared|insisted|warned)\b/;
const SPEECH_BEFORE_RE = /\b(said|says|according to)\s+$/;

/** The mention is the one speaking: "the ministry said", "said the ministry", "according to X". */
function spoke(it: Item, body: string): boolean {
  return (
    SPEECH_AFTER_RE.test(body.slice(it.end, it.end + 24)) ||
    SPEECH_BEFORE_RE.test(body.slice(Math.max(0, it.start - 16), it.start))
  );
}

/**
 * The mention sits in an aside the clause's subject is not in: between dashes or parentheses ("leaders
 * in Paris - including Trump and Putin - he said") or in an "including ..." list.
 */
function aside(body: string, it: Item): boolean {
  const before = body.slice(Math.max(0, it.start - 160), it.start);
  const clause = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1);
  if (/\bincluding\s(?:(?!\s[-–—]\s)[^,;()])*$/.test(clause)) return true;
  const open = Math.max(
    clause.lastIndexOf(" - "),
    clause.lastIndexOf(" – "),
    clause.lastIndexOf(" — "),
    clause.lastIndexOf("("),
  );
  if (open < 0) return false;
  const closedBefore = /[)]|\s[-–—]\s/.test(clause.slice(open + 2));
  if (closedBefore) return false;
  const after = body.slice(it.end, it.end + 160);
  const close = after.search(/\s[-–—]\s|\)/);
  const stop = after.search(/[.!?]\s/);
  return close >= 0 && (stop < 0 || close < stop);
}

/** "al-Shaheen" and "Shaheen" are the same name in running text. */
function bare(k: string): string {
  return k.replace(/^(al|el|ad|as|ash|at|an|ar|az)-/, "");
}

/**
 * Verbs of saying and thinking (the quote finder's cue lemmas) whose subject a pronoun subject of
 * their reported clause usually is.
 */
const REPORT_VERBS = new Set([...SPEECH_FORMS.values(), ...WEAK_FORMS.values()]);

/** Where a phrase in the text is: its start and end. */
export interface SpanAt {
  start: number;
  end: number;
  /** Where the reporting verb is. */
  verb: number;
}

/**
 * From the parse: for a pronoun that is the subject of a clause reported by a verb of saying ("the
 * coalition fighting the group said it did not strike", "it will cut troops, the ministry said"), the
 * span of the reporting verb's subject, which the pronoun most often refers to when no other phrase
 * comes between the verb and the pronoun ("told the paper that it", "said after Obama won that he").
 */
export function reportingSubjects(sentences: Sentence[]): (pos: number) => SpanAt | null {
  const at = new Map<number, [Sentence, number]>();
  for (const s of sentences) for (let i = 0; i < s.tokens.length; i++) at.set(s.tokens[i].start, [s, i]);
  return (pos) => {
    const hit = at.get(pos);
    if (!hit) return null;
    const [s, i] = hit;
    const t = s.tokens[i];
    if (t.upos === "PRON" && t.deprel === "nmod:poss" && t.head) return possessorSubject(s, t);
    if (t.upos !== "PRON" || (t.deprel !== "nsubj" && t.deprel !== "nsubj:pass") || !t.head) return null;
    const clause = s.tokens[t.head - 1];
    if (clause?.deprel !== "ccomp" || !clause.head) return null;
    const verb = s.tokens[clause.head - 1];
    if (!verb || !REPORT_VERBS.has((verb.lemma ?? "").toLowerCase())) return null;
    const subj = s.tokens.find((u) => u.head === clause.head && u.deprel === "nsubj");
    if (!subj || subj.upos === "PRON" || subj === t) return null;
    return { start: subj.start, end: subj.end, verb: verb.start };
  };
}

/**
 * "Odinga ... called on his followers", "the ministry said its envoy": a possessive pronoun in a
 * clause refers to that clause's subject (through a conjoined verb's: "X accused Y and called on his
 * followers"), unless another phrase comes between the verb and the pronoun ("X praised Y for his
 * work": resolvePending checks that). The subject before the pronoun, not itself a pronoun.
 */
function possessorSubject(s: Sentence, t: Sentence["tokens"][number]): SpanAt | null {
  // the possessed noun's own verb only: higher up ("X, an adviser to Y and his aide") it is unclear
  const noun = s.tokens[t.head! - 1];
  const v = noun?.head ? s.tokens[noun.head - 1] : undefined;
  if (v?.upos !== "VERB") return null;
  const subjectOf = (verb: Sentence["tokens"][number]) =>
    s.tokens.find((u) => u.head === verb.id && (u.deprel === "nsubj" || u.deprel === "nsubj:pass"));
  let subj = subjectOf(v);
  if (!subj && v.deprel === "conj" && v.head) subj = subjectOf(s.tokens[v.head - 1]);
  if (!subj || subj.upos === "PRON" || subj.start >= t.start) return null;
  return { start: subj.start, end: subj.end, verb: v.start };
}

export function personNameMatch(names: string[][], rawKeys: string[]): boolean {
  const keys = rawKeys.map(bare);
  for (const name of names) {
    if (name.length === 0) continue;
    if (keys.length === name.length && keys.every((k, n) => k === name[n])) return true;
    if (keys.length === 1 && name.length > 1 && (keys[0] === name[name.length - 1] || keys[0] === name[0])) {
      return true;
    }
    // "Toshiba Machine" for "Toshiba Machine Co".
    if (keys.length > 1 && keys.length < name.length && keys.every((k, n) => k === name[n])) return true;
    // "Kuleba" inside "Dmytro Kuleba" or "Le Drian" inside "Jean-Yves Le Drian".
    if (keys.length > 1 && keys.length < name.length) {
      const tail = name.slice(name.length - keys.length);
      if (tail.every((k, n) => k === keys[n])) return true;
    }
  }
  return false;
}

/**
 * The code of a phrase owned through a possessive pronoun: a state's branch for state owners ("its
 * forces" of Baghdad: IRQMIL), the owner itself for its leaders and staff when the owner is a body with
 * a sector of its own (a union's leaders, an outlet's editor).
 */
function ownedCode(owner: Ref, sector: string): string | null {
  const { root, sectors } = splitCode(owner.code);
  if (!root || root.startsWith("---")) return null;
  const own = sectors[0] ?? "";
  if (root.startsWith("IGO") || root.startsWith("NGO")) return composeCode(owner.code, sector || null);
  if (own && own !== "ELI" && !isStateSector(own) && (sector === "" || sector === "GOV")) return owner.code;
  return root + (sector || "GOV");
}

/** A possessive ending right after a phrase ("Tom Bell's"). */
const POSSESSOR_AFTER = /^['’]s?\b/;

const SAID_AFTER = /^\s+(?:said|says|suggested|added|argued|noted|insisted|warned)\b/;
const SAID_BETWEEN = /\b(?:said|says|told|added|suggested|argued|noted|insisted|warned)\b/;

/** Possessive pronouns, which the resolver makes owners of the phrase after them. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["his", "her", "its", "their"]);
/** Words that open a phrase or clause fronted before the subject ("In his speech, Trump said"). */
const FRONTED_OPENER =
  /^(?:(?:but|and|yet|so)\s+)?(?:in|during|after|before|on|at|despite|since|with|without|following|throughout|upon|for|through|under|amid|like|unlike|as|when|while|although|though|because|if|once|until|to|from|over|by|within|ahead)\b/i;

/**
 * A participle opening the sentence ("Standing before his supporters,", "Asked about her plans,"): a
 * fronted clause whose subject is the main clause's. Not "Something" or "Nothing".
 */
const PARTICIPLE_OPENER = /^(?!(?:Some|No|Any|Every)thing\b)(?:\p{Lu}\p{Ll}{2,}ing|Asked|Pressed)\b/u;

/**
 * "In his speech on Friday, Trump said": a possessive pronoun in a phrase fronted before the subject
 * points forward to that subject, the first mention right after a comma, not back to whoever an earlier
 * sentence named. The index of that mention, or -1.
 */
function cataphorTarget(items: Item[], n: number, body: string): number {
  const it = items[n];
  if (!POSSESSIVE_PRONOUNS.has(body.slice(it.start, it.end).toLowerCase())) return -1;
  const before = body.slice(Math.max(0, it.start - 200), it.start);
  const from = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("? "),
    before.lastIndexOf("! "),
    before.lastIndexOf("\n"),
  );
  if (from < 0 && it.start > 200) return -1;
  // every phrase before the pronoun is fronted ("But to many abroad, on the strength of his speech,"),
  // not "As of Monday, police were looking for his accomplices"
  if (
    !before
      .slice(from + 1)
      .split(",")
      .every(
        (part, n) =>
          FRONTED_OPENER.test(part.trimStart()) || (n === 0 && PARTICIPLE_OPENER.test(part.trimStart())),
      )
  )
    return -1;
  for (let m = n + 1; m < items.length && m <= n + 8; m++) {
    const c = items[m];
    if (c.sentence !== it.sentence) return -1;
    const between = body.slice(items[m - 1].end, c.start);
    if (/[\u2014\u2013;:]|\s-\s/.test(between)) return -1;
    if (/,\s*$/.test(between)) return c.kind === "pronoun" ? -1 : m;
  }
  return -1;
}

/**
 * "loyal to the Union", "the State of the Union": a body noun written capitalised that no earlier name
 * has as its head is a proper name of its own, not that sector's body of the story's country ("the
 * union" is a trade union; "the Union" the federal Union). State bodies ("the Government") are the
 * story's government, capitalised or not.
 */
function properNonState(body: string, it: Item, sector: string): boolean {
  // ("the University of South Florida": the name goes on after "of")
  if (isStateSector(sector) || /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(body.slice(it.end, it.end + 12)))
    return false;
  return (
    /(?:^|\s)\p{Lu}\p{Ll}+$/u.test(body.slice(it.start, it.end)) &&
    /^the\s/i.test(body.slice(it.start, it.end))
  );
}

const REFLEXIVES = new Set(["himself", "herself", "itself", "themselves"]);

/**
 * "the soldiers themselves", "Mali and Burkina Faso, themselves ruled by juntas": a reflexive right
 * after a phrase only stresses that phrase, and is its actor; after phrases joined by "and" or "or" it
 * stands for all of them, no one actor (null). Undefined when the reflexive is not such an echo
 * ("found themselves", "help themselves"), which the clause's subject resolves as any pronoun.
 */
function emphaticAntecedent(items: Item[], n: number, body: string): Item | null | undefined {
  const it = items[n];
  const c = items[n - 1];
  const p = it.pending;
  if (!c || p?.type !== "pronoun" || !REFLEXIVES.has(body.slice(it.start, it.end).toLowerCase()))
    return undefined;
  if (c.sentence !== it.sentence || !/^\s*,?\s*$/.test(body.slice(c.end, it.start))) return undefined;
  const before = items[n - 2];
  if (
    before &&
    before.sentence === it.sentence &&
    /^\s*,?\s*(?:and|or)\s+$/i.test(body.slice(before.end, c.start))
  )
    return null;
  return compatible(c, p.agree) ? c : undefined;
}

/**
 * The story's principal among the earlier mentions `accept` takes (each has a ref): the one named most
 * so far, plus `bonus`, the first named on a tie. Up to LOOKBACK mentions back, so it stays linear.
 */
function principal(
  items: Item[],
  n: number,
  accept: (c: Item) => boolean,
  bonus: (r: Ref) => number = () => 0,
): Ref | null {
  const seen = new Map<Ref, number>();
  for (let m = Math.max(0, n - LOOKBACK); m < n; m++) {
    const r = items[m].ref;
    if (r && accept(items[m])) seen.set(r, (seen.get(r) ?? 0) + 1);
  }
  let found: Ref | null = null;
  let best = 0;
  for (const [r, count] of seen)
    if (count + bonus(r) > best) {
      found = r;
      best = count + bonus(r);
    }
  return found;
}

// (a ref's name is asked about for every bare name in the look-back window: tokenised once per ref)
const refNameKeys = new WeakMap<Ref, string[]>();
function nameKeysOf(r: Ref): string[] {
  let keys = refNameKeys.get(r);
  if (!keys) {
    keys = phraseKeys(r.name);
    refNameKeys.set(r, keys);
  }
  return keys;
}

/** Offices whose holder leads the government an "administration" is named after. */
const HEAD_OF_GOVERNMENT = /\b(?:president|prime minister|premier)\b/i;

export function resolvePending(
  items: Item[],
  refs: RefRegistry,
  body: string,
  home: string | null = null,
  /** True when the home country comes from a wire dateline: it then beats the last country named. */
  homeFirst = false,
  /** Where unnamed rebels and militants fight when no country is named with them (resolve.ts conflictCountry). */
  rebelHome: string | null = home,
  /** The reporting clause's subject for a pronoun subject of a reported clause (reportingSubjects). */
  reportSubject: (pos: number) => SpanAt | null = () => null,
  /** Whether a position lies inside quotation marks: names a speaker quotes are not who "he" is. */
  inQuote: (pos: number) => boolean = () => false,
): void {
  items.sort((a, b) => a.start - b.start);
  // ("Ann Ruiz, a businesswoman, said she": the name, not the noun beside it, is who "she" is)
  for (let n = 1; n < items.length; n++)
    if (items[n - 1].ref?.type === "person" && /^\s*,\s*$/.test(body.slice(items[n - 1].end, items[n].start)))
      items[n].apposed = true;
  // ("a man named Ann Ruiz", "that man": the name, or the one meant before, is who "he" is; so is the
  // one named before "the billionaire businessman", an epithet of the story's man more often than not)
  for (let n = 0; n < items.length; n++)
    if (
      /^(?:that|this)\s/i.test(body.slice(items[n].start, items[n].end)) ||
      (/^the\s/i.test(body.slice(items[n].start, items[n].end)) &&
        /^\p{Ll}+(?<!^wo)man$/u.test(items[n].headKey ?? "")) ||
      (items[n + 1]?.kind === "name" &&
        /^\s*,?\s*(?:named|called)\s+$/.test(body.slice(items[n].end, items[n + 1].start)))
    )
      items[n].apposed = true;
  const homeOf = (sector: string) => (sector === "REB" ? rebelHome : home);
  const bySentence = new Map<number, Item[]>();
  for (const it of items) {
    const l = bySentence.get(it.sentence);
    if (l) l.push(it);
    else bySentence.set(it.sentence, [it]);
  }
  const persons = () => refs.all().filter((r) => r.nameKeys.length > 0);
  // Name words without "al-" prefixes, computed once per actor for this document.
  const bareNames = new Map<Ref, string[][]>();
  const namesOf = (r: Ref): string[][] => {
    let n = bareNames.get(r);
    if (!n) {
      n = r.nameKeys.map((ks) => ks.map(bare));
      bareNames.set(r, n);
    }
    return n;
  };
  // Earlier sentences: in the nearest sentence that has a compatible actor, the one who spoke ("the
  // ministry said ... It said"), else the first (its subject).
  const fromEarlier = (it: Item, agree: Agree): Item | null => {
    let found: Item | null = null;
    for (let back = 1; !found && back <= PRONOUN_WINDOW; back++) {
      const s = it.sentence - back;
      if (s < 0) break;
      const all = (bySentence.get(s) ?? [])
        .slice(0, LOOKBACK)
        .filter((c) => c.start < it.start && compatible(c, agree) && !aside(body, c));
      // a person named in someone's quoted words is "he" only when no one outside them could be
      const person = agree === "m" || agree === "f";
      const outside = person && !inQuote(it.start) ? all.filter((c) => !inQuote(c.start)) : all;
      const cands = outside.length > 0 ? outside : all;
      found = cands.find((c) => spoke(c, body)) ?? cands[0] ?? null;
    }
    return found;
  };
  // Possessive pronouns waiting for the mention they point forward to (cataphorTarget), by its index;
  // once it is resolved, a pronoun it does not suit looks back as the others do.
  const waiting = new Map<number, Item[]>();
  const settle = (upTo: number) => {
    for (const [m, list] of waiting) {
      if (m >= upTo) continue;
      waiting.delete(m);
      for (const pro of list) {
        if (pro.pending?.type !== "pronoun") continue;
        const found = compatible(items[m], pro.pending.agree)
          ? items[m]
          : fromEarlier(pro, pro.pending.agree);
        if (found) {
          pro.ref = found.ref;
          pro.pending = null;
        }
      }
    }
  };
  // "a senior administration official", "the administration": the government a president or prime
  // minister leads, not the story's country (an American story about Cuba means Washington's). Heads
  // are often resolved later in this loop, so such phrases are resolved as any branch is and
  // corrected after it.
  const administrations: Item[] = [];
  // "the Senate" in a story about a country without one is Washington's when the story names the US.
  const senates: Item[] = [];
  for (let n = 0; n < items.length; n++) {
    if (waiting.size > 0) settle(n);
    const it = items[n];
    const owned = it.owner?.ref ? ownedCode(it.owner.ref, it.ownerSector ?? "") : null;
    // "its editor in chief Alexandra Perepelova": a person named only here belongs to the owner.
    if (owned && it.ref?.docPerson && it.ref.code.startsWith("---")) it.ref.code = owned;
    const p = it.pending;
    if (!p || it.ref) continue;
    // "Baghdad said its forces", "the union ... its leaders": the owner's country or body, not the story's.
    if (owned && p.type === "nominal") {
      it.ref = p.person ? (refs.officeHolder(owned, p.title) ?? refs.forCode(owned)) : refs.forCode(owned);
      it.pending = null;
      continue;
    }
    if (
      p.type === "nominal" &&
      p.sector === "GOV" &&
      /\badministration\b/i.test(body.slice(it.start, it.end))
    )
      administrations.push(it);
    if (p.type === "nominal" && p.headKey === "senate" && !SENATES.has(home ?? "")) senates.push(it);
    if (p.type === "surname") {
      // Someone named in full earlier in this document. When several share the name (Hillary and Bill
      // Clinton, Donald and Ivanka Trump), the story's bare surname is its principal's: the one named
      // most so far, else the one named first (news gives the other a first name or a title); a person
      // before a body named after one ("Amash" is Justin Amash, not the Amash Amendment).
      const named = (r: Ref) =>
        r.nameKeys.length > 0 && (!p.town || r.type === "person") && personNameMatch(namesOf(r), p.keys);
      // ("Apple" after "Apple" and "the Apple Watch" were named: the organisation the story already
      // called by exactly this name, not a longer one that starts with it)
      const same = (ks: string[]) => ks.length === p.keys.length && ks.every((k, i) => k === p.keys[i]);
      const exactly = (r: Ref) => r.type !== "person" && (r.nameKeys.some(same) || same(nameKeysOf(r)));
      let found =
        principal(items, n, (c) => exactly(c.ref!)) ??
        principal(
          items,
          n,
          (c) => named(c.ref!),
          (r) => (r.type === "person" ? LOOKBACK : 0),
        );
      if (!found) found = persons().find(named) ?? null;
      if (!found && p.kbPeople.length > 0)
        found = refs.person(p.kbPeople[0], { base: null, sector: null, role: null });
      // The recognizer says it is a person, nobody else in the text has that name and no title says what
      // they do: a private person (CVL) of the story's country.
      if (!found && p.entity) found = refs.docPerson(body.slice(it.start, it.end), "---CVL", null);
      // "Ms. Okafor": the honorific says who "she" can be from here on
      if (found?.type === "person" && found.gender === null) {
        const hon = HONORIFIC.exec(body.slice(Math.max(0, it.start - 6), it.start));
        if (hon) found.gender = /^(?:mr|mister)$/i.test(hon[1]) ? "m" : "f";
      }
      if (found) {
        it.ref = found;
        it.pending = null;
      }
      continue;
    }
    if (p.type === "pronoun") {
      const emphatic = emphaticAntecedent(items, n, body);
      if (emphatic !== undefined) {
        it.ref = emphatic?.ref ?? null;
        it.pending = null;
        continue;
      }
      let found: Item | null = null;
      // "the coalition fighting the group said it ...": the one who says it, when the parse shows it.
      const subj = reportSubject(it.start);
      let other = false;
      for (let m = n - 1; subj && !other && m >= Math.max(0, n - LOOKBACK); m--) {
        const c = items[m];
        if (c.sentence !== it.sentence || c.start < subj.verb) break;
        other = compatible(c, p.agree) && !aside(body, c);
      }
      if (subj && !other) {
        for (let m = Math.max(0, n - LOOKBACK); m < items.length && m < n + LOOKBACK; m++) {
          const c = items[m];
          if (c.start > subj.start) break;
          if (c.end >= subj.end && c.ref && c.sentence === it.sentence && compatible(c, p.agree)) found = c;
        }
      }
      // (an organisation quoted naming itself is still "it": '"El Salvador demands respect," it said')
      const outside = !inQuote(it.start) && (p.agree === "m" || p.agree === "f");
      // ("Ann Ruiz criticised Tom Bell's plan but said he ...", "Tom Bell's plan is wrong, she said": the
      // subject of a verb of saying skips a possessor for an earlier phrase that can be it, the clause's
      // subject; not "Tom Bell's statement explaining that he", "Ann Ruiz's hearing, when she")
      const subjectPronoun = /^(?:he|she|they)$/i.test(body.slice(it.start, it.end));
      const speaks = subjectPronoun && SAID_AFTER.test(body.slice(it.end, it.end + 16));
      let nearest: Item | null = null;
      for (let m = n - 1; !found && m >= Math.max(0, n - LOOKBACK); m--) {
        const c = items[m];
        if (c.sentence !== it.sentence) break;
        if (compatible(c, p.agree) && !aside(body, c) && !(outside && inQuote(c.start))) {
          nearest ??= c;
          if (
            !POSSESSOR_AFTER.test(body.slice(c.end, c.end + 3)) ||
            !(speaks || (subjectPronoun && SAID_BETWEEN.test(body.slice(c.end, it.start))))
          )
            found = c;
        }
      }
      found ??= nearest;
      if (!found) {
        const m = cataphorTarget(items, n, body);
        const c = m >= 0 ? items[m] : null;
        if (c && !c.ref && c.pending) {
          const list = waiting.get(m);
          if (list) list.push(it);
          else waiting.set(m, [it]);
          continue;
        }
        if (c && compatible(c, p.agree)) found = c;
      }
      found ??= fromEarlier(it, p.agree);
      if (found) {
        it.ref = found.ref;
        it.pending = null;
      }
      continue;
    }
    // "the ministry", "the bank", "the president".
    let found: Ref | null = null;
    if (p.stateless && rebelHome && rebelHome !== home) found = refs.forCode(rebelHome + (p.sector || "GOV"));
    // "the two leaders", "police": a plural refers back to a plural phrase with the same head, else (with
    // no article) to that sector of the story's country. "a military spokesman": that sector, too.
    if (it.plural || p.bare) {
      for (let m = n - 1; m >= Math.max(0, n - LOOKBACK) && !found && it.plural; m--) {
        const c = items[m];
        if (it.sentence - c.sentence > NOMINAL_WINDOW) break;
        if (
          c.plural &&
          c.ref &&
          c.headKey === p.headKey &&
          (!p.sector || splitCode(c.ref.code).sectors[0] === p.sector)
        )
          found = c.ref;
      }
      // "Baghdad war communiques ..., but a military spokesman threatened": a state named earlier in the
      // same sentence, by its name or its capital, is the one meant.
      // Only for state branches: rebels or protesters near a state's name are often its opponents.
      const stateBranch = p.sector !== "" && isStateSector(p.sector);
      for (let m = n - 1; m >= Math.max(0, n - LOOKBACK) && !found && p.bare && stateBranch; m--) {
        const c = items[m];
        if (c.sentence !== it.sentence) break;
        const root = c.ref ? splitCode(c.ref.code).root : "";
        if ((c.ref?.type === "country" || c.kind === "capital") && root && !root.startsWith("IGO"))
          found = refs.forCode(root + p.sector);
      }
      const groupHome = homeOf(p.sector);
      if (!found && (p.bare || it.plural) && groupHome && p.sector)
        found = refs.forCode(groupHome + p.sector);
      if (found) {
        it.ref = found;
        it.pending = null;
      }
      continue;
    }
    // ("former President X ... the president said" in a story dated after X left office: the title names
    // whoever heads the state now, not X, who is coded an elite at the date, when the knowledge base
    // knows who that is; lesser offices, "the special counsel", are more often the one the story looks
    // back on. "the former president" is, the other way round, not the one in office)
    const headTitle = p.person && HEAD_OF_GOVERNMENT.test(p.title);
    const formerTitle = p.former || p.sector === "ELI";
    for (let m = n - 1; m >= Math.max(0, n - LOOKBACK) && !found; m--) {
      const c = items[m];
      if (it.sentence - c.sentence > NOMINAL_WINDOW) break;
      if (!c.ref) continue;
      if (p.person) {
        const { root, sectors } = splitCode(c.ref.code);
        if (headTitle && formerTitle && isStateSector(sectors[0] ?? "")) continue;
        if (headTitle && !formerTitle && sectors[0] === "ELI" && refs.officeHolder(`${root}GOV`, p.title))
          continue;
        if (c.ref.type === "person" && c.ref.role && holdsTitle(c.ref.role, p.title)) found = c.ref;
        continue;
      }
      if (c.headKey === p.headKey && c.ref.type !== "person") found = c.ref;
    }
    // "USAir Group Inc said ... its takeover of Piedmont Aviation ... The company said": in wire copy
    // "the company" is the one the story is about, the company named most so far (else first), not
    // the nearest one named.
    if (!found && !p.person && COMPANY_NOUNS.has(p.headKey))
      found = principal(
        items,
        n,
        (c) => it.sentence - c.sentence <= NOMINAL_WINDOW && nominalMatches(p.headKey, p.sector, c),
      );
    for (let m = n - 1; m >= Math.max(0, n - LOOKBACK) && !found && !p.person; m--) {
      const c = items[m];
      if (it.sentence - c.sentence > NOMINAL_WINDOW) break;
      if (nominalMatches(p.headKey, p.sector, c)) found = c.ref;
    }
    // "the government" with no government named yet: the government of the last country named, else of
    // the country the story is about.
    if (!found && !p.person && p.sector && !properNonState(body, it, p.sector)) {
      if (homeFirst && home) found = refs.forCode(home + p.sector);
      for (let m = n - 1; m >= Math.max(0, n - LOOKBACK) && !found; m--) {
        const c = items[m];
        if (it.sentence - c.sentence > NOMINAL_WINDOW) break;
        if (c.ref?.type === "country") found = refs.forCode(c.ref.code + p.sector);
      }
      const branchHome = homeOf(p.sector);
      if (!found && branchHome) found = refs.forCode(branchHome + p.sector);
    }
    // "the president" before or without the name: whoever held that office in that country at the date.
    if (!found && p.person && home) found = refs.officeHolder(`${home}${p.sector || "GOV"}`, p.title);
    // "a senior U.S. official said ... the official added": an earlier phrase with the same title word.
    for (let m = n - 1; m >= Math.max(0, n - LOOKBACK) && !found && p.person; m--) {
      const c = items[m];
      if (it.sentence - c.sentence > NOMINAL_WINDOW) break;
      if (!c.ref || !c.headKey || (c.headKey !== p.headKey && c.headKey !== `${p.headKey}s`)) continue;
      // ("the president ... the former president": not the same one)
      if (p.former && c.ref.type === "person" && isStateSector(splitCode(c.ref.code).sectors[0] ?? ""))
        continue;
      found = c.ref;
    }
    // An office whose holder nobody knows ("the chief state prosecutor said", "the official told CNN"):
    // that branch of the story's country.
    if (!found && p.person && home) found = refs.forCode(home + (p.sector || "GOV"));
    if (found) {
      it.ref = found;
      it.pending = null;
    }
  }
  settle(items.length);
  if (administrations.length > 0) {
    const officials = items.filter((c) => c.ref?.type === "person" && c.ref.code.endsWith("GOV"));
    // English news calls a government an administration chiefly in Washington's case: an American
    // official anywhere in the story means that one, else the first head of government named.
    const american = officials.some((c) => c.ref!.code === "USAGOV");
    const head = officials.find((c) => HEAD_OF_GOVERNMENT.test(c.ref!.role ?? ""));
    const country = american ? "USA" : head ? splitCode(head.ref!.code).root : null;
    if (country)
      for (const it of administrations) if (it.ref?.type !== "person") it.ref = refs.forCode(`${country}GOV`);
  }
  if (senates.length > 0 && namesUS(items))
    for (const it of senates) if (it.ref) it.ref = refs.forCode("USALEG");
}

/** Whether any resolved mention is of the United States or one of its bodies or people. */
export function namesUS(items: readonly Item[]): boolean {
  return items.some((c) => c.ref && splitCode(c.ref.code).root === "USA");
}

/** Countries whose parliament has a chamber called the Senate (ISO 3166 alpha-3). */
export const SENATES = new Set(
  (
    "USA FRA ITA ESP BEL NLD IRL POL CZE ROU AUS CAN MEX BRA ARG CHL COL PRY URY BOL DOM HTI PHL PAK NGA KEN " +
    "THA KHM JOR KAZ UZB LBR CMR GAB MDG RWA BDI ZWE CIV JAM TTO BHS BRB BLZ ATG LCA GRD"
  ).split(" "),
);
