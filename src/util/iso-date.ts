// Calendar dates as the CLI and the API take them in filters: YYYY-MM-DD naming a real day.

/** True for "YYYY-MM-DD" strings that name a real calendar day (no 2024-13-45, no 2023-02-29). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}
