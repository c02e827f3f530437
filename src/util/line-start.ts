/**
 * Where the line holding position `at` of `text` starts, looking back at most `reach` characters:
 * `at - reach` (never below 0) when the line began earlier. `text.lastIndexOf("\n", at)` scans back to
 * the start of the text when there is no line break, so calling it for every name or sentence of a
 * long text without breaks took time quadratic in its length.
 */
export function lineStartWithin(text: string, at: number, reach: number): number {
  const floor = Math.max(0, at - reach);
  for (let k = at - 1; k >= floor; k--) if (text.charCodeAt(k) === 10) return k + 1;
  return floor;
}
