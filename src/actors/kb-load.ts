// Builds the knowledge base from the files in data/actors (and users' TABARI/PETRARCH dictionaries).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { repoRoot } from "../util/shared.js";
import { loadDictionaries, pluralOf, type UserDictionaries } from "./dictionaries/index.js";
import type {
  Country,
  HeadNoun,
  KnowledgeBaseData,
  Office,
  Organisation,
  Person,
  Region,
  Seat,
} from "./kb.js";
import { KnowledgeBase } from "./kb.js";
import { slug } from "./text.js";

export const ACTOR_DATA_DIR = join(repoRoot, "data", "actors");

countries.registerLocale(en);

/**
 * Country names from i18n-iso-countries that news uses for something else far more often (the US
 * state of Georgia); the country still matches through its capital, adjective and the longer names, and
 * by the shared name itself in a story that names the country in those other words.
 * Jordan and Chad are kept: as surnames of someone named in full earlier, the resolver reads them so.
 */
const AMBIGUOUS_NAMES = new Set(["Georgia", "Jersey", "Guernsey", "Man"]);

function rows(file: string): string[][] {
  const path = join(ACTOR_DATA_DIR, file);
  if (!existsSync(path)) throw new Error(`actor knowledge file missing: ${path}`);
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

const list = (s: string | undefined): string[] =>
  (s ?? "")
    .split("|")
    .map((x) => x.trim())
    .filter(Boolean);

function loadCountries(): Country[] {
  const out: Country[] = [];
  const official = countries.getNames("en", { select: "all" }) as Record<string, string[]>;
  const table = rows("countries.tsv");
  // a name the table gives one country is no other country's ("Congo" for the Democratic Republic)
  const claimed = new Map<string, string>();
  for (const [code, namesCol] of table) for (const n of list(namesCol)) claimed.set(n, code);
  const unclaimed = (code: string) => (n: string) => (claimed.get(n) ?? code) === code;
  for (const [code, namesCol, adjCol, capCol] of table) {
    const extra = list(namesCol);
    const a2 = countries.alpha3ToAlpha2(code);
    const iso = a2
      ? (official[a2] ?? []).filter((n) => !n.includes(",") && !n.includes("(")).filter(unclaimed(code))
      : [];
    const names = [...new Set([...extra, ...iso])].filter(
      (n) => !AMBIGUOUS_NAMES.has(n) || extra.includes(n),
    );
    const shared = [...extra, ...iso].filter((n) => AMBIGUOUS_NAMES.has(n));
    out.push({
      code,
      name: extra[0] ?? iso[0] ?? code,
      names: names.filter((n) => !AMBIGUOUS_NAMES.has(n)),
      adjectives: list(adjCol),
      capitals: list(capCol),
      ...(shared.length ? { sharedNames: [...new Set(shared)] } : {}),
    });
  }
  // Territories and small states the table does not list still get their ISO names.
  const listed = new Set(out.map((c) => c.code));
  for (const [a2, names] of Object.entries(official)) {
    const code = countries.alpha2ToAlpha3(a2);
    if (!code || listed.has(code)) continue;
    const clean = names.filter(
      (n) => !n.includes(",") && !n.includes("(") && !AMBIGUOUS_NAMES.has(n) && !claimed.has(n),
    );
    if (clean.length) out.push({ code, name: clean[0], names: clean, adjectives: [], capitals: [] });
  }
  return out;
}

function loadRegions(): Region[] {
  return rows("regions.tsv").map(([code, names, adjs]) => ({
    code,
    name: list(names)[0] ?? code,
    names: list(names),
    adjectives: list(adjs),
  }));
}

function loadOrganisations(): Organisation[] {
  const out: Organisation[] = [];
  for (const [key, code, names, abbrevs] of rows("igos.tsv")) {
    const all = [...list(names), ...list(abbrevs)];
    out.push({
      key,
      code,
      kind: code.startsWith("NGO") ? "ngo" : "igo",
      name: list(names)[0]?.replace(/^the /, "") ?? key,
      names: all,
      requireNext: null,
    });
  }
  for (const [key, code, names, theatres] of rows("armed-groups.tsv")) {
    out.push({
      key,
      code,
      kind: "armed",
      name: list(names)[0] ?? key,
      names: list(names),
      requireNext: null,
      ...(theatres ? { theatres: list(theatres) } : {}),
    });
  }
  for (const [key, code, type, names, next] of rows("organisations.tsv")) {
    const bank = /bank|^sber|tinkoff|^vtb$|^mir$|visa|mastercard|unionpay/i.test(key);
    const kind = type === "media" ? "media" : type === "ngo" ? "ngo" : bank ? "bank" : "company";
    const req = list(next);
    out.push({
      key,
      code,
      kind,
      name: list(names)[0] ?? key,
      names: list(names),
      requireNext: req.length ? req : null,
    });
  }
  return out;
}

function loadPeople(): Person[] {
  const byKey = new Map<string, Person>();
  for (const [key, name, aliases, gender, code, role, start, end] of rows("people.tsv")) {
    let p = byKey.get(key);
    if (!p) {
      p = { key, name, aliases: [], gender: gender === "m" || gender === "f" ? gender : null, offices: [] };
      byKey.set(key, p);
    }
    for (const a of list(aliases)) if (!p.aliases.includes(a)) p.aliases.push(a);
    const office: Office = { code, role: role ?? "", start: start || null, end: end || null };
    p.offices.push(office);
  }
  return [...byKey.values()];
}

function loadSeats(): Seat[] {
  return rows("seats.tsv").map(([phrase, code, note]) => ({ phrase, code, note: note ?? "" }));
}

/** Titles with their plurals ("official" -> "officials"), then the collective nouns. */
function loadHeads(): HeadNoun[] {
  const out: HeadNoun[] = [];
  const seen = new Map<string, HeadNoun>();
  const push = (h: HeadNoun) => {
    const k = h.phrase.toLowerCase();
    const had = seen.get(k);
    // ("senators" is listed as a group and is a title's plural too)
    if (had) had.ofTitle ||= h.ofTitle;
    if (had) return;
    seen.set(k, h);
    out.push(h);
  };
  for (const [phrase, sector, kind] of rows("groups.tsv")) {
    push({
      phrase,
      sector: sector ?? "",
      kind: kind === "body" ? "body" : "group",
      weapon: kind === "weapon" || undefined,
    });
  }
  for (const [phrase, sector] of rows("titles.tsv")) {
    // "Justice Ann Ruiz": a title written capitalised in the file is one only when capitalised in the
    // text, so that "justice" the common noun ("brought to justice") names no one.
    const proper = /^\p{Lu}/u.test(phrase) || undefined;
    push({ phrase, sector: sector ?? "", kind: "person", proper });
    // (only a title of a sector titles a list of names: "Citizens United", "Voters Cite" name no citizens,
    // and "Representatives" of no named body may be anyone's)
    const ofTitle = !!sector && sector !== "CVL";
    // ("Sens. Ann Ruiz and Bo Lee": an abbreviation's plural puts the s before the period)
    if (/^\p{L}+\.$/u.test(phrase)) {
      push({ phrase: `${phrase.slice(0, -1)}s.`, sector: sector ?? "", kind: "group", ofTitle });
    } else if (!/\.$/.test(phrase) && !/ of /.test(phrase)) {
      const words = phrase.split(" ");
      const last = words[words.length - 1];
      const pl = /man$/.test(last) ? last.replace(/man$/, "men") : pluralOf(last.toUpperCase()).toLowerCase();
      const plural = [...words.slice(0, -1), pl].join(" ");
      push({
        phrase: proper ? plural.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : plural,
        sector: sector ?? "",
        kind: "group",
        proper,
        ofTitle,
      });
    }
  }
  return out;
}

/** Turns parsed user dictionaries into knowledge-base entries (later files win on equal phrases). */
export function dictionaryData(
  d: UserDictionaries,
): Pick<KnowledgeBaseData, "dictActors" | "dictAgents" | "discards"> {
  const used = new Set<string>();
  const dictActors = d.actors.map((a) => {
    let id = `dict:${slug(a.primary.replace(/_/g, " ")) || "actor"}`;
    if (used.has(id)) id = `${id}-${a.line}`;
    used.add(id);
    const name = a.primary
      .replace(/_+$/, "")
      .replace(/_/g, " ")
      .toLowerCase()
      .replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    return { entry: { id, name, codes: a.codes, source: a.source }, phrases: a.phrases };
  });
  const dictAgents = d.agents.map((a) => ({
    phrase: a.phrase,
    code: a.code,
    position: a.position,
    plural: a.plural,
  }));
  const discards = d.discards.map((x) => ({ words: x.words, scope: x.scope }));
  return { dictActors, dictAgents, discards };
}

/** The built-in knowledge (data/actors) plus the given dictionary files. */
export function loadKnowledgeBase(dictionaryPaths: readonly string[] = []): KnowledgeBase {
  const user = loadDictionaries(dictionaryPaths);
  return new KnowledgeBase({
    countries: loadCountries(),
    regions: loadRegions(),
    organisations: loadOrganisations(),
    people: loadPeople(),
    seats: loadSeats(),
    subdivisions: rows("subdivisions.tsv").map(([name, code]) => ({ name, code })),
    heads: loadHeads(),
    nonActors: rows("non-actors.tsv").map(([name]) => name),
    givenNames: rows("given-names.tsv").map(([name, g]) => ({ name, gender: g === "f" ? "f" : "m" })),
    ...dictionaryData(user),
    sources: ["data/actors", ...dictionaryPaths],
    warnings: user.warnings,
  });
}
