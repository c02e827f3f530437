// Small English morphology for when the analyser gives no lemmas: candidate verb lemmas of a word form
// and the singular of a noun. Candidates are checked against the lexicon, so over-generation is harmless.

// Irregular past/participle forms of verbs that news uses (facts of English).
const IRREGULAR: Record<string, string> = {
  was: "be",
  were: "be",
  been: "be",
  is: "be",
  are: "be",
  am: "be",
  "'s": "be",
  "'re": "be",
  has: "have",
  had: "have",
  did: "do",
  does: "do",
  done: "do",
  went: "go",
  gone: "go",
  came: "come",
  made: "make",
  took: "take",
  taken: "take",
  gave: "give",
  given: "give",
  held: "hold",
  met: "meet",
  spoke: "speak",
  spoken: "speak",
  told: "tell",
  said: "say",
  sent: "send",
  flew: "fly",
  flown: "fly",
  fought: "fight",
  struck: "strike",
  stricken: "strike",
  hit: "hit",
  shot: "shoot",
  beat: "beat",
  beaten: "beat",
  broke: "break",
  broken: "break",
  cut: "cut",
  put: "put",
  set: "set",
  left: "leave",
  lent: "lend",
  sought: "seek",
  brought: "bring",
  began: "begin",
  begun: "begin",
  withdrew: "withdraw",
  withdrawn: "withdraw",
  overran: "overrun",
  forgave: "forgive",
  forgiven: "forgive",
  froze: "freeze",
  frozen: "freeze",
  rode: "ride",
  stood: "stand",
  understood: "understand",
  won: "win",
  lost: "lose",
  led: "lead",
  fled: "flee",
  threw: "throw",
  thrown: "throw",
  blew: "blow",
  blown: "blow",
  found: "find",
  knew: "know",
  known: "know",
  saw: "see",
  seen: "see",
  wrote: "write",
  written: "write",
  bought: "buy",
  paid: "pay",
  laid: "lay",
  ran: "run",
  shut: "shut",
  quit: "quit",
  spread: "spread",
  bid: "bid",
  swore: "swear",
  sworn: "swear",
  undertook: "undertake",
  overtook: "overtake",
  kept: "keep",
  meant: "mean",
  slew: "slay",
  slain: "slay",
  bled: "bleed",
  fed: "feed",
  dealt: "deal",
  stole: "steal",
  stolen: "steal",
  forbade: "forbid",
  forbidden: "forbid",
  rang: "ring",
  sang: "sing",
  drove: "drive",
  driven: "drive",
  rose: "rise",
  risen: "rise",
  fell: "fall",
  fallen: "fall",
  chose: "choose",
  chosen: "choose",
  spoke_: "speak",
  wore: "wear",
  tore: "tear",
  torn: "tear",
  hid: "hide",
  hidden: "hide",
  bore: "bear",
  borne: "bear",
  arose: "arise",
  arisen: "arise",
  built: "build",
  sold: "sell",
  caught: "catch",
  drew: "draw",
  drawn: "draw",
  shook: "shake",
  shaken: "shake",
  sank: "sink",
  sunk: "sink",
  swept: "sweep",
  hung: "hang",
  taught: "teach",
  thought: "think",
  bound: "bind",
  stuck: "stick",
  dug: "dig",
  sped: "speed",
  slid: "slide",
  wound: "wind",
  burnt: "burn",
  bent: "bend",
  spent: "spend",
  sprang: "spring",
  sprung: "spring",
  strove: "strive",
  striven: "strive",
  overthrew: "overthrow",
  overthrown: "overthrow",
};

// "retook", "overthrew", "withheld", "upheld", "outfought": a prefix before an irregular form
const PREFIXED = /^(re|over|under|out|with|up|mis|fore|be)(\w{3,})$/;

const VOWEL = /[aeiou]/;

/** Possible lemmas of a (lower-cased) word read as a verb form, most likely first. */
export function verbLemmas(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  const add = (s: string) => {
    if (s.length >= 2 && !out.includes(s)) out.push(s);
  };
  if (IRREGULAR[w]) add(IRREGULAR[w]);
  const pre = PREFIXED.exec(w);
  if (pre && IRREGULAR[pre[2]]) add(pre[1] + IRREGULAR[pre[2]]);
  add(w);
  if (w.endsWith("ies") && w.length > 4) add(w.slice(0, -3) + "y");
  if (w.endsWith("es") && w.length > 3) add(w.slice(0, -2));
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 2) add(w.slice(0, -1));
  for (const suf of ["ed", "ing"]) {
    if (!w.endsWith(suf) || w.length <= suf.length + 1) continue;
    const stem = w.slice(0, -suf.length);
    if (suf === "ed" && stem.endsWith("i")) add(stem.slice(0, -1) + "y");
    // doubled consonant: "stopped" -> "stop"
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && !VOWEL.test(stem.at(-1)!)) {
      add(stem.slice(0, -1));
    }
    add(stem + "e");
    add(stem);
    if (suf === "ed") add(w.slice(0, -1));
  }
  return out;
}

/** The singular of a (lower-cased) noun form, by the regular rules. */
export function nounLemma(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  if (w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (/(ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}
