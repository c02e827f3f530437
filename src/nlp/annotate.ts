// Runs the pipeline on given tokens (CoNLL-U words or IOB tokens), for evaluation and the CLI.

import { MAX_PARSE_TOKENS } from "./analyse.js";
import type { ConlluSentence } from "./conllu.js";
import type { NlpPipeline } from "./models.js";
import { classesOf, toIob2 } from "./ner.js";
import { harmoniseByDocument, namedAfterPeople } from "./ner-rules.js";

/** Predicts UPOS, XPOS, lemma, head and relation for each word; keeps ids, forms and other columns. */
export function annotateConllu(p: NlpPipeline, sentences: ConlluSentence[]): ConlluSentence[] {
  return sentences.map((s) => {
    const words = p.modelWords(s.words.map((w) => w.form));
    const lx = p.lex(words);
    const t = p.tagger ? p.tag(words, lx) : null;
    const tree =
      t && p.parser && words.length <= MAX_PARSE_TOKENS
        ? p.parse(lx, p.tagIdsOfClasses(t.cls), { words, upos: t.upos, xpos: t.xpos })
        : null;
    const comments = [...s.comments];
    if (t && p.parser && !tree)
      comments.push(`# dyad_unparsed = sentence longer than ${MAX_PARSE_TOKENS} tokens`);
    return {
      comments,
      ranges: s.ranges,
      words: s.words.map((w, i) => ({
        ...w,
        lemma: t ? t.lemma[i] : "_",
        upos: t ? t.upos[i] : "_",
        xpos: t ? t.xpos[i] : "_",
        head: tree ? tree.head[i] : -1,
        deprel: tree ? tree.deprel[i] : "_",
        deps: "_",
      })),
    };
  });
}

/**
 * IOB2 tags for each token of each sentence. `docs`, when given, numbers each sentence's document:
 * consecutive sentences with the same number >= 0 get the document-level pass together (a name the
 * story spells out once keeps its label in later short mentions), as whole texts do in analyseWith;
 * a sentence numbered -1, or every sentence when `docs` is absent, stands alone.
 */
export function annotateIob(p: NlpPipeline, sentences: string[][], docs?: ArrayLike<number>): string[][] {
  const ner = p.ner;
  if (!ner) throw new Error("no NER model loaded");
  const spans = sentences.map((given) => {
    const words = p.modelWords(given);
    const lx = p.lex(words);
    const upos = p.tagger ? p.tag(words, lx).upos : words.map(() => "X");
    return ner.entities(words, lx, upos);
  });
  const group = sentences.map((words, i) => ({ words, spans: spans[i] }));
  const final = docs
    ? harmoniseByDocument(group, docs)
    : group.map((g) => namedAfterPeople(g.words, g.spans));
  return final.map((s, i) => toIob2(classesOf(s, sentences[i].length)));
}
