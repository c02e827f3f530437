import { lineStartWithin } from "../util/line-start.js";
import { isCueToken } from "./cue-token.js";
import { type Doc, isWordy, type RawAttribution } from "./doc.js";
import { LABEL_JOINERS } from "./words.js";

/**
 * "Smith: We will win." Paragraphs opening with a speaker label and a colon.
 */

const DASH = /^(-|--|\u2013|\u2014)$/;
const BE = new Set(["is", "are", "was", "were", "be"]);

/** Paragraph labels that are not speakers. */
const LABEL_STOP = new Set([
  "the latest",
  "breaking",
  "breaking news",
  "exclusive",
  "live",
  "opinion",
  "analysis",
  "update",
  "note",
  "editor",
  "editors",
  "photo",
  "photos",
  "pictures",
  "gallery",
  "video",
  "videos",
  "watch",
  "read",
  "source",
  "sources",
  "related",
  "correction",
  "clarification",
  "q",
  "a",
  "question",
  "answer",
  "disclosure",
  "warning",
  "advertisement",
  "caption",
  "credit",
  "image",
  "listen",
  "see",
  "more",
  "also",
  "tags",
  "filed",
  "posted",
  "published",
  "updated",
  "by",
  "via",
  "subscribe",
  "click",
  "share",
  // A credit line ("Contributing: Ann Ruiz, USA TODAY"), and the exclamations of a clickbait
  // headline ("WOW: Ruiz Just Said ..."), whose speaker, if any, follows the colon.
  "contributing",
  "wow",
  "look",
  "boom",
  "busted",
  "bombshell",
  "just leaked",
  "so",
]);

/**
 * "Iowa: Ann Ruiz, Tom Baker, Lee Okafor, ...": a roster after the label, names parted by commas,
 * is no one's words.
 */
function nameList(text: string): boolean {
  const items = text.split(/,\s*(?:and\s+)?/);
  return items.length >= 3 && items.every((w) => /^(\p{Lu}[\p{L}.'\u2019-]*\s*){1,4}$/u.test(w.trim()));
}

/**
 * "Smith: We will win." at the start of a paragraph (transcripts, headlines): the label before the
 * colon is the source, the colon the cue, the rest of the paragraph the content.
 */
export function colonLabel(doc: Doc, s: number): RawAttribution | null {
  let first = doc.sentFirst[s];
  const start = doc.sentences[s].start;
  // ("EXCLUSIVE – Ruiz: ..." when the splitter made the tag and its dash a sentence of their own.)
  const line = lineStartWithin(doc.body, start, 41);
  // (A tag is a few words: longer stretches are never read, so each sentence costs a constant.)
  const tag =
    start - line <= 40
      ? /^\s*([\p{L} ]+?)\s*(?:-|--|\u2013|\u2014)\s*$/u.exec(doc.body.slice(line, start))
      : null;
  const tagged = !!tag && LABEL_STOP.has(tag[1].toLowerCase());
  // ('... at dawn." Baker: "The ferry stays."': inside a paragraph, a label needs its quote, below.)
  const inside = start > 0 && doc.body[start - 1] !== "\n" && !tagged;
  // The headline: "Ruiz camp: ...", "EXCLUSIVE - Ruiz: ...", "Ruiz to farmers: ..." (sentence case,
  // after a tag and a dash; the speaker before "to", the hearer after it).
  const headline =
    (start === 0 || (tagged && line === 0)) && !doc.body.slice(0, doc.sentences[s].end).includes("\n");
  if (headline && LABEL_STOP.has(doc.toks[first].lower) && DASH.test(doc.toks[first + 1]?.text ?? ""))
    first += 2;
  // "JUST WATCHED Ann Ruiz: ...": a video player's caption; the speaker follows its button text.
  if (/^(JUST WATCHED|MUST WATCH)$/.test(`${doc.toks[first].text} ${doc.toks[first + 1]?.text}`)) first += 2;
  // "Hide Caption 5 of 29 Photos: ...": a photo gallery's button before the next caption
  const button = doc.toks.slice(first, first + 5).map((t) => t.text);
  if (button[0] === "Hide" && button[1] === "Caption" && button[3] === "of") first += 5;
  let colon = -1;
  let to = -1;
  for (let k = first; k < Math.min(doc.sentEnd[s], first + 8); k++) {
    const t = doc.toks[k];
    if (t.text === ":") {
      colon = k;
      break;
    }
    if (!isWordy(t) && t.text !== "." && t.text !== "(" && t.text !== ")" && t.text !== "-") return null;
    if (t.quote >= 0 || isCueToken(doc, k, s)) return null;
    if (headline && t.lower === "to" && to < 0 && k > first) to = k;
    // "Harbor is back: ...": a clause, not a name.
    if (headline && BE.has(t.lower)) return null;
    // A label is a name or title: capitalised words, joined only by small function words.
    if (isWordy(t) && !/^[\p{Lu}\d]/u.test(t.text) && !LABEL_JOINERS.has(t.lower) && !headline) return null;
  }
  if (colon <= first || !/^\p{Lu}/u.test(doc.toks[first].text)) return null;
  const label = doc.body.slice(doc.toks[first].start, doc.toks[colon - 1].end).toLowerCase();
  if (LABEL_STOP.has(doc.toks[first].lower) || LABEL_STOP.has(label) || /^\d/.test(doc.toks[colon - 1].text))
    return null;
  const after = doc.toks[colon + 1];
  if (
    !after ||
    after.start - doc.toks[colon].end > 1 ||
    doc.body.slice(doc.toks[colon].end, after.start).includes("\n")
  )
    return null;
  let end = doc.body.indexOf("\n", after.start);
  if (end < 0) end = doc.body.length;
  const q = after.quote >= 0 && doc.quotes[after.quote].open === after.start ? doc.quotes[after.quote] : null;
  if (inside && !q) return null;
  let e = end;
  while (e > after.start && /[\s.]/.test(doc.body[e - 1])) e--;
  // "Ruiz: 'Of Course' Okafor Is Qualified": a headline's short quote opening a longer line is
  // part of the words.
  const whole = !!q && headline && /\p{L}/u.test(doc.body.slice(q.end + 1, e));
  const content = q && !whole ? doc.quoteRange(q) : { start: after.start, end: e };
  if (content.end <= content.start || /^[\d$@#]/.test(doc.body.slice(content.start, content.start + 1)))
    return null;
  if (doc.body.slice(content.start, content.end).split(/\s+/).length < 3) return null;
  if (nameList(doc.body.slice(content.start, content.end))) return null;
  const a = doc.make(
    content,
    whole ? null : q,
    { start: first, end: to > 0 ? to : colon },
    doc.range(colon, colon + 1),
    s,
    "colon-label",
    colon + 1,
  );
  return a;
}
