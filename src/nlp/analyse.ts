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
  tag?: (words: string[]) => { upos: string[]; xpos: string[]; lemma: string[]; lx: Lex };
  parse?: (words: string[], upos: string[], xpos: string[], lx: Lex) => { head: number[]; deprel: string[] };
  ner?: (
    words: string[],
    upos: string[],
    lx: Lex,
  ) => { label: "PER" | "ORG" | "LOC"; start: number; end: number }[];
}

export function analyseWith(models: NlpModels, text: string): Analysis {
  const notes: string[] = [];
  const sentences: Sentence[] = [];
  const entities: Entity[] = [];
  let unparsed = 0;
  for (const raw of segment(text)) {
    const words = raw.tokens.map((t) => t.text);
    const tokens: Token[] = raw.tokens.map((t, i) => ({
      id: i + 1,
      start: t.start,
      end: t.end,
      text: t.text,
    }));
    const sentence: Sentence = { start: raw.start, end: raw.end, tokens };
    if (models.tag) {
      const tags = models.tag(words);
      for (let i = 0; i < tokens.length; i++) {
        tokens[i].upos = tags.upos[i];
        tokens[i].xpos = tags.xpos[i];
        tokens[i].lemma = tags.lemma[i];
      }
      if (models.parse) {
        if (words.length <= MAX_PARSE_TOKENS) {
          const tree = models.parse(words, tags.upos, tags.xpos, tags.lx);
          for (let i = 0; i < tokens.length; i++) {
            tokens[i].head = tree.head[i];
            tokens[i].deprel = tree.deprel[i];
          }
        } else {
          sentence.unparsed = true;
          unparsed++;
        }
      }
      if (models.ner) {
        for (const e of models.ner(words, tags.upos, tags.lx)) {
          const start = tokens[e.start].start;
          const end = tokens[e.end - 1].end;
          entities.push({
            start,
            end,
            text: text.slice(start, end),
            label: e.label,
            sentence: sentences.length,
          });
        }
      }
    }
    sentences.push(sentence);
  }
  if (unparsed > 0) {
    notes.push(
      `nlp: ${unparsed} sentence(s) longer than ${MAX_PARSE_TOKENS} tokens were tagged but not parsed`,
    );
  }
  return { sentences, entities, notes };
}
