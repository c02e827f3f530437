// Runs the pipeline on given tokens (CoNLL-U words or IOB tokens), for evaluation and the CLI.

import { MAX_PARSE_TOKENS } from "./analyse.js";
import type { ConlluSentence } from "./conllu.js";
import type { NlpPipeline } from "./models.js";
import { toIob2 } from "./ner.js";

/** Predicts UPOS, XPOS, lemma, head and relation for each word; keeps ids, forms and other columns. */
export function annotateConllu(p: NlpPipeline, sentences: ConlluSentence[]): ConlluSentence[] {
  return sentences.map((s) => {
    const words = s.words.map((w) => w.form);
    const lx = p.lex(words);
    const t = p.tagger ? p.tag(words, lx) : null;
    const tree =
      t && p.parser && words.length <= MAX_PARSE_TOKENS ? p.parse(lx, p.tagIdsOfClasses(t.cls)) : null;
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

/** IOB2 tags for each token of each sentence. */
export function annotateIob(p: NlpPipeline, sentences: string[][]): string[][] {
  return sentences.map((words) => {
    if (!p.ner) throw new Error("no NER model loaded");
    const lx = p.lex(words);
    const upos = p.tagger ? p.tag(words, lx).upos : words.map(() => "X");
    return toIob2(p.ner.classes(words, lx, upos));
  });
}
