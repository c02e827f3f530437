// Date restrictions of TABARI/PETRARCH dictionaries: [CODE <YYMMDD], [CODE >YYMMDD], [CODE YYMMDD-YYMMDD].

/** A code valid from `from` to `to`, both inclusive; null ends are open. ISO dates YYYY-MM-DD. */
export interface DatedCode {
  code: string;
  from: string | null;
  to: string | null;
}

/**
 * Two-digit years pivot at 30, as the Phoenix files need: their ruler entries run from the 1930s
 * ("320101") to the 2010s ("110101"), so 30-99 are 19xx and 00-29 are 20xx.
 */
export function parseDictDate(s: string): string | null {
  const d = s.trim();
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(d)) {
    y = Number(d.slice(0, 4));
    rest = d.slice(4);
  } else if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    y = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = d.slice(2);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || day < 1 || day > 31) return null;
  return `${String(y).padStart(4, "0")}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** `<D` is before D and `>D` after it, so both become inclusive bounds one day away. */
function shiftDay(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** Parses the inside of one bracket ("USAGOV 010120-050120", "HOB <950601"); null when malformed. */
export function parseCodeSpec(inner: string): DatedCode | null {
  const s = inner.trim().replace(/\s+/g, " ");
  const m = /^([A-Za-z0-9~+#\-/]*)\s*(.*)$/.exec(s);
  if (!m) return null;
  const code = m[1];
  const restr = m[2].replace(/\s+/g, "");
  if (!restr) return code ? { code, from: null, to: null } : null;
  let r: RegExpExecArray | null = /^<(\d{6}|\d{8})$/.exec(restr);
  if (r) {
    const to = parseDictDate(r[1]);
    return to && code ? { code, from: null, to: shiftDay(to, -1) } : null;
  }
  r = /^>(\d{6}|\d{8})$/.exec(restr);
  if (r) {
    const from = parseDictDate(r[1]);
    return from && code ? { code, from: shiftDay(from, 1), to: null } : null;
  }
  r = /^(\d{6}|\d{8})-(\d{6}|\d{8})$/.exec(restr);
  if (r) {
    const from = parseDictDate(r[1]);
    const to = parseDictDate(r[2]);
    return from && to && code ? { code, from, to } : null;
  }
  return null;
}

/**
 * The code valid at `date` (YYYY-MM-DD, or null when unknown). Restricted codes beat the bare default
 * when they match; with no date the default is used, else the last restricted code listed.
 */
export function codeAt(codes: readonly DatedCode[], date: string | null): string | null {
  if (codes.length === 0) return null;
  const dflt = codes.find((c) => c.from === null && c.to === null) ?? null;
  if (date) {
    const d = date.slice(0, 10);
    for (const c of codes) {
      if (c.from === null && c.to === null) continue;
      if ((c.from === null || d >= c.from) && (c.to === null || d <= c.to)) return c.code;
    }
    return dflt?.code ?? null;
  }
  return dflt?.code ?? codes[codes.length - 1].code;
}
