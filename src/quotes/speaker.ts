import type { Actor, Document, Mention } from "../model/index.js";
import { PRONOUNS } from "./cues.js";
import { isOutletName } from "./outlets.js";
import { POSTNOMINAL_ADJECTIVES } from "./words.js";

/** "A spokeswoman for Trump", "His campaign manager", "Trump's lawyer": someone who works for another. */
function staffPhrase(text: string): boolean {
  const t = text.trim();
  const head = t.split(/\s+/).pop() ?? "";
  if (/^\p{Lu}/u.test(head) && !/^(?:his|her|their|its)\b/i.test(t)) {
    const m = /^(.*?)\s+(?:for|of|to)\s+(?:the\s+)?\S/iu.exec(t);
    return !!m && STAFF.test(m[1]);
  }
  return STAFF.test(head) && (/^(?:his|her|their|its)\s/i.test(t) || /['\u2019]s?\s/.test(t));
}

/**
 * People who work for or stand beside someone and speak as themselves: aides, lawyers, managers,
 * relatives. (A spokesperson's words are the principal's own statement, so those keep its actor.)
 */
const STAFF =
  /\b(?:aides?|advis[eo]rs?|lawyers?|attorneys?|counsel|managers?|chairm[ae]n|chairwoman|chairs?|directors?|chief of staff|strategists?|pollsters?|staff(?:ers?)?|deputy|deputies|assistants?|employees?|friends?|allies|associates?|sons?|daughters?|wife|husband|brother|sister|father|mother)\b/i;

/** An adjective after a person's noun and its preposition ("close to", "familiar with"). */
const NEAR = new RegExp(`\\s(?:${[...POSTNOMINAL_ADJECTIVES].join("|")})\\s+(?:to|with|in|on|of)\\b`, "i");

/**
 * Turning a source span into a speaker: the resolver's actor when a mention covers the span, else a
 * small fallback coreference (pronoun -> last named speaker, surname -> the earlier full name) so
 * quotes carry a usable name before, or without, the actor resolver.
 */

/** Titles and descriptors that precede a name and are not part of it. */
const TITLE_WORDS = new Set(
  [
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "secretary",
    "state",
    "councilor",
    "councillor",
    "chancellor",
    "senator",
    "sen",
    "sen.",
    "rep",
    "rep.",
    "representative",
    "gov",
    "gov.",
    "governor",
    "mayor",
    "general",
    "gen.",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "king",
    "queen",
    "prince",
    "pope",
    "dr",
    "dr.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "judge",
    "justice",
    "attorney",
    "speaker",
    "leader",
    "majority",
    "minority",
    "democratic",
    "republican",
    "defense",
    "defence",
    "interior",
    "finance",
    "trade",
    "deputy",
    "assistant",
    "former",
    "acting",
    "nominee",
    "candidate",
    "presidential",
    "first",
    "lady",
    "house",
    "senate",
    "white",
    "press",
    "of",
    "the",
    "u.s.",
    "us",
    "u.s",
  ].map((s) => s.toLowerCase()),
);

/** Words that may stand before a name: "the", titles ("Rep.", "Mr."), other capitalised words. */
const LEAD = String.raw`(?:(?:the|\p{Lu}\S*)\s+)*`;
/** What may stand before a name that heads a speaker's phrase. */
const NAME_LEAD = new RegExp(`^${LEAD}$`, "u");

/** Words that make a name after them the owner of a description ("head of X", "aide to X"). */
const OWNER_WORDS = /\b(?:of|for|to|at|with|in|from|by)\b|['\u2019]s?\s/i;

/** A part of a speaker's phrase that is a name and nothing else ("Mr. Okafor", "Sen. Ann Ruiz"). */
const BARE_NAME = new RegExp(`^${LEAD}\\p{Lu}\\S*$`, "u");

/** Nationality adjectives end like this; "Chinese Foreign Minister" loses them as titles. */
const NATIONALITY = /^(\p{Lu}\p{Ll}+(ese|ian|an|ish|ic|i))$/u;

/** Final words of organisation names, which keep their descriptors ("Foreign Ministry"). */
const ORG_WORDS =
  /^(Ministry|Department|Office|Council|Committee|Party|Agency|Commission|Bank|Court|Administration|Government|Union|Army|Police|Service|Institute|Center|Centre|Foundation|Campaign|Association|Organization|Organisation|Corporation|Group|Board|Bureau|Senate|House|Congress|Parliament|Cabinet|Kremlin|Inc|Corp|Co|Ltd|LLC|PLC|Plc|AG|SA|NV|Holdings)\.?$/;

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w !== "");
}

/** The bare name in a noun phrase: "Ukrainian Foreign Minister Dmytro Kuleba" -> "Dmytro Kuleba". */
export function bareName(np: string): string {
  const ws = words(np.replace(/[\u2019']s$/, ""));
  // Keep the final run of capitalised words; descriptors before it are dropped one by one.
  let end = ws.length;
  while (end > 0 && !/^\p{Lu}/u.test(ws[end - 1])) end--;
  if (end === 0) return np.trim();
  let start = end - 1;
  while (start > 0 && /^\p{Lu}/u.test(ws[start - 1]) && !ws[start - 1].endsWith(",")) start--;
  // "Joint Chiefs of Staff", "Bank of England": one capitalised word after "of" ends a longer name
  if (start === end - 1 && start >= 2 && /^(of|for)$/.test(ws[start - 1]) && /^\p{Lu}/u.test(ws[start - 2])) {
    start -= 2;
    while (start > 0 && /^\p{Lu}/u.test(ws[start - 1]) && !ws[start - 1].endsWith(",")) start--;
  }
  // "Institute for Fiscal Studies", "Council on Foreign Relations", "Institute for the Study of
  // War": an organisation's word before
  // "of"/"for"/"on" heads the whole name.
  const the = ws[start - 1]?.toLowerCase() === "the" ? 1 : 0;
  if (start >= 2 + the && /^(of|for|on)$/.test(ws[start - 1 - the]) && ORG_WORDS.test(ws[start - 2 - the])) {
    start -= 2 + the;
    while (start > 0 && /^\p{Lu}/u.test(ws[start - 1]) && !ws[start - 1].endsWith(",")) start--;
    return ws.slice(ws[start].toLowerCase() === "the" ? start + 1 : start, end).join(" ");
  }
  if (ORG_WORDS.test(ws[end - 1]))
    return ws.slice(ws[start].toLowerCase() === "the" ? start + 1 : start, end).join(" ");
  while (start < end - 1 && (TITLE_WORDS.has(ws[start].toLowerCase()) || NATIONALITY.test(ws[start])))
    start++;
  if (end < ws.length) return np.trim();
  return ws.slice(start, end).join(" ");
}

export interface Speaker {
  name: string | null;
  actorId: string | null;
}

export class SpeakerResolver {
  private readonly mentions: Mention[];
  private readonly actors: Map<string, Actor>;
  /** Full names seen so far, to resolve a later surname. */
  private readonly names: string[] = [];
  private lastPerson: Speaker | null = null;
  private lastAny: Speaker | null = null;
  private lastThing: Speaker | null = null;
  private lastOutlet: string | null = null;

  constructor(
    private readonly doc: Pick<Document, "body" | "mentions" | "actors"> & { byline?: string | null },
  ) {
    this.mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
    this.actors = new Map(doc.actors.map((a) => [a.id, a]));
  }

  /** Records names in the text up to `pos`, so surnames can be expanded (called in text order). */
  noteText(from: number, to: number): void {
    const re = /\p{Lu}[\p{L}\-.]*(?:\s+(?:(?:de|van|von|bin|al|da|del|la|le)\s+)?\p{Lu}[\p{L}\-.]*)+/gu;
    const slice = this.doc.body.slice(from, Math.min(to, from + 200000));
    for (const m of slice.matchAll(re)) {
      const name = bareName(m[0]);
      if (name.includes(" ") && !isOutletName(name)) this.names.push(name);
    }
    if (this.names.length > 5000) this.names.splice(0, this.names.length - 5000);
  }

  /** The mention with an actor that ends right before `start`, with at most a comma between. */
  private mentionBefore(start: number): Mention | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
      const m = this.mentions[k];
      if (m.end > start) continue;
      return m.actorId && /^\s*,?\s*$/.test(this.doc.body.slice(m.end, start)) ? m : null;
    }
    return null;
  }

  /** Set by mentionIn when it passed over the mention of whom the speaker works for. */
  private ownerSkipped = false;

  private mentionIn(start: number, end0: number): Mention | null {
    this.ownerSkipped = false;
    // "Trump, who named Gorsuch to the court last year, told ...": the actors inside a relative
    // clause on the speaker are not the speaker.
    // The same without a comma: "an Air Force veteran who sits on the Foreign Affairs Committee".
    const rel = /(?:,\s+|\s)(?:who|which|whose|whom)\b/i.exec(this.doc.body.slice(start, end0));
    // "a source close to the White House", "an aide familiar with Trump's thinking": the actor after
    // the adjective is whom the speaker stands near, not the speaker.
    const near = NEAR.exec(this.doc.body.slice(start, rel ? start + rel.index : end0));
    if (near) this.ownerSkipped = true;
    const end = near ? start + near.index : rel ? start + rel.index : end0;
    // "Mr. Ruiz, an Air Force veteran and the party's whip": a name before an appositive is the
    // speaker; the appositive describes it. (Not a name inside a description: "The chairman of the
    // Foreign Relations Committee, Bob Corker".)
    // (looked for inside the phrase only: a text with no comma after it is not scanned to its end)
    const comma = this.doc.body.slice(start, end).indexOf(",");
    const firstEnd = comma >= 0 ? start + comma : -1;
    // Indefinite groups ("other world leaders", "some officials") name no particular actor, whatever
    // coreference guessed for their head noun.
    const text = this.doc.body.slice(start, end).trim().toLowerCase();
    const indefinite =
      /^(other|some|many|several|most|few|a|an|multiple|two|three|four|dozens|hundreds|thousands)\b/.test(
        text,
      );
    // Mentions are sorted by start; jump near the span, then look at the few that can overlap it.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start - 500) lo = mid + 1;
      else hi = mid;
    }
    // "Ann Ruiz, a Sanders supporter who ...": with a name before the first comma, the description
    // after it names whom the speaker is near, not the speaker, even when the name resolves to no actor.
    let stop = end;
    for (let k = lo; k < this.mentions.length && firstEnd >= 0; k++) {
      const m = this.mentions[k];
      if (m.start >= firstEnd) break;
      // (Not "The chairman of the Commission, Ann Ruiz": a name inside a description before the comma.)
      if (m.kind === "name" && m.end === firstEnd && !OWNER_WORDS.test(this.doc.body.slice(start, m.start))) {
        stop = firstEnd;
        break;
      }
    }
    let best: Mention | null = null;
    for (let k = lo; k < this.mentions.length; k++) {
      const m = this.mentions[k];
      if (m.start >= stop) break;
      if (m.end <= start) continue;
      if (indefinite && (m.kind === "group" || m.kind === "nominal")) continue;
      if (this.ownerIn(m, start, end)) {
        this.ownerSkipped = true;
        continue;
      }
      if (
        m.actorId &&
        m.kind === "name" &&
        m.end === firstEnd &&
        NAME_LEAD.test(this.doc.body.slice(start, m.start))
      )
        return m;
      // The head of an English noun phrase is at its end: prefer the last resolved mention.
      if (m.actorId && (!best || m.end >= best.end)) best = m;
    }
    return best && this.unmarkedNameAfter(best, stop) ? null : best;
  }

  /**
   * "Catholic marriage counselor and writer Rose Sweet": a personal name closing the phrase after
   * the mention, which the tagger marked as no mention, is the phrase's head; the resolved word
   * before it only describes that person.
   */
  private unmarkedNameAfter(m: Mention, end: number): boolean {
    const tail = this.doc.body.slice(m.end, end).replace(/[\s,.]+$/, "");
    const ws = words(tail);
    if (ws.length < 3) return false;
    const name = ws.slice(-2);
    if (!name.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || ORG_WORDS.test(name[1])) return false;
    // ("Ann Ruiz of Harbour Watch", "a judge in San Diego": after a preposition the name is whom
    // or where the mention belongs to, and the mention stays the head.)
    if (OWNER_WORDS.test(tail)) return false;
    return ws.slice(0, -2).some((w) => /^\p{Ll}/u.test(w)) && !isOutletName(name.join(" "));
  }

  /**
   * "His campaign manager", "A spokeswoman for Trump", "Trump's lawyer": the mention names whom the
   * speaker works for, not the speaker, who then has no actor of their own. (Not "the Trump
   * campaign" or "Trump administration officials", which speak for Trump; nor a name followed by an
   * appositive: "Bob Corker, R-Tenn.")
   */
  private ownerIn(m: Mention, start: number, end: number): boolean {
    const body = this.doc.body;
    const before = body.slice(start, m.start);
    // "A spokeswoman for Trump": the head is before the preposition
    if (/\b(?:for|of|to|with)\s+(?:the\s+)?$/i.test(before)) return STAFF.test(before);
    // "His campaign manager", "Trump's lawyer": the head is the phrase's last word, after the mention
    const after = body.slice(m.end, end).replace(/[\s,.]+$/, "");
    if (!/^(?:['\u2019]s?)?\s+\p{L}/u.test(after) || after.includes(",")) return false;
    const head = after.split(/\s+/).pop() ?? "";
    return STAFF.test(head);
  }

  resolve(start: number, end: number): Speaker {
    const text = this.doc.body.slice(start, end);
    const m = this.mentionIn(start, end);
    if (m?.actorId) {
      const actor = this.actors.get(m.actorId);
      const sp = { name: actor?.name ?? bareName(m.text), actorId: m.actorId };
      this.remember(sp, actor?.type === "person");
      return sp;
    }
    const lower = text.trim().toLowerCase();
    if (lower === "who" || lower === "which") {
      // "Mr. Ruiz, who said ...": the relative pronoun speaks for the noun right before it.
      const antecedent = this.mentionBefore(start);
      if (antecedent) return this.resolve(antecedent.start, antecedent.end);
    }
    if (PRONOUNS.has(lower)) {
      // Outside quotation marks "I" is the writer (a columnist: the byline), and "we" and "you" are
      // the writer's side or anyone: none of them is the last speaker.
      if (lower === "i") return { name: this.doc.byline?.trim() || text, actorId: null };
      if (lower === "we" || lower === "you") return { name: text, actorId: null };
      // "it" is no person: the last speaker that was not one, if any
      const prior =
        lower === "he" || lower === "she" ? this.lastPerson : lower === "it" ? this.lastThing : this.lastAny;
      return prior ?? { name: text, actorId: null };
    }
    // "A spokeswoman for Trump" is no one the text names: the phrase is the speaker.
    if ((this.ownerSkipped || staffPhrase(text)) && !text.includes(","))
      return { name: text.trim(), actorId: null };
    // "Josep Borrell, the bloc's envoy" / "An aide, Mia Ruiz": the part that is a name names the speaker,
    // rather than a body named in a description ("The chairman of the Commission, Ann Ruiz").
    const parts = text
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== "");
    const named =
      parts.find((x) => BARE_NAME.test(x) && !isOutletName(x)) ??
      parts.find((x) => /^\p{Lu}\S*\s+\p{Lu}/u.test(bareName(x)) && !isOutletName(x)) ??
      parts[0] ??
      text;
    let name = bareName(named);
    const looksPerson = /^\p{Lu}/u.test(name) && !isOutletName(name);
    if (looksPerson && !name.includes(" ")) {
      const surname = name.replace(/^(Mr|Mrs|Ms|Dr)\.?\s*/, "");
      for (let k = this.names.length - 1; k >= 0; k--) {
        const ws = this.names[k].split(" ");
        if (ws.includes(surname)) {
          name = this.names[k];
          break;
        }
      }
    }
    const sp = { name, actorId: null };
    this.remember(sp, looksPerson && /^\p{Lu}/u.test(name));
    return sp;
  }

  private remember(sp: Speaker, person: boolean): void {
    this.lastAny = sp;
    if (person) this.lastPerson = sp;
    else this.lastThing = sp;
  }

  noteOutlet(name: string): void {
    this.lastOutlet = name;
  }

  get recentOutlet(): string | null {
    return this.lastOutlet;
  }

  actorTypeAt(start: number, end: number): string | null {
    const m = this.mentionIn(start, end);
    return m?.actorId ? (this.actors.get(m.actorId)?.type ?? null) : null;
  }
}
