// Which way a bare "Monday" or "May" points. News mostly reports what already happened, so a bare
// weekday is the latest one; a future cue next to it ("will meet on Monday") turns it forward.

export type Direction = "past" | "future" | "none";
/** What the parse says of a clause: a present tense points ahead for a weekday, not for a month. */
export type ParsedTense = "past" | "future" | "present";

// "would have" with a participle looks back at what did not happen ("would have voted Tuesday").
// "due to" is a plan before a verb ("due to arrive"), a cause before a noun ("due to the rain").
const FUTURE_CUE =
  /\b(?:will|won['\u2019]t|shall|going to|is to|are to|plans? to|planning to|scheduled|slated|expected to|(?:un)?likely to|due to(?=\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|some|any|lack|weather|poor|bad|high|low|heavy|strong|weak)\b)(?![a-z]*(?:ing|tion|ment|ness|ity|s)\b)[a-z])|set to|to be held|upcoming|next(?!\s+to\b)|would(?!\s+(?:not\s+)?have\s+(?:been|[a-z]+(?:ed|en))\b)|(?:has|have) until)\b|['\u2019]ll\b/gi;
// Words in -ed that are not past tenses ("the United States", "need", "indeed") stay out.
const PAST_CUE =
  /\b(?:said|says|was|were|had|did|told|ago|last|since|earlier|already|reported|announced|met|spoke|took|made|came|went|began|left|held|gave|got|saw|won|lost|fell|rose|wrote|sent|brought|thought|found|kept|felt|heard|stood|sat|led|paid|sold|bought|built|caught|chose|drove|fought|flew|knew|meant|ran|sang|slept|spent|stole|struck|swore|taught|threw|understood|woke|wore|broke|became|drew|grew|sought|dealt|fled|withdrew|upheld|froze|forgave|overtook|undertook|arose|awoke|blew|bled|clung|crept|dug|forbade|forgot|hung|hid|knelt|leapt|lent|mistook|rode|rang|sank|shook|shone|slid|sprang|stuck|stung|stank|strove|swam|swept|swung|tore|wept|wrung|(?<!-)(?!(?:need|indeed|proceed|succeed|exceed|speed|feed|seed|breed|bleed|greed|deed|weed|heed|hundred|united|naked|wicked|sacred|beloved|kindred|ahmed|mohammed|muhammed|jared|alfred|ned|ted|fred)\b)[a-z]{2,}ed)\b/gi;

/** A reporting verb before a time expression: a future after both belongs to what was reported. */
const REPORTED_BEFORE =
  /\b(?:said|says|told|tells|announced|wrote|tweeted|stated|added|declared|insisted|warned|argued|promised|vowed|predicted|acknowledged|confirmed)\b/i;

/** A participle of saying between an expression and a future cue: the future is what was said. */
const SAYING_BETWEEN =
  /\b(?:saying|telling|warning|arguing|insisting|claiming|adding|noting|announcing|promising|vowing|predicting)\b/i;

/** A reporting verb that closes a sentence's attribution ("..., officials said", "..., media reported"). */
const REPORTED_AFTER = /^(?:said|says|told|reported|announced|added|stated|confirmed)$/i;
/**
 * What may follow the verb of an attribution before its sentence ends: nothing, a time or a source
 * ("said on Tuesday", "said in a statement", "told reporters", "told CNN"); "announced plans to ..."
 * has an object and is a clause of its own.
 */
const ATTRIBUTION_END =
  /^\s*(?:(?:reporters|journalists|(?:[A-Z][\w.&'\u2019-]*\s*){1,3})|(?:on|in|at|late|early|later|earlier|last|this|via|citing|according|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.;!?,\n]*)?\s*(?:[.;,!?\n"\u201d]|$)/;

/**
 * A past-tense reporting verb right before a weekday ("said Tuesday", "told reporters on Friday"),
 * or the participle "saying" a story uses for words already said ("the ministry, saying Friday that"):
 * the day of the saying, which is past whatever tense the reported words have ("to be announced
 * Monday" is a passive that looks ahead, though).
 */
export const SAID_JUST_BEFORE =
  /(?<!\b(?:be|been|being)\s+)\b(?:said|saying|announced|reported|confirmed|wrote|tweeted|stated|testified|declared|acknowledged|denied|told\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}))\s+(?:on\s+|late\s+|early\s+)?$/;

/**
 * A verb in -ed at most three words before a weekday ("unveiled Monday", "disrupted proceedings on
 * Monday", "issued a statement Wednesday"): the day it happened, which a parse that misreads the verb
 * as an adjective ("the bill unveiled Monday would ...") or a future later in the sentence would send
 * ahead. Not after a form of "be", "to" or a modal ("is expected Monday", "to be released Friday"), nor
 * with a modal or a clause's link between verb and day, nor a participle of planning, which sets a
 * date ahead ("the report, expected Friday, ..."), nor "headed", whose trip may still lie ahead.
 */
export const PAST_VERB_JUST_BEFORE =
  /(?<!\b(?:be|been|being|is|are|was|were|am|['\u2019]s|['\u2019]re|to|will|would|not)\s+)\b(?!(?:expected|scheduled|rescheduled|slated|planned|set|due|delayed|postponed|moved|pushed|adjourned|extended|deferred|needed|indeed|speed|proceed|succeed|exceed|united|named|called|dubbed|billed|timed|aimed|intended|designed|tied|closed|opened|limited|committed|required|allowed|supposed|prepared|pegged|penciled|pencilled|earmarked|targeted|reserved|booked|listed|posted|tasked|charged|asked|headed)\b)(?:[a-z]{3,}ed|(?<!-)(?:did|met|spoke|took|made|came|went|began|held|gave|got|saw|won|lost|fell|rose|wrote|sent|brought|led|paid|sold|bought|caught|chose|drove|fought|flew|knew|ran|struck|threw|became|drew|grew|sought|fled|withdrew|upheld|froze|shook|swept|tore|sat|stood|felt|heard|kept|sank|swore|stole|woke|wore))(?:\s+(?!(?:to|will|would|shall|can|could|may|might|must|should|is|are|be|and|or|but|that|which|who|when|until|by|before|after|for)\b)[\w\u2019'-]+){0,3}\s+(?:on\s+)?$/;

/** Text around [start, end) up to the sentence boundaries, capped so long runs stay cheap. */
function clauseWindow(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  const minFrom = Math.max(0, start - 160);
  while (from > minFrom && !/[.!?\n;]/.test(text[from - 1])) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + 100);
  while (to < maxTo && !/[.!?\n;]/.test(text[to])) to++;
  return { from, to };
}

/**
 * The direction the closest tense cue gives the span at [start, end): "future" for will/'ll/plans to
 * ..., "past" for said/was/-ed verbs, "none" when the clause has no cue.
 */
export function directionAt(
  text: string,
  start: number,
  end: number,
  others: ReadonlyArray<{ start: number; end: number }> = [],
): Direction {
  const { from, to } = clauseWindow(text, start, end);
  const window = text.slice(from, to);
  let best: Direction = "none";
  let bestDistance = Number.POSITIVE_INFINITY;
  const consider = (re: RegExp, dir: Direction) => {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (s >= start && e <= end) continue;
      // "next" in "The next day, May 30" belongs to that expression, not to the clause's tense.
      if (others.some((o) => s >= o.start && e <= o.end)) continue;
      // A participle after "be" ("will be held") takes its tense from the auxiliary before it.
      if (dir === "past" && /\b(?:be|been|being)\s+$/i.test(text.slice(Math.max(0, s - 7), s))) continue;
      // "said Wednesday that he would ...": a future after a "that" belongs to the clause it opens; so
      // does one in a clause on the noun a possessive day owns ("Monday's debate, which will ...").
      if (
        dir === "future" &&
        s >= end &&
        /^(?:\s*(?:,\s*)?(?:that|whether)|['\u2019]s\s+(?:[\w-]+\s+){1,4}(?:,\s*)?(?:that|which|who))\b/i.test(
          text.slice(end, s),
        )
      )
        continue;
      // ... and so does one after a participle of saying that follows the expression ("released a
      // statement Monday saying they would close the border").
      if (dir === "future" && s >= end && SAYING_BETWEEN.test(text.slice(end, s))) continue;
      // ... and so does one after a reporting verb with "that" left out ("told reporters Friday he would").
      if (dir === "future" && s >= end && REPORTED_BEFORE.test(text.slice(Math.max(from, start - 60), start)))
        continue;
      // "will withdraw on Saturday, the ministry said": a reporting verb in the attribution after a
      // comma dates the saying, not the reported clause, which keeps its own tense.
      if (
        dir === "past" &&
        s >= end &&
        REPORTED_AFTER.test(m[0]) &&
        ATTRIBUTION_END.test(text.slice(e, e + 80)) &&
        /,\s*(?:[^\s,.;]+\s+){1,6}$/.test(text.slice(end, s)) &&
        // "..., but an official said later", "..., when seven in ten said": another clause, no attribution.
        !/,\s*(?:but|and|or|yet|so|when|while|where|who|whom|which|that|as|after|before|because|since|if|though|although|until|unless)\b[^,]*$/i.test(
          text.slice(end, s),
        )
      )
        continue;
      const distance = e <= start ? start - e : s - end;
      // A future cue wins ties and near-ties: in "will be held Monday" the auxiliary governs "held".
      const weight = dir === "future" ? distance - 6 : distance;
      if (weight < bestDistance) {
        bestDistance = weight;
        best = dir;
      }
    }
  };
  consider(PAST_CUE, "past");
  consider(FUTURE_CUE, "future");
  return best;
}

/** The tokens of a parsed sentence, as the analyse stage gives them (1-based ids, head 0 = root). */
export interface ParsedToken {
  id: number;
  start: number;
  end: number;
  text: string;
  lemma?: string;
  upos?: string;
  xpos?: string;
  head?: number;
  deprel?: string;
}
export interface ParsedSentence {
  start: number;
  end: number;
  tokens: ParsedToken[];
  unparsed?: boolean;
}

const FUTURE_AUX = /^(?:will|wo|['\u2019]ll|shall|ll)$/i;
/** Heads whose complement lies ahead: "is going to vote Tuesday", "is scheduled to meet Monday", "is likely to win in November". */
const AHEAD_HEADS =
  /^(?:go|going|schedule|scheduled|slate|slated|due|set|plan|expect|intend|prepare|aim|hope|likely|unlikely)$/i;
const PAST_AUX = /^(?:was|were|had|did|['\u2019]d)$/i;
const MODAL = /^(?:can|could|may|might|must|should|ought)$/i;
const REPORTING =
  /^(?:say|tell|report|announce|claim|insist|deny|confirm|note|acknowledge|admit|warn|add|explain|argue|contend|quote)$/;
/** What a source declines to do in news: "would not say", "wouldn't comment". */
const REFUSED =
  /^(?:say|comment|answer|confirm|discuss|elaborate|disclose|reveal|specify|identify|name|provide|give|speculate|predict|rule|respond|reply|address|detail|release|explain|commit)$/;
/** Verbs that set an event's date rather than happen on it ("scheduled a vote Tuesday"). */
const PLANNING =
  /^(?:schedule|reschedule|set|plan|call|announce|postpone|delay|move|push|slate|expect|propose|book|arrange)$/;
/** Longest sentence (in tokens) whose parse is consulted. */
const MAX_TOKENS = 300;
/** Relations by which a clause's verb takes a time expression as its adjunct. */
const ADJUNCT_REL = /^(?:obl|obl:tmod|obl:unmarked|obl:npmod|nmod:tmod|nmod:unmarked|advmod|conj)$/;

function lower(t: ParsedToken): string {
  return (t.lemma ?? t.text).toLowerCase();
}

/** Tense of the clause headed by `p`: its own tag and its auxiliaries, or null when it says nothing. */
function clauseTense(p: ParsedToken, children: ParsedToken[]): ParsedTense | null {
  const aux = children.filter((c) => c.deprel === "aux" || c.deprel === "aux:pass" || c.deprel === "cop");
  // "wouldn't say", "would not comment": a refusal already made, reported in the past.
  if (
    aux.some((a) => /^would$/i.test(a.text)) &&
    children.some((c) => c.deprel === "advmod" && /^(?:not|n['\u2019]t|never)$/i.test(c.text)) &&
    REFUSED.test(lower(p))
  )
    return "past";
  // "would have met Tuesday" looks back at what did not happen, as "could have" does below.
  if (aux.some((a) => /^would$/i.test(a.text)) && aux.some((a) => /^(?:have|['\u2019]ve)$/i.test(a.text)))
    return "past";
  for (const a of aux) if (FUTURE_AUX.test(a.text) || /^would$/i.test(a.text)) return "future";
  // A modal speaks of what can or must happen ("must report on Feb. 9", "could ask on Nov. 6"): not
  // the past, even under a past reporting verb; with "have" it looks back ("could have met Monday").
  if (aux.some((a) => MODAL.test(a.text)))
    return aux.some((a) => /^(?:have|['\u2019]ve)$/i.test(a.text)) ? "past" : "present";
  for (const a of aux) if (PAST_AUX.test(a.text) || a.xpos === "VBD") return "past";
  // Present perfect ("has met") reports the past.
  // ... and so does "has been" before a noun or adjective ("has been in exile since May").
  if (
    aux.some((a) => /^(?:has|have|['\u2019]ve|['\u2019]s)$/i.test(a.text)) &&
    (p.xpos === "VBN" || aux.some((a) => /^been$/i.test(a.text)))
  )
    return "past";
  if (p.xpos === "VBD") return "past";
  // A participle with no auxiliary is a reduced relative or absolute clause: "shares bought Friday".
  if (p.xpos === "VBN" && aux.length === 0) return "past";
  if (aux.some((a) => a.xpos === "VBZ" || a.xpos === "VBP")) return "present";
  // A reporting verb in the present ("says Monday", "tells reporters Friday") reports what was said.
  // A present form with no subject of its own (nor one shared by coordination) is a noun or adjective
  // the tagger misread ("the sales picture").
  if (
    (p.xpos === "VBZ" || p.xpos === "VBP") &&
    (p.deprel === "conj" || children.some((c) => /^(?:nsubj|expl)/.test(c.deprel ?? "")))
  )
    return REPORTING.test(lower(p)) ? "past" : "present";
  // A bare base form heading the sentence is a present the tagger misread ("They meet Monday").
  if (p.xpos === "VB" && p.deprel === "root" && !children.some((c) => c.deprel === "mark")) return "present";
  return null;
}

/**
 * The parsed sentence containing offset `at` (binary search: documents can have thousands of
 * sentences), or null when that sentence is unparsed, empty or too long to read. Every expression
 * scans its sentence: the cap keeps a hostile run-on sentence from going quadratic (the parser leaves
 * such sentences unparsed anyway).
 */
function sentenceAt(sentences: readonly ParsedSentence[], at: number): ParsedSentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s.end <= at) lo = mid + 1;
    else if (s.start > at) hi = mid - 1;
    else return s.unparsed || s.tokens.length === 0 || s.tokens.length > MAX_TOKENS ? null : s;
  }
  return null;
}

/**
 * The tense of the verb governing [start, end), read from the dependency parse: "will meet Monday"
 * is future, "meets Monday" present, "met Monday" and "has met" past. Null when the span is not in a
 * parsed sentence or no verb governs it.
 */
export function parsedTense(
  sentences: readonly ParsedSentence[],
  start: number,
  end: number,
): ParsedTense | null {
  const sentence = sentenceAt(sentences, start);
  if (!sentence) return null;
  return (
    betweenSubjectAndVerb(sentence, start, end) ??
    governedTense(sentence, start, end) ??
    frontedTense(sentence, start, end)
  );
}

/**
 * Words that may stand between a subject and the time expression after it ("officials on Monday",
 * "the court in June struck down").
 */
const SUBJECT_TIME_LEAD = /^(?:on|in|late|early)$/i;

/**
 * "Riyadh on Wednesday displayed the remnants", "Fox's host on Tuesday mocked CNN": a time between
 * a subject (or the comma closing an aside after it) and a past-tense verb times that verb, though the
 * parse often hangs it on the subject noun or on a noun of the aside. The past tag of the next word
 * settles it.
 */
function betweenSubjectAndVerb(sentence: ParsedSentence, start: number, end: number): ParsedTense | null {
  const tokens = sentence.tokens;
  const after = tokens.find((t) => t.start >= end);
  if (after?.xpos !== "VBD") return null;
  let i = tokens.findIndex((t) => t.end > start) - 1;
  if (i >= 0 && SUBJECT_TIME_LEAD.test(tokens[i].text)) i--;
  // "the Friday ..." or "since Friday" is no time set between a subject and its verb.
  return i >= 0 && !/^(?:DT|IN|TO|PRP\$|POS|WDT|WRB)$/.test(tokens[i].xpos ?? "") ? "past" : null;
}

/** Words that may open a sentence before a fronted time expression ("In January,", "On Monday,"). */
const FRONT_PREPOSITION = /^(?:in|on|by|during|until|since|early|late|then)$/i;

/** A verb, or a word with a copula or an auxiliary: something that has a tense. */
function isPredicate(node: ParsedToken, kids: readonly ParsedToken[]): boolean {
  return (
    node.upos === "VERB" ||
    node.upos === "AUX" ||
    kids.some((k) => /^(?:cop|aux|aux:pass)$/.test(k.deprel ?? ""))
  );
}

/**
 * "In January, a week after the anniversary, a bombing killed a guard": a time set off at the head of
 * its sentence times the main clause, though the parse may hang it on a noun of the aside. Its tense
 * is the root verb's.
 */
function frontedTense(sentence: ParsedSentence, start: number, end: number): ParsedTense | null {
  const tokens = sentence.tokens;
  const before = tokens.filter((t) => t.end <= start);
  if (before.length > 1 || (before.length === 1 && !FRONT_PREPOSITION.test(before[0].text))) return null;
  const after = tokens.find((t) => t.start >= end);
  if (after?.text !== ",") return null;
  const root = tokens.find((t) => t.head === 0);
  if (!root || (root.start >= start && root.end <= end)) return null;
  const kids = tokens.filter((t) => t.head === root.id);
  return isPredicate(root, kids) ? clauseTense(root, kids) : null;
}

/**
 * "issued a release Monday", "cleared the House on a vote Tuesday": a bare day right after the verb's
 * object or adjunct noun (or after that noun's last modifier: "a set of rules Monday"), which the parse
 * makes the noun's apposition, times the verb when the verb is past or future. A present is left to
 * the other cues ("faces a vote Tuesday" is ahead, "is facing pushback for his remarks Monday" is
 * not), and so is a verb of planning ("has scheduled a vote Tuesday"). Undefined when the day is not
 * so placed.
 */
function bareWeekdayAfterNoun(
  tokens: readonly ParsedToken[],
  node: ParsedToken,
  noun: ParsedToken | null,
): ParsedTense | null | undefined {
  if (node.deprel !== "appos" || !noun || node.id < 2) return undefined;
  if (!/^NNS?$/.test(noun.xpos ?? "") || !/^(?:obj|obl)$/.test(noun.deprel ?? "")) return undefined;
  const before = tokens[node.id - 2];
  if (before !== noun && before.head !== noun.id) return undefined;
  const verb = noun.head ? tokens[noun.head - 1] : undefined;
  if (!verb || PLANNING.test(lower(verb))) return undefined;
  const kids = tokens.filter((t) => t.head === verb.id);
  if (!isPredicate(verb, kids)) return undefined;
  const tense = clauseTense(verb, kids);
  return tense === "present" ? null : tense;
}

/** The tense of the verb whose adjunct [start, end) is in `sentence`'s parse. */
function governedTense(sentence: ParsedSentence, start: number, end: number): ParsedTense | null {
  const tokens = sentence.tokens;
  const byId = (id: number | undefined) => (id && id >= 1 && id <= tokens.length ? tokens[id - 1] : null);
  const inside = tokens.filter((t) => t.start >= start && t.end <= end);
  if (inside.length === 0) return null;
  // The expression's head: the inside token whose head lies outside it.
  const node: ParsedToken | null = inside.find((t) => !inside.some((u) => u.id === t.head)) ?? inside[0];
  const children = new Map<number, ParsedToken[]>();
  for (const t of tokens) {
    if (!t.head) continue;
    const list = children.get(t.head);
    if (list) list.push(t);
    else children.set(t.head, [t]);
  }
  let pred = byId(node.head);
  // "takes effect on Jan. 1", "leaves for Rome on Friday": the parse hangs an "on" phrase on the noun
  // before it, the verb's object or the place it names, and the verb is what the phrase times. Other
  // nouns keep their own date ("mourns the deaths in the raid on Monday"). So does an "in" phrase
  // ("introduced the bill in December", "stepped down from Fox in July").
  const onPhrase =
    node.deprel === "nmod" &&
    (children.get(node.id) ?? []).some((k) => k.deprel === "case" && /^(?:on|in)$/i.test(k.text));
  // "The last time they met was in March": the date is the clause's predicate, timed by its copula.
  if (node.deprel === "root") {
    const kids = children.get(node.id) ?? [];
    return kids.some((k) => k.deprel === "cop") ? clauseTense(node, kids) : null;
  }
  const apposed = bareWeekdayAfterNoun(tokens, node, pred);
  if (apposed !== undefined) return apposed;
  if (
    onPhrase &&
    pred &&
    (pred.deprel === "obj" || (pred.deprel === "obl" && /^NNPS?$/.test(pred.xpos ?? "")))
  )
    pred = byId(pred.head);
  // "the strike starts Friday": a date is no verb's object, so one parsed as such is its adjunct;
  // but only of a verb with a tense of its own ("Biden's call Tuesday" misread as a bare verb is not),
  // and that verb's tense alone counts (an object is too often a misparse to climb any further).
  else if (node.deprel === "obj") {
    const kids = pred ? (children.get(pred.id) ?? []) : [];
    if (!pred || !(/^VB[DZP]$/.test(pred.xpos ?? "") || kids.some((k) => /^aux/.test(k.deprel ?? ""))))
      return null;
    return clauseTense(pred, kids);
  }
  // Otherwise only an expression the clause's verb takes as its own adjunct ("met Friday", "will vote
  // on Tuesday") gets the verb's tense; "Friday's purchases" or "the statement of May" do not.
  else if (!ADJUNCT_REL.test(node.deprel ?? "")) return null;
  // An infinitive or participle without a tense of its own defers to its governor ("going to vote
  // Tuesday", "expected to arrive Monday"); a couple of steps is all that is ever needed.
  for (let steps = 0; pred && steps < 3; steps++) {
    const kids = children.get(pred.id) ?? [];
    if (!isPredicate(pred, kids)) return null;
    const tense = clauseTense(pred, kids);
    if (tense) return tense;
    const gov = byId(pred.head);
    if (!gov || !(pred.deprel === "xcomp" || pred.deprel === "ccomp")) return null;
    // "had been due to expire Friday": a plan seen from the past perfect has already come due.
    if (AHEAD_HEADS.test(lower(gov)))
      return (children.get(gov.id) ?? []).some((k) => /^had$/i.test(k.text)) ? "past" : "future";
    pred = gov;
  }
  return null;
}

/**
 * The direction the tense of the verb governing [start, end) gives it: "will meet Monday" and "meets
 * Monday" point ahead, "met Monday" and "has met" back. Null when no parsed verb governs it.
 */
export function parsedDirection(
  sentences: readonly ParsedSentence[],
  start: number,
  end: number,
): Direction | null {
  const tense = parsedTense(sentences, start, end);
  return tense === "present" ? "future" : tense;
}

/** Words that make the weekday after them part of a noun phrase ("the Sunday after", "a Friday deadline"). */
const DETERMINER = /^(?:the|a|an|this|that|his|her|their|its|our|my|your|each|every|['\u2019]s)$/i;

/**
 * A present-tense verb shortly before [start, end) in its parsed sentence ("the vote is on Thursday",
 * "faces a hearing Monday"), for a weekday the parse hangs on no verb. A weekday inside a noun phrase
 * ("the Sunday after", "Friday's report") or after a participle, a past or a reporting verb is not one.
 */
export function presentBefore(
  sentences: readonly ParsedSentence[],
  text: string,
  start: number,
  end: number,
): boolean {
  if (/^['\u2019]s\b/.test(text.slice(end, end + 3))) return false;
  const sentence = sentenceAt(sentences, start);
  if (!sentence) return false;
  const before = sentence.tokens.filter((t) => t.end <= start);
  if (before.length > 0 && DETERMINER.test(before[before.length - 1].text)) return false;
  for (let i = before.length - 1; i >= 0 && i >= before.length - 5; i--) {
    const t = before[i];
    // A sentence's first word is seldom its verb ("Calls to the office Thursday went unanswered").
    if (i === 0) return false;
    if (/^[,;:()"\u201c\u201d]$|^--$/.test(t.text)) return false;
    if (/^(?:that|which|who|when|after|before|because|since|as|if)$/i.test(t.text)) return false;
    // "Calls to the mayor's office Thursday": a possessive the tagger took for "is" is no verb.
    if (/^['\u2019]s$/.test(t.text)) continue;
    if (/^(?:VBD|VBN|VBG|MD)$/.test(t.xpos ?? "")) return false;
    // "He and Arafat meet separately Monday": a base form right after its subject is a present the
    // tagger misread (after "to" or a modal it would be an infinitive).
    const present =
      /^VB[ZP]$/.test(t.xpos ?? "") || (t.xpos === "VB" && /^(?:NNP?S?|PRP)$/.test(before[i - 1].xpos ?? ""));
    if (present)
      return !REPORTING.test(lower(t)) && !/^(?:cite|describe|has|have|['\u2019]ve)$/i.test(lower(t));
  }
  return false;
}

/**
 * Whether the word at [start, end) is parsed as an adjective modifying a noun ("the future president",
 * "the future relationship"): then it names no time of its own.
 */
export function parsedAdjective(sentences: readonly ParsedSentence[], start: number, end: number): boolean {
  const sentence = sentenceAt(sentences, start);
  if (!sentence) return false;
  const token = sentence.tokens.find((t) => t.start >= start && t.end <= end);
  return !!token && token.deprel === "amod" && /^JJ/.test(token.xpos ?? "");
}

/** The part-of-speech tag of the first token after `at` in its sentence, or null. */
export function tagAfter(sentences: readonly ParsedSentence[], at: number): string | null {
  const sentence = sentenceAt(sentences, at - 1);
  return sentence?.tokens.find((t) => t.start >= at)?.xpos ?? null;
}

/** Modals that keep a bare verb of schedule ahead ("the trial may last into October"). */
const MODALS = /^(?:may|might|could|can|should|must)$/i;

/** Verbs whose present tense announces what is due ("expires in October", "starts in April"). */
const SCHEDULE_VERBS =
  /^(?:expire|end|begin|start|open|close|resume|reopen|take|run|last|convene|reconvene|launch|kick|retire)$/;

/**
 * Whether the expression at [start, end) is the adjunct of a present-tense verb of schedule ("the pact,
 * which expires in October", "the season starts in April"): a month named so lies ahead. Comparisons
 * ("are worth less than in October") have no such verb.
 */
export function presentScheduled(sentences: readonly ParsedSentence[], start: number, end: number): boolean {
  const sentence = sentenceAt(sentences, start);
  if (!sentence) return false;
  const tokens = sentence.tokens;
  const inside = tokens.filter((t) => t.start >= start && t.end <= end);
  const node = inside.find((t) => !inside.some((u) => u.id === t.head));
  if (!node || !/^(?:obl|obl:tmod|obl:npmod|nmod:tmod)$/.test(node.deprel ?? "")) return false;
  const pred = node.head && node.head <= tokens.length ? tokens[node.head - 1] : null;
  if (!pred || !/^VB[ZP]?$/.test(pred.xpos ?? "") || !SCHEDULE_VERBS.test(lower(pred))) return false;
  // A bare form counts only after a modal ("may last"), which the caller reads as a present.
  if (
    pred.xpos === "VB" &&
    !tokens.some((t) => t.head === pred.id && t.deprel === "aux" && MODALS.test(t.text))
  )
    return false;
  // "Housing starts in February rose 5 pct", "unit starts": the statistic, a noun read as a verb.
  if (pred.id > 1 && /^(?:housing|unit)$/i.test(tokens[pred.id - 2].text)) return false;
  // Its own auxiliaries would have given it another tense ("has run since April"); a modal keeps it
  // ahead ("the trial may last into October").
  return !tokens.some((t) => t.head === pred.id && /^aux/.test(t.deprel ?? "") && !MODALS.test(t.text));
}

/** Events set for a day in advance, which a story may announce before they happen ("Tuesday's vote"). */
const SCHEDULED_EVENT =
  /^(?:vote|debate|hearing|meeting|deadline|summit|election|primary|caucus|caucuses|runoff|referendum|session|ceremony|inauguration|sentencing|trial)$/i;
/** Relations by which a clause takes the event as one of its own arguments. */
const ARGUMENT_REL = /^(?:nsubj|nsubj:pass|obj|obl|root)$/;

/**
 * Whether the clause that takes as its argument the scheduled event a possessive weekday owns at
 * [start, end) looks ahead ("if Friday's vote fails", "the next test is Tuesday's hearing"): the parse
 * hangs the weekday on the event's noun, not on any verb. A past clause says nothing new (the weekday
 * is read as past anyway).
 */
export function ownedEventAhead(sentences: readonly ParsedSentence[], start: number, end: number): boolean {
  const sentence = sentenceAt(sentences, start);
  if (!sentence) return false;
  const tokens = sentence.tokens;
  const day = tokens.find((t) => t.start >= start && t.end <= end && t.deprel === "nmod:poss");
  const event = day?.head ? tokens[day.head - 1] : undefined;
  if (!event || !SCHEDULED_EVENT.test(event.text) || !ARGUMENT_REL.test(event.deprel ?? "")) return false;
  // "claiming victory after Monday's debate": what follows the event has it behind, whatever the tense.
  if (
    tokens.some(
      (t) => t.head === event.id && t.deprel === "case" && /^(?:after|following|since)$/i.test(t.text),
    )
  )
    return false;
  // A noun predicate ("is Tuesday's hearing") takes its tense from its copula.
  const pred = event.deprel === "root" ? event : event.head ? tokens[event.head - 1] : undefined;
  if (!pred) return false;
  const kids = tokens.filter((t) => t.head === pred.id);
  // "would" too often reports what was said, and a modal weighs a past event too ("could be undone").
  if (
    !isPredicate(pred, kids) ||
    kids.some((k) => k.deprel === "aux" && (/^would$/i.test(k.text) || MODAL.test(k.text)))
  )
    return false;
  const tense = clauseTense(pred, kids);
  return tense === "present" || tense === "future";
}
