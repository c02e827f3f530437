/**
 * A link's tooltip that a scraper kept in the text: the person's full name glued to the headlines of
 * other stories, up to "MORE" ("President Ann Ruiz Ann Maria RuizSenate passes bill Budget talks stall
 * MORE and her party"). It names no one the story is about, and its fake person ("Ann Maria RuizSenate")
 * must not be who "her" is. The spans from the full name's first word (up to three words and a
 * nickname in parentheses before the glued one) to "MORE"; a phrase that starts before (the story's
 * "President Ann Ruiz") is the story's.
 */
export function linkTooltips(body: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of body.matchAll(/(\p{Lu}\p{Ll}{3,})(?=\p{Lu})[^\n]{0,600}?\sMORE\b/gu)) {
    // (the match can start inside the glued word: "McConnellGOP" matches from "Connell")
    let start = m.index;
    while (start > 0 && /\p{L}/u.test(body[start - 1])) start--;
    const surname = body.slice(start, m.index + m[1].length);
    // (back to the story's mention, which ends with the surname glued here: "Ann Ruiz Ann Maria RuizSenate")
    for (let n = 0; n < 3; n++) {
      const word = /\(?(\p{Lu}[\p{L}.'-]*)\)? $/u.exec(body.slice(Math.max(0, start - 30), start));
      if (!word || word[1] === surname) break;
      start -= word[0].length;
    }
    spans.push([start, m.index + m[0].length]);
  }
  return spans;
}

/** Whether position `at` lies inside one of `spans` (in order, as `linkTooltips` returns them). */
export function insideSpan(spans: [number, number][], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < spans[lo - 1][1];
}
