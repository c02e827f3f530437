// Which way a bare "Monday" or "May" points. News mostly reports what already happened, so a bare
// weekday is the latest one; a future cue next to it ("will meet on Monday") turns it forward.

export type Direction = "past" | "future" | "none";

const FUTURE_CUE =
  /\b(?:will|won't|shall|going to|is to|are to|plans? to|planning to|scheduled|expected to|due to|set to|to be held|upcoming|next|would)\b|'ll\b/gi;
const PAST_CUE =
  /\b(?:said|says|was|were|had|did|told|ago|last|since|earlier|already|reported|announced|met|spoke|took|made|came|went|began|left|held|gave|got|saw|won|lost|fell|rose|[a-z]{2,}ed)\b/gi;

/** Text around [start, end) up to the sentence boundaries, capped so long runs stay cheap. */
function clauseWindow(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  const minFrom = Math.max(0, start - 160);
  while (from > minFrom && !/[.!?\n;]/.test(text[from - 1])) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + 100);
  while (to < maxTo && !/[.!?\n;]/.test(text[to])) to++;
  return { from, to };
}

/**
 * The direction the closest tense cue gives the span at [start, end): "future" for will/'ll/plans to
 * ..., "past" for said/was/-ed verbs, "none" when the clause has no cue.
 */
export function directionAt(text: string, start: number, end: number): Direction {
  const { from, to } = clauseWindow(text, start, end);
  const window = text.slice(from, to);
  let best: Direction = "none";
  let bestDistance = Number.POSITIVE_INFINITY;
  const consider = (re: RegExp, dir: Direction) => {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (s >= start && e <= end) continue;
      const distance = e <= start ? start - e : s - end;
      // A future cue wins ties and near-ties: in "will be held Monday" the auxiliary governs "held".
      const weight = dir === "future" ? distance - 6 : distance;
      if (weight < bestDistance) {
        bestDistance = weight;
        best = dir;
      }
    }
  };
  consider(PAST_CUE, "past");
  consider(FUTURE_CUE, "future");
  return best;
}
