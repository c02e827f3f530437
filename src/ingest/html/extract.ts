// One HTML page in, the article's fields out.
import type { Caption } from "../../model/index.js";
import { blocksOf, extractBody, splitCredit } from "./content.js";
import { parsePage } from "./dom.js";
import { type PageMeta, readMetadata } from "./metadata.js";

export interface HtmlArticle {
  meta: PageMeta;
  paragraphs: string[];
  captions: Caption[];
  /** Date, byline and label lines left out above the story, for a dateline when metadata has none. */
  headLines: string[];
}

function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `a`'s words found in `b` (order-insensitive; cheap guard for the JSON-LD fallback). */
function coverage(a: string, b: string): number {
  const wa = wordsOf(a);
  if (wa.length === 0) return 0;
  const sb = new Set(wordsOf(b));
  let hit = 0;
  for (const w of wa) if (sb.has(w)) hit++;
  return hit / wa.length;
}

export function extractHtml(html: string): HtmlArticle {
  const page = parsePage(html);
  const meta = readMetadata(page);
  let { paragraphs, captions, headLines } = extractBody(page.root, meta.title);
  const ld = meta.articleBody?.trim();
  if (ld && ld.length > 400) {
    const found = paragraphs.join("\n");
    // The DOM missed most of what the publisher says the article is: trust the publisher.
    if (found.length < ld.length * 0.5 || coverage(ld, found) < 0.6) {
      const ldParas = ld
        .split(/\n+/)
        .map((p) => p.replace(/\s+/g, " ").trim())
        .filter(Boolean);
      if (ldParas.length > 0 && !/<[a-z][^>]*>/i.test(ld)) paragraphs = ldParas;
    }
  }
  return { meta, paragraphs, captions, headLines };
}

/** All the text of an HTML fragment that is already the article (feed content, CMS export). */
export function fragmentText(html: string): { paragraphs: string[]; captions: Caption[] } {
  const page = parsePage(html);
  const paragraphs: string[] = [];
  const captions: Caption[] = [];
  for (const b of blocksOf(page.root)) {
    if (b.caption) captions.push(splitCredit(b.text.replace(/\s+/g, " ")));
    else for (const line of b.text.split("\n")) if (line.trim()) paragraphs.push(line.trim());
  }
  return { paragraphs, captions };
}
