// Codes PETRARCH/TABARI-style records: a Penn Treebank parse, actor/agent/discard dictionaries (read
// by the actors engineer's loaders in src/actors/dictionaries) and a TABARI verb dictionary. For each
// verb phrase whose verb is in the dictionary: the subject noun phrase gives the source actors, the
// first actor after the verb the targets, and the longest matching pattern the code.
import {
  codeAt,
  type DictActor,
  type DictAgent,
  type DictDiscard,
  type DictPhrase,
} from "../../actors/dictionaries/index.js";
import { leaves, type PtbNode, parsePtb } from "./ptb.js";
import {
  endsWithWord,
  matchSequence,
  type VerbDictionary,
  type VerbEntry,
  type VerbPattern,
} from "./tabari-verbs.js";

export interface PetrarchResources {
  actors: DictActor[];
  agents: DictAgent[];
  discards: DictDiscard[];
  verbs: VerbDictionary;
}

export interface PetrarchOptions {
  requireDyad: boolean;
  /** ISO date of the story, for date-restricted actor codes. */
  date: string | null;
}

export interface PetrarchEvent {
  source: string;
  target: string;
  code: string;
  /** "verb BLOCK" or "pattern line N". */
  rule: string;
}

interface PhraseIndex<T> {
  byFirst: Map<string, { phrase: DictPhrase; value: T }[]>;
  stems: { phrase: DictPhrase; value: T }[];
}

function indexPhrases<T>(items: { phrase: DictPhrase; value: T }[]): PhraseIndex<T> {
  const byFirst = new Map<string, { phrase: DictPhrase; value: T }[]>();
  const stems: { phrase: DictPhrase; value: T }[] = [];
  for (const it of items) {
    const w0 = it.phrase.words[0];
    if (w0.stem && it.phrase.words.length === 1) stems.push(it);
    const l = byFirst.get(w0.text) ?? [];
    l.push(it);
    byFirst.set(w0.text, l);
  }
  return { byFirst, stems };
}

function wordEq(dw: { text: string; stem: boolean }, w: string): boolean {
  return dw.text === w || (dw.stem && w.startsWith(dw.text));
}

/** Length in words of the match of `p` at `i` (gaps of up to 3 words where the phrase allows), or 0. */
function matchAt(p: DictPhrase, words: string[], i: number): number {
  let pos = i;
  for (let k = 0; k < p.words.length; k++) {
    const dw = p.words[k];
    if (k === 0) {
      if (!wordEq(dw, words[pos] ?? "")) return 0;
      pos++;
      continue;
    }
    let found = -1;
    const limit = dw.gapBefore ? Math.min(words.length, pos + 4) : pos + 1;
    for (let j = pos; j < limit; j++) {
      if (wordEq(dw, words[j] ?? "")) {
        found = j;
        break;
      }
    }
    if (found < 0) return 0;
    pos = found + 1;
  }
  return pos - i;
}

function findAll<T>(idx: PhraseIndex<T>, words: string[]): { start: number; len: number; value: T }[] {
  const out: { start: number; len: number; value: T }[] = [];
  for (let i = 0; i < words.length; ) {
    let best: { len: number; value: T } | null = null;
    const cands = [
      ...(idx.byFirst.get(words[i]) ?? []),
      ...idx.stems.filter((s) => words[i].startsWith(s.phrase.words[0].text)),
    ];
    for (const c of cands) {
      const len = matchAt(c.phrase, words, i);
      if (len > 0 && (!best || len > best.len)) best = { len, value: c.value };
    }
    if (best) {
      out.push({ start: i, ...best });
      i += best.len;
    } else i++;
  }
  return out;
}

const CLAUSE = /^(S|SINV|SQ|SBARQ)$/;
const VALID_CODE = /^[0-9]{2,4}[A-Za-z]?$/;

export class PetrarchCoder {
  private readonly actorIdx: PhraseIndex<DictActor>;
  private readonly agentIdx: PhraseIndex<DictAgent>;

  constructor(private readonly res: PetrarchResources) {
    this.actorIdx = indexPhrases(
      res.actors.flatMap((a) => a.phrases.map((phrase) => ({ phrase, value: a }))),
    );
    // agents match whole words (their plurals are listed): "DIPLOMAT" must not take "DIPLOMATIC"
    this.agentIdx = indexPhrases(
      res.agents.map((a) => ({
        phrase: { ...a.phrase, words: a.phrase.words.map((w) => ({ ...w, stem: false })) },
        value: a,
      })),
    );
  }

  /** True when a discard phrase occurs in the sentence. */
  discarded(words: string[]): boolean {
    const text = ` ${words.join(" ")} `;
    return this.res.discards.some((d) => text.includes(` ${d.words.join(" ")} `));
  }

  code(parse: string, opt: PetrarchOptions): PetrarchEvent[] {
    const { root, words: leafNodes } = parsePtb(parse);
    const words = leafNodes.map((l) => (l.word ?? "").toUpperCase());
    if (this.discarded(words)) return [];
    const out: PetrarchEvent[] = [];
    const seen = new Set<string>();
    const visit = (n: PtbNode) => {
      if (n.label === "VP") this.codeVp(n, words, opt, out, seen);
      for (const c of n.children) visit(c);
    };
    visit(root);
    return out;
  }

  private actorCode(a: DictActor, date: string | null): string | null {
    const c = codeAt(a.codes, date);
    return c && c !== "---" ? c : null;
  }

  private combine(actor: string, agents: DictAgent[]): string {
    let code = actor;
    for (const ag of agents) {
      if (ag.position === "prefix") {
        if (!code.startsWith(ag.code)) code = ag.code + code;
      } else if (!code.endsWith(ag.code)) code = (code === "---" ? "---" : code) + ag.code;
    }
    return code;
  }

  /** Actor codes an NP stands for: one per conjunct of a compound. */
  npActors(np: PtbNode, words: string[], date: string | null): string[] {
    const kids = np.children;
    const nps = kids.filter((k) => k.label === "NP" || k.label === "NNP" || k.label === "NNPS");
    if (kids.some((k) => k.label === "CC") && nps.length >= 2) {
      return nps.flatMap((k) =>
        k.label === "NP" ? this.npActors(k, words, date) : this.wordsActors([k], words, date, []),
      );
    }
    const own: PtbNode[] = [];
    const pps: PtbNode[] = [];
    const walk = (x: PtbNode) => {
      for (const c of x.children) {
        if (c.label === "PP") pps.push(c);
        else if (c.label === "SBAR" || c.label === "S" || c.label === "VP" || c.label === "PRN") continue;
        else if (c.word !== null) own.push(c);
        else walk(c);
      }
    };
    if (np.word !== null) own.push(np);
    else walk(np);
    const ppActors = (): string[] => {
      for (const pp of pps) {
        const inner = pp.children.find((c) => c.label === "NP");
        if (inner) {
          const a = this.npActors(inner, words, date);
          if (a.length) return a;
        }
      }
      return [];
    };
    const ppWords = pps.flatMap((pp) => leaves(pp).map((l) => words[l.index]));
    return this.wordsActors(own, words, date, pps.length ? ppActors() : [], ppWords);
  }

  /**
   * `ppWords`, the words of the noun phrase's prepositional phrases, may end an actor or agent that
   * begins in its own words ("Prince of Dol Amroth", "Ministry of Silly Walks"); they give none of their
   * own here (the phrase's actors come from `ppActors` then).
   */
  private wordsActors(
    own: PtbNode[],
    words: string[],
    date: string | null,
    ppActors: string[],
    ppWords: string[] = [],
  ): string[] {
    const ws = own.map((l) => words[l.index]);
    // "awful and evil minister": a conjunction between adjectives joins no actors
    const coordinated = own.some((l) => l.label === "CC" && l.parent?.label !== "ADJP");
    const actorMatches = findAll(this.actorIdx, [...ws, ...ppWords]).filter((m) => m.start < ws.length);
    const actors = actorMatches
      .map((m) => this.actorCode(m.value, date))
      .filter((c): c is string => c !== null);
    // a word of an actor's name is no agent: "POLICE" in "International Criminal Police Organization"
    const inActor = (i: number) => actorMatches.some((m) => i >= m.start && i < m.start + m.len);
    const agents = findAll(this.agentIdx, [...ws, ...ppWords])
      .filter((m) => m.start < ws.length && !inActor(m.start))
      .map((m) => m.value);
    // "media and government": each agent stands alone with the actor
    const agentSets = coordinated && agents.length > 1 ? agents.map((a) => [a]) : [agents];
    // a code list "FRO/BIL/SAM" is a compound actor
    const first = actors.length ? actors[0].split("/") : [];
    const all = actors.flatMap((c) => c.split("/"));
    let bases: string[] = [];
    if (actors.length) bases = coordinated ? all : first;
    else if (agents.length) bases = ppActors.length ? ppActors : ["---"];
    const out: string[] = [];
    for (const b of bases) for (const set of agentSets) out.push(this.combine(b, set));
    return [...new Set(out)];
  }

  private verbOf(vp: PtbNode): PtbNode | null {
    for (const c of vp.children) {
      if (c.word !== null && /^(VB|MD)/.test(c.label)) return c;
      if (c.label === "VP") return null;
    }
    return null;
  }

  private subjectOf(vp: PtbNode, words: string[], date: string | null): PtbNode | null {
    let child: PtbNode = vp;
    let p = vp.parent;
    while (p) {
      if (CLAUSE.test(p.label)) {
        const idx = p.children.indexOf(child);
        for (let i = idx - 1; i >= 0; i--) {
          const np = p.children[i];
          if (np.label !== "NP") continue;
          // a pronoun subject ("indicated it would act") stands for the clause above's subject
          const pronoun = np.children.length === 1 && /^PRP/.test(np.children[0].label);
          if (pronoun && this.npActors(np, words, date).length === 0) break;
          return np;
        }
      }
      if (p.label === "SBAR" && p.parent?.label === "NP")
        return p.parent.children.find((c) => c.label === "NP") ?? null;
      child = p;
      p = p.parent;
    }
    return null;
  }

  private targetsAfter(vp: PtbNode, verb: PtbNode, words: string[], date: string | null): string[] {
    const after = vp.children.slice(vp.children.indexOf(verb) + 1);
    const queue = [...after];
    while (queue.length) {
      const n = queue.shift()!;
      if (n.label === "NP") {
        const a = this.npActors(n, words, date);
        if (a.length) return a;
        queue.push(...n.children.filter((c) => c.label === "PP" || c.label === "NP" || c.label === "VP"));
      } else if (/^(PP|VP|ADVP|ADJP|SBAR)$/.test(n.label)) {
        queue.push(...n.children);
      } else if (n.label === "S") {
        // "urged Eriador to respond": the embedded subject is the target
        queue.unshift(...n.children.filter((c) => c.label === "NP"));
      }
    }
    return [];
  }

  /** True when the VP sits under a form of "be" ("was shot"). */
  private beforeBe(vp: PtbNode): boolean {
    const p = vp.parent;
    if (p?.label !== "VP") return false;
    const v = p.children.find((c) => c.word !== null && /^VB/.test(c.label));
    return !!v && /^(is|are|was|were|be|been|being)$/i.test(v.word ?? "");
  }

  private byAgent(vp: PtbNode, words: string[], date: string | null): string[] {
    for (const c of vp.children) {
      for (const pp of c.label === "ADVP" ? c.children : [c]) {
        if (pp.label === "PP" && pp.children[0]?.word?.toLowerCase() === "by") {
          const np = pp.children.find((x) => x.label === "NP");
          if (np) return this.npActors(np, words, date);
        }
      }
    }
    return [];
  }

  /** Adds one event unless its code is invalid, a side is missing where a dyad is required, or it repeats. */
  private emit(
    s: string,
    t: string,
    code: string | undefined,
    rule: string,
    opt: PetrarchOptions,
    out: PetrarchEvent[],
    seen: Set<string>,
  ): void {
    if (!code || !VALID_CODE.test(code)) return;
    if (opt.requireDyad && (s === "---" || t === "---")) return;
    if (s === t) return;
    const k = `${s}|${t}|${code}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ source: s, target: t, code, rule });
  }

  private pick(entry: VerbEntry, pre: string[], post: string[], compound: boolean): VerbPattern | null {
    for (const p of entry.patterns) {
      // "%" asks for a compound subject
      if (p.marks.compound && !compound) continue;
      const preOk =
        p.pre.length === 0 ||
        (matchSequence(p.pre, pre.slice(-Math.max(8, p.pre.length + 4)), false) &&
          (!p.preAdjacent || endsWithWord(p.pre[p.pre.length - 1], pre)));
      const postOk = p.post.length === 0 || matchSequence(p.post, post, p.post[0]?.adjacent ?? false);
      if (preOk && postOk) return p;
    }
    return null;
  }

  private codeVp(
    vp: PtbNode,
    words: string[],
    opt: PetrarchOptions,
    out: PetrarchEvent[],
    seen: Set<string>,
  ): void {
    const verb = this.verbOf(vp);
    if (!verb) return;
    const vi = verb.index;
    const W = words[vi];
    const entries = (this.res.verbs.byForm.get(W) ?? []).filter(
      (e) =>
        e.before.every((b, k) => words[vi - e.before.length + k] === b) &&
        e.after.every((a, k) => words[vi + 1 + k] === a),
    );
    if (entries.length === 0) return;
    entries.sort((a, b) => b.before.length + b.after.length - (a.before.length + a.after.length));
    const subj = this.subjectOf(vp, words, opt.date);
    const preStart = subj ? (leaves(subj)[0]?.index ?? 0) : 0;
    const subjActors = subj ? this.npActors(subj, words, opt.date) : [];
    const compound = subjActors.length >= 2;
    const vpLeaves = leaves(vp);
    let entry = entries[0];
    let pat: VerbPattern | null = null;
    // several blocks may list the same form ("SHOT"): the first with a matching pattern wins
    for (const e of entries) {
      const post = vpLeaves.filter((l) => l.index > vi + e.after.length).map((l) => words[l.index]);
      const p = this.pick(e, words.slice(preStart, vi - e.before.length), post, compound);
      if (p) {
        entry = e;
        pat = p;
        break;
      }
    }
    if (!pat) entry = entries.find((e) => e.code !== "---") ?? entries[0];
    // a modal ("should", "will") codes only through its patterns: its default code would double the
    // event of the verb it governs
    if (!pat && verb.label === "MD") return;
    const code = pat ? pat.code : entry.code;
    if (!code || code === "---") return;
    const rule = pat ? `pattern line ${pat.line}` : `verb ${entry.block}`;
    let sources = subjActors;
    let targets = this.targetsAfter(vp, verb, words, opt.date);
    const passive = verb.label === "VBN" && this.beforeBe(vp);
    if (pat?.marks.preTarget && pat.marks.postSource) {
      [sources, targets] = [targets, sources];
    } else if (passive) {
      const by = this.byAgent(vp, words, opt.date);
      if (by.length) [sources, targets] = [by, sources];
    }
    if (pat?.marks.compound && sources.length >= 2 && targets.length === 0) {
      // "% * ": the members of a compound subject act on one another
      for (const s1 of sources)
        for (const s2 of sources) this.emit(s1, s2, code.split(":")[0], rule, opt, out, seen);
      return;
    }
    const [c1, c2] = code.split(":");
    const ss = sources.length ? sources : ["---"];
    const ts = targets.length ? targets : ["---"];
    for (const s of ss) {
      for (const t of ts) {
        this.emit(s, t, c1, rule, opt, out, seen);
        if (c2) this.emit(t, s, c2, rule, opt, out, seen);
      }
    }
  }
}
