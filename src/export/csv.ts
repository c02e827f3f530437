// RFC 4180 CSV and tab-separated lines, safe to open in a spreadsheet.

/** Cells a spreadsheet would run as a formula; prefixed with ' so they stay text (OWASP CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "1" : "0";
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return FORMULA.test(s) ? `'${s}` : s;
}

export function csvCell(value: unknown): string {
  const s = text(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}

/** Tab-separated (GDELT's format): tabs and line breaks inside a value become spaces. */
export function tsvLine(values: unknown[]): string {
  return values.map((v) => text(v).replace(/[\t\r\n]+/g, " ")).join("\t") + "\n";
}
