// Runs the whole analysis on a text: tokenize, split, tag, lemmatize, parse, recognise entities.
// The models are optional so the tokenizer works on its own; each one that is loaded adds its layer.
import type { Entity, Sentence, Token } from "../model/index.js";
import type { Lex } from "./features.js";
import { segment } from "./tokenize.js";

/** Longest sentence (in tokens) the parser takes; longer ones keep tags and entities but no heads. */
export const MAX_PARSE_TOKENS = 250;

export interface Analysis {
  sentences: Sentence[];
  entities: Entity[];
  notes: string[];
}

/** The loaded models an Analyser uses; each field may be absent. */
export interface NlpModels {
  /** `tagIds`, when given, are the parser's ids for the tags (saves hashing the tag strings again). */
  tag?: (words: string[]) => {
    upos: string[];
    xpos: string[];
    lemma: string[];
    lx: Lex;
    tagIds?: Int32Array;
  };
  parse?: (
    words: string[],
    upos: string[],
    xpos: string[],
    lx: Lex,
    tagIds?: Int32Array,
  ) => { head: number[]; deprel: string[] };
  ner?: (words: string[], upos: string[], lx: Lex) => EntitySpan[];
  /**
   * A second look at a whole document's entities (a company named in full and later by a short form
   * keeps its label); gets every sentence's words and spans in order, returns their new spans.
   */
  harmonise?: (doc: { words: string[]; spans: EntitySpan[] }[]) => EntitySpan[][];
  /** The words the models read for a sentence's words (Title Case headlines lower-cased: truecase.ts). */
  truecase?: (words: string[]) => string[];
}

/** An entity over tokens [start, end) of its sentence. */
export interface EntitySpan {
  label: "PER" | "ORG" | "LOC";
  start: number;
  end: number;
}

export function analyseWith(models: NlpModels, text: string): Analysis {
  const notes: string[] = [];
  const sentences: Sentence[] = [];
  const entities: Entity[] = [];
  // entities wait for the whole text, so a document-level pass can see every sentence
  const nerDoc: { words: string[]; spans: EntitySpan[]; tokens: Token[]; index: number }[] = [];
  let unparsed = 0;
  for (const raw of segment(text)) {
    const raws = raw.tokens;
    const n = raws.length;
    const words = new Array<string>(n);
    for (let i = 0; i < n; i++) words[i] = raws[i].text;
    // each token object is built once with all its fields, so they share one shape
    const tokens = new Array<Token>(n);
    const sentence: Sentence = { start: raw.start, end: raw.end, tokens };
    if (!models.tag) {
      for (let i = 0; i < n; i++) {
        const t = raws[i];
        tokens[i] = { id: i + 1, start: t.start, end: t.end, text: t.text };
      }
    } else {
      const modelWords = models.truecase ? models.truecase(words) : words;
      const tags = models.tag(modelWords);
      const { upos, xpos, lemma } = tags;
      let tree: { head: number[]; deprel: string[] } | null = null;
      if (models.parse) {
        if (n <= MAX_PARSE_TOKENS) tree = models.parse(modelWords, upos, xpos, tags.lx, tags.tagIds);
        else {
          sentence.unparsed = true;
          unparsed++;
        }
      }
      for (let i = 0; i < n; i++) {
        const t = raws[i];
        const token: Token = {
          id: i + 1,
          start: t.start,
          end: t.end,
          text: t.text,
          upos: upos[i],
          xpos: xpos[i],
          lemma: lemma[i],
        };
        if (tree) {
          token.head = tree.head[i];
          token.deprel = tree.deprel[i];
        }
        tokens[i] = token;
      }
      if (models.ner) {
        const spans = models.ner(modelWords, tags.upos, tags.lx);
        nerDoc.push({ words: modelWords, spans, tokens, index: sentences.length });
      }
    }
    sentences.push(sentence);
  }
  const spans = models.harmonise ? models.harmonise(nerDoc) : nerDoc.map((s) => s.spans);
  nerDoc.forEach((s, i) => {
    for (const e of spans[i]) {
      const start = s.tokens[e.start].start;
      const end = s.tokens[e.end - 1].end;
      entities.push({ start, end, text: text.slice(start, end), label: e.label, sentence: s.index });
    }
  });
  if (unparsed > 0) {
    notes.push(
      `nlp: ${unparsed} sentence(s) longer than ${MAX_PARSE_TOKENS} tokens were tagged but not parsed`,
    );
  }
  return { sentences, entities, notes };
}
