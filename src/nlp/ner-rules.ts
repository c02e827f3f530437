// Decoding-time rules over the NER model's spans for what web-text training data rarely shows and
// wire copy is full of: company names closed by a legal suffix ("Halvard Freight Corp"), agencies
// named by their head noun ("Coastal Dairy Board", "Ministry of Fisheries"), upper-case
// datelines ("BRANDON, Man., May 4 -") and an acronym in parentheses after a name ("(CDB)").
// They only act on capitalised runs, so lower-case web text is left to the model.

import { normWord } from "./features.js";

export interface Span {
  label: "PER" | "ORG" | "LOC";
  start: number;
  end: number;
}

/** What the NER knows of words besides its model: the gazetteer and the news lexicon (normalised keys). */
export interface NerHints {
  gazetteer?: ReadonlyMap<string, string> | null;
  lexicon?: { words: ReadonlyMap<string, { casing: number; news: number }> } | null;
}

/** Legal forms that reliably close a company name. */
export const LEGAL_FORMS = new Set([
  "Group",
  "Inc",
  "Inc.",
  "Corp",
  "Corp.",
  "Co",
  "Co.",
  "Ltd",
  "Ltd.",
  "PLC",
  "Plc",
  "AG",
  "SA",
  "S.A.",
  "NV",
  "N.V.",
  "GmbH",
  "SpA",
  "Bhd",
  "LLC",
]);

/** What ends a company name here: the legal forms and weaker heads ("Holdings", "Industries"). */
const COMPANY_SUFFIXES = new Set([
  ...LEGAL_FORMS,
  "Cos",
  "Cos.",
  "plc",
  "BV",
  "B.V.",
  "S.p.A.",
  "Pty",
  "L.P.",
  "Holdings",
  "Bancorp",
  "Bancshares",
  "Corporation",
  "Incorporated",
  "Limited",
  "Industries",
  "Enterprises",
]);

/** Head nouns that make a capitalised phrase an organisation. */
const ORG_HEADS = new Set([
  "Ministry",
  "Board",
  "Commission",
  "Authority",
  "Department",
  "Agency",
  "Council",
  "Committee",
  "Bank",
  "Exchange",
  "Association",
  "Federation",
  "Institute",
  "Bureau",
  "Administration",
  "Organization",
  "Organisation",
  "Foundation",
  "Group",
  "Airlines",
  "Airways",
  "Motors",
  "Securities",
  "Partners",
  "International",
  "Community",
  // schools, hospitals and armed or political groups (5-fold CV over UNER EWT train +0.2 F1)
  "University",
  "College",
  "Academy",
  "School",
  "Hospital",
  "Coalition",
  "Alliance",
  "League",
  "Corps",
  "Force",
  "Command",
  // companies named by their trade (+0.04)
  "Technologies",
  "Communications",
  "Publications",
  "Products",
]);

/**
 * Institutions wire copy names by one word, which web text rarely does (so the model often leaves them
 * out): a treasury, central banks, parliaments and international bodies.
 */
const ONE_WORD_INSTITUTIONS = new Set([
  "Treasury",
  "Fed",
  "Bundesbank",
  "Pentagon",
  "Kremlin",
  "Parliament",
  "Congress",
  "Senate",
  "OPEC",
  "GATT",
  "OECD",
  "IMF",
  "NATO",
  "EC",
  // the Republican Party, by the name news gives it more often than any other
  "GOP",
]);

/** Heads that never end a place's name. */
const INSTITUTION_HEADS = new Set([
  "Ministry",
  "Commission",
  "Authority",
  "Department",
  "Agency",
  "Committee",
  "Exchange",
  "Association",
  "Institute",
  "Bureau",
  "Administration",
]);

const MONTHS = new Set(
  [
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
  ].flatMap((m) => [m, `${m}.`]),
);

/** Lower-case words inside company names ("Empresa Nacional de Petroleo SA"). */
const NAME_PARTICLES = new Set(["de", "del", "des", "du", "la", "van", "von", "der", "y"]);

/** Capitalised words that start a sentence or a clause rather than a name. */
const NOT_NAME = new Set([
  "The",
  "A",
  "An",
  "This",
  "That",
  "These",
  "Those",
  "It",
  "Its",
  "In",
  "On",
  "At",
  "Of",
  "No",
  // job titles in signatures and bylines separate a person from the company
  "President",
  "Chairman",
  "Director",
  "Manager",
  "Professor",
  "Counsel",
  "Producer",
  "Secretary",
  "Value",
]);

function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function isNameWord(w: string): boolean {
  return isCap(w) && !NOT_NAME.has(w) && !RUN_MONTHS.has(w);
}

/** Month names that stop a capitalised run ("the August Board meeting"). */
const RUN_MONTHS = new Set([
  "January",
  "February",
  "March",
  "August",
  "September",
  "October",
  "November",
  "December",
]);

/** Month words that are not also common given names ("May", "June", "April" are). */
const BARE_MONTHS = new Set(
  ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    .flatMap((m) => [m, `${m}.`])
    .concat(["january", "february", "september", "october", "november", "december"]),
);

function isUpperWord(w: string): boolean {
  return /^[A-Z][A-Z.'-]*$/.test(w) && /[A-Z]{2}|^[A-Z]\.$/.test(w);
}

/**
 * Start of the capitalised run ending at token `last` (inclusive), joined by "&", "-" or "of". It
 * does not run into a full name the model found a word or more before `last` (in "Laurie Ellis Enron
 * Net Works LLC" the person works for the company), though a lone surname or a name right before
 * the legal form is the company's namesake ("Merrow Tool Co", "Walt Disney Co"); nor into any
 * entity when `free` is false.
 */
function runStart(words: string[], last: number, spans: Span[], free: boolean, and = false): number {
  const inSpan = (k: number) => spans.find((e) => e.start <= k && k < e.end);
  const mine = inSpan(last);
  // "Eli Lilly and Co", "Goldman Sachs & Co": the person right before "and Co" is the namesake
  const namesake = /^Co\.?$/.test(words[last]) && last >= 2 && /^(and|&)$/.test(words[last - 1]);
  const blocks = (k: number) => {
    const e = inSpan(k);
    if (e === undefined || e === mine) return false;
    if (!free) return true;
    return e.label === "PER" && e.end - e.start > 1 && e.end < last && !(namesake && e.end === last - 1);
  };
  let s = last;
  while (s - 1 >= 0) {
    const w = words[s - 1];
    // a legal form ends the company before this one ("... Corp. PaineWebber Inc"), except in "Co Inc"
    if (COMPANY_SUFFIXES.has(w) && !(s === last && /^(Co|Corp)\.?$/.test(w))) break;
    // "Standard and Poor 's Corp", "Lowe 's Cos": a possessive right before the legal form
    if (
      s === last &&
      COMPANY_SUFFIXES.has(words[last]) &&
      /^['’]s$/.test(w) &&
      s >= 2 &&
      isNameWord(words[s - 2])
    ) {
      if (blocks(s - 2)) break;
      s -= 2;
      continue;
    }
    if (isNameWord(w) && !blocks(s - 1)) s--;
    else if (
      (w === "&" ||
        w === "-" ||
        w === "of" ||
        NAME_PARTICLES.has(w) ||
        (w === "and" && (and || /^Co\.?$/.test(words[s])))) &&
      s - 2 >= 0 &&
      isNameWord(words[s - 2]) &&
      !blocks(s - 2)
    )
      s -= 2;
    else break;
  }
  return s;
}

/**
 * "Bausch and Lomb Inc", "Pell and Rusk Inc": one word between "and" and the legal form is
 * nearly always the second half of one name in wire copy (two companies each carry their own legal
 * form), so the capitalised run before "and" joins it, unless the model saw it as a longer entity.
 * `s` is the company's start, `suffix` its legal form.
 */
function andPartner(words: string[], s: number, suffix: number, spans: Span[]): number {
  const one = s === suffix - 1 || (s === suffix - 2 && /^['’]s$/.test(words[s + 1]));
  if (!one || s < 2 || words[s - 1] !== "and" || !isNameWord(words[s - 2])) return s;
  if (COMPANY_SUFFIXES.has(words[s - 2])) return s;
  const e = spans.find((x) => x.start <= s - 2 && s - 2 < x.end);
  if (e && e.end - e.start > 1) return s;
  return runStart(words, s - 2, spans, true);
}

/**
 * "Goldman , Sachs and Co", "Kidder , Peabody and Co": a partnership named by two surnames keeps
 * its comma, so a single word before it joins the company starting at `s`.
 */
function commaPartner(words: string[], s: number, spans: Span[]): number {
  if (
    s < 2 ||
    words[s - 1] !== "," ||
    !/^(and|&)$/.test(words[s + 1] ?? "") ||
    !/^Co\.?$/.test(words[s + 2] ?? "")
  )
    return s;
  const x = s - 2;
  if (!isNameWord(words[x]) || COMPANY_SUFFIXES.has(words[x]) || (x > 0 && isNameWord(words[x - 1])))
    return s;
  const e = spans.find((y) => y.start <= x && x < y.end);
  return e && (e.end - e.start > 1 || e.label === "LOC") ? s : x;
}

/**
 * "Moody 's Investors Service Inc", "Hudson 's Bay Co": a lone word with a possessive right before a
 * company closed by a legal form is part of its name in wire copy far more often than its owner,
 * unless it is a place ("Japan 's Fujitsu Ltd"), a company or part of a longer name.
 */
function possessor(words: string[], s: number, spans: Span[]): number {
  if (s < 2 || !/^['’]s$/.test(words[s - 1])) return s;
  const x = s - 2;
  if (!isNameWord(words[x]) || COMPANY_SUFFIXES.has(words[x]) || (x > 0 && isNameWord(words[x - 1])))
    return s;
  const e = spans.find((y) => y.start <= x && x < y.end);
  return e && (e.end - e.start > 1 || e.label !== "PER") ? s : x;
}

/** Legal forms that follow a company's name after a comma in letters and e-mail ("Acme , Inc."). */
const COMMA_LEGAL_FORMS = new Set(["Inc", "Inc.", "LLC", "L.L.C.", "Ltd", "Ltd.", "L.P.", "LP", "Corp."]);

/**
 * "Halvard Freight , Inc.": the comma does not end the name; the legal form joins the model's entity
 * (or the capitalised run) before it, as one ORG. In UNER EWT train 12 of 14 such forms are inside
 * the organisation's span.
 */
function commaLegalForm(words: string[], spans: Span[]): Span[] {
  let out = spans;
  for (let i = 2; i < words.length; i++) {
    if (!COMMA_LEGAL_FORMS.has(words[i]) || words[i - 1] !== "," || !isNameWord(words[i - 2])) continue;
    if (spanAt(out, i)) continue;
    const e = out.find((x) => x.start <= i - 2 && i - 2 < x.end);
    const s = e ? e.start : runStart(words, i - 2, out, true);
    out = put(out, "ORG", s, i + 1);
  }
  return out;
}

/** Replaces every span overlapping [start, end) by one span of `label`. */
/** The span covering token k, if any. */
function spanAt(spans: Span[], k: number): Span | undefined {
  return spans.find((x) => x.start <= k && k < x.end);
}

function put(spans: Span[], label: Span["label"], start: number, end: number): Span[] {
  const out = spans.filter((e) => e.end <= start || e.start >= end);
  out.push({ label, start, end });
  return out.sort((a, b) => a.start - b.start);
}

/** The words of a group a name belongs to ("Workers ' Party", "People 's Front"). */
const GROUP_OWNERS = new Set(["People", "Peoples", "Women", "Men", "Children"]);

/**
 * "Tigray People 's Liberation Front", "Kurdistan Workers ' Party": a capitalised run whose last word
 * is its members ("People", a plural with a bare apostrophe), then a capitalised run ending in an
 * organisation's head, is one organisation; the model splits it at the possessive (a person, then an
 * organisation). A place's possessive ("Britain 's Labour Party") stays apart.
 */
function possessiveNames(words: string[], spans: Span[], lexicon: NerHints["lexicon"]): Span[] {
  let out = spans;
  const n = words.length;
  for (let p = 1; p + 1 < n; p++) {
    const owner = words[p - 1];
    if (!isNameWord(owner) || !groupOwner(owner, words[p], lexicon)) continue;
    let e = p + 1;
    while (e < n && isNameWord(words[e])) e++;
    if (e === p + 1 || !GROUP_HEADS.has(words[e - 1])) continue;
    let s = p - 1;
    while (s > 0 && isNameWord(words[s - 1])) s--;
    if (s === 0 && e - s < 4) continue;
    // the model's organisation may go on after the head ("... Party of Korea")
    for (const x of out) if (x.label === "ORG" && x.start < e && x.end > e) e = x.end;
    out = put(out, "ORG", s, e);
    p = e;
  }
  return out;
}

/**
 * Whether `owner` before the possessive `mark` names a group of people: "People 's", or a plural the
 * news mostly writes in lower case before a bare apostrophe ("Workers '", not "Morales '").
 */
function groupOwner(owner: string, mark: string, lexicon: NerHints["lexicon"]): boolean {
  if (/^['’]s$/.test(mark)) return GROUP_OWNERS.has(owner);
  if (!/^['’]$/.test(mark) || !/[a-z]s$/.test(owner)) return false;
  const share = (lexicon?.words.get(owner.toLowerCase())?.casing ?? 0) % 10;
  return share >= 1 && share <= 4;
}

/**
 * "the FARC", "the ANC": an acronym after "the" that the news lexicon finds mostly inside organisations
 * (its news code for ORG at a share of 30 % or more), and that no name or number follows, is one.
 */
function definiteAcronyms(words: string[], spans: Span[], lexicon: NonNullable<NerHints["lexicon"]>): Span[] {
  let out = spans;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!/^(the|The)$/.test(words[i - 1]) || !/^[A-Z][A-Z&]{1,5}$/.test(w) || spanAt(out, i)) continue;
    if (/^[A-Z0-9]/.test(words[i + 1] ?? "")) continue;
    const l = w.toLowerCase();
    const f = lexicon.words.get(l);
    const news = f?.news ?? 0;
    if (news >= ORG_NEWS_MIN && news <= ORG_NEWS_MAX) out = put(out, "ORG", i, i + 1);
  }
  return out;
}

/**
 * "Shares of Halvex Holdings rose": a sentence's first word, capitalised only there, is no part of
 * the organisation after "of" when it is a plural the news writes in lower case.
 */
function openingNoun(words: string[], spans: Span[], lexicon: NonNullable<NerHints["lexicon"]>): Span[] {
  const e = spans.find((x) => x.start === 0 && x.label === "ORG");
  if (!e || words[1] !== "of" || e.end < 3 || !/[a-z]s$/.test(words[0])) return spans;
  const share = (lexicon.words.get(words[0].toLowerCase())?.casing ?? 0) % 10;
  return share >= 1 && share <= 4 ? put(spans, "ORG", 2, e.end) : spans;
}

/** News codes (train/ner-lexicon.ts newsCode) for words mostly inside organisations: 30 % and up. */
const ORG_NEWS_MIN = 12;
const ORG_NEWS_MAX = 13;

/** "OSLO, April 2 -" and "BRANDON, Man., May 4 -": the places before the date are LOC. */
function dateline(words: string[], spans: Span[]): Span[] {
  const n = words.length;
  let i = 0;
  while (i < n && isUpperWord(words[i])) i++;
  if (i === 0 || i > 4 || words[i] !== ",") return spans;
  const places: [number, number][] = [[0, i]];
  let j = i + 1;
  // an optional state or country ("Va.", "West Germany", "MICH.") before the date
  if (j < n && !MONTHS.has(words[j].toLowerCase())) {
    let k = j;
    while (k < n && k - j < 3 && isCap(words[k]) && !MONTHS.has(words[k].toLowerCase())) k++;
    if (k === j || words[k] !== ",") return spans;
    places.push([j, k]);
    j = k + 1;
  }
  const dated =
    j + 2 < n && MONTHS.has(words[j].toLowerCase()) && /^\d{1,2}$/.test(words[j + 1]) && words[j + 2] === "-";
  const reuters = j + 3 < n && words[j] === "(" && words[j + 1] === "Reuters" && words[j + 2] === ")";
  if (places.length === 2 && !dated && !reuters) return spans;
  if (places.length === 1 && !dated) {
    const r2 = i + 3 < n && words[i] === "(" && words[i + 1] === "Reuters";
    if (!r2) return spans;
  }
  let out = spans;
  for (const [s, e] of places) out = put(out, "LOC", s, e);
  return out;
}

/** The model's ORG span containing token k, if any. */
function orgAt(spans: Span[], k: number): Span | undefined {
  return spans.find((e) => e.label === "ORG" && e.start <= k && k < e.end);
}

/**
 * A capitalised run that is exactly the name of a company seen with a legal form elsewhere in the
 * news ("McDonnell Douglas" after "McDonnell Douglas Corp", "Cetus" after "Cetus Corp") is that
 * company, unless the model read it as a company already or as a place (but for a possessor).
 */
function knownCompanies(
  words: string[],
  spans: Span[],
  companies: ReadonlySet<string>,
  personsOnly = false,
  bare?: ReadonlySet<string>,
): Span[] {
  const n = words.length;
  let out = spans;
  for (let i = 0; i < n; ) {
    if (!isNameWord(words[i])) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && (isNameWord(words[e]) || (words[e] === "&" && e + 1 < n && isNameWord(words[e + 1]))))
      e++;
    // most runs name no known company: test that before building the list of spans inside the run
    if (!companies.has(e === i + 1 ? words[i] : words.slice(i, e).join(" "))) {
      i = e;
      continue;
    }
    const inside = out.filter((x) => x.start < e && x.end > i);
    if (
      !(e < n && COMPANY_SUFFIXES.has(words[e])) &&
      (!personsOnly || inside.length > 0 || (i > 0 && e === i + 1 && bare?.has(words[i]))) &&
      // a place does not own things in wire copy as often as a company does ("Norland's refinery")
      inside.every(
        (x) =>
          (x.label === "PER" || (x.label === "LOC" && /^['’]s$/.test(words[e] ?? ""))) &&
          x.start >= i &&
          x.end <= e,
      )
    )
      out = put(out, "ORG", i, e);
    i = e;
  }
  return out;
}

/** Words that make a name an institution's wherever they are its head ("University of Houston"). */
const INSTITUTION_WORDS = new Set([
  "University",
  "College",
  "Academy",
  "School",
  "Institute",
  "Hospital",
  "Army",
  "Navy",
  "Senate",
  "Congress",
  "Party",
  "Front",
  "Alliance",
  "Coalition",
  "Times",
  "Journal",
  "Register",
  "Magazine",
]);

/** Last words of an organisation named for its members ("Kurdistan Workers ' Party"). */
const GROUP_HEADS = new Set([
  ...ORG_HEADS,
  ...INSTITUTION_WORDS,
  "Front",
  "Movement",
  "Union",
  "Congress",
  "Organisation",
  "Army",
  "Forces",
]);

/**
 * A place or person the model found whose head is an institution's word is that institution ("Oregon
 * State University", "University of Houston", "Naval War College"; not "College Station" or "Times
 * Square", where the word is no head), and so is the "White House" (UNER EWT train labels it an
 * organisation six times in eight). A place followed by "army" or "navy" is, with it, the armed force
 * ("Pakistan army": UNER EWT train labels five of five so).
 */
function institutions(words: string[], spans: Span[]): Span[] {
  let out = spans;
  for (const e of spans)
    if (e.label === "LOC" && /^(Army|Navy|army|navy)$/.test(words[e.end] ?? "") && !spanAt(out, e.end))
      out = put(out, "ORG", e.start, e.end + 1);
  return out.map((e) => {
    if (e.label === "ORG") return e;
    const ws = words.slice(e.start, e.end);
    const head = ws.some((w, k) => INSTITUTION_WORDS.has(w) && (k === ws.length - 1 || ws[k + 1] === "of"));
    const whiteHouse = ws.length === 2 && ws[0] === "White" && ws[1] === "House";
    return head || whiteHouse || actingCenter(words, e) ? { ...e, label: "ORG" as const } : e;
  });
}

/**
 * "The Carter Center said", "the Brennan Center, which tracks ...": a centre that speaks or acts is
 * the body, not the building ("Rockefeller Center" stays a place).
 */
function actingCenter(words: string[], e: Span): boolean {
  if (!/^Cent(er|re)$/.test(words[e.end - 1] ?? "")) return false;
  const next = words[e.end] ?? "";
  return REPORTS.has(next) || (next === "," && /^(which|who)$/.test(words[e.end + 1] ?? ""));
}

const REPORTS = new Set(["said", "says", "reported", "reports", "found", "estimated", "estimates", "warned"]);

/**
 * "Religious Coalition for Marriage Equality", "Senate Committee on Appropriations", "Council for the
 * Islamic Revolution": an organisation the model ends at its head noun goes on through "for", "on" or
 * "of" (and "the") and the capitalised words after them, a place among them included.
 */
function extendHeads(words: string[], spans: Span[]): Span[] {
  let out = spans;
  const n = words.length;
  for (const e of spans) {
    if (e.label !== "ORG" || !ORG_HEADS.has(words[e.end - 1])) continue;
    let k = e.end;
    if (!(k + 1 < n && /^(for|on|of)$/.test(words[k]))) continue;
    k++;
    if (words[k] === "the" && k + 1 < n) k++;
    if (!isNameWord(words[k]) || (spanAt(out, k)?.label ?? "LOC") !== "LOC") continue;
    let j = k;
    while (
      j < n &&
      (isNameWord(words[j]) || (/^(and|&|of)$/.test(words[j]) && j + 1 < n && isNameWord(words[j + 1])))
    )
      j++;
    out = put(out, "ORG", e.start, j);
  }
  return out;
}

/**
 * "Marlow State University", "Fenwick People 's Party": a place right before an organisation that ends
 * in an institution's head (the model's "Marlow" + "State University") is the first word of its name,
 * unless it is the United States or Kingdom, named before its agencies in wire copy ("U.S. Agriculture
 * Department", where UNER and CoNLL keep the place apart).
 */
function placePrefix(words: string[], spans: Span[]): Span[] {
  let out = spans;
  for (const e of spans) {
    const last = words[e.end - 1];
    if (e.label !== "ORG" || !(ORG_HEADS.has(last) || INSTITUTION_WORDS.has(last))) continue;
    const loc = out.find((x) => x.label === "LOC" && x.end === e.start);
    if (!loc || /^(U\.S\.|US|U\.K\.|UK)$/.test(words[loc.start])) continue;
    out = put(out, "ORG", loc.start, e.end);
  }
  return out;
}

const multiWordIndex = new WeakMap<ReadonlyMap<string, string>, Map<string, number>>();

/** Per first word, the greatest length of the gazetteer's names of two words or more that start with it. */
function multiWordStarts(gaz: ReadonlyMap<string, string>): Map<string, number> {
  let m = multiWordIndex.get(gaz);
  if (!m) {
    m = new Map();
    for (const k of gaz.keys()) {
      const parts = k.split(" ");
      if (parts.length > 1 && parts.length > (m.get(parts[0]) ?? 0)) m.set(parts[0], parts.length);
    }
    multiWordIndex.set(gaz, m);
  }
  return m;
}

/**
 * "fundamentalists in Jordan": a capitalised name of at most three words that the model left out, standing
 * alone mid-sentence (no capitalised word beside it), is a place when the gazetteer lists it as one; a
 * single word only when the news nearly always capitalises it in title case ("Nice" is mostly "nice").
 */
function gazetteerPlaces(
  words: string[],
  spans: Span[],
  gaz: NonNullable<NerHints["gazetteer"]>,
  lexicon: NerHints["lexicon"],
): Span[] {
  let out = spans;
  const n = words.length;
  const starts = multiWordStarts(gaz);
  for (let i = 1; i < n; i++) {
    if (!isCap(words[i]) || isCap(words[i - 1]) || spanAt(out, i)) continue;
    const longest = Math.min(3, starts.get(normWord(words[i])) ?? 1);
    for (let m = longest; m >= 1; m--) {
      const e = i + m;
      if (e > n || (e < n && isCap(words[e]))) continue;
      let ok = true;
      for (let k = i; k < e && ok; k++)
        ok = (isCap(words[k]) || (k > i && k < e - 1 && words[k] === "of")) && !spanAt(out, k);
      if (!ok) continue;
      const key = m === 1 ? normWord(words[i]) : words.slice(i, e).map(normWord).join(" ");
      if (gaz.get(key) !== "LOC") continue;
      if (m === 1) {
        // casing code 8: capitalised in at least 98 % of the news's sightings, mostly not all-caps
        if ((lexicon?.words.get(key)?.casing ?? 0) !== 8) break;
      }
      out = put(out, "LOC", i, e);
      i = e - 1;
      break;
    }
  }
  return out;
}

/**
 * "the Coastal Marsh Front": an organisation of two to four capitalised words that the gazetteer lists
 * and the model left out is one, with the capitalised words the model left before it (but not a
 * sentence's first word).
 */
function gazetteerOrgs(words: string[], spans: Span[], gaz: NonNullable<NerHints["gazetteer"]>): Span[] {
  let out = spans;
  const n = words.length;
  const starts = multiWordStarts(gaz);
  for (let i = 0; i < n; i++) {
    if (!isCap(words[i]) || spanAt(out, i)) continue;
    const longest = Math.min(4, starts.get(normWord(words[i])) ?? 0);
    for (let m = longest; m >= 2; m--) {
      const e = i + m;
      if (e > n) continue;
      let ok = true;
      for (let k = i; k < e && ok; k++) ok = isCap(words[k]) && !spanAt(out, k);
      if (!ok || gaz.get(words.slice(i, e).map(normWord).join(" ")) !== "ORG") continue;
      let s = i;
      while (s > 1 && isNameWord(words[s - 1]) && !spanAt(out, s - 1)) s--;
      out = put(out, "ORG", s, e);
      i = e - 1;
      break;
    }
  }
  return out;
}

/** "flew to port marlow": a lower-case place name of two or three words that the gazetteer lists. */
function lowerPlaces(words: string[], spans: Span[], gaz: NonNullable<NerHints["gazetteer"]>): Span[] {
  let out = spans;
  const n = words.length;
  const starts = multiWordStarts(gaz);
  for (let i = 0; i < n; i++) {
    // /^[a-z]/ without a regular expression per token
    const c0 = words[i].charCodeAt(0);
    if (!(c0 >= 97 && c0 <= 122) || words[i] === "the") continue;
    const longest = Math.min(3, starts.get(words[i]) ?? 0);
    if (longest < 2 || spanAt(out, i)) continue;
    for (let m = longest; m >= 2; m--) {
      const e = i + m;
      if (e > n) continue;
      let ok = true;
      for (let k = i; k < e && ok; k++) ok = /^[a-z]+$/.test(words[k]) && !spanAt(out, k);
      if (!ok || gaz.get(words.slice(i, e).join(" ")) !== "LOC") continue;
      out = put(out, "LOC", i, e);
      i = e - 1;
      break;
    }
  }
  return out;
}

/** Heads of the names of seas, rivers, mountains and regions. */
const GEO_HEADS = new Set([
  "Sea",
  "Ocean",
  "Islands",
  "Island",
  "Mountains",
  "River",
  "Valley",
  "Strait",
  "Province",
  "Peninsula",
  "Desert",
  "Lake",
  "Bay",
  "Gulf",
]);

/**
 * "the Marlow Sea", "Fenwick Islands": a capitalised run the model left out that ends in a geographic
 * head (and goes no further) is a place (CV over UNER train +0.08 F1).
 */
function geographicNames(words: string[], spans: Span[]): Span[] {
  let out = spans;
  const n = words.length;
  for (let j = 1; j < n; j++) {
    if (!GEO_HEADS.has(words[j]) || spanAt(out, j) || (j + 1 < n && isCap(words[j + 1]))) continue;
    let i = j;
    while (i > 0 && isNameWord(words[i - 1]) && !spanAt(out, i - 1)) i--;
    if (i < j) out = put(out, "LOC", i, j + 1);
  }
  return out;
}

/** Last words of buildings and sites, which are often named after people. */
const FACILITY_HEADS = new Set([
  "Tower",
  "Towers",
  "Building",
  "Center",
  "Centre",
  "Plaza",
  "Hotel",
  "Airport",
  "Stadium",
  "Arena",
  "Museum",
  "Library",
  "Bridge",
  "Square",
  "Street",
  "Avenue",
  "Boulevard",
  "Mall",
  "Casino",
  "Palace",
  "Cathedral",
  "Memorial",
]);

/**
 * "Trump Tower", "Trump University", "the Reagan Library": a person's name with a building's or an
 * institution's head word is the place or body named after them, not the person. Applied after the
 * document pass, which would otherwise make every "Trump" of the story the foundation's first word.
 */
export function namedAfterPeople(words: string[], spans: Span[]): Span[] {
  let out = spans;
  for (const e of spans) {
    if (e.label !== "PER" || e.end - e.start < 2) continue;
    const last = words[e.end - 1];
    // ("Senator John Tower said", "John Tower said": a surname after a title or opening the sentence)
    if (FACILITY_HEADS.has(last)) {
      const before = words[e.start - 1];
      if (before && !isCap(before) && /\p{L}/u.test(before)) out = put(out, "LOC", e.start, e.end);
    } else if (ORG_HEADS.has(last) || INSTITUTION_WORDS.has(last) || COMPANY_SUFFIXES.has(last))
      out = put(out, "ORG", e.start, e.end);
  }
  return out;
}

/** Applies the rules to one sentence's spans (token ranges, sorted by start). */
export function applyNerRules(
  words: string[],
  spans: Span[],
  companies?: ReadonlySet<string>,
  hints?: NerHints,
): Span[] {
  const n = words.length;
  let out = dateline(words, spans);
  // "make Peters and Co. wait": one person's name before "and Co" is a person and company, in web
  // text as in wire copy, unless a partner precedes it ("Kidder , Peabody and Co")
  const loneNamesake = (co: number) =>
    words[co - 3] !== "," &&
    out.some((x) => x.label === "PER" && x.start === co - 2 && (x.end === co - 1 || x.end === co + 1));
  if (companies && companies.size > 0) out = knownCompanies(words, out, companies);
  for (let i = 1; i < n; i++) {
    const w = words[i];
    // the tests below read only words: most tokens are no legal form, so they go first
    if (!COMPANY_SUFFIXES.has(w)) continue;
    const andCo =
      /^Co\.?$/.test(w) &&
      i >= 2 &&
      /^(and|&)$/.test(words[i - 1]) &&
      isNameWord(words[i - 2]) &&
      !loneNamesake(i);
    const possessive = i >= 2 && /^['’]s$/.test(words[i - 1]) && isNameWord(words[i - 2]);
    if (!(isNameWord(words[i - 1]) || andCo || possessive)) continue;
    let org = orgAt(out, i);
    // "Caesars World Inc with negative": what follows the legal form in the model's span is not
    // the name when it holds no capitalised word
    if (org && org.end > i + 1 && !words.slice(i + 1, org.end).some(isCap)) {
      out = put(out, "ORG", org.start, i + 1);
      org = orgAt(out, i);
    }
    if (org && org.start < i) {
      // the model saw the company; only add capitalised words it left out before it
      if (org.end !== i + 1) continue;
      const s = possessor(
        words,
        commaPartner(words, andPartner(words, runStart(words, org.start, out, false), i, out), out),
        out,
      );
      if (s < org.start) out = put(out, "ORG", s, i + 1);
      continue;
    }
    // "Swiss Bank Corporation International Ltd": the model's company right before the legal form
    const before = out.find((x) => x.label === "ORG" && x.end === i);
    const s = possessor(
      words,
      commaPartner(
        words,
        andPartner(words, before ? before.start : runStart(words, i, out, true), i, out),
        out,
      ),
      out,
    );
    if (s === i) continue;
    // "Hospital Corp of America": the place after the legal form belongs to the name
    let e = i + 1;
    if (e + 1 < n && words[e] === "of" && isNameWord(words[e + 1])) {
      e += 2;
      while (e < n && e - i < 5 && isNameWord(words[e])) e++;
    }
    out = put(out, "ORG", s, e);
    i = e - 1;
  }
  out = commaLegalForm(words, out);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (!ORG_HEADS.has(w)) continue;
    const org = orgAt(out, i);
    if (org) {
      // the model saw the agency but may have cut its name short ("Exchange Commission")
      if (org.end !== i + 1) continue;
      const s = runStart(words, org.start, out, false, true);
      if (s < org.start) out = put(out, "ORG", s, i + 1);
      continue;
    }
    // "Securities and Exchange Commission": "and" inside an agency's name is rarely a list of two
    const s = i > 0 ? runStart(words, i, out, true, true) : i;
    let e = i + 1;
    // "Ministry of Agriculture", "Bank of England"
    if (e + 1 < n && words[e] === "of" && isNameWord(words[e + 1])) {
      e += 2;
      while (e < n && isNameWord(words[e])) e++;
    }
    if (s === i && e === i + 1) continue;
    // "the Reagan Administration": a person's name before the head is not the agency's
    // "Karachi International airport": after a place, "International" describes rather than names
    if (w === "International" && out.some((x) => x.label === "LOC" && x.end <= i && x.end > s)) continue;
    // (a company may be named after one: "Barnes Group")
    if (w !== "Group" && out.some((x) => x.label === "PER" && x.end <= i && x.end > s)) continue;
    // "Securities Act", "Board Room": the phrase goes on, so it names something else
    if (e === i + 1 && e < n && isNameWord(words[e])) continue;
    // a sentence-initial or list-heading phrase ("Executive Committee :") is too weak a sign
    if (s === 0 && (e >= n || words[e] === ":")) continue;
    // the model's own reading of exactly this phrase stands ("West Bank" is a place), unless the head
    // names nothing but an institution ("New York Stock Exchange")
    if (!INSTITUTION_HEADS.has(w) && out.some((x) => x.start === s && x.end === e)) {
      i = e - 1;
      continue;
    }
    out = put(out, "ORG", s, e);
    i = e - 1;
  }
  // such a word names the institution when definite ("the Senate", "U.S. Congress"; an acronym needs
  // no article), not as a modifier ("a Senate campaign", "state Senate committee") nor inside a longer
  // name ("Fed Tax ID", "Treasury Secretary")
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (!ONE_WORD_INSTITUTIONS.has(w) || spanAt(out, i)) continue;
    if (i + 1 < n && isCap(words[i + 1])) continue;
    const definite =
      /^[A-Z]+$/.test(w) ||
      /^(the|The)$/.test(words[i - 1] ?? "") ||
      out.some((x) => x.label === "LOC" && x.end === i);
    if (definite) out = put(out, "ORG", i, i + 1);
  }
  // the institutions the model read as places or ended at their head (before the acronym that follows)
  out = placePrefix(words, extendHeads(words, institutions(words, out)));
  out = geographicNames(words, out);
  if (hints?.gazetteer) {
    out = gazetteerPlaces(words, out, hints.gazetteer, hints.lexicon);
    out = lowerPlaces(words, gazetteerOrgs(words, out, hints.gazetteer), hints.gazetteer);
  }
  out = possessiveNames(words, out, hints?.lexicon);
  if (hints?.lexicon) out = definiteAcronyms(words, out, hints.lexicon);
  // "... Board (CDB)": the acronym is the same entity's short form
  for (let i = 1; i + 2 < n; i++) {
    if (words[i] !== "(" || words[i + 2] !== ")" || !/^[A-Z][A-Z&]{1,7}$/.test(words[i + 1])) continue;
    const before = out.find((e) => e.end === i && e.label === "ORG");
    if (before) out = put(out, "ORG", i + 1, i + 2);
  }
  if (hints?.lexicon) out = openingNoun(words, out, hints.lexicon);
  // a month beside a number or a slash is a date ("Sept 30", "Sept/Dec"), not a name
  const dateNext = (k: number) => k >= 0 && k < n && /^(\d+|\/|-)$/.test(words[k]);
  return out.filter(
    (e) =>
      !(
        e.end - e.start === 1 &&
        BARE_MONTHS.has(words[e.start].toLowerCase()) &&
        (dateNext(e.start - 1) || dateNext(e.end))
      ),
  );
}

/** Words that open company names without naming one ("First Boston", "General Motors"). */
const GENERIC_FIRST = new Set([
  "First",
  "General",
  "National",
  "United",
  "New",
  "North",
  "South",
  "East",
  "West",
  "Central",
  "Federal",
  "International",
  "Continental",
  "Pacific",
  "Atlantic",
  "Western",
  "Eastern",
  "Southern",
  "Northern",
  "Standard",
  "Union",
  "Home",
  "Great",
  "Royal",
  "Allied",
  "Consolidated",
  "Security",
  "Trans",
  "Bank",
]);

/**
 * The document pass over sentences numbered by document: each run of consecutive sentences with the
 * same number >= 0 is one document; a sentence numbered -1 stands alone and keeps its spans.
 */
export function harmoniseByDocument(
  sentences: { words: string[]; spans: Span[] }[],
  docs: ArrayLike<number>,
): Span[][] {
  const out: Span[][] = [];
  for (let i = 0; i < sentences.length; ) {
    let j = i + 1;
    const d = docs[i];
    if (d >= 0) while (j < sentences.length && docs[j] === d) j++;
    out.push(
      ...(d >= 0
        ? harmoniseDocument(sentences.slice(i, j))
        : [namedAfterPeople(sentences[i].words, sentences[i].spans)]),
    );
    i = j;
  }
  return out;
}

/**
 * Document-level consistency: a company named in full ("Purolator Courier Corp") and later by its
 * first word or without its legal form ("Purolator", "Purolator Courier") keeps the label ORG where
 * the model read the short form as a person or nothing, or as a place before a possessive. `doc` is the
 * document's sentences in order, each with its words and its entity spans after `applyNerRules`.
 */
export function harmoniseDocument(doc: { words: string[]; spans: Span[] }[]): Span[][] {
  const full = new Set<string>();
  const firsts = new Set<string>();
  const companyFirsts = new Set<string>();
  // how often the story reads each string as a place and as a person
  const places = new Map<string, number>();
  const persons = new Map<string, number>();
  // how often an organisation's name starts with each word
  const orgFirsts = new Map<string, number>();
  for (const s of doc)
    for (const e of s.spans) {
      if (e.label === "ORG" && e.end - e.start > 1)
        orgFirsts.set(s.words[e.start], (orgFirsts.get(s.words[e.start]) ?? 0) + 1);
      const m = e.label === "LOC" ? places : e.label === "PER" ? persons : null;
      const k = s.words.slice(e.start, e.end).join(" ");
      if (m) m.set(k, (m.get(k) ?? 0) + 1);
    }
  for (const s of doc) {
    for (const e of s.spans) {
      // an acronym the story once reads as an organisation ("CFTC", "FDIC") is one wherever it recurs
      if (e.label === "ORG" && e.end - e.start === 1 && /^[A-Z][A-Z&]{1,6}$/.test(s.words[e.start]))
        full.add(s.words[e.start]);
      if (e.label !== "ORG" || e.end - e.start < 2) continue;
      // ... and so is the acronym of an organisation's name ("CFTC" after "Commodity Futures Trading
      // Commission"; "FDIC" keeps the legal form's letter, "IBM" drops it), even where the model
      // never read it so
      const caps = s.words.slice(e.start, e.end).filter(isCap);
      const named = caps.filter((w) => !COMPANY_SUFFIXES.has(w));
      if (caps.length >= 2) full.add(caps.map((w) => w[0]).join(""));
      if (named.length >= 2) full.add(named.map((w) => w[0]).join(""));
      let end = e.end;
      while (end - 1 > e.start && COMPANY_SUFFIXES.has(s.words[end - 1])) end--;
      // "Eli Lilly and Co" is later "Eli Lilly", "Hawker Siddeley Group PLC" "Hawker Siddeley"
      if (end < e.end && end - 1 > e.start && /^(and|&|Group)$/.test(s.words[end - 1])) end--;
      if (end < e.end && (end - e.start > 1 || !GENERIC_FIRST.has(s.words[e.start])))
        full.add(s.words.slice(e.start, end).join(" "));
      const first = s.words[e.start];
      if (first.length >= 3 && isNameWord(first) && !GENERIC_FIRST.has(first)) {
        firsts.add(first);
        // a company's first word, unlike an agency's ("Commerce", "House"), names it alone
        // ("Fleet" for "Fleet Financial Group Inc"), unless it reads as a nationality ("Thai", "French")
        if (end < e.end && !/(an|ese|ish|ic|ch|i)$/.test(first)) companyFirsts.add(first);
      }
    }
  }
  // a word the same story uses as a place ("U.S." in "U.S. Agriculture Department") is not a company
  // (but a company the model reads as a person as often as a place is still the company)
  for (const [p, k] of places) {
    if (k <= (persons.get(p) ?? 0)) continue;
    full.delete(p);
    firsts.delete(p);
    companyFirsts.delete(p);
  }
  // a person the story names alone more than once, and more often than it opens an organisation's
  // name with him ("Bush" beside "Bush Administration"), stays a person, unless that name is a
  // company's, with its legal form ("USAir Group Inc")
  for (const [p, k] of persons) {
    if (k < 2 || k <= (orgFirsts.get(p) ?? 0) || companyFirsts.has(p)) continue;
    full.delete(p);
    firsts.delete(p);
  }
  // a first word alone otherwise only overrides a person, and never opens a sentence
  const out = doc.map((s) =>
    knownCompanies(s.words, knownCompanies(s.words, s.spans, full), firsts, true, companyFirsts),
  );
  return consistentNames(doc, out).map((spans, i) => namedAfterPeople(doc[i].words, spans));
}

/**
 * One story, one reading of a name: a name the model labels in several ways takes the label it gets
 * most often; one it labels the same way twice or more keeps that label where it recurs unlabelled;
 * and a person's surname or first name alone is the person ("Posada" after "Luis Posada"), unless
 * the story also uses the word inside a place or organisation ("Islands").
 */
function consistentNames(doc: { words: string[] }[], spans: Span[][]): Span[][] {
  const parts = new Set<string>();
  const inOther = new Set<string>();
  // per name, how often the model gives it each label
  const votes = new Map<string, Map<Span["label"], number>>();
  doc.forEach((s, i) => {
    for (const e of spans[i]) {
      const k = s.words.slice(e.start, e.end).join(" ");
      const m = votes.get(k) ?? new Map<Span["label"], number>();
      votes.set(k, m.set(e.label, (m.get(e.label) ?? 0) + 1));
      if (e.label !== "PER") for (let j = e.start; j < e.end; j++) inOther.add(s.words[j]);
      else if (e.end - e.start > 1)
        for (let j = e.start; j < e.end; j++) {
          const w = s.words[j];
          if (isNameWord(w) && w.length >= 3 && !w.endsWith(".")) parts.add(w);
        }
    }
  });
  const partAlone = (w: string) =>
    parts.has(w) && !inOther.has(w) && [...(votes.get(w)?.keys() ?? [])].every((l) => l === "PER");
  const majority = (k: string): Span["label"] | null => {
    const m = votes.get(k);
    if (!m || m.size < 2) return null;
    const sorted = [...m].sort((a, b) => b[1] - a[1]);
    return sorted[0][1] > sorted[1][1] ? sorted[0][0] : null;
  };
  // a name the model reads the same way at least twice, and never otherwise, is that entity where
  // it recurs unlabelled (once is too little: the model's slips would spread); indexed by first word
  // so that a sentence is read once, not once per name
  const repeats = new Map<string, { toks: string[]; label: Span["label"] }[]>();
  for (const [k, m] of votes) {
    const [label, count] = m.entries().next().value!;
    const toks = k.split(" ");
    if (m.size !== 1 || count < 2 || !isNameWord(toks[0])) continue;
    const list = repeats.get(toks[0]) ?? [];
    repeats.set(toks[0], [...list, { toks, label }]);
  }
  return doc.map((s, i) => {
    const words = s.words;
    const out = spans[i].map((e) => {
      const l = majority(words.slice(e.start, e.end).join(" "));
      return l && l !== e.label ? { ...e, label: l } : e;
    });
    // new spans cover only words no span covers, so they are added at the end, sorted once
    const taken = new Uint8Array(words.length);
    const added: Span[] = [];
    const take = (label: Span["label"], start: number, end: number) => {
      added.push({ label, start, end });
      taken.fill(1, start, end);
    };
    for (const e of out) taken.fill(1, e.start, e.end);
    for (let j = 0; j < words.length; j++) {
      for (const { toks, label } of repeats.get(words[j]) ?? []) {
        if (j + toks.length > words.length) continue;
        let ok = true;
        for (let t = 0; t < toks.length && ok; t++) ok = words[j + t] === toks[t] && !taken[j + t];
        if (!ok) continue;
        take(label, j, j + toks.length);
        j += toks.length - 1;
        break;
      }
    }
    for (let j = 0; j < words.length; j++) {
      if (taken[j] || !partAlone(words[j])) continue;
      let e = j + 1;
      while (e < words.length && !taken[e] && partAlone(words[e])) e++;
      take("PER", j, e);
      j = e - 1;
    }
    return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : out;
  });
}
