// Loads the committed models from models/ once per process and runs them on a sentence's words.
// A missing weight file means that layer is skipped, so the tokenizer works in a bare checkout.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { repoRoot } from "../util/shared.js";
import type { NlpModels } from "./analyse.js";
import { type Clusters, emptyLex, type Lex, lexicalise, parseClusters } from "./features.js";
import { hashString } from "./hash.js";
import { applyLemma, type LemmaData } from "./lemma.js";
import { type Gazetteer, Ner, type NerData, parseNerLexicon } from "./ner.js";
import { harmoniseDocument } from "./ner-rules.js";
import {
  repairFrontedPhraseRoot,
  repairSubjectAsRoot,
  repairSubjectHungOnFrontedPhrase,
  repairSubjectlessSpeech,
  repairSubordinatorAsCase,
  repairTimeAsSubject,
  type TreeTags,
} from "./parse-repair.js";
import { ArcLabelMemo, parse } from "./parser.js";
import { parseBeam } from "./parser-beam.js";
import { FrozenPerceptron, type Scorer, WordScoreMemo } from "./perceptron.js";
import {
  type ArcLabelEntry,
  type ArcLabelTable,
  arcLabelTable,
  type MoveEntry,
  type MoveTable,
  moveTable,
} from "./shortcuts.js";
import { SubtreeTable } from "./subtrees.js";
import {
  type FiniteVerbClasses,
  repairAfterModal,
  repairFiniteVerb,
  repairReducedRelative,
  reverseLex,
  TAG_ROLES,
  type TagLexicon,
  type TagWordFacts,
  tagBidirectional,
  tagClasses,
  tagWordFacts,
} from "./tagger.js";
import { type CaseLists, caseLists, truecase } from "./truecase.js";

export const DEFAULT_MODEL_DIR = join(repoRoot, "models");

export interface TaggerFiles {
  model: Scorer;
  tags: string[];
  lemmas: LemmaData;
  lexicon: TagLexicon;
  /**
   * A right-to-left tagger (tagger.json "reverse": its weight file; absent: left-to-right only): tag()
   * then runs both and takes per token the class with the highest sum of their scores.
   */
  reverse?: Scorer;
}

export interface ParserFiles {
  actions: Scorer;
  labeller: Scorer;
  labels: string[];
  /** Arcs labelled from their tag triple without scoring (parser.json "arcLabels"; absent: all scored). */
  arcLabels?: ArcLabelTable;
  /** Moves made from the (s0, b0, b1) tags without scoring (parser.json "moves"; absent: all scored). */
  moves?: MoveTable;
  /** Beam width to decode with (parser.json "beam", for a globally trained model; absent: greedy). */
  beam?: number;
  /** News pair counts for a model trained with subtree features (parser.json "subtrees": the file). */
  subtrees?: SubtreeTable;
}

/** Words whose lexical features are remembered; the memo is dropped when it grows past this. */
const LEX_MEMO_MAX = 100000;

/** The Lex fields, in order; the memo is used only while lexicalise returns exactly these. */
const LEX_FIELDS = "form,norm,words,suf1,suf2,suf3,suf4,pre1,pre2,pre3,shape,c1,c2,flags,ids";

/** Integer fields per memo entry (all of Lex but the normalised word). */
const LEX_INTS = 13;

/** Sentence-start bit of Lex.flags: the one feature that depends on the word's position. */
const FLAG_SENTENCE_START = 16;

/** Word forms whose tagger scores are remembered (WordScoreMemo). */
const TAG_MEMO_FORMS = 16384;

/** Lemmas remembered per tag class; a class's memo is dropped when it grows past this (bounds memory). */
const LEMMA_MEMO_MAX = 20000;

/** The models as loaded: each part optional. */
export class NlpPipeline {
  /** Per tag class: its UPOS and XPOS strings and the id the parser's features use for it. */
  private readonly classUpos: string[] = [];
  private readonly classXpos: string[] = [];
  private readonly classTagId: Int32Array = new Int32Array(0);
  private readonly finiteVerb: FiniteVerbClasses | null = null;
  /** Per tag class: form -> lemma, since applyLemma builds and looks up several strings per word. */
  private readonly lemmaMemo: Map<string, string>[] = [];
  /** Per lexMemo entry, the tag class of its last lemma and that lemma (most words keep one tag). */
  private readonly lemmaCls = new Int32Array(LEX_MEMO_MAX).fill(-1);
  private readonly lemmaLast: string[] = [];
  private readonly rootLabel: number = -1;
  /** Word -> entry in lexPool/lexNorms: its features as a one-word sentence, since most words recur. */
  private readonly lexMemo: Map<string, number> | null;
  private readonly lexPool = new Int32Array(0);
  private readonly lexNorms: string[] = [];
  private readonly tagMemo: WordScoreMemo | null = null;
  private readonly reverseMemo: WordScoreMemo | null = null;
  /** Per lexMemo entry, the tagger's and the NER's look-ups for the word (see tagWordFacts, Ner.wordFacts). */
  private readonly tagFacts: TagWordFacts | undefined;
  private readonly nerFacts: Int32Array | undefined;
  private readonly labelMemo: ArcLabelMemo | undefined;

  constructor(
    readonly clusters: Clusters | null,
    readonly tagger: TaggerFiles | null,
    readonly parser: ParserFiles | null,
    readonly ner: Ner | null,
    /** Words news writes in lower case and names to keep, for Title Case sentences (truecase.ts). */
    readonly cases: CaseLists | null = null,
  ) {
    if (tagger) {
      this.classTagId = new Int32Array(tagger.tags.length);
      tagger.tags.forEach((joint, c) => {
        const bar = joint.indexOf("|");
        this.classUpos.push(joint.slice(0, bar));
        this.classXpos.push(joint.slice(bar + 1));
        this.classTagId[c] = hashString(`${this.classUpos[c]}|${this.classXpos[c]}`) | 0;
        this.lemmaMemo.push(new Map());
      });
      const mask = (of: string[], re: RegExp) => Uint8Array.from(of, (x) => (re.test(x) ? 1 : 0));
      this.finiteVerb = {
        finite: mask(this.classXpos, /^(VB|VBD|VBZ|VBP|MD)$/),
        target: mask(this.classXpos, /^(VBD|VBZ|VBP)$/),
        past: mask(this.classXpos, /^VBD$/),
        nominal: mask(this.classUpos, /^(NOUN|PROPN|PRON|NUM)$/),
        participle: mask(this.classXpos, /^VBN$/),
        gerund: mask(this.classXpos, /^VBG$/),
        other: mask(this.classUpos, /^(NOUN|ADJ|ADV)$/),
        notBeforeVerb: mask(this.classXpos, /^(DT|JJ|JJR|JJS|HYPH|PRP\$|POS|IN|CC|TO)$/),
        punct: mask(this.classUpos, /^PUNCT$/),
        determiner: mask(this.classXpos, /^DT$/),
        infinitiveMark: mask(this.classXpos, /^TO$/),
        pluralNoun: mask(this.classXpos, /^(NNS|NNPS)$/),
        bare: mask(this.classXpos, /^VB$/),
        presentPlural: mask(this.classXpos, /^VBP$/),
        presentSingular: mask(this.classXpos, /^VBZ$/),
        pluralVerb: mask(this.classXpos, /^(VBP|VBD)$/),
        noun: mask(this.classXpos, /^(NN|NNS)$/),
        singularNoun: mask(this.classXpos, /^(NN|NNP)$/),
        anyNoun: mask(this.classXpos, /^(NN|NNS|NNP|NNPS)$/),
        adverb: mask(this.classXpos, /^RB$/),
        number: mask(this.classXpos, /^CD$/),
        properNoun: mask(this.classXpos, /^(NNP|NNPS)$/),
        possessive: mask(this.classXpos, /^POS$/),
        npWord: mask(this.classXpos, /^(JJ|JJR|JJS|CD|DT|PRP\$|POS|HYPH|PDT)$/),
        lexicalVerb: mask(this.classUpos, /^VERB$/),
        adjectival: mask(this.classXpos, /^(JJ|JJR|JJS|CD)$/),
        npStart: mask(this.classXpos, /^(DT|PRP\$|WP\$)$/),
        modal: mask(this.classXpos, /^MD$/),
      };
      // 16,384 forms (24 MB of rows): with 8,192 a fifth of the rows used on news were filled again
      // after the memo was emptied; twice the size, keeping the first half when full, fills 58 % fewer
      this.tagMemo = new WordScoreMemo(tagger.tags.length, TAG_MEMO_FORMS, TAG_ROLES);
      if (tagger.reverse) this.reverseMemo = new WordScoreMemo(tagger.tags.length, TAG_MEMO_FORMS, TAG_ROLES);
    }
    if (parser) {
      this.rootLabel = parser.labels.indexOf("root");
      this.labelMemo = new ArcLabelMemo(parser.labeller.nClasses);
    }
    this.lexMemo = Object.keys(lexicalise(["x"], clusters)).join(",") === LEX_FIELDS ? new Map() : null;
    if (this.lexMemo) {
      this.lexPool = new Int32Array(LEX_MEMO_MAX * LEX_INTS);
      if (tagger) this.tagFacts = { amb: new Int32Array(LEX_MEMO_MAX), fixed: new Int32Array(LEX_MEMO_MAX) };
      if (ner) this.nerFacts = new Int32Array(LEX_MEMO_MAX);
    }
  }

  /**
   * The same as lexicalise(words, clusters), from per-word memos; `withIds` adds the memo's entries
   * (Lex.ids), with which the models read per-form facts kept here instead of looking words up.
   */
  lex(words: string[], withIds = false): Lex {
    const memo = this.lexMemo;
    if (!memo) return lexicalise(words, this.clusters);
    const pool = this.lexPool;
    const n = words.length;
    const lx = emptyLex(n, withIds);
    const ids = lx.ids ?? new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let e = memo.get(words[i]);
      if (e === undefined) {
        if (memo.size >= LEX_MEMO_MAX) {
          memo.clear();
          this.lexNorms.length = 0;
          // its rows are kept by entry, which now stand for other words
          this.tagMemo?.clear();
          this.reverseMemo?.clear();
          this.lemmaCls.fill(-1);
        }
        e = memo.size;
        const one = lexicalise([words[i]], this.clusters);
        const o = e * LEX_INTS;
        pool[o] = one.form[0];
        pool[o + 1] = one.norm[0];
        pool[o + 2] = one.suf1[0];
        pool[o + 3] = one.suf2[0];
        pool[o + 4] = one.suf3[0];
        pool[o + 5] = one.suf4[0];
        pool[o + 6] = one.pre1[0];
        pool[o + 7] = one.pre2[0];
        pool[o + 8] = one.pre3[0];
        pool[o + 9] = one.shape[0];
        pool[o + 10] = one.c1[0];
        pool[o + 11] = one.c2[0];
        pool[o + 12] = one.flags[0];
        this.lexNorms.push(one.words[0]);
        memo.set(words[i], e);
        if (this.tagFacts) {
          const f = tagWordFacts(this.tagger!.lexicon, one.words[0]);
          this.tagFacts.amb[e] = f.amb;
          this.tagFacts.fixed[e] = f.fixed;
        }
        if (this.nerFacts) this.nerFacts[e] = this.ner!.wordFacts(one.words[0]);
      }
      ids[i] = e;
      const o = e * LEX_INTS;
      lx.form[i] = pool[o];
      lx.norm[i] = pool[o + 1];
      lx.words[i] = this.lexNorms[e];
      lx.suf1[i] = pool[o + 2];
      lx.suf2[i] = pool[o + 3];
      lx.suf3[i] = pool[o + 4];
      lx.suf4[i] = pool[o + 5];
      lx.pre1[i] = pool[o + 6];
      lx.pre2[i] = pool[o + 7];
      lx.pre3[i] = pool[o + 8];
      lx.shape[i] = pool[o + 9];
      lx.c1[i] = pool[o + 10];
      lx.c2[i] = pool[o + 11];
      lx.flags[i] = i === 0 ? pool[o + 12] : pool[o + 12] & ~FLAG_SENTENCE_START;
    }
    return lx;
  }

  /** The left-to-right and right-to-left passes' tags, combined by tagBidirectional. */
  private tagBothWays(t: TaggerFiles, reverse: Scorer, words: string[], lx: Lex): Int32Array {
    const n = words.length;
    const left = tagClasses(t.model, lx, n, t.lexicon, { words, memo: this.tagMemo!, facts: this.tagFacts });
    const rlx = reverseLex(lx);
    const rightRev = tagClasses(reverse, rlx, n, t.lexicon, {
      words: words.slice().reverse(),
      memo: this.reverseMemo!,
      facts: this.tagFacts,
    });
    return tagBidirectional(t.model, reverse, lx, rlx, left, rightRev, t.lexicon);
  }

  /** Tag class per word plus UPOS/XPOS/lemma strings. */
  tag(words: string[], lx: Lex): { cls: Int32Array; upos: string[]; xpos: string[]; lemma: string[] } {
    const t = this.tagger;
    if (!t) throw new Error("no tagger model loaded");
    const cls = t.reverse
      ? this.tagBothWays(t, t.reverse, words, lx)
      : tagClasses(t.model, lx, words.length, t.lexicon, {
          words,
          memo: this.tagMemo!,
          facts: this.tagFacts,
        });
    if (this.finiteVerb) {
      repairReducedRelative(t.model, words, lx, cls, t.lexicon, this.finiteVerb);
      repairAfterModal(t.model, words, lx, cls, t.lexicon, this.finiteVerb);
      repairFiniteVerb(t.model, words, lx, cls, t.lexicon, this.finiteVerb);
    }
    const n = words.length;
    const upos = new Array<string>(n);
    const xpos = new Array<string>(n);
    const lemma = new Array<string>(n);
    const ids = lx.ids;
    const lastCls = this.lemmaCls;
    for (let i = 0; i < n; i++) {
      const c = cls[i];
      upos[i] = this.classUpos[c];
      xpos[i] = this.classXpos[c];
      const id = ids ? ids[i] : -1;
      if (id >= 0 && lastCls[id] === c) {
        lemma[i] = this.lemmaLast[id];
        continue;
      }
      const memo = this.lemmaMemo[c];
      let l = memo.get(words[i]);
      if (l === undefined) {
        l = applyLemma(t.lemmas, words[i], xpos[i]);
        if (memo.size >= LEMMA_MEMO_MAX) memo.clear();
        memo.set(words[i], l);
      }
      lemma[i] = l;
      if (id >= 0) {
        lastCls[id] = c;
        this.lemmaLast[id] = l;
      }
    }
    return { cls, upos, xpos, lemma };
  }

  /** Joint tag strings -> the ids the parser's features use. */
  tagIdsOf(upos: string[], xpos: string[]): Int32Array {
    return Int32Array.from(upos.map((u, i) => hashString(`${u}|${xpos[i]}`) | 0));
  }

  /** Tag classes -> the same ids as tagIdsOf, without hashing strings. */
  tagIdsOfClasses(cls: Int32Array): Int32Array {
    const ids = new Int32Array(cls.length);
    for (let i = 0; i < cls.length; i++) ids[i] = this.classTagId[cls[i]];
    return ids;
  }

  /** The tree; with `tags` given, after the repairs of parse-repair.ts (training reads the raw tree). */
  parse(lx: Lex, tagIds: Int32Array, tags?: TreeTags): { head: number[]; deprel: string[] } {
    const p = this.parser;
    if (!p) throw new Error("no parser model loaded");
    const opts = {
      rootLabel: this.rootLabel,
      arcLabels: p.arcLabels,
      moves: p.moves,
      labelMemo: this.labelMemo,
      subtrees: p.subtrees,
    };
    const r = p.beam
      ? parseBeam(p.actions, p.labeller, lx, tagIds, { ...opts, width: p.beam })
      : parse(p.actions, p.labeller, lx, tagIds, opts);
    const n = r.head.length;
    const head = new Array<number>(n);
    const deprel = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      head[i] = r.head[i];
      deprel[i] = p.labels[r.label[i]] ?? "dep";
    }
    if (tags) {
      repairFrontedPhraseRoot({ head, deprel }, tags);
      repairSubjectHungOnFrontedPhrase({ head, deprel }, tags);
      repairSubjectAsRoot({ head, deprel }, tags);
      repairSubjectlessSpeech({ head, deprel }, tags);
      repairSubordinatorAsCase({ head, deprel }, tags);
      repairTimeAsSubject({ head, deprel }, tags);
    }
    return { head, deprel };
  }

  /** The words the models read for a sentence's words: Title Case lower-cased where news writes it so. */
  modelWords(words: string[]): string[] {
    return this.cases ? truecase(words, this.cases) : words;
  }

  /** The NlpModels view the analyser uses. */
  asModels(): NlpModels {
    const m: NlpModels = {};
    if (this.tagger) {
      m.tag = (words) => {
        const lx = this.lex(words, true);
        const r = this.tag(words, lx);
        return { upos: r.upos, xpos: r.xpos, lemma: r.lemma, lx, tagIds: this.tagIdsOfClasses(r.cls) };
      };
    }
    if (this.tagger && this.parser) {
      m.parse = (words, upos, xpos, lx, tagIds) =>
        this.parse(lx, tagIds ?? this.tagIdsOf(upos, xpos), { words, upos, xpos });
    }
    if (this.ner) {
      const ner = this.ner;
      m.ner = (words, upos, lx) => ner.entities(words, lx, upos, this.nerFacts);
      m.harmonise = (doc) => harmoniseDocument(doc);
    }
    if (this.cases) m.truecase = (words) => this.modelWords(words);
    return m;
  }
}

function readGz(path: string): Buffer {
  return gunzipSync(readFileSync(path));
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** Loads whatever models exist in `dir`. */
export function loadPipeline(dir = DEFAULT_MODEL_DIR): NlpPipeline {
  const p = (f: string) => join(dir, f);
  const clusters = existsSync(p("clusters.tsv.gz"))
    ? parseClusters(readGz(p("clusters.tsv.gz")).toString("utf8"))
    : null;
  let tagger: TaggerFiles | null = null;
  if (existsSync(p("tagger.bin.gz")) && existsSync(p("tagger.json"))) {
    const meta = readJson<{
      tags: string[];
      lemmas: LemmaData;
      amb?: [string, number][];
      fixed?: [string, number][];
      looseFixed?: [string, number][];
      reverse?: string;
    }>(p("tagger.json"));
    tagger = {
      model: FrozenPerceptron.fromBuffer(readGz(p("tagger.bin.gz"))),
      tags: meta.tags,
      lemmas: meta.lemmas,
      lexicon: {
        amb: new Map(meta.amb ?? []),
        fixed: new Map(meta.fixed ?? []),
        loose: meta.looseFixed ? new Map(meta.looseFixed) : undefined,
      },
      ...(meta.reverse ? { reverse: FrozenPerceptron.fromBuffer(readGz(p(meta.reverse))) } : {}),
    };
  }
  let parser: ParserFiles | null = null;
  if (existsSync(p("parser-actions.bin.gz")) && existsSync(p("parser.json"))) {
    const meta = readJson<{
      labels: string[];
      arcLabels?: ArcLabelEntry[];
      moves?: MoveEntry[];
      beam?: number;
      subtrees?: string;
    }>(p("parser.json"));
    parser = {
      actions: FrozenPerceptron.fromBuffer(readGz(p("parser-actions.bin.gz"))),
      labeller: FrozenPerceptron.fromBuffer(readGz(p("parser-labels.bin.gz"))),
      labels: meta.labels,
      arcLabels: meta.arcLabels
        ? arcLabelTable(meta.arcLabels, (joint) => hashString(joint) | 0, meta.labels)
        : undefined,
      moves: meta.moves ? moveTable(meta.moves, (joint) => hashString(joint) | 0) : undefined,
      beam: meta.beam,
      subtrees: meta.subtrees ? SubtreeTable.fromBuffer(readGz(p(meta.subtrees))) : undefined,
    };
  }
  let ner: Ner | null = null;
  const lexicon = existsSync(p("ner.lexicon.tsv.gz"))
    ? parseNerLexicon(readGz(p("ner.lexicon.tsv.gz")).toString("utf8"))
    : null;
  const gaz: Gazetteer | null = existsSync(p("gazetteer.tsv.gz"))
    ? Ner.parseGazetteer(readGz(p("gazetteer.tsv.gz")).toString("utf8"))
    : null;
  if (existsSync(p("ner.bin.gz")) && existsSync(p("ner.json"))) {
    const meta = readJson<NerData>(p("ner.json"));
    ner = new Ner(FrozenPerceptron.fromBuffer(readGz(p("ner.bin.gz"))), meta, gaz, lexicon);
  }
  const cases = lexicon ? caseLists(lexicon, gaz) : null;
  return new NlpPipeline(clusters, tagger, parser, ner, cases);
}

let cached: NlpPipeline | null = null;

/** The default pipeline, loaded on first use and shared (it is immutable after loading). */
export function defaultPipeline(): NlpPipeline {
  if (!cached) cached = loadPipeline();
  return cached;
}

export function loadModels(): NlpModels {
  return defaultPipeline().asModels();
}
