import { cueStrength, regularForms } from "./cues.js";
import type { Doc } from "./doc.js";

/**
 * Cues of several words whose first word is no cue on its own: "made it clear that", "made the case
 * for", "took aim at", "laid out", "fired back at", "came out against". Each reads as a stance: the
 * position (a clause or a phrase) follows the last word. Written from general usage; kept only where
 * most of their uses on PolNeAR's train split carried an annotated source.
 */

/** One slot of a pattern: the words it accepts or refuses, and whether it may be skipped. */
interface Slot {
  words: ReadonlySet<string>;
  except: ReadonlySet<string>;
  optional: boolean;
}

/** "?a|b" is an optional slot accepting a or b; "*" accepts any word, "*~a~b" any but a and b. */
function pattern(spec: string): Slot[] {
  return spec.split(" ").map((w) => {
    const optional = w.startsWith("?");
    const [words, ...except] = (optional ? w.slice(1) : w).split("~");
    return { words: new Set(words.split("|")), except: new Set(except), optional };
  });
}

const MAKE = "make|makes|made|making";
const ACT_NOUNS = [
  "statement|statements|comment|comments|remark|remarks|observation|suggestion|argument|arguments",
  "allegation|allegations|accusation|accusations|charge|charges|claim|claims|assertion|assertions",
  "point|points|reference|references|mention|promise|promises|pledge|pledges|vow|vows|threat|threats",
  "prediction|predictions|announcement|announcements|appeal|appeals|plea|pitch|call|joke|jokes",
  "endorsement|commitment|commitments|admission|apology|overture|overtures",
].join("|");
/**
 * "making missteps in statements about": past a preposition the noun is no longer what was made
 * ("of" may join a quantity: "made most of his points").
 */
const NOT_PREP = "~in~on~with~about~for~to~at~by~from";
const PHRASES: Slot[][] = [
  `${MAKE} ?it ?very|abundantly|perfectly|crystal|quite|increasingly clear`,
  `${MAKE} the|a|his|her|their|its ?strong|compelling|economic|moral|best|same|closing|public case ?for|against`,
  `${MAKE} no secret|mention of`,
  `${MAKE} no apology|apologies for`,
  "cast|casts|casting ?a|their|his|her vote|votes|ballot|ballots for|against",
  `${MAKE} fun|light of`,
  "poke|pokes|poked|poking fun at",
  "speak|speaks|spoke|speaking|spoken out against|about|on|for",
  "sound|sounds|sounded|sounding off ?on|about",
  "cast|casts|casting doubt|doubts|aspersions on",
  "call|calls|called|calling into question",
  "take|takes|took|taking|taken a|the ?* stand|stance|position on|against",
  "take|takes|took|taking|taken pains to",
  "go|goes|went|going|gone out of his|her|their|its way to",
  "take|takes|took|taking|taken aim at",
  "focus|focuses|focused|focusing|focussed on",
  "lay|lays|laid|laying out",
  "fire|fires|fired|firing back ?at",
  "hit|hits|hitting back ?at",
  "shoot|shoots|shot|shooting back ?at",
  "shout|shouts|shouted|shouting|scream|screams|screamed|screaming|yell|yells|yelled|yelling back ?at",
  "snap|snaps|snapped|snapping|write|writes|wrote|writing|written|tweet|tweets|tweeted|tweeting back ?at",
  "come|comes|came|coming out for|against",
  "come|comes|came|coming out in favor|support of",
  "take|takes|took|taking|taken issue with",
  "take|takes|took|taking|taken credit for",
  "take|takes|took|taking|taken ?a ?* swipe|swipes|shot|shots|jab|jabs|dig|digs at",
  "double|doubles|doubled|doubling down on",
  "walk|walks|walked|walking back",
  "weigh|weighs|weighed|weighing in on",
  "lash|lashes|lashed|lashing out at|against",
  "draw|draws|drew|drawing|drawn ?a ?sharp|clear|stark contrast|contrasts|distinction|distinctions",
  "zero|zeroes|zeroed|zeroing in on",
  "play|plays|played|playing down",
  "brush|brushes|brushed|brushing|shrug|shrugs|shrugged|shrugging off",
  "throw|throws|threw|throwing|thrown his|her|their|its ?* support|weight behind",
  "rattle|rattles|rattled|rattling|tick|ticks|ticked|ticking|fire|fires|fired|firing off",
  "single|singles|singled|singling out",
  "cry|cries|cried|crying foul",
  // "made the observation that", "has made several statements on": a speech act named by its noun.
  // Only with its complement: "made his remarks during the breakfast" mostly carried no annotation;
  // "made good on a promise to" keeps a promise.
  `${MAKE} ?*~good${NOT_PREP} ?*${NOT_PREP} ?*${NOT_PREP} ${ACT_NOUNS} that|about|on|against|for|to|of|with`,
  // "delivered a blistering critique of", "provided no details about": words given, named by a noun.
  "deliver|delivers|delivered|delivering ?* ?* ?* critique|critiques|defense|defence|message|promise|rebuke|warning|broadside|denunciation|tirade|attack of|to|on|about|against|that|for",
  "provide|provides|provided|providing ?* ?* details|detail|opinion|argument|arguments|assurances|explanation of|to|on|about|against|that|for",
  // "cast himself as an outsider", "cast her rival as out of touch": a characterization of someone.
  "cast|casts|casting *~vote~votes~ballot~ballots ?*~vote~votes~ballot~ballots as",
  "tear|tears|tore|tearing|torn|lay|lays|laid|laying|light|lights|lit|lighting into",
  "unload|unloads|unloaded|unloading on",
  "hold|holds|held|holding his|her|their|its fire on",
  "aim|aims|aimed|aiming to",
].map(pattern);

/**
 * "aspires to", "would like to": verbs of wish and intent, each a cue only with its infinitive. (Tried
 * in session 29: every WordNet verb of communication, cognition or emotion with a 'to' or 'that'
 * frame; the 'that' ones were right about a third of the time on PolNeAR train, and of the 'to' ones
 * only these five were not already cues or phrases.)
 */
const INTENT: Slot[][] = ["aspire", "desire", "like", "love", "wish"].map((v) =>
  pattern(`${regularForms(v).join("|")} to`),
);
PHRASES.push(...INTENT);

/** First words of the phrases, for a quick reject. */
const FIRST = new Set(PHRASES.flatMap((p) => [...p[0].words]));

/** Matches slots p[n..] from token k: the index after the match, else -1 (tries skipping first). */
function match(doc: Doc, p: Slot[], n: number, k: number, s: number): number {
  if (n === p.length) return k;
  const slot = p[n];
  const t = doc.toks[k];
  const fits =
    !!t &&
    t.sent === s &&
    t.quote < 0 &&
    (slot.words.has(t.lower) || (slot.words.has("*") && !slot.except.has(t.lower)));
  // An optional slot is tried empty first, so "?*" never swallows the word the next slot needs.
  if (slot.optional) {
    const skip = match(doc, p, n + 1, k, s);
    if (skip >= 0) return skip;
  }
  return fits ? match(doc, p, n + 1, k + 1, s) : -1;
}

/** Verbs of liking whose wish reading needs a conditional: "would like to" wishes, "likes to" is a habit. */
const LIKING = new Set(["like", "love"].flatMap(regularForms));
const WOULD = new Set(["would", "'d", "\u2019d", "wouldn't", "wouldn\u2019t", "not", "n't", "n\u2019t"]);

/**
 * Whether an intent phrase (token i, its infinitive's verb at `end`) reads as an intent:
 * not when the infinitive is a cue itself ("likes to say": the saying is the report), and for "like"
 * and "love" only after "would" ("would really like to", "'d love to").
 */
function intentReading(doc: Doc, i: number, end: number, s: number): boolean {
  const verb = doc.toks[end];
  if (!verb || verb.sent !== s || cueStrength(verb.lower)) return false;
  const t = doc.toks[i].lower;
  // "anyone wishing to buy": a noun's modifier, no one's stated wish.
  if (t.endsWith("ing")) return false;
  // "the work he loved to do.", "what Iran would like to become": the infinitive's object is the
  // gap of a relative, and the wish has no content of its own.
  const after = doc.toks[end + 1];
  if (!after || after.sent !== s || /^[.,;:!?)"\u201D]+$/.test(after.text)) return false;
  // "Do voters really wish to hear ...?", "Would you like to ...?": a wish asked about, not held.
  if (doc.toks[doc.sentEnd[s] - 1]?.text === "?") return false;
  // "If you would like to receive this briefing", "if you do not wish to": a wish supposed, not held.
  for (let k = i - 1; k >= doc.sentFirst[s] && k >= i - 8; k--) {
    if (doc.toks[k].text === ",") break;
    if (doc.toks[k].lower === "if") return false;
  }
  if (!LIKING.has(t)) return true;
  for (let k = i - 1; k >= doc.sentFirst[s] && k >= i - 3; k--) {
    const w = doc.toks[k].lower;
    if (WOULD.has(w) && w !== "not" && !/^n.t$/.test(w)) return true;
    if (!WOULD.has(w) && !/ly$/.test(w) && w !== "still" && w !== "also") return false;
  }
  return false;
}

/** When a phrase cue starts at token i of sentence s: the index after its last word, else -1. */
export function phraseEnd(doc: Doc, i: number, s: number): number {
  if (!FIRST.has(doc.toks[i].lower)) return -1;
  for (const p of PHRASES) {
    const end = match(doc, p, 0, i, s);
    if (end >= 0 && INTENT.includes(p) && !intentReading(doc, i, end, s)) continue;
    // A pattern may need "that" to follow, but the word opens the content, as after a verb cue.
    if (end >= 0) return doc.toks[end - 1].lower === "that" ? end - 1 : end;
  }
  return -1;
}
