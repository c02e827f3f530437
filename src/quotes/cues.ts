/**
 * Cue words: verbs that introduce what someone said, wrote or thinks. Written for this project from
 * general English usage; grouped by how much context they need before they count as a cue.
 */

/** Verbs that report speech on their own ("X said ...", "..., X added"). */
const SPEECH: Array<string | [string, ...string[]]> = [
  ["say", "says", "said", "saying"],
  ["tell", "tells", "told", "telling"],
  ["write", "writes", "wrote", "writing", "written"],
  ["tweet", "tweets", "tweeted", "tweeting"],
  "add",
  "state",
  "declare",
  "announce",
  "explain",
  "insist",
  "argue",
  "warn",
  "claim",
  "note",
  "acknowledge",
  "assert",
  "reply",
  "respond",
  "remark",
  "observe",
  "comment",
  "recall",
  "report",
  "confirm",
  "deny",
  "stress",
  "emphasize",
  "emphasise",
  "caution",
  "concede",
  "complain",
  "maintain",
  "allege",
  "predict",
  "vow",
  "pledge",
  "promise",
  "joke",
  "boast",
  "testify",
  "contend",
  "conclude",
  "reiterate",
  "point out",
  "counter",
  "quip",
  "retort",
  "exclaim",
  "shout",
  "answer",
  "echo",
  "suggest",
  "reveal",
  "disclose",
  "indicate",
  "estimate",
  "assure",
  "inform",
  "urge",
  "ask",
  ["admit", "admits", "admitted", "admitting"],
  ["quip", "quips", "quipped", "quipping"],
];

/** Verbs of belief, finding and naming: cues only with a clause, colon or quote after them. */
const WEAK: Array<string | [string, ...string[]]> = [
  ["think", "thinks", "thought", "thinking"],
  "believe",
  ["feel", "feels", "felt", "feeling"],
  "continue",
  "fear",
  "hope",
  ["know", "knows", "knew", "knowing"],
  "worry",
  "agree",
  "doubt",
  "expect",
  ["find", "finds", "found", "finding"],
  ["show", "shows", "showed", "shown", "showing"],
  "call",
  "describe",
  "accuse",
  "criticize",
  "criticise",
  "praise",
  "question",
  "learn",
  "dub",
  "label",
  "brand",
  "decry",
  "blast",
  "slam",
  "charge",
  "signal",
  "demand",
  "propose",
  "recommend",
  "hint",
];

/** Verbs whose first complement is the hearer: "told reporters that ...". */
export const HEARER_VERBS = new Set(["tell", "inform", "assure", "ask", "urge", "warn", "remind", "advise"]);

function regular(base: string): string[] {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const doubled = /[^aeiou][aeiou][pbtgdmn]$/.test(base) && base.length <= 4 ? base + base.slice(-1) : base;
  const ies = /[^aeiou]y$/.test(base);
  const s = ies ? base.slice(0, -1) + "ies" : /(s|sh|ch|x|z)$/.test(base) ? base + "es" : base + "s";
  const ed = ies ? base.slice(0, -1) + "ied" : base.endsWith("e") ? base + "d" : doubled + "ed";
  const ing = base.endsWith("ie")
    ? base.slice(0, -2) + "ying"
    : (base.endsWith("e") ? stem : doubled) + "ing";
  return [base, s, ed, ing];
}

function expand(list: Array<string | [string, ...string[]]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const entry of list) {
    if (typeof entry === "string") {
      if (entry.includes(" ")) continue;
      for (const f of regular(entry)) m.set(f, entry);
    } else {
      for (const f of entry) m.set(f, entry[0]);
    }
  }
  return m;
}

/** Surface form -> lemma. */
export const SPEECH_FORMS: ReadonlyMap<string, string> = expand(SPEECH);
export const WEAK_FORMS: ReadonlyMap<string, string> = expand(WEAK);

/** Words that may sit between the subject and the cue verb and belong to the verb group. */
export const VERB_GROUP = new Set([
  "has",
  "have",
  "had",
  "also",
  "would",
  "will",
  "could",
  "may",
  "might",
  "later",
  "previously",
  "recently",
  "reportedly",
  "then",
  "once",
  "repeatedly",
  "now",
  "did",
  "does",
  "do",
  "not",
  "never",
  "publicly",
  "privately",
  "already",
  "often",
  "frequently",
  "again",
  "further",
  "first",
  "subsequently",
  "flatly",
  "simply",
  "just",
  "even",
  "still",
  "can",
  "should",
  "must",
  "shall",
  "n't",
  "n\u2019t",
  "couldn't",
  "couldn\u2019t",
  "can't",
  "can\u2019t",
  "won't",
  "won\u2019t",
  "didn't",
  "didn\u2019t",
  "doesn't",
  "doesn\u2019t",
  "don't",
  "don\u2019t",
  "wouldn't",
  "wouldn\u2019t",
  "hasn't",
  "hasn\u2019t",
  "haven't",
  "haven\u2019t",
]);

/** Forms of "be": before an -ing cue they belong to it ("is saying"); before a participle, a passive. */
export const BE_FORMS = new Set(["is", "was", "are", "were", "be", "been", "being", "'s", "\u2019s"]);

/** Cue lemmas that are also common nouns: their bare and -s forms need a clause or a pronoun subject. */
export const NOUNISH = new Set([
  "state",
  "comment",
  "reply",
  "report",
  "call",
  "answer",
  "estimate",
  "promise",
  "pledge",
  "vow",
  "claim",
  "note",
  "charge",
  "question",
  "hope",
  "fear",
  "doubt",
  "joke",
  "signal",
  "demand",
  "show",
  "find",
  "label",
  "brand",
  "slam",
  "blast",
  "praise",
  "counter",
  "quip",
  "retort",
  "shout",
  "dub",
  "caution",
  "boast",
  "stress",
  "answer",
  "respond",
  "continue",
  "recommend",
  "propose",
  "hint",
  "worry",
  "remark",
  "comment",
  "tweet",
  "post",
]);

export const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you", "it", "who"]);

/** Words that open a clause: the subject of a cue never extends left past one. */
export const CLAUSE_WORDS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "because",
  "and",
  "but",
  "or",
  "nor",
  "when",
  "while",
  "as",
  "if",
  "after",
  "before",
  "since",
  "although",
  "though",
  "where",
  "so",
  "than",
  "whether",
  "until",
  "unless",
  "yet",
  "what",
  "how",
  "why",
  "once",
]);

/** Words that may follow a cue without being its content: times, settings, manner. */
export const ADJUNCT_WORDS = new Set([
  "on",
  "in",
  "at",
  "during",
  "last",
  "this",
  "earlier",
  "later",
  "today",
  "yesterday",
  "tonight",
  "recently",
  "week",
  "month",
  "year",
  "morning",
  "afternoon",
  "evening",
  "night",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "a",
  "an",
  "the",
  "his",
  "her",
  "their",
  "its",
  "statement",
  "interview",
  "news",
  "conference",
  "briefing",
  "press",
  "release",
  "speech",
  "email",
  "e-mail",
  "phone",
  "call",
  "post",
  "also",
  "again",
  "then",
  "too",
  "however",
  "repeatedly",
  "publicly",
  "privately",
  "separately",
  "written",
]);

export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

export type CueStrength = "speech" | "weak";

/** Classifies a lower-cased token as a cue verb. */
export function cueStrength(lower: string): CueStrength | null {
  if (SPEECH_FORMS.has(lower)) return "speech";
  if (WEAK_FORMS.has(lower)) return "weak";
  return null;
}

export function cueLemma(lower: string): string | null {
  return SPEECH_FORMS.get(lower) ?? WEAK_FORMS.get(lower) ?? null;
}
