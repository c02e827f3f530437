// AP-style abbreviations of US states, shared by the place resolver and the actor resolver.
import { normaliseName } from "./gazetteer.js";

/** AP-style state abbreviations used in datelines ("Reading, Pa."); source: AP Stylebook state list. */
export const US_STATE_ABBR: Record<string, string> = {
  ala: "AL",
  ariz: "AZ",
  ark: "AR",
  calif: "CA",
  colo: "CO",
  conn: "CT",
  del: "DE",
  fla: "FL",
  ga: "GA",
  ill: "IL",
  ind: "IN",
  kan: "KS",
  ky: "KY",
  la: "LA",
  md: "MD",
  mass: "MA",
  mich: "MI",
  minn: "MN",
  miss: "MS",
  mo: "MO",
  mont: "MT",
  neb: "NE",
  nev: "NV",
  "n.h": "NH",
  "n.j": "NJ",
  "n.m": "NM",
  "n.y": "NY",
  "n.c": "NC",
  "n.d": "ND",
  okla: "OK",
  ore: "OR",
  pa: "PA",
  "r.i": "RI",
  "s.c": "SC",
  "s.d": "SD",
  tenn: "TN",
  vt: "VT",
  va: "VA",
  wash: "WA",
  "w.va": "WV",
  wis: "WI",
  wyo: "WY",
  "d.c": "DC",
};

/** The state an AP abbreviation right after a comma at `end` names ("Reading, Pa.", "Newark, N.J."). */
export function stateAbbreviationAfter(
  text: string,
  end: number,
): { code: string; start: number; text: string } | null {
  const m = /^,\s*((?:[A-Z]\.){2,3}|[A-Z][A-Za-z]{1,4}\.)(?=[\s,)]|$)/.exec(text.slice(end, end + 12));
  if (!m) return null;
  const code = US_STATE_ABBR[normaliseName(m[1].replace(/\.$/, ""))];
  return code ? { code, start: end + m[0].length - m[1].length, text: m[1] } : null;
}
