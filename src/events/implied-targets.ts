// Parties a sentence leaves unsaid but the coding conventions supply. A protest, strike or rally by a
// country's civilians, workers or opposition that names no target is aimed at that country's
// government (the body whose policy protests oppose, as ICEWS and eval/data/README.md code them); an
// arrest in the passive with no agent ("about 300 marchers were detained") was made by the police the story
// names. The party is always an actor the document mentions, at its nearest mention, so it still
// points at words of the article; nothing is added when the document never mentions it.

import type { Document, DyadEvent, Mention } from "../model/index.js";
import { actorRef, copyRef } from "./coder-types.js";

/** Sectors of people who protest against their own government (not police, troops or officials). */
const PROTESTING_SECTORS = /^(CVL|LAB|OPP|EDU|REL)$/;

/** The government ("XXXGOV") a protest by a country's civilians is aimed at, or null. */
export function protestGovernment(sourceCode: string): string | null {
  if (!/^[A-Z]{3}[A-Z]{3}$/.test(sourceCode)) return null;
  if (!PROTESTING_SECTORS.test(sourceCode.slice(3))) return null;
  if (/^(IGO|NGO|---)/.test(sourceCode)) return null;
  return `${sourceCode.slice(0, 3)}GOV`;
}

/** Arrests the police make ("charges were filed against X" is the prosecutors' act, also coded 173). */
const POLICE_ACTS = /^(arrest|detain|apprehend|round|nab|lock|jail)/i;

/** Actor id -> code, built once per document for the look-ups below. */
type CodeOf = ReadonlyMap<string, string>;

/** The mention of an actor with `code` nearest to `at`: before it if any, else (farther) after it. */
function nearestMention(
  doc: Document,
  codeOf: CodeOf,
  code: string,
  at: { start: number; end: number },
): Mention | null {
  let best: Mention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of doc.mentions) {
    if (!m.actorId || codeOf.get(m.actorId) !== code) continue;
    // a mention before the event reads as its context; one after only as a fallback
    const distance = m.end <= at.start ? at.start - m.end : 10 * (m.start - at.end) + 1;
    if (distance >= 0 && distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * "about 300 marchers were detained", "Navalny was arrested on Wednesday": an arrest (CAMEO 173) with no
 * agent is taken to be the police's, when the story names the police of the arrested party's country
 * (or, for an unnamed crowd, any police within the three sentences before). Mutates the events.
 */
export function addArrestSources(doc: Document, events: DyadEvent[]): void {
  const codeOf: CodeOf = new Map(doc.actors.map((a) => [a.id, a.code]));
  const policeCodes = new Set([...codeOf.values()].filter((c) => /^[A-Z]{3}COP$/.test(c)));
  if (policeCodes.size === 0) return;
  for (const e of events) {
    if (e.cameo !== "173" || e.source || !e.target || !POLICE_ACTS.test(e.verb.text)) continue;
    const country = /^[A-Z]{3}/.test(e.target.code) ? e.target.code.slice(0, 3) : null;
    let police: Mention | null = null;
    if (country && policeCodes.has(`${country}COP`))
      police = nearestMention(doc, codeOf, `${country}COP`, e.verb);
    else if (!country) {
      for (const code of policeCodes) {
        const m = nearestMention(doc, codeOf, code, e.verb);
        if (m && m.end <= e.verb.start && e.sentence - m.sentence <= 3) police = m;
      }
    }
    if (!police?.actorId) continue;
    e.source = actorRef(
      police.start,
      police.end,
      police.text,
      codeOf.get(police.actorId) ?? "---",
      police.actorId,
    );
    e.rule = `${e.rule}+arrest:police`;
  }
}

/** Unnamed crowds: who protests when no resolved actor does ("22,000 people", "the marchers"). */
const CROWD =
  /\b(people|protesters|protestors|demonstrators|marchers|crowds?|residents|citizens|supporters|activists|students|workers|villagers|thousands|hundreds|dozens)$/i;

/** Sectors of a state's own bodies: a protest aimed at one is a protest in that state. */
const STATE_SECTOR = /^(GOV|COP|MIL|JUD|LEG|SPY)$/;

/**
 * "Over 20,000 people rallied in central Minsk", "crowds marched on the ministry": a protest (CAMEO 14)
 * by an unnamed crowd is by the civilians of the country it happens in (its place), or of the state
 * whose body it is aimed at, as the annotators code it (XXXCVL). Mutates the events.
 */
export function addProtestSources(events: DyadEvent[]): void {
  for (const e of events) {
    if (e.root !== "14" || !e.source || e.source.code !== "---" || !CROWD.test(e.source.text.trim()))
      continue;
    // (not a foreign embassy's state: a crowd outside it is the host country's)
    const t = e.target && !/embass|consulate/i.test(e.target.text) ? e.target.code : "";
    const country =
      e.place?.country ?? (/^[A-Z]{6}$/.test(t) && STATE_SECTOR.test(t.slice(3)) ? t.slice(0, 3) : null);
    if (!country || !/^[A-Z]{3}$/.test(country)) continue;
    e.source = copyRef(e.source, `${country}CVL`);
    e.rule = `${e.rule}+protest:crowd`;
  }
}

/**
 * Gives target-less protests (CAMEO 14) by civilians the government of their country, from the
 * document's mention of it nearest to the event (before it if any, else after). Mutates the events.
 */
export function addProtestTargets(doc: Document, events: DyadEvent[]): void {
  const codeOf: CodeOf = new Map(doc.actors.map((a) => [a.id, a.code]));
  for (const e of events) {
    if (e.root !== "14" || e.target || !e.source) continue;
    const gov = protestGovernment(e.source.code);
    if (!gov) continue;
    const best = nearestMention(doc, codeOf, gov, e.verb);
    if (!best?.actorId) continue;
    e.target = actorRef(best.start, best.end, best.text, gov, best.actorId);
    e.rule = `${e.rule}+protest:government`;
  }
}

/** Verbs that judge an act another party did: the act's doer is what the judgement is aimed at. */
const JUDGING_VERBS =
  /^(condemn|denounc|criticiz|criticis|deplor|decr|slam|blast|censur|rebuk|castigat|protest|prais|welcom|hail|applaud|commend)/i;

/**
 * The act nouns a judgement names ("condemned the launches"), the CAMEO roots of the events such a noun
 * refers back to, and the words the referred event's verb or noun must contain: "the attack" may be
 * any armed act, "the test" only a test, "the strikes" only strikes.
 */
const JUDGED_ACTS: [noun: RegExp, roots: RegExp, verb: RegExp][] = [
  [/^(attacks?|assaults?|aggression)$/, /^(18|19|20)/, /./],
  [/^(strikes?|air ?strikes?)$/, /^(18|19)/, /strik|struck/i],
  [/^(bombings?|bombardment)$/, /^(18|19)/, /bomb/i],
  [/^(shelling)$/, /^19/, /shell/i],
  [/^(raids?)$/, /^(17|18|19)/, /raid/i],
  [/^(offensive|invasion|incursions?)$/, /^19/, /offensive|invad|invasion|incursion/i],
  [/^(killings?|massacre|shootings?)$/, /^(18|19|20)/, /kill|massacr|shoot|shot/i],
  [/^(launch(es)?|firings?)$/, /^(15|19)/, /launch|fir/i],
  [/^(tests?)$/, /^(15|19|20)/, /test/i],
  [/^(arrests?|detentions?)$/, /^17/, /arrest|detain|detention/i],
  [/^(seizures?)$/, /^17/, /seiz/i],
  [/^(abductions?|kidnappings?)$/, /^18/, /abduct|kidnap/i],
  [/^(executions?)$/, /^18/, /execut/i],
  [/^(expulsions?)$/, /^16/, /expel|expuls/i],
  [/^(crackdown)$/, /^17/, /crack/i],
  [/^(deportations?)$/, /^17/, /deport/i],
  [/^(sanctions|embargo)$/, /^16/, /sanction|embargo/i],
  [/^(tariffs)$/, /^16/, /tariff|dut/i],
];

/**
 * Doers whose acts of force others judge: states, their forces and armed groups, and for arrests
 * (17) their police and courts too (not crowds, firms, the UN).
 */
const forceDoer = (code: string, cameo: string) =>
  !code.startsWith("IGO") &&
  (/^([A-Z]{3}|[A-Z]{3}(GOV|MIL|REB|SPY|INS))$/.test(code) ||
    (cameo.startsWith("17") && /^[A-Z]{3}(COP|JUD)$/.test(code)));

/** Words that may stand between a judging verb and the act noun ("the latest missile launches"). */
const ACT_NOUN_AFTER =
  /^\s+(?:(?:the|these|this|those|that|such|its|their|his|her|latest|recent|new|deadly|weekend|overnight|repeated|continued|missile|rocket|nuclear|drone|air|ballistic|military|mass|[A-Z][a-z]+day's)\s+){0,4}([a-z]+(?: ?strikes?)?)\b/;

/**
 * "North Korea fired two missiles. Japan condemned the launches": a judgement (CAMEO 05, 11) whose
 * object is an act with no party of its own is aimed at the doer of the latest such act coded in the
 * sentences just before (or earlier in its own sentence), when that doer is another party. Mutates
 * the events.
 */
export function addJudgedActTargets(doc: Document, events: DyadEvent[]): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.target || !e.source || !/^(05|11)/.test(e.cameo) || !JUDGING_VERBS.test(e.verb.text)) continue;
    const noun = ACT_NOUN_AFTER.exec(doc.body.slice(e.verb.end, e.verb.end + 80))?.[1];
    const family = noun ? JUDGED_ACTS.find(([n]) => n.test(noun)) : undefined;
    if (!family) continue;
    const judge = e.source.code;
    for (let j = i - 1; j >= 0; j--) {
      const a = events[j];
      if (e.sentence - a.sentence > 3) break;
      if (
        !family[1].test(a.cameo) ||
        !family[2].test(a.verb.text) ||
        !a.source ||
        !forceDoer(a.source.code, a.cameo) ||
        a.status === "denied" ||
        a.verb.start >= e.verb.start
      )
        continue;
      // (a judge's own act is none it condemns or praises from outside)
      if (a.source.code.slice(0, 3) === judge.slice(0, 3)) break;
      e.target = copyRef(a.source);
      e.rule = `${e.rule}+judged:${a.id}`;
      break;
    }
  }
}
