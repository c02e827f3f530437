// The lead of an article, for GDELT's IsRootEvent ("events in the lead paragraph"). The tokenizer
// splits a wire dateline ("BAKU, Dec 7 (Dyad Wire) -") and a headline or byline line off as sentences
// of their own, so the lead is not sentence 0: it is the first sentence that is none of those, and
// the rest of its paragraph.
import type { EventRow, Store } from "../store/store.js";

export interface SentenceSpan {
  start: number;
  end: number;
}

const DASH_END = /(?:-{1,2}|\u2013|\u2014)$/u;
const DATELINE_START = /^\p{Lu}[\p{Lu}.'-]+(?=$|[\s,(])/u;
const TERMINAL = /[.!?\u2026]["'\u2019\u201d)\]]*$/u;

/**
 * A wire dateline the tokenizer split off: a place in capitals, then at most a dozen words that start
 * with a capital or a digit (commas and brackets between), ending in a dash.
 */
export function isDateline(text: string): boolean {
  const t = text.trim();
  if (!DATELINE_START.test(t) || !DASH_END.test(t)) return false;
  const words = t.replace(DASH_END, "").replace(/[,()]/g, " ").split(/\s+/).filter(Boolean);
  return words.length <= 12 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

function hasBreak(body: string, from: number, to: number, breakRe: RegExp): boolean {
  return breakRe.test(body.slice(from, to));
}

/**
 * The indices of the sentences that make the lead: skipping the sentences before it that are a
 * dateline or a line of their own without a sentence's final punctuation (a headline, a byline, a
 * timestamp), the first other sentence and the sentences after it in its paragraph.
 * Paragraphs end at blank lines, or at line breaks in a body that has no blank lines. A body with no
 * paragraph break after the lead gives the lead sentence alone (the whole text is not its lead).
 */
export function leadSentences(body: string, sentences: readonly SentenceSpan[]): Set<number> {
  if (sentences.length === 0) return new Set([0]);
  const paragraphBreak = /\n[ \t\r]*\n/.test(body) ? /\n[ \t\r]*\n/ : /\n/;
  const lineBreak = /\n/;
  const ownLine = (i: number): boolean => {
    const s = sentences[i];
    const before = i === 0 || hasBreak(body, sentences[i - 1].end, s.start, lineBreak);
    const after = i + 1 >= sentences.length ? true : hasBreak(body, s.end, sentences[i + 1].start, lineBreak);
    return before && after;
  };
  const preamble = (i: number): boolean => {
    const text = body.slice(sentences[i].start, sentences[i].end).trim();
    if (!text || isDateline(text)) return true;
    return ownLine(i) && !TERMINAL.test(text);
  };
  let lead = 0;
  while (lead < sentences.length && preamble(lead)) lead++;
  if (lead >= sentences.length) return new Set([0]);
  const out = new Set([lead]);
  let k = lead;
  while (
    k + 1 < sentences.length &&
    !hasBreak(body, sentences[k].end, sentences[k + 1].start, paragraphBreak)
  )
    k++;
  if (k + 1 >= sentences.length) return out; // no paragraph break after the lead: the lead sentence alone
  for (let i = lead + 1; i <= k; i++) out.add(i);
  return out;
}

/**
 * Answers whether an event row is in its article's lead, reading each article once (a bounded cache:
 * exports stream events in id order, so one article's events come together).
 */
export class LeadIndex {
  private readonly cache = new Map<number, Set<number>>();

  constructor(
    private readonly store: Pick<Store, "getArticle">,
    private readonly maxArticles = 1000,
  ) {}

  async isRoot(row: EventRow): Promise<boolean> {
    return (await this.lead(row.articleId)).has(row.event.sentence);
  }

  private async lead(articleId: number): Promise<Set<number>> {
    const hit = this.cache.get(articleId);
    if (hit) return hit;
    const article = await this.store.getArticle(articleId);
    const lead = article ? leadSentences(article.document.body, article.document.sentences) : new Set([0]);
    if (this.cache.size >= this.maxArticles) this.cache.clear();
    this.cache.set(articleId, lead);
    return lead;
  }
}
