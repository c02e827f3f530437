// Phrase matching and noun-phrase chunking: finds, in token order, the spans that can name an actor —
// "Chinese State Councilor and Foreign Minister Wang Yi", "multiple Russian banks", "Beijing", "the
// ministry", "he" — and what each part of the span is. Choosing the actor is left to resolve.ts.
import type { IndexedSense, KnowledgeBase, Sense } from "./kb.js";
import { officeAt } from "./kb.js";
import type { Tok } from "./text.js";

export interface Unit {
  /** Token range [i, j). */
  i: number;
  j: number;
  senses: Sense[];
}

/**
 * Fillers that put the office behind its holder (CAMEO ELI): "former", and "ousted U.S. ambassador X",
 * "the deposed president".
 */
const FORMER = new Set(["former", "ex", "ousted", "deposed", "toppled", "overthrown"]);

/** Tokens that may stand before the head of an actor phrase without changing who it is. */
/** Peoples and creeds without a state of their own, used as adjectives ("Kurdish", "Sunni"). */
export const STATELESS_PEOPLES: ReadonlySet<string> = new Set([
  "kurdish",
  "sunni",
  "shiite",
  "shia",
  "shi'ite",
]);

const FILLERS = new Set([
  ...FORMER,
  "senior",
  "top",
  "then",
  "acting",
  "interim",
  "new",
  "outgoing",
  "incoming",
  "longtime",
  "veteran",
  "high-ranking",
  "high-level",
  "low-level",
  "mid-level",
  "leading",
  "major",
  "big",
  "biggest",
  "largest",
  "large",
  "small",
  "several",
  "many",
  "some",
  "multiple",
  "other",
  "few",
  // "One official said": a count, like "two officials".
  "one",
  "two",
  "three",
  "four",
  "five",
  "key",
  "influential",
  "powerful",
  "retired",
  "elected",
  "unnamed",
  "anonymous",
  "prominent",
  "local",
  "regional",
  "national",
  "federal",
  "state-run",
  "state-owned",
  "state-controlled",
  "private",
  "sanctioned",
  "deputy",
  "chief",
  // "Syrian Kurdish fighters" are Syrian fighters, and "Kurdish fighters" alone take the country the
  // story's fighting is in (resolve.ts)
  ...STATELESS_PEOPLES,
  "islamist",
  "ethnic",
  "armed",
  "hardline",
  "hard-line",
  "radical",
  // The trade a group is in: "Iranian oil exporters" are Iranian exporters.
  "oil",
  "gas",
  "energy",
  "steel",
  "arms",
  "shipping",
  "mining",
  "tech",
  "technology",
  "auto",
  "pharmaceutical",
  "grain",
  "chip",
  "telecom",
  "nuclear",
  // Where in a country: "rebels in eastern Ukraine".
  "eastern",
  "western",
  "northern",
  "southern",
  "central",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
]);

/**
 * "ship-owning", "state-backed", "Paris-based", "anti-terrorism": compound adjectives that describe
 * without naming ("Pakistan's anti-terrorism court" is its court).
 */
const DESCRIPTIVE_COMPOUND =
  /^(?:[a-z]+-(?:[a-z]+ing|owned|run|backed|led|based|funded|affiliated|controlled|linked|aligned|held)|anti-[a-z]+|(?:\d+|[a-z]+)-(?:year|month)-old)$/;

const DETERMINERS = new Set(["the", "a", "an"]);

/** Possessives before a noun phrase: "his Michigan tribe". */
const POSSESSIVE_DETERMINERS = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** Capitalised words before a comma that are dates, not towns ("On Monday, Texas sued"). */
const CALENDAR_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

export const PRONOUNS: Record<string, "m" | "f" | "it" | "they"> = {
  he: "m",
  him: "m",
  his: "m",
  himself: "m",
  she: "f",
  her: "f",
  hers: "f",
  herself: "f",
  it: "it",
  its: "it",
  itself: "it",
  they: "they",
  them: "they",
  their: "they",
  theirs: "they",
  themselves: "they",
};

/** Prepositions after which a capital is a place ("in Beijing"), not an agent ("Beijing said"). */
const PLACE_PREPOSITIONS = new Set([
  "in",
  "at",
  "to",
  "from",
  "into",
  "near",
  "outside",
  "inside",
  "across",
  "through",
  "via",
  "toward",
  "towards",
  "around",
  "throughout",
  "within",
  "over",
  "visit",
  "visited",
  "visiting",
  "visits",
  "travel",
  "traveled",
  "travelled",
  "arrived",
  "left",
  "enter",
  "enters",
  "entered",
  "entering",
  "of",
]);

/** Words after which a people's adjective is their language ("speak English", "in French"). */
const LANGUAGE_CUES =
  /^(?:speak|speaks|spoke|spoken|speaking|learn|learns|learned|learnt|learning|teach|teaches|taught|teaching|study|studies|studied|studying|know|knows|knew|understand|understands|translated|into|in|fluent|no)$/;

/** Verbs whose object is a state as votes to win or a seat's constituency ("won Ohio", "represents Utah"). */
const ELECTION_VERBS = new Set(
  (
    "win wins won winning carry carries carried carrying lose loses lost losing flip flips flipped flipping sweep swept " +
    "represent represents represented representing"
  ).split(" "),
);

/** What a state holds as a place that votes ("Iowa's caucuses", "Ohio's voters"). */
const ELECTION_NOUNS = new Set(
  "caucus caucuses primary primaries runoff runoffs election elections electoral electorate race races delegates ballot ballots voters".split(
    " ",
  ),
);

const ELECTION_OFFICE =
  /^(?:officials?|chiefs?|directors?|boards?|commissions?|offices?|officers?|administrators?|supervisors?|authorit(?:y|ies)|agenc(?:y|ies)|department)$/;

/** Nouns whose examples are places ("cities such as Dubai", "places like Boise"). */
const PLACE_KINDS = /^(?:cities|towns|places|capitals|metropolises|hubs|destinations|locations)$/;

/** Words before "state(s)" that make states electorates ("swing states", "the battleground state of"). */
export const ELECTORAL_STATES =
  /^(?:swing|battleground|tossup|toss-up|purple|red|blue|must-win|early-voting|early|primary|caucus|pivotal|competitive|contested|delegate-rich)$/;

/** Capitalised words that start no name (sentence openers, days, months, pronouns). */
const NAME_STOP = new Set(
  (
    "the a an he she it they we i you his her its their our my this that these those there here when where " +
    "what who why how while after before since during as at in on of for to from by with but and or yet so " +
    "however meanwhile monday tuesday wednesday thursday friday saturday sunday january february march april may " +
    "june july august september october november december mr mrs ms dr mr. mrs. ms. dr. prof. rev. sir dame"
  ).split(" "),
);

/** Capitalised words that open a sentence, never a name: "If Guyger appeals", "Despite Alexis", "JUST WATCHED". */
const NAME_OPENER_STOP = new Set(
  (
    "if although though despite once like unlike perhaps both neither either was were is are assuming " +
    "because unless until whether upon without within against among amid also even only then now still " +
    "instead indeed thus whereas including according than just must watch watched"
  ).split(" "),
);

/** Tags of a capitalised word that is no part of a name ("Biden Warns Iran"). */
const NOT_NAME_TAGS = /^(ADP|SCONJ|CCONJ|PRON|DET)$/;

/** Capitalised words that may follow a surname without making it a given name ("Obama Administration"). */
const AFTER_SURNAME = new Set(
  (
    "administration government campaign presidency cabinet team aides officials allies supporters era doctrine " +
    "white state justice defense treasury pentagon department"
  ).split(" "),
);

/** Honorifics that only ever stand before a surname. */
export const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "mr.", "mrs.", "ms."]);

/** Lower-case particles inside and at the head of names ("al-Qaeda", "bin Laden", "von der Leyen"). */
const NAME_PARTICLES = new Set([
  "de",
  "da",
  "del",
  "der",
  "van",
  "von",
  "bin",
  "ibn",
  "al",
  "el",
  "le",
  "la",
  "di",
  "du",
  "dos",
  "das",
]);

/** Nouns that, right after a head, show the head was only a modifier ("intelligence report"). */
const NOUN_AFTER = new Set(
  (
    "report reports assessment assessments document documents memo memos source sources community operation " +
    "operations program programme programs system systems sector market markets deal deals spending budget " +
    "budgets policy policies reform reforms building buildings headquarters website statement statements " +
    "data figures records record chief chiefs cuts rules law laws bill bills bonds debt stocks shares " +
    "country countries nation nations city cities complaint complaints division divisions screen screens " +
    "case cases charge charges conference conferences briefing briefings freedom crisis"
  ).split(" "),
);

/** Nouns for an organisation that a name can follow directly ("the company Stena Bulk"). */
export const NAMED_BODY_HEADS = new Set([
  "company",
  "firm",
  "bank",
  "lender",
  "newspaper",
  "broadcaster",
  "agency",
  "charity",
  "daily",
  "weekly",
  "channel",
  "station",
  "carrier",
  "airline",
  "insurer",
  "operator",
  "group",
  "organisation",
  "organization",
  "outlet",
  "website",
]);

/** Heads that name an institution only when capitalised. */
const CAPITALISED_HEADS = new Set(["house", "senate"]);

/** Longest actor phrase, in units ("the former senior Chinese state councilor and foreign minister"). */
const MAX_PHRASE_UNITS = 12;

export type ChunkPart = { unit: Unit; sense: Sense };

export interface Chunk {
  /** Token range [i, j) of the whole phrase. */
  i: number;
  j: number;
  det: string | null;
  mods: ChunkPart[];
  heads: ChunkPart[];
  /** A person, organisation, country... named by the phrase itself. */
  name: ChunkPart | null;
  /** A name not in any list: token range [i, j). */
  properName: { i: number; j: number } | null;
  /** "the administration of President X" / "authorities in Gibraltar": the chunk after "of" or "in". */
  ofChunk: Chunk | null;
  /** "residents of Aleppo": a capitalised name no list knows after "of" or "in" (perhaps a town), and
   * what follows it after a comma when that is a country or state ("Birmingham, Alabama"). */
  ofName: { i: number; j: number; qualifier: Sense | null } | null;
  /** "former", "ex-": the person no longer holds the office named. */
  former: boolean;
  /** "Sens. Ann Ruiz and Bo Lee": names no list knows that a plural title before the first one also
   * titles, token ranges [i, j). */
  alsoTitled: { i: number; j: number }[];
}

export interface MatchOptions {
  date: string | null;
}

/** A name matched at [i, j) that opens with a lower-case particle and has a capital after it. */
function particleName(toks: readonly Tok[], i: number, j: number): boolean {
  // "al-Shabaab" is one token: its particle before the hyphen, its capital after it
  const hyphen = /^(\p{Ll}+)-\p{Lu}/u.exec(toks[i].text);
  if (hyphen) return NAME_PARTICLES.has(hyphen[1]);
  if (!NAME_PARTICLES.has(toks[i].key)) return false;
  for (let k = i + 1; k < j; k++) if (toks[k].cap) return true;
  return false;
}

function senseValid(
  kb: KnowledgeBase,
  s: IndexedSense,
  toks: readonly Tok[],
  i: number,
  j: number,
  o: MatchOptions,
): boolean {
  if (s.exact) {
    for (let k = 0; k < s.exact.length; k++) if (toks[i + k]?.text !== s.exact[k]) return false;
  }
  if (s.proper && !toks[i].cap && !particleName(toks, i, j)) return false;
  // "the House" is the chamber, "the house" a building.
  if (s.sense.kind === "head" && CAPITALISED_HEADS.has(s.sense.head.phrase) && !toks[i].cap) return false;
  const sense = s.sense;
  if (sense.kind === "head" && sense.head.proper && !properTitleAt(toks, i, j)) return false;
  // "Queens", capitalised: a plural group noun that is also a big city's name is that place
  if (
    sense.kind === "head" &&
    sense.head.kind === "group" &&
    j === i + 1 &&
    toks[i].cap &&
    kb.cityCountry(toks[i].text)
  )
    return false;
  if (sense.kind === "org") {
    const org = kb.organisations.get(sense.key);
    if (org?.requireNext) {
      const next = toks[j]?.key;
      if (!next || !org.requireNext.some((w) => w.toLowerCase() === next)) return false;
    }
  }
  // "Abe Lincoln", "Kerry Washington": a surname right before another name word is someone else's
  // given name ("Obama Administration" still names Obama).
  if (sense.kind === "person" && sense.surname) {
    const next = toks[j];
    if (
      next?.cap &&
      next.start === toks[j - 1].end + 1 &&
      /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
      !NAME_STOP.has(next.key) &&
      !AFTER_SURNAME.has(next.key) &&
      // "Trump Threatens To Close ...": in a title-case headline every word is capitalised.
      !toks[j + 1]?.cap
    )
      return false;
  }
  if (sense.kind === "person" && sense.surname && o.date) {
    const p = kb.people.get(sense.key);
    if (!p || !(officeAt(p, o.date) || recentlyLeft(p, o.date))) return false;
  }
  return true;
}

/** Words that end the name of a body rather than start a person's ("Justice Center", "Justice Party"). */
const BODY_WORDS = new Set(
  (
    "party parties center centre initiative initiatives department departments ministry league democrats " +
    "institute project foundation society network committee council caucus fund coalition alliance " +
    "movement program programme system collaborative"
  ).split(" "),
);

/** Last words of a body's name that no person's name ends with. */
const NAMED_BODY_ENDS = new Set([
  ...BODY_WORDS,
  ..."university college school academy association commission agency bureau board corporation company".split(
    " ",
  ),
]);

/**
 * "Justice Ann Ruiz", "Supreme Court Justice Ann Ruiz": a title written only capitalised stands right
 * before a name, and not inside another body's name ("Equal Justice Initiative", "Freedom and Justice
 * Party", "Multnomah County Justice Center"). A plural may stand alone ("the Justices ruled").
 */
function properTitleAt(toks: readonly Tok[], i: number, j: number): boolean {
  const next = toks[j];
  if (next && BODY_WORDS.has(next.key)) return false;
  const prev = toks[i - 1];
  if (prev?.cap && /\p{Ll}/u.test(prev.text) && !/^(court|supreme|associate|the)$/.test(prev.key))
    return false;
  if (/s$/.test(toks[j - 1].key)) return true;
  return !!next?.cap && /^\p{Lu}/u.test(next.text);
}

/**
 * "Obama said" in 2019: a surname alone still names someone who left office a few years before (an
 * elite of that country now), not someone long gone from the news.
 */
function recentlyLeft(p: import("./kb.js").Person, date: string): boolean {
  const d = date.slice(0, 10);
  // (the last office left before the date: a later one, Trump's second term, is not yet held)
  const last = p.offices.reduce<string | null>(
    (a, o) => (o.end && o.end <= d && (!a || o.end > a) ? o.end : a),
    null,
  );
  if (!last || p.offices.some((o) => !o.end && (o.start ?? "") <= d)) return false;
  return Number(d.slice(0, 4)) - Number(last.slice(0, 4)) <= 8;
}

/**
 * "Georgia" in a story that also names Tbilisi is the country, not the US state: a country's shared name
 * takes the country's sense where another unit names that country by its capital or another name. Not
 * by its adjective: "Georgians" are as often the state's voters.
 */
function sharedCountryNames(kb: KnowledgeBase, toks: readonly Tok[], units: Unit[]): void {
  for (const c of kb.countries.values()) {
    if (!c.sharedNames) continue;
    const named = units.some((u) =>
      u.senses.some((s) => (s.kind === "country" || s.kind === "capital") && s.code === c.code),
    );
    if (!named) continue;
    for (const u of units)
      if (u.j === u.i + 1 && c.sharedNames.includes(toks[u.i].text))
        u.senses = [{ kind: "country", code: c.code }];
  }
}

/** Words of a story about immigration to the US: its agency, not the post-Soviet commonwealth, is "CIS". */
const IMMIGRATION_WORDS = new Set(
  "immigration immigrant immigrants green visa visas citizenship naturalization asylum deportation daca".split(
    " ",
  ),
);
/** Member states of the Commonwealth of Independent States other than Russia, which US stories name often. */
const CIS_CENTER = "center-for-immigration-studies";
const CIS_MEMBERS = new Set(["ARM", "AZE", "BLR", "KAZ", "KGZ", "MDA", "TJK", "UZB", "TKM"]);

/**
 * "CIS Director Ken Cuccinelli", "officials at CIS": in a story about American immigration that names
 * the US and none of the commonwealth's smaller members, "CIS" is U.S. Citizenship and Immigration
 * Services, not the Commonwealth of Independent States.
 */
function immigrationCis(kb: KnowledgeBase, toks: readonly Tok[], units: Unit[]): void {
  const cis = units.filter((u) => u.j === u.i + 1 && toks[u.i].text === "CIS");
  if (cis.length === 0 || !toks.some((t) => IMMIGRATION_WORDS.has(t.key))) return;
  let us = false;
  for (const u of units)
    for (const s of u.senses) {
      if ((s.kind === "country" || s.kind === "demonym" || s.kind === "capital") && CIS_MEMBERS.has(s.code))
        return;
      if ((s.kind === "country" || s.kind === "demonym" || s.kind === "seat") && s.code.startsWith("USA"))
        us = true;
      // (an American office holder names the US as well: "the Trump administration")
      if (s.kind === "person" && kb.people.get(s.key)?.offices.some((o) => o.code.startsWith("USA")))
        us = true;
    }
  if (!us) return;
  // ("the CIS report" after "the Center for Immigration Studies": the think tank's initials)
  const center = units.find((u) => u.senses.some((s) => s.kind === "org" && s.key === CIS_CENTER));
  for (const u of cis) u.senses = center ? center.senses : [{ kind: "seat", code: "USAGOV" }];
}

/** The initials of a run of capitalised words, hyphen parts included ("Tehreek-e-Insaf" gives T and I). */
function initials(toks: readonly Tok[], i: number, j: number): string {
  let out = "";
  for (let k = i; k < j; k++)
    for (const part of toks[k].text.split("-")) if (/^\p{Lu}/u.test(part)) out += part[0];
  return out;
}

/**
 * "Pakistan Tehreek-e-Insaf (PTI)": an acronym the story defines for a name of its own is not the
 * listed body that shares it (the Press Trust of India); it names no listed actor anywhere in the story.
 */
function definedAcronyms(kb: KnowledgeBase, toks: readonly Tok[], units: Unit[]): void {
  const redefined = new Set<string>();
  for (let k = 0; k + 2 < units.length; k++) {
    const u = units[k + 1];
    if (toks[units[k].i].text !== "(" || toks[units[k + 2].i]?.text !== ")" || u.j !== u.i + 1) continue;
    const acronym = toks[u.i].text;
    const sense = u.senses.find((x) => x.kind === "org");
    if (sense?.kind !== "org" || !/^\p{Lu}{2,6}$/u.test(acronym)) continue;
    let start = units[k].i;
    while (start > 0 && toks[start - 1].cap && start > units[k].i - 6) start--;
    const name = toks
      .slice(start, units[k].i)
      .map((t) => t.key)
      .join(" ");
    const org = kb.organisations.get(sense.key);
    if (
      initials(toks, start, units[k].i).endsWith(acronym) &&
      !org?.names.some((n) => n.toLowerCase() === name)
    )
      redefined.add(acronym);
  }
  if (redefined.size === 0) return;
  for (const u of units)
    if (u.j === u.i + 1 && redefined.has(toks[u.i].text)) u.senses = u.senses.filter((x) => x.kind !== "org");
}

/**
 * "The Rapid Support Forces ... the RSF": an acronym stands for the listed body the story names in full
 * whose initials it spells, before another body that has it as its own short name (Reporters Without
 * Borders).
 */
function spelledAcronyms(toks: readonly Tok[], units: Unit[]): void {
  const spelled = new Map<string, Sense>();
  for (const u of units) {
    if (u.j - u.i < 2) continue;
    const sense = u.senses.find((x) => x.kind === "org");
    if (sense) spelled.set(initials(toks, u.i, u.j), sense);
  }
  if (spelled.size === 0) return;
  for (const u of units) {
    if (u.j !== u.i + 1 || !/^\p{Lu}{2,6}$/u.test(toks[u.i].text)) continue;
    const full = spelled.get(toks[u.i].text);
    if (full && u.senses.some((x) => x.kind === "org") && !u.senses.includes(full)) u.senses = [full];
  }
}

/** "the North" and "the South" for the two Koreas, in a story that names either of them. */
const KOREA_SHORT_NAMES = new Map([
  ["North", "PRK"],
  ["South", "KOR"],
]);

function koreaShortNames(toks: readonly Tok[], units: Unit[]): void {
  const named = units.some((u) =>
    u.senses.some(
      (s) => (s.kind === "country" || s.kind === "capital") && (s.code === "PRK" || s.code === "KOR"),
    ),
  );
  if (!named) return;
  for (const u of units) {
    const code = u.j === u.i + 1 && u.senses.length === 0 ? KOREA_SHORT_NAMES.get(toks[u.i].text) : undefined;
    // "the North Atlantic", "the South China Sea" go on with a capitalised word
    if (code && toks[u.i - 1]?.key === "the" && !toks[u.i + 1]?.cap) u.senses = [{ kind: "country", code }];
  }
}

/** A middle initial with its period ("R."). */
export function isInitial(t: Tok | undefined): boolean {
  return !!t && t.cap && /^\p{Lu}\.$/u.test(t.text);
}

/**
 * "Michael R. Pompeo": a person the lists name without the middle initial, matched with the initial left
 * out; the unit covers it.
 */
function initialledPerson(kb: KnowledgeBase, toks: readonly Tok[], i: number, o: MatchOptions): Unit | null {
  if (!toks[i].cap || !isInitial(toks[i + 1])) return null;
  const view = [toks[i], ...toks.slice(i + 2, i + 8)];
  for (const m of kb.index.matchesAt(view, 0)) {
    if (m.end < 2) continue;
    const people = m.senses.filter((s) => s.sense.kind === "person" && senseValid(kb, s, view, 0, m.end, o));
    if (people.length > 0) return { i, j: i + 1 + m.end, senses: dedupe(people.map((s) => s.sense)) };
  }
  return null;
}

/** Longest-match units over the tokens; tokens that match nothing become units without senses. */
export function matchUnits(kb: KnowledgeBase, toks: readonly Tok[], o: MatchOptions): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < toks.length) {
    let unit: Unit | null = null;
    for (const m of kb.index.matchesAt(toks, i)) {
      const valid = m.senses.filter((s) => senseValid(kb, s, toks, i, m.end, o));
      if (valid.length === 0) continue;
      const top = Math.max(...valid.map((s) => s.rank));
      let senses = dedupe(valid.filter((s) => s.rank === top).map((s) => s.sense));
      // "George Bush": when a name fits several people, the one in office at the date.
      const people = senses.filter((s) => s.kind === "person");
      if (people.length > 1 && o.date) {
        const inOffice = people.filter((s) => {
          const p = s.kind === "person" ? kb.people.get(s.key) : undefined;
          return p ? officeAt(p, o.date) !== null : false;
        });
        if (inOffice.length > 0) senses = senses.filter((s) => s.kind !== "person" || inOffice.includes(s));
      }
      // "Congress", "State Department": a capitalised name that is also a common noun is the name.
      if (toks[i].cap && senses.some((s) => s.kind === "seat" || s.kind === "org")) {
        senses = senses.filter((s) => s.kind !== "head");
      }
      unit = { i, j: m.end, senses };
      break;
    }
    // "the Gulf Cooperation Council": an article that starts a shorter name ("the Gulf") yields to a
    // longer one starting right after it.
    if (unit && toks[i].key === "the" && unit.j > i + 1) {
      const after = kb.index.matchesAt(toks, i + 1)[0];
      if (after && after.end > unit.j) unit = null;
    }
    if (!unit) unit = initialledPerson(kb, toks, i, o);
    if (!unit) unit = { i, j: i + 1, senses: [] };
    units.push(unit);
    i = unit.j;
  }
  sharedHeadCountries(kb, toks, units);
  sharedCountryNames(kb, toks, units);
  koreaShortNames(toks, units);
  definedAcronyms(kb, toks, units);
  spelledAcronyms(toks, units);
  immigrationCis(kb, toks, units);
  return units;
}

/**
 * "between North and South Korea": the first of two country names that share their last words is
 * written without them. A bare capitalised word before "and"/"or" and a country name gets that
 * country's last words and, when the whole ("North Korea") is a country, its senses.
 */
function sharedHeadCountries(kb: KnowledgeBase, toks: readonly Tok[], units: Unit[]): void {
  for (let k = 2; k < units.length; k++) {
    const u = units[k];
    if (u.j - u.i < 2 || !u.senses.some((s) => s.kind === "country")) continue;
    const w = units[k - 2];
    const joiner = toks[units[k - 1].i].key;
    if (units[k - 1].j - units[k - 1].i !== 1 || (joiner !== "and" && joiner !== "or")) continue;
    if (w.senses.length > 0 || w.j - w.i !== 1 || !toks[w.i].cap) continue;
    const whole = [toks[w.i], ...toks.slice(u.i + 1, u.j)];
    const m = kb.index.matchesAt(whole, 0).find((x) => x.end === whole.length);
    const countries = m?.senses.filter((s) => s.sense.kind === "country").map((s) => s.sense) ?? [];
    if (countries.length > 0) w.senses = dedupe(countries);
  }
}

function dedupe(senses: Sense[]): Sense[] {
  if (senses.length < 2) return senses;
  const seen = new Set<string>();
  return senses.filter((s) => {
    const k = JSON.stringify(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const ENTITY_KINDS = new Set([
  "country",
  "demonym",
  "capital",
  "seat",
  "region",
  "org",
  "person",
  "dict-actor",
]);

export function entitySense(u: Unit | undefined): Sense | null {
  if (!u) return null;
  // Names before adjectives: "U.S." is both, and as a name it can stand alone.
  const order = ["dict-actor", "person", "org", "seat", "country", "capital", "region", "demonym"];
  // "Jordan has absorbed refugees": a lone surname does not beat the country of that name.
  const surname = u.senses.find((x) => x.kind === "person" && x.surname);
  const place = u.senses.find((x) => x.kind === "country" || x.kind === "capital");
  if (surname && place) return place;
  for (const k of order) {
    const s = u.senses.find((x) => x.kind === k);
    if (s && ENTITY_KINDS.has(s.kind)) return s;
  }
  return null;
}

export function headSense(u: Unit | undefined): Sense | null {
  if (!u) return null;
  return u.senses.find((s) => s.kind === "dict-agent") ?? u.senses.find((s) => s.kind === "head") ?? null;
}

export class Chunker {
  constructor(
    private readonly toks: readonly Tok[],
    private readonly units: readonly Unit[],
    /** True at token indices that start a sentence. */
    private readonly sentenceStart: (tokenIndex: number) => boolean,
    /** Universal POS tag of a token when the analyse stage supplied one. */
    private readonly upos: (tokenIndex: number) => string | undefined = () => undefined,
  ) {}

  private plain(k: number): Tok | null {
    const u = this.units[k];
    return u && u.senses.length === 0 && u.j === u.i + 1 ? this.toks[u.i] : null;
  }

  isPossessive(k: number): boolean {
    const t = this.plain(k);
    return !!t && (t.key === "'s" || t.key === "'");
  }

  private isFiller(k: number): boolean {
    const t = this.plain(k);
    return !!t && (FILLERS.has(t.key) || /^\d+$/.test(t.key) || (!t.cap && DESCRIPTIVE_COMPOUND.test(t.key)));
  }

  /** A run of capitalised tokens that reads as a person's name, starting at unit k; returns unit end. */
  properNameAt(k: number): number {
    let e = k;
    let words = 0;
    while (e < this.units.length && words < 5) {
      const u = this.units[e];
      // "Sultan bin Mohammed": a title word that is a given name before "bin" or "al-".
      const given = words === 0 && u.j === u.i + 1 && this.toks[u.i].cap && this.nameLinkAt(e + 1);
      // "George W. Romney": after a middle initial a known surname goes on the name
      const afterInitial =
        words > 0 && u.j === u.i + 1 && isInitial(this.toks[u.i - 1]) && this.toks[u.i].cap;
      const t = this.plain(e) ?? (given || afterInitial ? this.toks[u.i] : null);
      if (!t || (e > k && this.sentenceStart(u.i))) break;
      // "Trump Praises Obama": in a headline the tagger tells the verb from a name's next word
      if (e > k && this.headlineWord(u.i)) break;
      // "... Baker International Corp. Hughes said": a company suffix with its period ends the name.
      if (e > k && /^(corp|inc|co|ltd)\.$/.test(this.toks[u.i - 1]?.key ?? "")) break;
      // "Mrs. May", "Ms. June": after an honorific a month or other stop word is a surname.
      const afterHonorific = words === 0 && HONORIFICS.has(this.toks[u.i - 1]?.key ?? "");
      const nameLike =
        t.cap &&
        (afterHonorific || (!NAME_STOP.has(t.key) && !(words === 0 && NAME_OPENER_STOP.has(t.key)))) &&
        /\p{L}/u.test(t.text);
      const prefixed = /^(al|el|bin|ibn|abu)-\p{Lu}/u.test(t.text);
      const particle = words > 0 && NAME_PARTICLES.has(t.key) && this.plain(e + 1)?.cap === true;
      const suffix = words > 0 && /^(jr\.|sr\.|ii|iii|iv)$/.test(t.key);
      if (!(nameLike || prefixed || particle || suffix)) break;
      e++;
      words++;
    }
    // A name ends on a name word, not a particle.
    while (e > k && this.plain(e - 1) && NAME_PARTICLES.has(this.plain(e - 1)!.key)) e--;
    return e;
  }

  /**
   * Parses the actor phrase starting at unit k, or returns null when unit k starts none. The phrase
   * never crosses a sentence start after its first token.
   */
  parse(k: number): { chunk: Chunk; next: number } | null {
    const units = this.units;
    let p = k;
    let det: string | null = null;
    const dt = this.plain(p);
    if (dt && DETERMINERS.has(dt.key)) {
      det = dt.key;
      p++;
    }
    const mods: ChunkPart[] = [];
    const heads: ChunkPart[] = [];
    let former = false;
    let name: ChunkPart | null = null;
    let properName: { i: number; j: number } | null = null;
    let titlesList = false;
    const bounded = (q: number) => q < units.length && (q === k || !this.sentenceStart(units[q].i));

    // Modifiers and fillers until a head or a name (a phrase has a handful of them at most).
    while (bounded(p) && p - k < MAX_PHRASE_UNITS) {
      if (this.isFiller(p)) {
        const key = this.toks[units[p].i].key;
        // "a scandal that ousted former anchor X", "the army deposed leader Y": a verb right after
        // its subject, not "the ousted president", "whether ousted ambassador X"
        if (p === k && FORMER.has(key) && this.upos(units[p].i) === "VERB") {
          const before = units[p].i > 0 ? this.upos(units[p].i - 1) : undefined;
          if (before === "NOUN" || before === "PROPN" || before === "PRON") return null;
        }
        if (FORMER.has(key)) former = true;
        p++;
        continue;
      }
      const ent = entitySense(units[p]);
      if (ent && !headSense(units[p])) {
        let q = p + 1;
        const poss = this.isPossessive(q);
        if (poss) q++;
        while (bounded(q) && this.isFiller(q)) q++;
        if (ent.kind === "country" || ent.kind === "demonym") q = this.skipPortfolio(q, bounded);
        const nextIsHead = bounded(q) && !!headSense(units[q]);
        const nextIsEntity = bounded(q) && !!entitySense(units[q]) && !headSense(units[q]);
        if (nextIsHead || (nextIsEntity && (poss || ent.kind === "demonym" || ent.kind === "region"))) {
          mods.push({ unit: units[p], sense: ent });
          p = poss ? p + 2 : p + 1;
          continue;
        }
        name = { unit: units[p], sense: ent };
        p++;
        break;
      }
      break;
    }
    // "British Corporate Affairs Minister": capitalised portfolio words no list knows, between the
    // country and a title, belong to the title.
    if (!name && mods.length > 0) p = this.skipPortfolio(p, bounded);
    // Heads: "State Councilor and Foreign Minister", "administration officials".
    if (!name) {
      while (bounded(p) && p - k < MAX_PHRASE_UNITS) {
        const h = headSense(units[p]);
        // "ruler Sheikh Sultan bin Mohammed": a capitalised title word before "bin" or "al-" is a name.
        if (h && heads.length > 0 && this.toks[units[p].i].cap && this.nameLinkAt(p + 1)) break;
        if (h) {
          heads.push({ unit: units[p], sense: h });
          p++;
          continue;
        }
        const t = this.plain(p);
        if (heads.length > 0 && t && (t.key === "and" || t.key === "&") && headSense(units[p + 1])) {
          const after = headSense(units[p + 1]);
          if (after?.kind === "head" && after.head.kind === "person") {
            p++;
            continue;
          }
        }
        break;
      }
      const last = heads[heads.length - 1]?.sense;
      const personTitle =
        last &&
        (last.kind === "dict-agent" ? !last.plural : last.kind === "head" && last.head.kind === "person");
      // "Sens. Ann Ruiz and Bo Lee", "Senators Ann Ruiz and Bo Lee": a capitalised plural title before names
      // titles each of them, as a singular one titles its one name.
      titlesList = last?.kind === "head" && last.head.ofTitle === true && this.toks[units[p - 1].j - 1].cap;
      // "ambassador to Moscow Salah X", "envoy to the United Nations Y": the destination sits between.
      if (personTitle && this.plain(p)?.key === "to") {
        let q = p + 1;
        if (this.plain(q)?.key === "the") q++;
        const dest = entitySense(units[q]);
        if (dest && bounded(q + 1) && !entitySense(units[q + 1]) && this.properNameAt(q + 1) > q + 1)
          p = q + 1;
      }
      // "the ship-owning company Stena Bulk", "the newspaper Izvestia": a body named right after its noun.
      const bodyNoun =
        !personTitle && last?.kind === "head" && NAMED_BODY_HEADS.has(last.head.phrase.split(" ").pop()!);
      if (bodyNoun && bounded(p) && !entitySense(units[p])) {
        let e = this.properNameAt(p);
        // ("the consulting firm Eurasia Group": a capitalised group noun ends the name it follows)
        if (e > p && bounded(e) && this.capitalisedBodyWord(e)) e++;
        if (e > p) {
          properName = { i: units[p].i, j: units[e - 1].j };
          p = e;
        }
      }
      if ((personTitle || titlesList) && bounded(p)) {
        const ent = entitySense(units[p]);
        if (ent && (ent.kind === "person" || ent.kind === "dict-actor")) {
          name = { unit: units[p], sense: ent };
          p++;
        } else if (!ent) {
          const e = titlesList ? this.listedNameEnd(p) : this.properNameAt(p);
          // ("Victim Law Institute", "Officer Training School": the title word starts a body's name)
          if (e > p && NAMED_BODY_ENDS.has(this.toks[units[e - 1].j - 1].key)) return null;
          if (e > p) {
            properName = { i: units[p].i, j: units[e - 1].j };
            p = e;
          }
        }
      }
    }
    if (mods.length === 0 && heads.length === 0 && !name) return null;
    const nameEnd = p;
    const alsoTitled: { i: number; j: number }[] = [];
    if (titlesList && (name || properName)) p = this.namesListed(p, bounded, alsoTitled);
    if (heads.length > 0 && !name && !properName && bounded(p)) {
      const after = this.plain(p);
      if (after && !after.cap && NOUN_AFTER.has(after.key)) return null;
      if (after && this.titleQualifiesNoun(heads[heads.length - 1], p)) return null;
      // "her opposition to the bill": opposition to something is a stance, not the opposition
      const lastHead = heads[heads.length - 1].sense;
      if (lastHead.kind === "head" && lastHead.head.phrase === "opposition" && after?.key === "to")
        return null;
    }
    // A lone determiner or filler before nothing is not a phrase.
    const startUnit = det && mods.length === 0 && heads.length === 0 && name ? k + 1 : k;
    const chunk: Chunk = {
      i: units[startUnit].i,
      j: units[nameEnd - 1].j,
      det,
      mods,
      heads,
      name,
      properName,
      ofChunk: null,
      ofName: null,
      former,
      alsoTitled,
    };
    if (heads.length > 0 && !name && !properName && mods.length === 0) {
      const of = this.plain(p);
      if ((of?.key === "of" || of?.key === "in") && bounded(p + 1)) {
        const inner = this.parse(p + 1);
        if (inner && (inner.chunk.name || inner.chunk.mods.length > 0)) chunk.ofChunk = inner.chunk;
        else if (!inner) {
          let q = p + 1;
          while (q < p + 4 && bounded(q) && this.plain(q)?.cap && !NAME_STOP.has(this.plain(q)!.key)) q++;
          if (q > p + 1) {
            const after = this.units[q + 1];
            const qualifier =
              this.plain(q)?.text === "," && after
                ? (after.senses.find(
                    (x) => x.kind === "country" || x.kind === "region" || x.kind === "capital",
                  ) ?? null)
                : null;
            chunk.ofName = { i: this.units[p + 1].i, j: this.units[q - 1].j, qualifier };
          }
        }
      }
    }
    return { chunk, next: p };
  }

  /**
   * The end of a full name no list knows at unit q that a plural title may take, or q: one word after
   * a plural title is as often a headline's next word ("Judges Under the Constitution", "Investors
   * Service"), and a name running on into a known one ("Ron" before "Johnson") is cut short.
   */
  private listedNameEnd(q: number): number {
    const e = this.properNameAt(q);
    if (e - q < 2) return q;
    // ("Trump Aides Had Contact With ...": a headline's verb)
    if (/^(VERB|AUX)$/.test(this.upos(this.units[q].i) ?? "")) return q;
    const after = this.units[e];
    if (after && this.toks[after.i].cap && entitySense(after)) return q;
    return e;
  }

  /**
   * ", Bo Lee and Cy Park" after a plural title's first name: the names of the list no list knows,
   * pushed on `out`; returns the unit after the last one taken. A name some list knows ends the list
   * (it is coded as itself).
   */
  private namesListed(p: number, bounded: (q: number) => boolean, out: { i: number; j: number }[]): number {
    while (bounded(p + 1) && (this.plain(p)?.key === "," || this.plain(p)?.key === "and")) {
      let q = p + 1;
      const and = this.plain(p)?.key === "and" || this.plain(q)?.key === "and";
      if (this.plain(p)?.key === "," && this.plain(q)?.key === "and") q++;
      if (!bounded(q) || entitySense(this.units[q])) break;
      // ("Sens. Ann Ruiz, D-Iowa, and Bo Lee": the party and state after a lawmaker's name is no name)
      if (/^[DRI]-\p{Lu}/u.test(this.toks[this.units[q].i].text)) {
        p = q + 1;
        if (this.plain(p)?.key === ".") p++;
        continue;
      }
      const e = this.listedNameEnd(q);
      if (e === q) break;
      p = e;
      out.push({ i: this.units[q].i, j: this.units[e - 1].j });
      if (and) break;
    }
    return p;
  }

  /**
   * "a criminal investigation", "the terrorist attack", "the rebel stronghold": a person's title right
   * before a lower-case noun the tagger reads as one qualifies that noun and names no one. A plural
   * after it only when the tagger reads the title as an adjective: "the president plans to" is a verb.
   * Not before a noun for a person ("a Marine reservist", "the billionaire industrialist"): one is named.
   */
  private titleQualifiesNoun(head: ChunkPart, p: number): boolean {
    if (head.sense.kind !== "head" || head.sense.head.kind !== "person") return false;
    const next = this.plain(p);
    if (!next || next.cap || !/^\p{Ll}+$/u.test(next.text) || this.upos(this.units[p].i) !== "NOUN")
      return false;
    if (/(?:ist|ian|man|woman|person)s?$/.test(next.key)) return false;
    return !/s$/.test(next.key) || this.upos(this.units[p - 1].j - 1) === "ADJ";
  }

  /** True when unit k continues an Arabic name ("bin Mohammed", "al-Qassimi"). */
  private nameLinkAt(k: number): boolean {
    const t = this.plain(k);
    return !!t && (/^(bin|ibn|bint)$/.test(t.key) || /^(al|el)-\p{Lu}/u.test(t.text));
  }

  /** Past capitalised words no list knows that stand before a person's title, else k itself. */
  private skipPortfolio(k: number, bounded: (q: number) => boolean): number {
    if (headSense(this.units[k])) return k;
    let q = k;
    while (bounded(q) && q - k < 3 && this.plain(q)?.cap && !NAME_STOP.has(this.plain(q)!.key)) q++;
    const h = bounded(q) ? headSense(this.units[q]) : null;
    return q > k && h?.kind === "head" && h.head.kind === "person" ? q : k;
  }

  /** True when the capital at unit k acts ("Beijing said", "Beijing's desire") rather than locates. */
  capitalActs(k: number): boolean {
    const u = this.units[k];
    const prev = k > 0 ? this.plain(k - 1) : null;
    if (prev && PLACE_PREPOSITIONS.has(prev.key)) return false;
    // ("in the West Bank", "to the Hague": the article between)
    if (prev?.key === "the" && k > 1 && PLACE_PREPOSITIONS.has(this.plain(k - 2)?.key ?? "")) return false;
    if (this.namesPlace(k)) return false;
    if (this.isPossessive(k + 1)) return true;
    const next = this.plain(k + 1);
    if (!next) return !this.units[k + 1] ? true : !entitySense(this.units[k + 1]);
    if (next.cap && /\p{L}/u.test(next.text)) return false;
    if (next.key === "," && entitySense(this.units[k + 2])?.kind === "country") return false;
    return u !== undefined;
  }

  /** True when the capital at unit k only says where: a town's state, a noun's modifier, one of places listed. */
  namesPlace(k: number): boolean {
    return (
      this.placeListed(k) ||
      this.townsState(k) ||
      this.placeModifier(k) ||
      this.lawmakersState(k) ||
      this.electorate(k)
    );
  }

  /**
   * "Biden won Michigan and Wisconsin", "swing states such as Ohio and Iowa", "the battleground state,
   * Arizona": a state named as votes to win is an electorate, a place, not its government. Checked over
   * the list the state ends.
   */
  private electorate(k: number): boolean {
    const s = entitySense(this.units[k]);
    if (s?.kind !== "capital") return false;
    // "Iowa's caucuses", "Michigan's 16 electoral votes": its elections and voters are the state's as a place
    if (this.isPossessive(k + 1)) {
      if (!s.state) return false;
      const after = this.units[k + 2] ? this.units[k + 2].i : this.toks.length;
      const at = this.toks.slice(after, after + 2).findIndex((x) => ELECTION_NOUNS.has(x.key));
      // (not "Indiana's chief elections official": the state's office that runs them)
      return at >= 0 && !ELECTION_OFFICE.test(this.toks[after + at + 1]?.key ?? "");
    }
    let t = this.listStart(k);
    if (t < 0) return false;
    if (s.state && ELECTION_VERBS.has(this.toks[t].key)) return true;
    // "states such as", "state of", "states like", "state,", "states -": the category's own noun
    if (this.toks[t].key === "as" && this.toks[t - 1]?.key === "such") t -= 2;
    else if (/^(of|like|including|,|:|-|--|\u2013|\u2014)$/.test(this.toks[t].key)) t--;
    if (t <= 0) return false;
    // ("cities such as Dubai and Doha", "places like Boise": examples of places)
    if (PLACE_KINDS.test(this.toks[t].key) && this.toks[t + 1]?.key !== "of") return true;
    return !!s.state && /^states?$/.test(this.toks[t].key) && ELECTORAL_STATES.test(this.toks[t - 1].key);
  }

  /** The token before the list of places that unit k ends ("Michigan, Ohio, and Iowa"). */
  private listStart(k: number): number {
    let t = this.units[k].i - 1;
    for (;;) {
      let q = t;
      while (q >= 0 && /^(and|or|,)$/.test(this.toks[q].key)) q--;
      if (q === t || q < 0) break;
      const u = this.unitEndingAt(q);
      const prev = u === undefined ? null : entitySense(this.units[u]);
      if (prev?.kind === "capital" || prev?.kind === "country") {
        t = this.units[u!].i - 1;
        continue;
      }
      // ("Tel Aviv, and Dubai": a place the lists do not know, capitalised words with no sense)
      let c = q;
      while (
        c >= 0 &&
        this.toks[c].cap &&
        /^\p{Lu}/u.test(this.toks[c].text) &&
        !NAME_STOP.has(this.toks[c].key)
      ) {
        const cu = this.unitEndingAt(c);
        if (cu === undefined || this.units[cu].senses.length > 0) break;
        c--;
      }
      if (c === q || c < 0) break;
      t = c;
    }
    return t;
  }

  /** Unit k is one capitalised group or body noun inside a sentence ("Group", "Union"). */
  private capitalisedBodyWord(k: number): boolean {
    const u = this.units[k];
    const h = headSense(u);
    return (
      u.j === u.i + 1 &&
      this.toks[u.i].cap &&
      !this.sentenceStart(u.i) &&
      h?.kind === "head" &&
      (h.head.kind === "group" || h.head.kind === "body")
    );
  }

  /** The unit whose last token is token `ti`, if any. */
  private unitEndingAt(ti: number): number | undefined {
    for (let u = 0; u < this.units.length; u++) if (this.units[u].j - 1 === ti) return u;
    return undefined;
  }

  /**
   * "Sen. Ann Ruiz (R., Utah)", "Ann Ruiz ... MORE (Utah)": the state a lawmaker stands for, in
   * parentheses after the name, says where from and names no actor.
   */
  private lawmakersState(k: number): boolean {
    const s = entitySense(this.units[k]);
    if (s?.kind !== "capital" || !s.state || this.plain(k + 1)?.key !== ")") return false;
    // "(", then perhaps the party's letter ("R.,", "D-")
    let between = "";
    for (let q = k - 1; q >= Math.max(0, k - 4); q--) {
      const u = this.units[q];
      const t = this.toks
        .slice(u.i, u.j)
        .map((x) => x.text)
        .join("");
      if (t === "(") return /^(?:[RDI]\.?[,-]?)?$/.test(between);
      between = t + between;
    }
    return false;
  }

  /**
   * "in Georgia and South Carolina", "in Kentucky, Mississippi and Texas": a capital or state joined to
   * places a preposition introduces is one more place.
   */
  private placeListed(k: number): boolean {
    // (a comma alone joins no list: "in China, Beijing said" is the capital acting)
    const next = this.plain(k + 1)?.key ?? "";
    if (this.plain(k - 1)?.key === "," && !/^(and|or|,)$/.test(next)) return false;
    let q = k - 1;
    while (q > 0 && /^(and|or|,)$/.test(this.plain(q)?.key ?? "")) {
      const s = entitySense(this.units[q - 1]);
      if (s?.kind !== "capital" && s?.kind !== "country") return false;
      q -= 2;
      if (q >= 0 && PLACE_PREPOSITIONS.has(this.plain(q)?.key ?? "")) return true;
    }
    return false;
  }

  /**
   * "Sioux City, Iowa", "Jackson County, Michigan": a state after a town's name says where the town
   * is. (Only after a name no list knows: "California, Oregon and Colorado have" lists actors.)
   */
  private townsState(k: number): boolean {
    if (k < 2 || this.plain(k - 1)?.key !== ",") return false;
    const town = this.plain(k - 2);
    return !!town?.cap && this.upos(this.units[k - 2].i) === "PROPN" && !CALENDAR_WORDS.test(town.key);
  }

  /**
   * "the Oklahoma prison", "a Washington think tank", "four Idaho couples", "Massachusetts plates": a
   * capital or state qualifying a noun names no actor (a noun that names a group or office, "Texas
   * officials", makes a phrase of its own before this is asked).
   */
  private placeModifier(k: number): boolean {
    const next = this.plain(k + 1);
    if (!next || next.cap || !/\p{L}/u.test(next.text) || this.upos(this.units[k + 1].i) !== "NOUN")
      return false;
    const det = k > 0 ? this.plain(k - 1) : null;
    if (det && (DETERMINERS.has(det.key) || POSSESSIVE_DETERMINERS.has(det.key))) return true;
    // ("Breitbart's Jerusalem bureau chief": a possessive is the noun's determiner)
    if (det && this.isPossessive(k - 1)) return true;
    // Without an article, only a state before a plural ("Idaho couples", "Iowa caucuses"): a capital so
    // placed is more often a subject whose verb the tagger took for a noun ("Moscow backs Assad",
    // "Beijing views ..."), and a singular is as often a verb ("Ohio voted").
    const s = entitySense(this.units[k]);
    if (s?.kind !== "capital" || !s.state) return false;
    return /s$/.test(next.key) && !/ss$/.test(next.key) && this.upos(this.units[k + 2]?.i ?? -1) !== "NOUN";
  }

  /** True when a demonym is used as a noun ("the Chinese have", "Americans say"), not an adjective. */
  demonymIsNoun(k: number, plural: boolean): boolean {
    if (this.languageNamed(k)) return false;
    const next = this.plain(k + 1);
    if (!this.units[k + 1]) return true;
    if (!next) return false;
    const tag = this.upos(this.units[k + 1].i);
    if (tag === "VERB" || tag === "AUX") return true;
    if (!/\p{L}/u.test(next.text)) return true;
    if (plural) return !next.cap;
    // "American and European negotiations", "Iraqi and Kurdish oil": a second adjective shares the noun
    if ((next.key === "and" || next.key === "or") && this.sharesNoun(k + 2)) return false;
    return /^(have|has|had|are|were|will|would|say|said|who|and|to|in|on|at|also|themselves)$/.test(next.key);
  }

  /**
   * "does not speak English", "in English and Spanish", "learned French": a people's word after a verb
   * of speaking or learning, or "in", is their language (over a list of such words back to the cue).
   */
  private languageNamed(k: number): boolean {
    let q = k - 1;
    while (q > 0 && /^(and|or|,)$/.test(this.plain(q)?.key ?? "")) {
      const s = entitySense(this.units[q - 1]);
      if (s?.kind !== "demonym" || s.plural) return false;
      q -= 2;
    }
    const cue = this.plain(q)?.key ?? "";
    return LANGUAGE_CUES.test(cue) && !this.toks[this.units[k].j - 1].text.endsWith("s");
  }

  /** Unit k is a country adjective (or a stateless people's) before a lower-case noun. */
  private sharesNoun(k: number): boolean {
    const u = this.units[k];
    const adj = u && u.j === u.i + 1 ? this.toks[u.i] : null;
    const noun = this.plain(k + 1);
    if (!adj?.cap || !noun || noun.cap || this.upos(this.units[k + 1].i) !== "NOUN") return false;
    const s = entitySense(this.units[k]);
    return s?.kind === "demonym" || (s?.kind === "region" && s.adjective) || STATELESS_PEOPLES.has(adj.key);
  }

  /**
   * True when unit k follows a capitalised word inside a sentence (part of a longer name: "New Mexico"),
   * unless the tagger read that word as no name: a headline's verb ("Merz Promises Ukraine More Tanks").
   */
  insideLongerName(k: number): boolean {
    if (k === 0) return false;
    const prev = this.plain(k - 1);
    const u = this.units[k];
    if (!prev?.cap || NAME_STOP.has(prev.key) || this.sentenceStart(this.units[k - 1].i) || !u) return false;
    return !this.headlineWord(this.units[k - 1].i);
  }

  /**
   * A capitalised word the tagger reads as no name's: a function word, or a verb with the ending of a
   * headline's verb ("Praises", "Warned"; not "Will Grant", whose "Grant" a tagger may take for a verb).
   */
  private headlineWord(ti: number): boolean {
    const tag = this.upos(ti) ?? "";
    return NOT_NAME_TAGS.test(tag) || (/^(VERB|AUX)$/.test(tag) && /(s|ed)$/.test(this.toks[ti].key));
  }
}
