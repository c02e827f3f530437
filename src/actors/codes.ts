// CAMEO actor codes: a three-letter country/region/IGO root followed by three-letter sector codes.

export const SECTOR_NAMES: Record<string, string> = {
  GOV: "government",
  MIL: "military",
  COP: "police",
  JUD: "judiciary",
  LEG: "legislature",
  SPY: "intelligence",
  OPP: "opposition",
  REB: "rebels",
  BUS: "business",
  MED: "media",
  CVL: "civilians",
  NGO: "non-governmental organisations",
  EDU: "education",
  REL: "religious",
  HLH: "health",
  REF: "refugees",
  AGR: "agriculture",
  LAB: "labour",
  CRM: "criminals",
  UAF: "unidentified armed forces",
  ELI: "elites",
  ENV: "environment",
  HRI: "human rights",
  IGO: "international organisations",
  SPT: "sports",
};

/** Sectors that make a country-plus-sector actor part of the state. */
const STATE_SECTORS = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]);

export function isStateSector(sector: string): boolean {
  return STATE_SECTORS.has(sector);
}

export interface CodeParts {
  /** The root: a country (CHN), region (EUR) or the whole IGO/NGO code (IGOEUREEC); "" when absent. */
  root: string;
  /** Three-letter sector codes after the root. */
  sectors: string[];
}

/** Splits CHNGOV into {root: CHN, sectors: [GOV]}; IGO and NGO codes keep their whole body as root. */
export function splitCode(code: string): CodeParts {
  const c = code.toUpperCase();
  if (c.startsWith("IGO") || c.startsWith("NGO") || c.startsWith("IMG")) return { root: c, sectors: [] };
  if (c.length < 3) return { root: "", sectors: [] };
  const root = c.slice(0, 3);
  if (SECTOR_NAMES[root] && root !== "IGO") return { root: "", sectors: chunks(c) };
  return { root, sectors: chunks(c.slice(3)) };
}

function chunks(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i += 3) out.push(s.slice(i, i + 3));
  return out;
}

/**
 * Builds a code from a base (country, region, IGO or a full actor code) and a head's sector. A generic
 * GOV head does not overwrite a base that already has a sector ("Pentagon officials" stay USAMIL).
 */
/** Sectors of the state's own branches, whose office holders become elites when they leave. */
const STATE_BRANCHES = /^(GOV|LEG|JUD|MIL|COP|SPY)$/;

export function composeCode(base: string, sector: string | null): string {
  if (!sector) return base;
  // A base that already names a sector keeps it: "Pentagon civilians" are still the Pentagon. Not an
  // elite of a branch of the state: "former White House press secretary X" is no longer the White
  // House's (a former reporter of an outlet still is the press's).
  // Nor the press that covers a seat: "White House reporters", "Kremlin correspondents" are the country's
  // media, not the government they report on.
  const { root, sectors } = splitCode(base);
  if (sectors.length > 0)
    return (sector === "ELI" || sector === "MED") &&
      /^[A-Z]{3}$/.test(root) &&
      STATE_BRANCHES.test(sectors[0])
      ? `${root}${sector}`
      : base;
  // IGOs take a sector only when it narrows them: "NATO troops" (MIL), not "EU officials" (GOV).
  if (/^(IGO|NGO)/.test(base) && !(sector === "MIL" || sector === "COP")) return base;
  if (base.endsWith(sector)) return base;
  return base + sector;
}
