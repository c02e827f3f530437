// A shallow chunk parser: when the analyser has given tokens but no heads (and maybe no tags), it
// guesses parts of speech from closed word lists and the event lexicon, chunks noun phrases and verb
// groups, and links them into a UD-style dependency tree good enough for subject-verb-object coding.
// Linear in the sentence length; every loop advances.
import type { GNode } from "./graph.js";
import { nounLemma, verbLemmas } from "./morph.js";

const DET = new Set(
  "the a an this that these those its their his her our my your some any each every all both no another such".split(
    " ",
  ),
);
const PREP = new Set(
  "of in on at to from with by for against between among into onto over under about after before during since until via through across near toward towards amid despite without within upon as than inside outside beyond along around behind like per".split(
    " ",
  ),
);
const AUX = new Set(
  "be is are was were been being am has have had having do does did will would could can may might shall should must 's 're 've 'd 'll".split(
    " ",
  ),
);
const CCONJ = new Set(["and", "or", "but", "nor", "&"]);
const PRON = new Set(
  "he she it they we i you him them us me himself itself themselves who whom which what".split(" "),
);
const NEG = new Set(["not", "n't", "never", "no longer"]);
const SCONJ = new Set("that because while when whether if although though unless whereas once".split(" "));
const ADV = new Set(
  "more less most least ago also already still just now then again later soon reportedly allegedly repeatedly recently previously jointly formally officially publicly directly finally currently increasingly reportedly yet even only so very".split(
    " ",
  ),
);
const PARTICLES = new Set(["out", "down", "off", "up", "back", "over", "away", "in", "on"]);
// Adjectives that take "to"-infinitives and frame an event ("is willing to mediate").
const FRAME_ADJ = new Set(
  "willing prepared ready eager keen determined committed set poised unwilling reluctant likely able unable due".split(
    " ",
  ),
);
// Verbs of saying and finding that head reported clauses; needed so "said" is read as a verb.
const COMMON_VERBS = new Set(
  "say tell add report announce state claim allege find show reveal confirm deny insist suggest note explain argue believe think know hope expect accord become remain seem appear".split(
    " ",
  ),
);
const PARTICIPLE_IRREG = new Set(
  "been done gone taken given held met spoken told said sent flown fought struck hit shot beaten broken cut put set left lent sought brought begun withdrawn forgiven frozen found known seen written paid led".split(
    " ",
  ),
);

export type IsVerbLemma = (lemma: string) => boolean;

function isClauseStart(next: GNode | undefined): boolean {
  if (!next) return false;
  return /^\p{Lu}/u.test(next.text) || DET.has(next.lower) || PRON.has(next.lower);
}

function isPunct(t: string): boolean {
  return /^[^\p{L}\p{N}]+$/u.test(t);
}

function verbish(lower: string, isVerb: IsVerbLemma): string | null {
  for (const l of verbLemmas(lower)) if (isVerb(l) || COMMON_VERBS.has(l)) return l;
  return null;
}

/** Assigns upos (when missing) and lemmas by closed lists, the lexicon and the neighbours. */
export function guessTags(nodes: GNode[], isVerb: IsVerbLemma, isEventNoun: (l: string) => boolean): void {
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k];
    const w = n.lower;
    if (n.upos) {
      if (!n.lemma) n.lemma = w;
      continue;
    }
    const prev = k > 0 ? nodes[k - 1] : null;
    const cap = /^\p{Lu}/u.test(n.text);
    if (isPunct(n.text)) n.upos = "PUNCT";
    else if (w === "'s" || w === "’s" || w === "'" || w === "’") n.upos = "PART";
    else if (w === "to")
      n.upos = isClauseStart(nodes[k + 1]) || /^\d/.test(nodes[k + 1]?.text ?? "") ? "ADP" : "PART";
    else if (NEG.has(w)) n.upos = "PART";
    else if (AUX.has(w)) n.upos = "AUX";
    else if (w === "that" && isClauseStart(nodes[k + 1])) n.upos = "SCONJ";
    else if (PARTICLES.has(w) && prev?.upos === "VERB" && !PREP.has(w)) n.upos = "ADP";
    else if (DET.has(w) && !(w === "that" && prev && prev.upos === "VERB")) n.upos = "DET";
    else if (CCONJ.has(w)) n.upos = "CCONJ";
    else if (SCONJ.has(w)) n.upos = "SCONJ";
    else if (PREP.has(w)) n.upos = "ADP";
    else if (PRON.has(w)) n.upos = "PRON";
    else if (/^\d/.test(w)) n.upos = "NUM";
    else if (ADV.has(w) || (w.endsWith("ly") && w.length > 4 && !cap)) n.upos = "ADV";
    else if (FRAME_ADJ.has(w)) n.upos = "ADJ";
    else {
      const vl = verbish(w, isVerb);
      const p = prev?.upos ?? "";
      const pw = prev?.lower ?? "";
      let verb = vl !== null && !(cap && k > 0);
      if (verb) {
        const inflected = /(s|ed|en)$/.test(w) || PARTICIPLE_IRREG.has(w) || vl !== w;
        if (p === "DET" || p === "ADJ" || p === "NUM" || (p === "PART" && (pw === "'s" || pw === "’s")))
          verb = false;
        else if (p === "ADP" && !w.endsWith("ing")) verb = false;
        else if (p === "VERB" && !/(ed|ing|en)$/.test(w)) verb = false;
        // a bare form after a singular common noun is a compound noun ("aluminium demand")
        else if (p === "NOUN" && !inflected && !/s$/.test(pw)) verb = false;
        else if ((p === "NOUN" || p === "PROPN") && !inflected && isEventNoun(nounLemma(w))) verb = false;
        else if (p === "NOUN" && isEventNoun(nounLemma(w)) && !/(ed)$/.test(w)) verb = false;
        if (pw === "to" || p === "AUX") verb = vl !== null;
        // "an intelligence report found": a bare form before a past form is a noun
        const next = nodes[k + 1]?.lower ?? "";
        if (
          verb &&
          vl === w &&
          (p === "NOUN" || p === "PROPN") &&
          /^[a-z]+(ed)$|^(found|said|told|held|met|sent|gave|made|took)$/.test(next)
        )
          verb = false;
      } else if (pw === "to" && prev?.upos === "PART" && !cap) {
        verb = true;
      }
      if (verb) {
        n.upos = "VERB";
        n.lemma = vl ?? verbLemmas(w).find((l) => l !== w && /(e|[^aeiou])$/.test(l)) ?? w;
      } else n.upos = cap ? "PROPN" : "NOUN";
    }
    if (!n.lemma || n.lemma === w) {
      if (n.upos === "NOUN") n.lemma = nounLemma(w);
      else if (n.upos === "AUX") n.lemma = verbLemmas(w)[0] ?? w;
      else if (!n.lemma) n.lemma = w;
    }
  }
}

const NP_TAGS = new Set(["DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON", "X", "SYM"]);

interface Chunk {
  kind: "NP" | "VG" | "ADP" | "CCONJ" | "SCONJ" | "PUNCT" | "TO" | "OTHER";
  from: number;
  to: number; // inclusive
  head: number;
}

function attachNode(nodes: GNode[], child: number, head: number, rel: string): void {
  nodes[child].head = head;
  nodes[child].deprel = rel;
}

/** A verb group with a passive auxiliary ("was seized") takes a passive subject. */
function hasPassiveAux(nodes: GNode[], v: number): boolean {
  return nodes.some((x) => x.head === v && x.deprel === "aux:pass");
}

/** Fills head/deprel of every node (UD-style labels) from chunks; expects tags from guessTags. */
export function shallowParse(nodes: GNode[]): void {
  const chunks: Chunk[] = [];
  let k = 0;
  while (k < nodes.length) {
    const n = nodes[k];
    const u = n.upos;
    if (NP_TAGS.has(u) && !(u === "ADJ" && FRAME_ADJ.has(n.lower) && nodes[k + 1]?.lower === "to")) {
      let j = k;
      // a possessive splits the NP: "Russia 's invasion" -> [Russia]'s [invasion], poss linked later
      while (
        j + 1 < nodes.length &&
        NP_TAGS.has(nodes[j + 1].upos) &&
        nodes[j + 1].upos !== "PRON" &&
        nodes[j + 1].upos !== "DET" &&
        !(
          nodes[j].upos === "PROPN" &&
          nodes[j + 1].upos === "NOUN" &&
          /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(nodes[j].lower)
        )
      )
        j++;
      chunks.push({ kind: "NP", from: k, to: j, head: j });
      k = j + 1;
      continue;
    }
    if (
      u === "AUX" ||
      u === "VERB" ||
      (u === "PART" && NEG.has(n.lower)) ||
      (u === "ADJ" && FRAME_ADJ.has(n.lower))
    ) {
      let j = k;
      let main = u === "VERB" || u === "ADJ" ? k : -1;
      while (j + 1 < nodes.length) {
        const m = nodes[j + 1];
        if (m.upos === "AUX" || (m.upos === "PART" && NEG.has(m.lower)) || m.upos === "ADV") j++;
        else if (m.upos === "VERB" || (m.upos === "ADJ" && FRAME_ADJ.has(m.lower))) {
          j++;
          main = j;
        } else break;
      }
      if (main < 0) {
        // copula or auxiliary alone ("is", "has"): the last auxiliary is the predicate
        main = j;
        while (main > k && nodes[main].upos !== "AUX") main--;
      }
      // phrasal particle right after the verb ("pulled out of")
      if (j + 1 < nodes.length && PARTICLES.has(nodes[j + 1].lower) && nodes[main].upos === "VERB") {
        const after = nodes[j + 2];
        if (!after || after.upos === "ADP" || after.upos === "PUNCT" || NP_TAGS.has(after.upos)) {
          nodes[j + 1].upos = "ADP";
          nodes[j + 1].deprel = "compound:prt";
          nodes[j + 1].head = main;
          chunks.push({ kind: "VG", from: k, to: j + 1, head: main });
          k = j + 2;
          continue;
        }
      }
      chunks.push({ kind: "VG", from: k, to: j, head: main });
      k = j + 1;
      continue;
    }
    const kind: Chunk["kind"] =
      u === "ADP"
        ? "ADP"
        : u === "CCONJ"
          ? "CCONJ"
          : u === "SCONJ"
            ? "SCONJ"
            : u === "PUNCT"
              ? "PUNCT"
              : n.lower === "to"
                ? "TO"
                : "OTHER";
    chunks.push({ kind, from: k, to: k, head: k });
    k++;
  }

  // inside chunks
  for (const c of chunks) {
    for (let t = c.from; t <= c.to; t++) {
      if (t === c.head || nodes[t].deprel === "compound:prt") continue;
      nodes[t].head = c.head;
      const up = nodes[t].upos;
      if (c.kind === "NP")
        nodes[t].deprel = up === "DET" ? "det" : up === "ADJ" ? "amod" : up === "NUM" ? "nummod" : "compound";
      else if (c.kind === "VG") {
        nodes[t].deprel =
          up === "PART"
            ? "advmod"
            : up === "ADV"
              ? "advmod"
              : up === "AUX"
                ? t < c.head
                  ? "aux"
                  : "dep"
                : "dep";
        if (up === "AUX" && nodes[c.head].upos === "ADJ") nodes[t].deprel = "cop";
      }
    }
    nodes[c.head].head = -2; // unattached marker
    nodes[c.head].deprel = nodes[c.head].deprel === "dep" ? "" : nodes[c.head].deprel;
  }
  // passive: be + participle
  for (const c of chunks) {
    if (c.kind !== "VG") continue;
    const h = nodes[c.head];
    const be = nodes.slice(c.from, c.head).some((x) => x.upos === "AUX" && x.lemma === "be");
    if (be && h.upos === "VERB" && (/(ed|en)$/.test(h.lower) || PARTICIPLE_IRREG.has(h.lower))) {
      for (let t = c.from; t < c.head; t++) if (nodes[t].lemma === "be") nodes[t].deprel = "aux:pass";
    }
  }

  let lastVG = -1; // head of the last verb group
  let lastNP = -1;
  let pendingSubj: number[] = [];
  let pendingPrep = -1;
  let pendingConj = -1;
  let pendingThat = false;
  let pendingTo = -1;
  let root = -1;

  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci];
    if (c.kind === "NP") {
      const h = c.head;
      const prevNode = c.from > 0 ? nodes[c.from - 1] : null;
      if (pendingPrep >= 0) {
        // PP: attach to the verb when it directly follows the verb's arguments, else to the last NP
        const host =
          lastNP >= 0 && lastNP > lastVG && nodes[pendingPrep].lower === "of"
            ? lastNP
            : lastVG >= 0
              ? lastVG
              : lastNP;
        if (host >= 0) attachNode(nodes, h, host, host === lastVG ? "obl" : "nmod");
        else pendingSubj.push(h);
        attachNode(nodes, pendingPrep, h, "case");
        pendingPrep = -1;
      } else if (pendingConj >= 0 && lastNP >= 0) {
        attachNode(nodes, h, lastNP, "conj");
        attachNode(nodes, pendingConj, h, "cc");
        pendingConj = -1;
        continue; // the first conjunct stays the phrase head
      } else if (prevNode && (prevNode.lower === "'s" || prevNode.lower === "’s") && lastNP >= 0) {
        // possessor: the previous NP belongs to this one
        const prevHead = lastNP;
        nodes[prevNode.i].head = prevHead;
        nodes[prevNode.i].deprel = "case";
        const old = nodes[prevHead];
        const oldHead = old.head;
        const oldRel = old.deprel;
        attachNode(nodes, prevHead, h, "nmod:poss");
        if (oldHead >= 0 || oldRel) {
          nodes[h].head = oldHead;
          nodes[h].deprel = oldRel;
        }
        pendingSubj = pendingSubj.map((x) => (x === prevHead ? h : x));
      } else if (
        prevNode &&
        prevNode.lower === "," &&
        lastNP >= 0 &&
        nodes[lastNP].upos === "PROPN" &&
        ci + 1 < chunks.length &&
        chunks[ci + 1].kind === "PUNCT" &&
        nodes[chunks[ci + 1].from].lower === ","
      ) {
        attachNode(nodes, h, lastNP, "appos");
        continue;
      } else if (lastVG >= 0 && !pendingThat && ci > 0 && chunks[ci - 1].kind === "VG") {
        attachNode(
          nodes,
          h,
          lastVG,
          nodes.some((x) => x.head === lastVG && x.deprel === "obj") ? "iobj" : "obj",
        );
      } else if (
        lastVG >= 0 &&
        !pendingThat &&
        ci > 1 &&
        (chunks[ci - 1].kind === "NP") === false &&
        chunks[ci - 1].kind === "OTHER"
      ) {
        attachNode(nodes, h, lastVG, "obj");
      } else {
        pendingSubj.push(h);
      }
      lastNP = h;
      continue;
    }
    if (c.kind === "ADP") {
      if (nodes[c.head].deprel === "compound:prt") continue;
      pendingPrep = c.head;
      continue;
    }
    if (c.kind === "CCONJ") {
      pendingConj = c.head;
      // "and" between verb groups: the next verb is a conjunct
      continue;
    }
    if (c.kind === "SCONJ") {
      pendingThat = true;
      if (lastVG >= 0) attachNode(nodes, c.head, lastVG, "mark");
      continue;
    }
    if (c.kind === "TO") {
      pendingTo = c.head;
      continue;
    }
    if (c.kind === "PUNCT") {
      if (root >= 0) attachNode(nodes, c.head, root, "punct");
      pendingConj = nodes[c.head].lower === "," ? pendingConj : -1;
      continue;
    }
    if (c.kind === "VG") {
      const v = c.head;
      if (pendingTo >= 0 && lastVG >= 0 && pendingSubj.length === 0) {
        attachNode(nodes, pendingTo, v, "mark");
        attachNode(nodes, v, lastVG, "xcomp");
        pendingTo = -1;
      } else if (pendingTo >= 0 && lastVG >= 0 && pendingSubj.length > 0) {
        // "urged the U.S. to engage": the NP is the matrix object, this verb its xcomp
        attachNode(nodes, pendingTo, v, "mark");
        for (const s of pendingSubj) attachNode(nodes, s, lastVG, "obj");
        pendingSubj = [];
        attachNode(nodes, v, lastVG, "xcomp");
        pendingTo = -1;
      } else if (
        pendingSubj.length > 0 &&
        lastVG >= 0 &&
        pendingConj >= 0 &&
        chunks[ci - 1]?.kind === "CCONJ"
      ) {
        // "called the raids an escalation and promised retaliation": "and" right before the verb
        // coordinates verb phrases; the noun phrases before it belong to the first verb, and the
        // second shares its subject
        for (const x of pendingSubj)
          if (nodes[x].head < 0)
            attachNode(
              nodes,
              x,
              lastVG,
              nodes.some((y) => y.head === lastVG && y.deprel === "obj") ? "iobj" : "obj",
            );
        pendingSubj = [];
        attachNode(nodes, v, lastVG, "conj");
        attachNode(nodes, pendingConj, v, "cc");
      } else if (pendingSubj.length > 0) {
        const s = pendingSubj[pendingSubj.length - 1];
        for (const x of pendingSubj.slice(0, -1)) if (nodes[x].head < 0) attachNode(nodes, x, v, "obl");
        attachNode(nodes, s, v, hasPassiveAux(nodes, v) ? "nsubj:pass" : "nsubj");
        pendingSubj = [];
        if (lastVG >= 0) {
          attachNode(nodes, v, lastVG, pendingThat ? "ccomp" : pendingConj >= 0 ? "conj" : "parataxis");
        } else root = v;
        if (pendingConj >= 0) attachNode(nodes, pendingConj, v, "cc");
      } else if (
        lastVG >= 0 &&
        pendingConj < 0 &&
        ci > 0 &&
        chunks[ci - 1].kind === "NP" &&
        lastNP >= 0 &&
        nodes[lastNP].head >= 0 &&
        nodes[lastNP].deprel !== "nsubj"
      ) {
        // "... after Visa and MasterCard pulled out": the NP read as an argument is this verb's subject
        const h = lastNP;
        const host = nodes[h].head;
        const mk = nodes.find((x) => x.head === h && x.deprel === "case");
        attachNode(nodes, h, v, hasPassiveAux(nodes, v) ? "nsubj:pass" : "nsubj");
        if (mk) attachNode(nodes, mk.i, v, "mark");
        attachNode(nodes, v, host, mk || pendingThat ? "advcl" : "ccomp");
      } else if (lastVG >= 0) {
        attachNode(nodes, v, lastVG, pendingConj >= 0 ? "conj" : pendingThat ? "ccomp" : "conj");
        if (pendingConj >= 0) attachNode(nodes, pendingConj, v, "cc");
      } else root = v;
      if (pendingTo >= 0) {
        attachNode(nodes, pendingTo, v, "mark");
        pendingTo = -1;
      }
      pendingConj = -1;
      pendingThat = false;
      pendingPrep = -1;
      lastVG = v;
    }
    // OTHER: attach to the nearest head later
  }
  // a sentence-final speech clause ("..., a senior official said") governs what came before
  if (root < 0) root = chunks.find((c) => c.kind === "NP")?.head ?? 0;
  for (const n of nodes) {
    if (n.head === -2 || (n.head < 0 && n.i !== root)) {
      n.head = n.i === root ? -1 : root;
      if (!n.deprel) n.deprel = n.upos === "PUNCT" ? "punct" : "dep";
    }
    if (n.i === root) {
      n.head = -1;
      n.deprel = "root";
    }
  }
}
