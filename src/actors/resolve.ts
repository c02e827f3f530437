// Mentions to actors for one document: chunk the text into actor phrases, give each phrase an actor
// valid at the article's date, then resolve surnames, pronouns and "the ministry" by coreference.

import { stateAbbreviationAfter } from "../geo/us-states.js";
import type { Actor, Document, Mention, Sentence, Token } from "../model/index.js";
import { linkTooltips } from "../util/link-tooltips.js";
import {
  type Chunk,
  Chunker,
  type ChunkPart,
  ELECTORAL_STATES,
  entitySense,
  HONORIFICS,
  matchUnits,
  PRONOUNS,
  STATELESS_PEOPLES,
  type Unit,
} from "./chunk.js";
import { composeCode, splitCode } from "./codes.js";
import {
  namesUS,
  POSSESSIVE_PRONOUNS,
  personNameMatch,
  reportingSubjects,
  resolvePending,
  SENATES,
} from "./coref.js";
import { type KnowledgeBase, officeAt, type Sense } from "./kb.js";
import { type Ref, RefRegistry } from "./refs.js";
import { NEWS_AGENCY, type SentenceSpan, splitSentences, type Tok, tokenize, topCreditEnd } from "./text.js";

export type MentionKind = Mention["kind"];

/** What still has to be decided by coreference. */
export type Pending =
  | { type: "pronoun"; agree: "m" | "f" | "it" | "they" }
  | {
      type: "nominal";
      headKey: string;
      sector: string;
      person: boolean;
      title: string;
      bare: boolean;
      /** Of a people without a state ("Kurdish forces"): of the country the story's fighting is in. */
      stateless?: boolean;
      /** "the former president": no longer in the office. */
      former?: boolean;
    }
  | {
      type: "surname";
      keys: string[];
      kbPeople: string[];
      entity: boolean;
      /** One word that is also a town's name ("Boston"): a person's surname, never a body named after it. */
      town?: boolean;
    };

export interface Item {
  start: number;
  end: number;
  sentence: number;
  kind: MentionKind;
  ref: Ref | null;
  pending: Pending | null;
  /** Last word of the head noun ("ministry", "bank"), for "the ministry" coreference. */
  headKey: string | null;
  plural: boolean;
  /** "its forces", "their leaders": the possessive pronoun whose referent owns this phrase. */
  owner?: Item;
  /** The sector the phrase's head gives under its owner ("" for none). */
  ownerSector?: string;
  /** A title or group noun with no article, country or owner ("officials said"). */
  bareStaff?: boolean;
  /** A title or group noun with no country, body or owner of its own ("a lawyer", "the official"). */
  baseless?: boolean;
  /**
   * A title that only restates a person named beside it ("Ann Ruiz, a lawyer,", "a man named Ann Ruiz")
   * or before it ("that man"): the name, not the title, is a pronoun's antecedent.
   */
  apposed?: boolean;
  /** What a pronoun agrees with ("he": m), kept after it is resolved. */
  agree?: "m" | "f" | "it" | "they";
}

export interface ResolveResult {
  mentions: Mention[];
  actors: Actor[];
}

/** Bodies longer than this are resolved on their first part only (and a note says so). */
export const MAX_RESOLVE_CHARS = 400_000;

/**
 * Where the text says one of `phrases` of several words ("State of the Union"): the parts the chunker
 * reads as bodies ("State", "the Union") are inside a name of no actor.
 */
function phraseSpans(body: string, phrases: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  const lower = body.toLowerCase();
  for (const p of phrases) {
    if (!p.includes(" ")) continue;
    for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + p.length)) {
      const before = at > 0 ? lower[at - 1] : " ";
      const after = lower[at + p.length] ?? " ";
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push([at, at + p.length]);
    }
  }
  return out;
}

function sentenceSpans(doc: Document): SentenceSpan[] {
  if (doc.sentences.length > 0) return doc.sentences.map((s) => ({ start: s.start, end: s.end }));
  return splitSentences(doc.body);
}

function sentenceIndexer(spans: SentenceSpan[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    let best = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
}

export function resolveDocument(kb: KnowledgeBase, doc: Document): ResolveResult {
  const body = doc.body.length > MAX_RESOLVE_CHARS ? doc.body.slice(0, MAX_RESOLVE_CHARS) : doc.body;
  const date = doc.published ? doc.published.slice(0, 10) : null;
  const toks = tokenize(body);
  const spans = sentenceSpans(doc);
  const sentenceOf = sentenceIndexer(spans);
  const starts = new Set<number>();
  {
    let s = 0;
    for (let t = 0; t < toks.length; t++) {
      while (s < spans.length && spans[s].end <= toks[t].start) s++;
      if (s < spans.length && (t === 0 || toks[t - 1].end <= spans[s].start)) starts.add(t);
    }
  }
  // (a link's tooltip starts a phrase of its own: "Senator Ann Ruiz" before it is the story's)
  const tips = linkTooltips(body);
  for (let n = 0, t = 0; n < tips.length; n++) {
    while (t < toks.length && toks[t].start < tips[n][0]) t++;
    if (t < toks.length) starts.add(t);
  }
  const units = matchUnits(kb, toks, { date });
  const uposByStart = new Map<number, string>();
  for (const s of doc.sentences) for (const t of s.tokens) if (t.upos) uposByStart.set(t.start, t.upos);
  const chunker = new Chunker(
    toks,
    units,
    (ti) => starts.has(ti),
    (ti) => uposByStart.get(toks[ti].start),
  );
  const quoted = quoteSpans(body);
  const refs = new RefRegistry(kb, date);
  const items: Item[] = [];
  /** Countries of the capitals and states named only as places the chunker's rules recognise. */
  const places: string[] = [];
  const unitAt = new Map<number, number>();
  for (let k = 0; k < units.length; k++) unitAt.set(units[k].i, k);

  const text = (i: number, j: number) => body.slice(toks[i].start, toks[j - 1].end);
  const item = (
    i: number,
    j: number,
    kind: MentionKind,
    ref: Ref | null,
    extra: Partial<Item> = {},
  ): Item => {
    const it: Item = {
      start: toks[i].start,
      end: toks[j - 1].end,
      sentence: sentenceOf(toks[i].start),
      kind,
      ref,
      pending: null,
      headKey: null,
      plural: false,
      ...extra,
    };
    items.push(it);
    return it;
  };

  /** "TOKYO, March 2 -": a wire dateline names where the story was filed, not an actor. */
  const datelines = datelineRuns(body, toks);
  const isDateline = (i: number) => datelines.some((d) => d.i <= i && i < d.end);

  /** "the U.S. order", "Russia's decision": a country right before an act only its government takes. */
  const stateAct = (j: number) => {
    let t = toks[j];
    if (t && /^['’]s?$/.test(t.key)) t = toks[j + 1];
    return !!t && !t.cap && STATE_ACTS.has(t.key);
  };

  /**
   * "the Islamic State's Afghan branch", "al-Qaeda's Yemen affiliate": an armed group's branch named by
   * a country fights in that country (tokens [i, j) are the country word, j the branch noun).
   */
  const armedBranch = (i: number, j: number) => {
    if (!BRANCH_NOUNS.has(toks[j]?.key ?? "") || toks[j].cap) return false;
    const owner = possessor(i);
    return owner?.kind === "org" && kb.organisations.get(owner.key)?.kind === "armed";
  };

  /**
   * "Taliban-linked militants", "Houthi-aligned fighters": the armed group named before the hyphen (one
   * token with its suffix here) is the one they fight for. Returns the first token of its
   * name and its knowledge-base key.
   */
  const linkedArmedGroup = (i: number): { i: number; key: string } | null => {
    const m = /^(.+)-(?:linked|affiliated|inspired|aligned|allied|loyal|backed)$/i.exec(
      toks[i - 1]?.text ?? "",
    );
    if (!m) return null;
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      const name = back === 1 ? m[1] : `${text(i - back, i - 1)} ${m[1]}`;
      for (const hit of kb.lookup(name, date)) {
        const key = hit.id.slice(3);
        // (a group that fights in several countries leaves its affiliates to the story's conflict)
        const org = kb.organisations.get(key);
        if (org?.kind === "armed" && !org.code.startsWith("---")) return { i: i - back, key };
      }
    }
    return null;
  };

  /** A name standing alone: a country, a capital that acts, an organisation, a person... */
  const standalone = (part: ChunkPart, k: number, span: { i: number; j: number }, heads: string | null) => {
    const s = part.sense;
    if ((s.kind === "capital" || s.kind === "country" || s.kind === "seat") && isDateline(part.unit.i))
      return null;
    // "U.S.-backed forces", "Iran-sponsored militias": the sponsor is not the actor of the phrase.
    if (
      body[toks[part.unit.j - 1].end] === "-" &&
      SPONSORED.has(toks[part.unit.j + 1]?.key ?? "") &&
      toks[part.unit.j + 1].start === toks[part.unit.j - 1].end + 1
    )
      return null;
    switch (s.kind) {
      case "country": {
        if (chunker.insideLongerName(k)) return null;
        // "Rep. Jim Jordan ... Jordan said": the surname of someone the text named in full.
        const key = toks[part.unit.i].key;
        const named = refs
          .all()
          .find(
            (r) => r.type === "person" && r.nameKeys.some((ks) => ks.length > 1 && ks[ks.length - 1] === key),
          );
        if (named && part.unit.j === part.unit.i + 1) return item(span.i, span.j, "name", named);
        if (span.j === part.unit.j && armedBranch(part.unit.i, part.unit.j))
          return item(span.i, part.unit.j + 1, "group", refs.forCode(composeCode(s.code, "REB")));
        if (span.j === part.unit.j && stateAct(part.unit.j))
          return item(span.i, span.j, "name", refs.forCode(composeCode(s.code, "GOV")));
        return item(span.i, span.j, "name", refs.forCode(s.code));
      }
      case "capital":
        if (chunker.insideLongerName(k)) return null;
        if (!chunker.capitalActs(k)) {
          // "Portland, Oregon" names no actor, but says which country the story is in
          if (chunker.namesPlace(k)) places.push(s.code);
          return null;
        }
        return item(span.i, span.j, "capital", refs.forCode(s.code + "GOV"));
      case "seat":
        // "Indian National Congress", "the National People's Congress": part of another body's name.
        if (
          chunker.insideLongerName(k) ||
          (possessor(part.unit.i) === null && /^'s?$/.test(toks[part.unit.i - 1]?.key ?? ""))
        ) {
          return null;
        }
        {
          // "South Korea's Joint Chiefs of Staff", "Seoul's defense department": a seat named after the
          // institution another state also has belongs to the state that owns it.
          const owner = possessor(part.unit.i);
          const seat = splitCode(s.code);
          if (
            owner &&
            (owner.kind === "country" || owner.kind === "capital") &&
            seat.root &&
            owner.code !== seat.root
          )
            return item(span.i, span.j, "capital", refs.forCode(owner.code + seat.sectors.join("")));
        }
        // ("Senate Republicans ... they", "Democrats ... their": a party's members are "they", not "it")
        // (not an acronym ending in S: "USCIS said it")
        return item(span.i, span.j, "capital", refs.forCode(s.code), {
          plural: /[^s]s$/.test(toks[span.j - 1].key) && !isUpperWord(toks[span.j - 1]),
        });
      case "region":
        if (s.adjective && !chunker.demonymIsNoun(k, /s$/.test(toks[span.j - 1].text))) return null;
        return item(span.i, span.j, "name", refs.forCode(s.code));
      case "demonym":
        if (armedBranch(part.unit.i, part.unit.j))
          return item(span.i, part.unit.j + 1, "group", refs.forCode(composeCode(s.code, "REB")));
        if (!chunker.demonymIsNoun(k, s.plural)) {
          // "the American decision": what only a government decides stands for it.
          return span.j === part.unit.j && stateAct(part.unit.j)
            ? item(span.i, span.j, "name", refs.forCode(composeCode(s.code, "GOV")))
            : null;
        }
        return item(span.i, span.j, "demonym", refs.forCode(s.code), { plural: true });
      case "org":
        return item(span.i, span.j, "name", refs.org(s.key));
      case "person":
        if (s.surname) {
          return item(span.i, span.j, "name", null, {
            pending: { type: "surname", keys: [toks[span.i].key], kbPeople: [s.key], entity: false },
          });
        }
        return item(span.i, span.j, "name", refs.person(s.key, { base: null, sector: null, role: heads }));
      case "dict-actor": {
        const r = refs.dict(s.id);
        return r ? item(span.i, span.j, "name", r) : null;
      }
      default:
        return null;
    }
  };

  const headInfo = (c: Chunk) => {
    const last = c.heads[c.heads.length - 1]?.sense;
    let sector: string | null = null;
    let person = false;
    let plural = false;
    let prefix: string | null = null;
    let headKey: string | null = null;
    if (last?.kind === "head") {
      sector = last.head.sector || null;
      // "army spokesman": a title without a sector of its own takes the one of the noun before it.
      for (let n = c.heads.length - 2; n >= 0 && !sector; n--) {
        const h = c.heads[n].sense;
        if (h.kind === "head" && h.head.sector) sector = h.head.sector;
      }
      person = last.head.kind === "person";
      plural = last.head.kind === "group";
      headKey = headWord(last.head.phrase);
    } else if (last?.kind === "dict-agent") {
      if (last.position === "prefix") prefix = last.code;
      else sector = last.code;
      person = !last.plural;
      plural = last.plural;
      headKey = toks[c.heads[c.heads.length - 1].unit.j - 1].key;
    }
    const role =
      c.heads.length > 0 ? text(c.heads[0].unit.i, c.heads[c.heads.length - 1].unit.j).toLowerCase() : null;
    // "company officials", "military officials", "union leaders": a generic GOV title after a noun with
    // a sector of its own belongs to that sector.
    if (sector === "GOV" && last?.kind === "head") {
      for (let n = c.heads.length - 2; n >= 0; n--) {
        const h = c.heads[n].sense;
        if (h.kind === "head" && h.head.sector && h.head.sector !== "GOV") {
          sector = h.head.sector;
          break;
        }
      }
    }
    // "rebel forces", "opposition troops": armed men of rebels or of the opposition are rebels, not the
    // state's military; "police forces" are police.
    if (sector === "MIL" && last?.kind === "head") {
      for (let n = c.heads.length - 2; n >= 0; n--) {
        const h = c.heads[n].sense;
        if (h.kind !== "head") continue;
        if (h.head.sector === "REB" || h.head.sector === "OPP") sector = "REB";
        else if (h.head.sector === "COP") sector = "COP";
      }
    }
    // A former office holder is an elite (CAMEO ELI), whatever the office was.
    // ("former officials", "former senators": office holders too, unlike "former students")
    if (c.former && sector && (person || /^(GOV|LEG|JUD)$/.test(sector))) sector = "ELI";
    return { sector, person, plural, prefix, headKey, role };
  };

  const ofBase = (c: Chunk | null): string | null => {
    if (!c) return null;
    if (c.name) return refs.baseOf(c.name.sense);
    const m = c.mods[c.mods.length - 1];
    return m ? refs.baseOf(m.sense) : null;
  };

  /**
   * "residents of Aleppo", "police in Marseille", "a teacher in Sunnyvale, Tex.": a town's people and
   * offices are of its country. Not a mission or a reporter abroad ("the consulate in Benghazi"). A name
   * towns of several countries share is the American one in a story that names the US.
   */
  const townCountry = (c: Chunk): string | null => {
    const last = c.heads[c.heads.length - 1]?.sense;
    // (troops and commanders in a town are as often another country's, stationed there)
    if (!c.ofName || ABROAD.has(toks[c.j - 1].key) || (last?.kind === "head" && last.head.sector === "MIL"))
      return null;
    if (c.ofName.qualifier) return refs.baseOf(c.ofName.qualifier);
    // (the tokens split "Mass." in two: the abbreviation is read from the text)
    if (stateAbbreviationAfter(body, toks[c.ofName.j - 1].end)) return "USA";
    usStory ??= US_SIGNS.test(body);
    return kb.cityCountry(text(c.ofName.i, c.ofName.j), usStory ? "USA" : null);
  };
  let usStory: boolean | undefined;

  /** "King Tomas Alvar of Norway": the country named right after a titled name is the person's. */
  const countryAfterName = (c: Chunk): string | null => {
    if (!c.properName || c.mods.length > 0 || !c.heads.length || toks[c.j]?.key !== "of") return null;
    const at = toks[c.j + 1]?.key === "the" ? c.j + 2 : c.j + 1;
    const k = unitAt.get(at);
    const s = k === undefined ? null : entitySense(units[k]);
    return s?.kind === "country" ? refs.baseOf(s) : null;
  };

  /** "Congress passed", "Parliament voted": a capitalised institution with no article or country. */
  const bareInstitution = (c: Chunk) => {
    const last = c.heads[c.heads.length - 1];
    if (c.det || c.heads.length !== 1 || last.sense.kind !== "head" || last.sense.head.kind !== "body")
      return false;
    const ku = unitAt.get(last.unit.i) ?? 0;
    return toks[last.unit.i].cap && !starts.has(last.unit.i) && !chunker.insideLongerName(ku);
  };

  /**
   * "police fired tear gas", "a military spokesman said": heads with no article or country still name
   * someone; coreference gives them the story's country.
   */
  const bareGroup = (c: Chunk) => {
    if (c.det === "the") return false;
    const last = c.heads[c.heads.length - 1]?.sense;
    if (last?.kind !== "head") return false;
    // "the country's president", "the kingdom's foreign ministry": owned by the country named last.
    if (countryNoun(c.i) !== undefined) return true;
    // "army spokesman said" and "one official said" name someone; "as president" does not.
    if (last.head.kind === "person" && !c.det)
      return c.heads.length > 1 || last.head.phrase.includes(" ") || toks[c.i]?.key === "one";
    if (last.head.kind === "person") return true;
    // "State television reported": an outlet needs no article.
    if (last.head.kind === "body" && last.head.sector === "MED") return true;
    return last.head.kind === "group";
  };

  /**
   * "a Pelosi aide", "Boehner spokesman Tom Bell": a spokesman, aide or adviser named after an office
   * holder works for that office (USALEG for a Speaker's spokesman), not for the government.
   */
  const staffOfPerson = (c: Chunk, role: string | null): string | null => {
    const last = c.mods[c.mods.length - 1]?.sense;
    // ("former Trump adviser": no longer works for that office)
    if (last?.kind !== "person" || c.former || !role || !OFFICE_STAFF.test(role)) return null;
    const p = kb.people.get(last.key);
    const office = p ? officeAt(p, date) : null;
    return office?.code ?? null;
  };

  /** A person named earlier whose name the phrase's capitalised last title word is ("Sheikh Sultan"). */
  const namedAgain = (c: Chunk): Ref | null => {
    const last = c.heads[c.heads.length - 1];
    if (c.heads.length < 2 || last.unit.j !== last.unit.i + 1 || !toks[last.unit.i].cap) return null;
    const key = toks[last.unit.i].key;
    for (const r of refs.all()) {
      if (
        r.type === "person" &&
        r.nameKeys.some((ks) => ks.length > 1 && ks[0] === key) &&
        personNameMatch(r.nameKeys, [key])
      )
        return r;
    }
    return null;
  };

  /** The name before a possessive that ends right before token i ("Japan" in "Japan's Toshiba"). */
  const possessor = (i: number): Sense | null => {
    if (i < 2 || !/^'s?$/.test(toks[i - 1].key)) return null;
    const uk = unitAt.get(i - 1);
    if (uk === undefined || uk === 0) return null;
    return entitySense(units[uk - 1]);
  };

  /** "the seamen's leaders": a group or body phrase right before the possessive that ends at token i. */
  const possessiveGroup = (i: number): Item | undefined => {
    if (i < 2 || !/^'s?$/.test(toks[i - 1].key)) return undefined;
    let n = items.length - 1;
    while (n >= 0 && items[n].start >= toks[i].start) n--;
    const last = items[n];
    if (!last || last.end !== toks[i - 2].end || last.kind === "name" || last.kind === "pronoun")
      return undefined;
    return last;
  };
  /** "the country's president", "the kingdom's foreign ministry": the country named last. */
  const countryNoun = (i: number): Item | undefined => {
    if (i < 3 || !/^'s?$/.test(toks[i - 1].key) || !COUNTRY_NOUNS.has(toks[i - 2].key)) return undefined;
    for (let n = items.length - 1; n >= 0 && n >= items.length - 60; n--) {
      const r = items[n].ref;
      if (items[n].start < toks[i].start && r?.type === "country") return items[n];
    }
    return undefined;
  };
  /** Possessive pronoun items by the token index right after them. */
  const possessivePronoun = new Map<number, Item>();
  let k = 0;
  while (k < units.length) {
    const u = units[k];
    const tok = toks[u.i];
    if (u.senses.length === 0) {
      const agree = PRONOUNS[tok.key];
      // Pronouns inside quotation marks are the speaker's words about someone else; "it" counts only as
      // the subject of a verb ("it has helped"), not "for it" or "it is likely".
      const itSubject = tok.key !== "it" || isVerbish(toks[u.i + 1]?.key ?? "");
      if (agree && itSubject && !insideSpans(quoted, tok.start)) {
        const pro = item(u.i, u.j, "pronoun", null, { pending: { type: "pronoun", agree }, agree });
        if (POSSESSIVE_PRONOUNS.has(tok.key)) possessivePronoun.set(u.j, pro);
        k++;
        continue;
      }
    }
    const parsed = chunker.parse(k);
    if (!parsed && tok.cap && u.senses.length === 0 && CORPORATE_SUFFIXES.has(tok.key)) {
      // "USAir Group Inc": the legal form belongs to the company just named; alone it names no one
      // (it was read as the surname of the story's other "... Inc")
      const last = items[items.length - 1];
      const firm = last?.ref?.type === "company" || last?.ref?.type === "media";
      if (firm && last.end <= tok.start && tok.start - last.end <= 2) last.end = toks[u.j - 1].end;
      k++;
      continue;
    }
    if (!parsed) {
      // A capitalised word no list knows: maybe a surname of someone named in full elsewhere.
      if (tok.cap && u.senses.length === 0 && /\p{L}/u.test(tok.text)) {
        let e = chunker.properNameAt(k);
        // "the Lumen Coalition", "Norvex Bank": a name word before a capitalised institution noun the
        // lists know as a group noun, which would end the name run
        const after = e > k && e < units.length && units[e].j === units[e].i + 1 ? toks[units[e].i] : null;
        if (
          after?.cap &&
          !starts.has(units[e].i) &&
          (INSTITUTION_SECTORS[after.key] || CORPORATE_SUFFIXES.has(after.key))
        )
          e++;
        const last = e > k ? toks[units[e - 1].j - 1].key : "";
        // "Investigative Committee", "Popular Front": an institution no list knows, named by its last word.
        const instSector =
          e - k >= 2
            ? institutionSector(
                last,
                toks.slice(Math.max(0, u.i - 1), units[e - 1].j).map((t) => t.key),
              )
            : undefined;
        if (
          e - k >= 2 &&
          (instSector || CORPORATE_SUFFIXES.has(last)) &&
          namedAsArtists(body, toks[u.i].start, toks[units[e - 1].j - 1].end)
        ) {
          // "the rock band Velvet Union", "Bell Brothers, a folk trio": performers, whatever their name ends in
          item(u.i, units[e - 1].j, "name", refs.docOrg(text(u.i, units[e - 1].j), "---CVL", "organisation"));
          k = e;
          continue;
        }
        if (instSector) {
          const prev = k > 0 ? entitySense(units[k - 1]) : null;
          const root = prev && (prev.kind === "country" || prev.kind === "demonym") ? prev.code : "---";
          const name = text(u.i, units[e - 1].j);
          // "Portland Police", "Baltimore City Council": a city's force or council is named after the
          // city, and "Portland" alone is the place, not the body (coreference matches a name's first word)
          const keys = CITY_BODIES.has(last) ? [last] : undefined;
          item(
            u.i,
            units[e - 1].j,
            "name",
            refs.docOrg(name, `${root}${instSector}`, instSector === "MED" ? "media" : "organisation", keys),
          );
          k = e;
          continue;
        }
        if (e > k && e - k >= 2 && CORPORATE_SUFFIXES.has(last)) {
          // "Toshiba Machine Co": a company no list knows, of the country a possessive names, else the story's.
          const before = possessor(u.i);
          const country =
            before && (before.kind === "country" || before.kind === "demonym") ? before.code : "---";
          item(u.i, units[e - 1].j, "name", refs.docOrg(text(u.i, units[e - 1].j), `${country}BUS`));
          k = e;
          continue;
        }
        // "the BBC's Will Grant": a named person belonging to the organisation before the possessive.
        const owner = possessor(u.i);
        if (e - k >= 2 && owner?.kind === "org") {
          const org = kb.organisations.get(owner.key);
          if (org) {
            item(u.i, units[e - 1].j, "name", refs.docPerson(text(u.i, units[e - 1].j), org.code, null));
            k = e;
            continue;
          }
        }
        if (e > k) {
          item(u.i, units[e - 1].j, "name", null, {
            pending: {
              type: "surname",
              keys: toks.slice(u.i, units[e - 1].j).map((t) => t.key),
              kbPeople: [],
              entity: false,
            },
          });
          k = e;
          continue;
        }
      }
      // "Russia's criminal case", "the Justice Department's budget": no phrase follows the possessive,
      // but its owner is still named.
      const own = entitySense(u);
      if (own && own.kind !== "demonym" && chunker.isPossessive(k + 1)) {
        standalone({ unit: u, sense: own }, k, { i: u.i, j: u.j }, null);
      }
      k++;
      continue;
    }
    const { chunk: c, next } = parsed;
    // "U.S. and South Korean troops", "Russian and Chinese officials": the first of two coordinated
    // countries shares the second one's head.
    if (
      c.name &&
      c.mods.length === 0 &&
      c.heads.length === 0 &&
      (c.name.sense.kind === "country" || c.name.sense.kind === "demonym")
    ) {
      // "Russian, Turkish and Iranian diplomats": bare country words between commas lead to the head too.
      let at = c.name.unit.j;
      for (let n = 0; n < 6 && toks[at]?.key === ","; n++) {
        const mk = unitAt.get(at + 1);
        const mid = mk !== undefined ? chunker.parse(mk)?.chunk : null;
        const ms = mid?.name?.sense;
        if (
          !mid ||
          mid.heads.length > 0 ||
          mid.mods.length > 0 ||
          (ms?.kind !== "country" && ms?.kind !== "demonym")
        )
          break;
        at = mid.j;
      }
      if (toks[at]?.key === "," && /^(and|or)$/.test(toks[at + 1]?.key ?? "")) at++;
      const conj = toks[at];
      const nk = unitAt.get(at + 1);
      const second = conj && /^(and|or)$/.test(conj.key) && nk !== undefined ? chunker.parse(nk) : null;
      const sc = second?.chunk;
      const sm = sc?.mods[0]?.sense;
      // ("Iraqi and Kurdish forces": a people without a state of its own is no modifier the lists know)
      const statelessMod = sc?.mods.length === 0 && !sc.det && STATELESS_PEOPLES.has(toks[sc.i].key);
      if (
        sc &&
        sc.heads.length > 0 &&
        !sc.name &&
        ((sc.mods.length === 1 && (sm?.kind === "country" || sm?.kind === "demonym")) || statelessMod)
      ) {
        const h2 = headInfo(sc);
        const base = refs.baseOf(c.name.sense);
        if (base && !h2.prefix) {
          const code = composeCode(base, h2.sector ?? "GOV");
          item(c.name.unit.i, c.name.unit.j, h2.person ? "title" : "group", refs.forCode(code), {
            headKey: h2.headKey,
            plural: true,
          });
          k = Math.max(next, k + 1);
          continue;
        }
      }
    }
    const h = headInfo(c);
    const firstHead = c.heads[0]?.sense;
    // "a Kremlin spokesman": a title that starts with a seat of power belongs to that seat's state.
    const headBase =
      firstHead?.kind === "head" && firstHead.head.base ? refs.historic(firstHead.head.base) : null;
    let modBase =
      c.mods.length > 0
        ? refs.baseOf(c.mods[c.mods.length - 1].sense)
        : (ofBase(c.ofChunk) ?? townCountry(c) ?? countryAfterName(c) ?? headBase);
    // "UN Ambassador Ann Ruiz": the UN sends no ambassadors; a country sends one to it, the story's or
    // the person's own.
    if (modBase === "IGOUNO" && c.mods.length > 0 && /^ambassadors?$/.test(h.headKey ?? "")) modBase = null;
    let made: Item | null = null;
    const linked = c.heads.length > 0 && h.sector === "REB" && !modBase ? linkedArmedGroup(c.i) : null;
    // "Iran's parliament speaker": the possessive is an actor of its own, and the phrase starts after it.
    let ci = c.i;
    let possessives: ChunkPart[] = [];
    for (let n = 0; n < c.mods.length; n++) {
      const mk = unitAt.get(c.mods[n].unit.i) ?? k;
      if (chunker.isPossessive(mk + 1) && units[mk + 2]) {
        possessives = c.mods
          .slice(0, n + 1)
          .filter((m) => chunker.isPossessive((unitAt.get(m.unit.i) ?? k) + 1));
        ci = units[mk + 2].i;
      }
    }
    if (c.name) {
      const nk = unitAt.get(c.name.unit.i) ?? k;
      const s = c.name.sense;
      if (s.kind === "person" && !s.surname) {
        const ref = refs.person(s.key, { base: modBase, sector: h.sector, role: h.role });
        made = item(ci, c.j, "name", ref);
      } else if (c.mods.length === 0 && c.heads.length === 0) {
        made = standalone(c.name, nk, { i: c.name.unit.i, j: c.name.unit.j }, null);
      } else {
        made = standalone(c.name, nk, { i: ci, j: c.j }, h.role);
      }
      if (!made) {
        for (const m of c.mods) {
          const mk = unitAt.get(m.unit.i) ?? k;
          if (m.sense.kind === "country" || m.sense.kind === "org" || chunker.isPossessive(mk + 1)) {
            standalone(m, mk, { i: m.unit.i, j: m.unit.j }, null);
          }
        }
      }
    } else if (c.properName && CORPORATE_SUFFIXES.has(toks[c.properName.i].key)) {
      // "Mathematical Applications Group Inc": the legal form ends a company's name that starts before
      // the noun "group"; it names no organisation "Inc" as "company Stena Bulk" names one. The
      // recognizer's span of the whole name makes the company (addEntityNames).
    } else if (c.properName && !h.person && h.headKey) {
      // "Swedish-based company Stena Bulk": an organisation named after its noun, of the modifier's country.
      const sector = h.sector || (/^(group|organi[sz]ation)$/.test(h.headKey) ? "NGO" : "BUS");
      const code = composeCode(modBase ?? "---", sector);
      const type = sector === "MED" ? "media" : sector === "BUS" ? "company" : "organisation";
      const ref = refs.docOrg(text(c.properName.i, c.properName.j), code, type);
      made = item(c.properName.i, c.properName.j, "name", ref, { headKey: h.headKey });
    } else if (c.properName && CORPORATE_SUFFIXES.has(toks[c.properName.j - 1].key)) {
      // "King World Productions Inc": a title word that starts a company's name.
      const before = possessor(c.i);
      const country =
        before && (before.kind === "country" || before.kind === "demonym") ? before.code : "---";
      made = item(c.i, c.j, "name", refs.docOrg(text(c.i, c.j), `${country}BUS`));
    } else if (c.properName) {
      const base = modBase ?? "---";
      const code =
        staffOfPerson(c, h.role) ??
        (h.prefix ? h.prefix + (modBase ?? "") : composeCode(base, h.sector ?? "GOV"));
      const ref = refs.docPerson(text(c.properName.i, c.properName.j), code, h.role);
      made = item(ci, c.j, "name", ref);
      const owner = possessivePronoun.get(c.i);
      if (owner && !modBase && !h.prefix) {
        made.owner = owner;
        made.ownerSector = h.sector ?? "";
      }
    } else if (linked) {
      made = item(linked.i, c.j, "group", refs.org(linked.key), { headKey: h.headKey, plural: h.plural });
    } else if (nameTitleAlone(c)) {
      // "Turkey's Justice and Development Party": a title that stands only before a name names no one
      // without it; the possessive before it is still an actor
      for (const m of possessives)
        standalone(m, unitAt.get(m.unit.i) ?? k, { i: m.unit.i, j: m.unit.j }, null);
    } else if (c.heads.length > 0) {
      // "Trump's counterparts": a peer is of another country than its possessor's
      const peerOfOwner = PEERS.has(h.headKey ?? "") && possessives.includes(c.mods[c.mods.length - 1]);
      if (modBase && !peerOfOwner) {
        const code =
          staffOfPerson(c, h.role) ??
          (h.prefix ? h.prefix + modBase : composeCode(modBase, h.sector ?? "GOV"));
        let ref: Ref | null = null;
        if (h.person && h.role) ref = refs.officeHolder(code, h.role);
        if (!ref) {
          const lastMod = c.mods[c.mods.length - 1]?.sense;
          ref =
            lastMod?.kind === "org" && code === refs.baseOf(lastMod)
              ? refs.org(lastMod.key)
              : refs.forCode(code);
        }
        made = item(ci, c.j, h.person ? "title" : "group", ref, { headKey: h.headKey, plural: h.plural });
      } else if (PEERS.has(h.headKey ?? "")) {
        // "his counterpart", "counterparts from Brazil": of another country than the owner's, which the
        // phrase itself does not name (a name beside it is resolved on its own)
      } else if (h.person && !c.det && namedAgain(c)) {
        // "Sheikh Sultan" after "Sheikh Sultan bin Mohammed al-Qassimi": a title word that is the name.
        made = item(c.i, c.j, "name", namedAgain(c));
      } else if (h.headKey && (c.det === "the" || bareInstitution(c) || bareGroup(c))) {
        made = item(c.i, c.j, h.person ? "title" : h.plural ? "group" : "nominal", null, {
          pending: {
            type: "nominal",
            headKey: h.headKey,
            sector: h.sector ?? "",
            person: h.person,
            title: h.role ?? h.headKey,
            bare: c.det !== "the",
            // ("Kurdish forces" in an American paper's story on Iraq are Iraq's, not the paper's country's;
            // so are "Kurdish-led" ones)
            stateless: toks
              .slice(c.i, c.j)
              .some((t) => t.key.split("-").some((w) => STATELESS_PEOPLES.has(w))),
            former: c.former,
          },
          headKey: h.headKey,
          plural: h.plural,
        });
        const owner = possessivePronoun.get(c.i) ?? possessiveGroup(c.i) ?? countryNoun(c.i);
        if (owner && !h.prefix) {
          made.owner = owner;
          made.ownerSector = h.sector ?? "";
        }
        if (!c.det && c.mods.length === 0) made.bareStaff = true;
        if (!owner) made.baseless = true;
        // "foreign brokers", "overseas investors": from outside the story's country, so not of it.
        if (!owner && OUTSIDERS.has(toks[c.i - 1]?.key ?? "")) made.pending = null;
      }
    }
    if (made) {
      for (const m of possessives)
        standalone(m, unitAt.get(m.unit.i) ?? k, { i: m.unit.i, j: m.unit.j }, null);
    }
    const listCode = h.prefix ? h.prefix + (modBase ?? "") : composeCode(modBase ?? "---", h.sector ?? "GOV");
    for (const n of c.alsoTitled) item(n.i, n.j, "name", refs.docPerson(text(n.i, n.j), listCode, h.role));
    k = Math.max(next, k + 1);
  }

  addEntityNames(doc, items, toks, sentenceOf, refs);
  statePeoples(kb, body, items, refs);
  const parsed = parsedByEnd(doc);
  const committees = committeeNames(items, body, sentenceOf);
  // "Obama-era rules", "Clinton-supporting donors": a name joined to a participle or "-era" qualifies
  // the noun after it and names no actor ("Kim Jong-un" keeps its syllable); nor do laws, holidays
  // and the like that the recognizer takes for people ("Obamacare", "Brexit")
  const nonActorSpans = phraseSpans(body, kb.nonActors);
  const storms = new Set([...body.matchAll(STORM_NAME)].map((m) => m[1]));
  for (let n = items.length - 1; n >= 0; n--) {
    const it = items[n];
    const name = body.slice(it.start, it.end);
    if (
      it.kind === "name" &&
      (nameModifier(name) || kb.nonActors.has(name.toLowerCase()) || knownCompound(kb, name))
    )
      items.splice(n, 1);
    else if (nonActorSpans.some(([a, b]) => a <= it.start && it.end <= b)) items.splice(n, 1);
    else if (it.kind === "name" && it.ref?.type !== "country" && namesLawOrStorm(body, it, storms))
      items.splice(n, 1);
    else if (it.kind === "group" && weaponNotActing(kb, body, it, parsed)) items.splice(n, 1);
    else if (electoralState(body, it)) items.splice(n, 1);
    else if (
      it.pending?.type === "surname" &&
      it.pending.keys.length === 1 &&
      NO_SURNAME.has(it.pending.keys[0])
    )
      items.splice(n, 1);
  }
  // (a dateline says where and through whom the story was filed: "Washington (CNN)" names no actor,
  // whichever reading found the name)
  for (let k = items.length - 1; k >= 0; k--) {
    const at = items[k].start;
    if (datelines.some((d) => toks[d.i].start <= at && at < toks[d.end - 1].end)) items.splice(k, 1);
  }
  // (a photo credit, "Photo: Jo Bell/AP", names who took the picture, no one the story is about, and
  // must not be who the next paragraph's "he" is)
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k];
    if (it.kind === "name" && (!it.ref || it.ref.type === "person") && photoCredit(body, it))
      items.splice(k, 1);
  }
  if (tips.length > 0)
    for (let k = items.length - 1; k >= 0; k--) if (insideSpans(tips, items[k].start)) items.splice(k, 1);
  linkAppositions(items, body, refs);
  staffOf(items, body);
  // (an agency's credit names where the story was filed, but no home country and no digest section)
  const wire = datelines.filter((d) => !d.credit);
  const dateline = wire[0]?.i === 0 ? datelineCountry(toks, units, kb, 0, unitAt) : null;
  const outlet = publisherCountry(kb, doc.publisher);
  const inTitle = titleCountries(kb, doc.title ?? "", date);
  const home = dateline ?? homeCountry(items, kb, inTitle, outlet, places);
  const rebelHome =
    dateline ?? conflictCountry(items, kb, outlet, inTitle) ?? placeCountry(items, kb, body) ?? home;
  // (after the story's country is read: a foreign firm it names does not make the story foreign)
  firmsNamed(kb, items, body, refs);
  administrations(kb, items, body, refs);
  // ("Boston police", "Boston's hospital" after "Boston University" was named: the town, not the school;
  // so "New York" after "the New York Immigration Coalition", "Oakland County" after its court)
  for (const it of items) {
    const p = it.pending;
    if (p?.type !== "surname" || p.keys.length > 3) continue;
    const place =
      kb.cityCountry(p.keys.join(" ")) ||
      // ("New York": the table has the city as "New York City")
      (p.keys.length > 1 && kb.cityCountry(`${p.keys.join(" ")} city`)) ||
      (p.keys.length > 1 && COUNTY.test(p.keys[p.keys.length - 1])) ||
      (p.keys.length > 1 && kb.lookup(body.slice(it.start, it.end)).some((h) => h.type === "country"));
    if (place) p.town = true;
  }
  const reportSubject = reportingSubjects(doc.sentences);
  const inQuote = (pos: number) => insideSpans(quoted, pos);
  if (wire.length >= 2) {
    // A wire digest ("BEIRUT - ... - - - - MANILA - ..."): each paragraph opened by a dateline is its own
    // story, about the country it was filed from.
    for (let n = 0; n < wire.length; n++) {
      const from = n === 0 ? 0 : toks[wire[n].i].start;
      const to = n + 1 < wire.length ? toks[wire[n + 1].i].start : body.length + 1;
      const section = items.filter((it) => it.start >= from && it.start < to);
      const local = datelineCountry(toks, units, kb, wire[n].i, unitAt) ?? home;
      resolvePending(section, refs, body, local, local !== null, local, reportSubject, inQuote);
      inheritFromGroups(section, body);
      if (local) for (const it of section) localise(it, refs, local);
    }
  } else {
    resolvePending(items, refs, body, home, dateline !== null, rebelHome, reportSubject, inQuote);
    inheritFromGroups(items, body);
  }
  // ("Mike Rogers, chairman of the House Intelligence Committee" after Japan was named: a chamber's
  // committee of a country with no Senate, in a story naming the US, is Congress's, as "the Senate" is)
  if (namesUS(items))
    for (const it of committees)
      if (it.ref && !SENATES.has(splitCode(it.ref.code).root)) it.ref = refs.forCode("USALEG");
  sharedModifier(items, body, refs);
  titleNamesAgain(items, body);
  roleOfNamedBody(items, body);
  staffOf(items, body);
  affiliate(items, body, uposByStart);
  pollShares(items, body, refs);
  creditReporters(items, body, outlet ?? home);
  americanLawmakers(refs, items, home);
  refs.placeHomeless(home, rebelHome, (countries) =>
    mostCounted(
      new Map(
        countries.map((c) => [c, items.filter((it) => it.ref && splitCode(it.ref.code).root === c).length]),
      ),
    ),
  );

  const finals = refs.actors();
  const used = new Set<Ref>();
  const mentions: Mention[] = [];
  for (const it of items.sort((a, b) => a.start - b.start)) {
    if (it.pending && !it.ref && it.pending.type === "surname") continue;
    const actor = it.ref ? finals.get(it.ref) : undefined;
    if (it.ref) used.add(it.ref);
    mentions.push({
      start: it.start,
      end: it.end,
      text: body.slice(it.start, it.end),
      kind: it.kind,
      sentence: it.sentence,
      actorId: actor?.id ?? null,
    });
  }
  const actors = refs
    .all()
    .filter((r) => used.has(r))
    .map((r) => finals.get(r)!)
    .filter(Boolean);
  return { mentions: dedupeOverlaps(mentions), actors };
}

/** Titles of people who work for an office holder and speak or act for that office. */
const OFFICE_STAFF =
  /(?:^|\s)(?:spokes(?:man|woman|person|men|women|people)|aides?|advis[eo]rs?|chief of staff|press secretary|strategists?)$/;

/** What follows the hyphen of a name used as a modifier ("-era", "-inspired", "-leaning"). */
const MODIFIER_TAIL = /^(?:\p{Ll}{3,}(?:ed|ing)|led|run|era|style|like|lite|friendly|leaning|proof|free)$/u;
const NAME_CHAR = /[\p{L}.'’]/u;
const UPPER = /\p{Lu}/u;

/**
 * A name ending in a hyphen and a participle or a word like "era" ("Obama-era", "Reagan-inspired").
 * Scanned from the last hyphen back: one unanchored regex for this took time quadratic in the length
 * of a name with no spaces (a 100,000-letter "name" took over a minute).
 */
function nameModifier(name: string): boolean {
  // ("the Clinton-emails story", "Trump-tied groups": one hyphenated word that ends in a lower-case word
  // of four letters or more qualifies a noun; "Ban Ki-moon" has a space and keeps its syllable)
  if (!/\s/.test(name) && /^\p{Lu}[\p{L}.'’]*(?:-[\p{L}.'’]+)*-\p{Ll}{4,}$/u.test(name)) return true;
  const dash = name.lastIndexOf("-");
  if (dash <= 0 || !MODIFIER_TAIL.test(name.slice(dash + 1))) return false;
  for (let i = dash - 1; i >= 0 && NAME_CHAR.test(name[i]); i--) if (UPPER.test(name[i])) return true;
  return false;
}

/**
 * "the Trump-Russia probe", "Clinton-Sanders voters", "the Obama-Clinton years": one hyphenated word
 * joining two names the lists know qualifies a noun and names no one; a double-barrelled surname
 * ("Ocasio-Cortez") has parts the lists do not know alone.
 */
function knownCompound(kb: KnowledgeBase, name: string): boolean {
  if (/\s/.test(name) || !name.includes("-") || name.length > 60) return false;
  const parts = name.split("-");
  return parts.length >= 2 && parts.filter((w) => /^\p{Lu}/u.test(w) && kb.lookup(w).length > 0).length >= 2;
}

/**
 * Capitalised words alone that are neither someone's surname nor the short name of a body whose name
 * starts with them: party adjectives ("Republican lawmakers" is not the Republican National Committee,
 * "Republican George Bush" not a Mr Republican), faiths ("Catholic voters" are not Catholic University)
 * and weekdays ("Super Tuesday").
 */
const NO_SURNAME = new Set(
  (
    "republican democratic democrat conservative liberal libertarian progressive socialist " +
    "catholic protestant evangelical christian muslim jewish mormon baptist methodist lutheran orthodox " +
    "anglican episcopal presbyterian pentecostal hindu sikh buddhist shiite sunni " +
    "monday tuesday wednesday thursday friday saturday sunday"
  ).split(" "),
);

/** "the battleground state of Ohio", "swing states": states as votes to win, no government. */
function electoralState(body: string, it: Item): boolean {
  if (!/^(?:the\s+)?(?:\S+\s+)?states?$/i.test(body.slice(it.start, it.end))) return false;
  const words = body
    .slice(Math.max(0, it.start - 24), it.end)
    .toLowerCase()
    .split(/\s+/);
  return words.length >= 2 && ELECTORAL_STATES.test(words[words.length - 2]);
}

const ARTIST_NOUN =
  "(?:band|duo|trio|quartet|quintet|orchestra|choir|ensemble|(?:pop|rock|girl|boy|punk|folk|rap|music|musical|singing|vocal) group)";
const ARTISTS_BEFORE = new RegExp(`\\b${ARTIST_NOUN}\\s+(?:the\\s+)?$`, "i");
const ARTISTS_AFTER = new RegExp(`^\\s*,\\s+(?:a|an|the)\\s+(?:[\\p{L}'-]+\\s+){0,3}${ARTIST_NOUN}\\b`, "iu");

/** A name the text calls a band or a choir, right before it ("the band X") or in apposition ("X, a trio"). */
function namedAsArtists(body: string, start: number, end: number): boolean {
  return (
    ARTISTS_BEFORE.test(body.slice(Math.max(0, start - 40), start)) ||
    ARTISTS_AFTER.test(body.slice(end, end + 60))
  );
}

/** Nouns for a business or a charity, with the sector each gives the name the text applies it to. */
const FIRM_NOUN =
  "(?:(?:law|lobbying|consulting|accounting|investment|private[- ]equity|public[- ]relations|PR|security|tech|technology|energy|oil|drug|pharmaceutical|media|holding|shell|software|data|marketing|research) )?(?:firm|company|corporation|conglomerate|start-?up|retailer|manufacturer|chain|insurer|lender|hedge fund)|(?:nonprofit|non-profit|charity|advocacy group|civil rights group|watchdog group)";
/** What may follow such a noun that ends its phrase ("a law firm based in", "a company that"). */
const FIRM_END = String.raw`(?![\w'’-])(?=\s*(?:[,.;:)—–]|$)|\s+(?:that|which|based|in|of|with|owned|run|founded|headquartered|whose|from|for|and|to|known|where|hired|said)\b)`;
const FIRM_AFTER = new RegExp(
  String.raw`^(?:\s*,\s*|\s+(?:is|was)\s+)(?:a|an|the)\s+((?:[\p{L}'’-]+\s+){0,3}?)(${FIRM_NOUN})${FIRM_END}`,
  "u",
);
const FIRM_BEFORE = new RegExp(String.raw`\b(?:${FIRM_NOUN})\s+(?:called|named|known as)\s+$`, "u");

/**
 * "Perkins Coie, the law firm that", "a law firm called Jones Day", "CTPharma, a Connecticut company":
 * a name no list knows that the text calls a firm or a charity is that organisation, not a person the
 * recognizer took it for. Returns its sector.
 */
function describedAsFirm(
  kb: KnowledgeBase,
  body: string,
  it: { start: number; end: number },
): { sector: string; country: string } | null {
  // ("a charity called Stossel in the Classroom": the name goes on past the run found)
  if (/^\s+(?:in|of|for|and|on)\s+(?:the\s+)?\p{Lu}/u.test(body.slice(it.end, it.end + 30))) return null;
  const m = FIRM_AFTER.exec(body.slice(it.end, it.end + 90));
  const noun = m?.[2] ?? FIRM_BEFORE.exec(body.slice(Math.max(0, it.start - 40), it.start))?.[0];
  if (!noun) return null;
  // ("Sanofi, the French drug manufacturer", "a Connecticut company": the country the description names)
  let country = "---";
  for (const w of (m?.[1] ?? "").split(/\s+/)) {
    const hit = /^\p{Lu}/u.test(w) ? kb.lookup(w).find((h) => h.type === "country") : undefined;
    if (hit) country = hit.code.slice(0, 3);
  }
  return { sector: /nonprofit|non-profit|charity|group/.test(noun) ? "NGO" : "BUS", country };
}

/** Names no list knows that the text calls a firm: each mention of the name is that firm. */
function firmsNamed(kb: KnowledgeBase, items: Item[], body: string, refs: RefRegistry): void {
  const firms = new Map<string, Ref>();
  const waiting = (it: Item) => it.kind === "name" && !it.ref && it.pending?.type === "surname";
  for (const it of items) {
    if (!waiting(it) || it.pending?.type !== "surname" || it.pending.kbPeople.length > 0) continue;
    // ("Recology in San Francisco, a firm with": a town before the description is where the firm is)
    const name = body.slice(it.start, it.end);
    if (kb.cityCountry(name) || kb.lookup(name).length > 0) continue;
    const firm = describedAsFirm(kb, body, it);
    if (!firm) continue;
    const key = it.pending.keys.join(" ");
    const type = firm.sector === "BUS" ? "company" : "organisation";
    if (!firms.has(key)) firms.set(key, refs.docOrg(name, firm.country + firm.sector, type));
  }
  if (firms.size === 0) return;
  // (a firm named after someone the story names in full is not that person: "Stossel" after "John Stossel")
  for (const it of items) {
    const keys =
      it.ref?.type === "person" ? it.ref.nameKeys : it.pending?.type === "surname" ? [it.pending.keys] : [];
    for (const ks of keys) if (ks.length > 1) for (const k of ks) firms.delete(k);
  }
  for (const it of items) {
    if (!waiting(it) || it.pending?.type !== "surname") continue;
    const firm = firms.get(it.pending.keys.join(" "));
    if (!firm) continue;
    it.ref = firm;
    it.pending = null;
  }
}

/**
 * "Georgia was hoping ... 296,000 Georgians voted": in a story where a name is the US state's, the
 * people named after it are the state's, Americans, not the country's of the same name.
 */
function statePeoples(kb: KnowledgeBase, body: string, items: Item[], refs: RefRegistry): void {
  const states = new Set<string>();
  for (const it of items)
    if (it.kind === "capital" && it.ref?.code === "USAGOV")
      states.add(body.slice(it.start, it.end).toLowerCase());
  // ("Georgia's 6th District ... Georgians": a state named only as a place is the state too, when the
  // country itself is named nowhere, which would have made the shared name the country's)
  const named = new Set(
    items.filter((it) => it.kind !== "demonym" && it.ref).map((it) => it.ref!.code.slice(0, 3)),
  );
  for (const it of items) {
    if (it.kind !== "demonym" || it.ref?.type !== "country" || it.ref.code === "USA") continue;
    const code = it.ref.code;
    const country = kb.countries.get(code);
    const names = country ? [country.name, ...country.names, ...(country.sharedNames ?? [])] : [];
    const placeOnly = (n: string) =>
      !named.has(code) && !!country?.sharedNames?.includes(n) && new RegExp(`\\b${n}\\b`).test(body);
    if (names.some((n) => states.has(n.toLowerCase()) || placeOnly(n))) it.ref = refs.forCode("USA");
  }
}

/** Roles whose holder gives a government its name ("the Reagan administration", "the Blair government"). */
const HEAD_ROLE = /^(?:president|prime minister|premier|chancellor)$/;
/** What a head's surname names right before it: the government of the day. */
const ADMINISTRATION_AFTER =
  /^(?:['’]s)?\s+(?:administration|administrations|White House(?!\s+(?:bid|run|race|campaign))|government)\b|^\s+and\s+\p{Lu}[\p{L}-]+\s+administrations\b/u;
const headSurnames = new WeakMap<KnowledgeBase, Map<string, string | null>>();

/** Surnames of past and present heads of state or government, each with its country (null: several). */
function headSurnameCountries(kb: KnowledgeBase): Map<string, string | null> {
  let map = headSurnames.get(kb);
  if (map) return map;
  map = new Map();
  for (const p of kb.people.values()) {
    const heads = p.offices.filter((o) => HEAD_ROLE.test(o.role));
    if (heads.length === 0) continue;
    const country = heads[0].code.slice(0, 3);
    for (const name of [p.name, ...p.aliases]) {
      const keys = tokenize(name).map((t) => t.key);
      const last = keys[keys.length - 1];
      if (!last || keys.length < 2) continue;
      const have = map.get(last);
      map.set(last, have === undefined || have === country ? country : null);
    }
  }
  headSurnames.set(kb, map);
  return map;
}

/**
 * "the Reagan administration", "officials in the Bush and Obama administrations", "the Nixon White House":
 * the surname of a past head no longer in the news alone names the government of that day (its
 * country's GOV), not a private person of that name.
 */
function administrations(kb: KnowledgeBase, items: Item[], body: string, refs: RefRegistry): void {
  for (const it of items) {
    const p = it.pending;
    // (a head the story's date still places in the news keeps their own name: "the Obama White House")
    if (it.ref || p?.type !== "surname" || p.keys.length !== 1 || p.kbPeople.length > 0) continue;
    if (!ADMINISTRATION_AFTER.test(body.slice(it.end, it.end + 40))) continue;
    const country = headSurnameCountries(kb).get(p.keys[0]);
    if (!country) continue;
    it.ref = refs.forCode(`${country}GOV`);
    it.pending = null;
  }
}

/** Last words of the names of laws, treaties and programmes ("the Hyde Amendment", "the Paris Accord"). */
const LAW_TAIL = /\s(?:Amendment|Act|Treaty|Accords?|Agreement|Doctrine|Protocol|Partnership)$/;
/** The same for bills, rules and trials ("the Heartbeat Bill", "the Byrd Rule"), not "Judge Bill" English. */
const BILL_TAIL = /\s(?:Bill|Rule|Trial)$/;
/** A storm named with its kind, whose given name alone then names it too ("after Sandy"). */
const STORM_NAME = /\b(?:Hurricane|Typhoon|Cyclone|Superstorm|Tropical Storm)\s+(\p{Lu}\p{Ll}+)\b/gu;
/** Words before a storm's given name ("Hurricane Maria", "Superstorm Sandy"). */
const STORM = /\b(?:Hurricane|Typhoon|Cyclone|Superstorm|Tropical Storm|Storm)\s+$/;

/**
 * A name for a law or a storm, which the recognizer or a surname takes for a person or a body: it names
 * no actor, and must not be who a later "he" is. Bodies the lists know keep their names.
 */
function namesLawOrStorm(body: string, it: Item, storms: ReadonlySet<string>): boolean {
  if (it.ref && !it.ref.docPerson) return false;
  const name = body.slice(it.start, it.end);
  return (
    LAW_TAIL.test(name) ||
    (BILL_TAIL.test(name) && !it.ref?.role) ||
    // ("after Sandy" in a story that says "Superstorm Sandy" elsewhere)
    storms.has(name) ||
    /^(?:Hurricane|Typhoon|Cyclone|Superstorm|Tropical Storm)\s/.test(name) ||
    STORM.test(body.slice(Math.max(0, it.start - 16), it.start))
  );
}

/** A singular title of those only capitalised ("Justice") with no name after it. */
function nameTitleAlone(c: Chunk): boolean {
  const last = c.heads[c.heads.length - 1]?.sense;
  return last?.kind === "head" && last.head.proper === true && last.head.kind === "person" && !c.properName;
}

/** Titles of American lawmakers before a name ("Sen. Ann Ruiz", "Representative Tom Bell"). */
const US_LAWMAKER = /^(?:u\.?s\.?\s+)?(?:senator|sen\.?|representative|rep\.?|congressman|congresswoman)$/i;

/**
 * "Senator Ann Ruiz" and "Rep. Tom Bell" with no country of their own, in a story about a country
 * whose parliament has no senators (or representatives so titled) and that names the US, are American
 * lawmakers, not the story's country's.
 */
function americanLawmakers(refs: RefRegistry, items: Item[], home: string | null): void {
  if (home === "USA") return;
  const titled = refs
    .all()
    .filter((r) => r.docPerson && r.code.startsWith("---") && US_LAWMAKER.test(r.role ?? ""));
  if (titled.length === 0 || !namesUS(items)) return;
  for (const r of titled) {
    const senator = /^(?:u\.?s\.?\s+)?sen/i.test(r.role!);
    if (senator ? SENATES.has(home ?? "") : home === "PHL") continue;
    r.code = "USALEG";
  }
}

/** People and offices that stand in a town for another country: an embassy, an envoy, a correspondent. */
const ABROAD = new Set(
  (
    "embassy embassies consulate consulates mission missions ambassador ambassadors envoy envoys diplomat " +
    "diplomats correspondent correspondents reporter reporters journalist journalists"
  ).split(" "),
);

/** Words that show a story is American, to read a town name several countries share. */
const US_SIGNS = /\b(?:U\.S\.|United States|Americans?|Congress|Republicans?|Democrats?)\b/;

/** Title nouns for a peer of another country: their country is never their owner's. */
const PEERS = new Set(["counterpart", "counterparts"]);

const SPONSORED = new Set([
  "backed",
  "supported",
  "sponsored",
  "funded",
  "armed",
  "trained",
  "allied",
  "aligned",
]);

/**
 * Acts that only a government takes: a country named right before one stands for its government ("the
 * American decision", "the U.S. order", "U.S. warnings"). Sanctions, aid and attacks stay the country's.
 */
const STATE_ACTS = new Set([
  "decision",
  "decisions",
  "order",
  "orders",
  "warning",
  "warnings",
  "decree",
  "decrees",
  "ultimatum",
  "directive",
]);

/** What an armed group calls its parts in one country ("ISIS's Libyan branch"). */
const BRANCH_NOUNS = new Set([
  "branch",
  "affiliate",
  "wing",
  "arm",
  "franchise",
  "offshoot",
  "chapter",
  "cell",
]);

/** Modifiers that put a group outside the story's country ("foreign banks"). */
const OUTSIDERS = new Set(["foreign", "overseas", "international", "outside"]);

const COUNTRY_NOUNS = new Set(["country", "nation", "kingdom", "republic", "emirate", "island"]);

/** Last words that make a run of capitalised words an institution, with the sector it takes. */
/** Prepositions inside an organisation's name ("Center for ...", "Council on ...", "Committee to ..."). */
const ORG_NAME_PREPOSITIONS = new Set(["for", "on", "of", "to", "against"]);

const INSTITUTION_SECTORS: Record<string, string> = {
  committee: "GOV",
  commission: "GOV",
  council: "GOV",
  agency: "GOV",
  ministry: "GOV",
  directorate: "GOV",
  administration: "GOV",
  court: "JUD",
  tribunal: "JUD",
  police: "COP",
  gendarmerie: "COP",
  front: "REB",
  movement: "REB",
  brigade: "REB",
  brigades: "REB",
  militia: "REB",
  university: "EDU",
  college: "EDU",
  institute: "EDU",
  academy: "EDU",
  church: "REL",
  federation: "LAB",
  confederation: "LAB",
  union: "LAB",
  times: "MED",
  post: "MED",
  journal: "MED",
  herald: "MED",
  tribune: "MED",
  gazette: "MED",
  daily: "MED",
  // charities, campaigns and advocacy groups under their own names ("the Halvorsen Foundation")
  foundation: "NGO",
  society: "NGO",
  association: "NGO",
  coalition: "NGO",
  alliance: "NGO",
  network: "NGO",
  watch: "NGO",
  initiative: "NGO",
  // firms named by their trade ("Valmora Energy", "Kestrel Dynamics")
  bank: "BUS",
  energy: "BUS",
  petroleum: "BUS",
  oil: "BUS",
  mining: "BUS",
  pharmaceuticals: "BUS",
  technologies: "BUS",
  dynamics: "BUS",
  telecom: "BUS",
  shipping: "BUS",
};

/** Institutions named after the city they serve. */
const CITY_BODIES = new Set(["police", "council"]);
/** Last words of the names of counties and the like ("Oakland County"), places rather than bodies. */
const COUNTY = /^(?:county|parish|borough|township|district)$/;

/** Words that make a committee a legislature's ("Senate Armed Services Committee", "Ways and Means Committee"). */
const LEGISLATIVE_COMMITTEE = new Set(
  (
    "senate house congressional parliamentary legislative judiciary appropriations ways intelligence " +
    "oversight rules ethics armed budget means"
  ).split(" "),
);

/**
 * The sector an institution's last word gives its name (`keys`, with the word before it): a committee
 * of a legislature is the legislature's (LEG), not the government's.
 */
function institutionSector(word: string, keys: string[]): string | undefined {
  if (/^(sub)?committee$|^caucus$/.test(word) && keys.some((k) => LEGISLATIVE_COMMITTEE.has(k))) return "LEG";
  // (a national Olympic committee is a sports body, not the government's: the IOC's members are NGO)
  if (word === "committee" && keys.some((k) => /^(para)?olympic$/.test(k))) return "NGO";
  return INSTITUTION_SECTORS[word];
}

/** Last words that make a run of capitalised words a company name. */
const CORPORATE_SUFFIXES = new Set(
  (
    "corp corp. corporation co co. inc inc. ltd ltd. plc llc ag sa s.a. nv gmbh holdings airlines airways motors industries " +
    "securities partners associates investments brothers bancorp bankshares financial capital"
  ).split(" "),
);

const IT_VERBS = new Set(
  (
    "has had have will would could can should must may might did does said says added announced agreed " +
    "wants wanted plans planned refused rejected denied accused called urged warned"
  ).split(" "),
);

function isVerbish(key: string): boolean {
  return IT_VERBS.has(key) || /^[a-z]{3,}ed$/.test(key);
}

/** Spans inside quotation marks (curly or straight), found in one linear pass; unclosed quotes end at the paragraph. */
export function quoteSpans(body: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let straight = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\n" && body[i + 1] === "\n" && open >= 0) {
      out.push([open, i]);
      open = -1;
    } else if (c === "“" && open < 0) {
      open = i;
      straight = false;
    } else if (c === "”" && open >= 0 && !straight) {
      out.push([open, i + 1]);
      open = -1;
    } else if (c === '"') {
      if (open < 0) {
        open = i;
        straight = true;
      } else if (straight) {
        out.push([open, i + 1]);
        open = -1;
      }
    }
  }
  if (open >= 0) out.push([open, body.length]);
  return out;
}

function insideSpans(spans: [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= offset) lo = mid + 1;
    else if (spans[mid][0] > offset) hi = mid - 1;
    else return true;
  }
  return false;
}

/** A dateline's tokens [i, end): the upper-case place and an optional ", Country" before the dash. */
interface DatelineRun {
  i: number;
  /** Token index just past the upper-case place. */
  place: number;
  end: number;
  /** An agency's credit at the top ("(CNN)", "Washington (CNN)"), not a wire dateline. */
  credit?: boolean;
}

const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);

const isUpperWord = (t: Tok) => /\p{L}/u.test(t.text) && t.text === t.text.toUpperCase();

/** Tokens [i, n) of an upper-case place run: words, and slashes between them ("LONDON/WASHINGTON"). */
function upperRunEnd(toks: Tok[], i: number): number {
  let n = i;
  while (
    n < toks.length &&
    n - i < 7 &&
    (isUpperWord(toks[n]) || (toks[n].text === "/" && n > i && !!toks[n + 1] && isUpperWord(toks[n + 1])))
  )
    n++;
  return n;
}

/**
 * Datelines: an upper-case place opening the text or a paragraph ("TOKYO, March 2 -", "ZEEBRUGGE,
 * Belgium -"). One at the top is the story's; several at paragraph starts make a digest of stories.
 */
function datelineRuns(body: string, toks: Tok[]): DatelineRun[] {
  const out: DatelineRun[] = [];
  for (let i = 0; i < toks.length; i++) {
    const atTop = i === 0 && toks[0].start <= 40;
    if (!atTop && !/\n[ \t]*$/.test(body.slice(Math.max(0, toks[i].start - 4), toks[i].start))) continue;
    let n = upperRunEnd(toks, i);
    // "(CNN) A Texas doctor ...", "Washington (CNN) Sen. ...": a news agency's credit at the very top,
    // after a title-case place or alone
    // (its place does not set the story's home country, as an upper-case wire dateline's does: CNN
    // writes "Washington (CNN)" over stories about anywhere)
    const credit = atTop && n === i ? topCreditEnd(body) : 0;
    if (credit) {
      let e = i;
      while (e < toks.length && toks[e].end <= credit) e++;
      out.push({ i, place: Math.max(i, e - 3), end: e, credit: true });
      continue;
    }
    // "Miami, March 6 -": a title-case place at the very top followed by a date.
    if (atTop && n === i) {
      while (n < toks.length && n - i < 4 && toks[n].cap && /\p{L}/u.test(toks[n].text)) n++;
      const month = toks[n + 1]?.key ?? "";
      if (n === i || toks[n]?.text !== "," || !MONTHS.has(month.replace(/\.$/, ""))) continue;
      out.push({ i, place: n, end: n });
      continue;
    }
    if (n === i || toks[n - 1].text.length < 2 || !/^[,(\-–—]$/.test(toks[n]?.text ?? "")) continue;
    // At a paragraph start only a dash or ", Place -" marks a dateline ("WASHINGTON -"), not "NATO, ...".
    let end = n;
    if (toks[n].text === ",") {
      let q = n + 1;
      while (q < toks.length && q - n <= 3 && toks[q].cap && /\p{L}/u.test(toks[q].text)) q++;
      if (q > n + 1 && /^[-–—]$/.test(toks[q]?.text ?? "")) end = q;
      else if (!atTop) continue;
      // "HOUSTON, Texas, March 5 -": the state or country between the city and the date.
      else if (q > n + 1 && toks[q]?.text === ",") end = q;
      // "TEHRAN, Iran (AP) -": the agency's credit before the dash.
      else if (q > n + 1 && toks[q]?.text === "(" && toks[q + 2]?.text === ")") end = q;
    }
    // ("LONDON (Reuters) -": with the agency's credit)
    out.push({ i, place: n, end: end === n && agencyCredit(toks, n) ? n + 3 : end });
  }
  return out;
}

/** Tokens [p, p + 3) are "(", an agency's name and ")". */
function agencyCredit(toks: Tok[], p: number): boolean {
  return toks[p]?.text === "(" && NEWS_AGENCY.test(toks[p + 1]?.key ?? "") && toks[p + 2]?.text === ")";
}

/**
 * "KUWAIT, March 3 -", "RIO DE JANEIRO —": the country a wire story was filed from, from a capital or
 * country the knowledge base knows, else from the city table.
 */
function datelineCountry(
  toks: Tok[],
  units: Unit[],
  kb: KnowledgeBase,
  first: number,
  unitAt: Map<number, number>,
): string | null {
  let n = upperRunEnd(toks, first);
  if (n === first && first === 0) while (n < toks.length && n < 4 && toks[n].cap) n++;
  if (n === first || !/^[,(\-–—]$/.test(toks[n]?.text ?? "")) return null;
  // "ZEEBRUGGE, Belgium -": the country after the comma says it.
  if (toks[n].text === ",") {
    const after = units[unitAt.get(n + 1) ?? -1];
    const c = after?.senses.find((s) => s.kind === "country");
    if (c && c.kind === "country" && /^[-–—]$/.test(toks[after.j]?.text ?? "")) return c.code;
  }
  const u = units[unitAt.get(first) ?? -1];
  // "BRUSSELS -" files from the EU's seat: the story is about the EU, not about Belgium.
  if (u?.senses.some((s) => s.kind === "seat")) return null;
  if (u && u.j === n) {
    for (const s of u.senses) {
      if ((s.kind === "capital" || s.kind === "country") && kb.countries.has(s.code)) return s.code;
    }
  }
  const city = toks
    .slice(first, n)
    .map((t) => t.text)
    .join(" ");
  // "NEW YORK -": the city table knows it as New York City.
  return kb.cityCountry(city) ?? kb.cityCountry(`${city} City`);
}

/**
 * "opposition politicians, including Ilya Yashin and Ivan Zhdanov", "one of the strike leaders, Elmano
 * Barbosa": people named only here, listed as members of a group, take the group's code instead of the
 * private-person default.
 */
function inheritFromGroups(items: Item[], body: string): void {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  for (let n = 0; n + 1 < sorted.length; n++) {
    const g = sorted[n];
    if (!g.ref || !(g.plural || g.kind === "group") || g.ref.type === "person") continue;
    const listed = /^[^.;:!?"“”]{0,60}?,?\s*(including|such as|among them|notably)\s+$/i.test(
      body.slice(g.end, sorted[n + 1].start),
    );
    const oneOf =
      /\bone of\s+((the|its|their|his|her)\s+)?$/i.test(body.slice(Math.max(0, g.start - 20), g.start)) &&
      /^\s*,\s*$/.test(body.slice(g.end, sorted[n + 1].start));
    if (!listed && !oneOf) continue;
    for (let m = n + 1; m < sorted.length; m++) {
      const p = sorted[m];
      if (m > n + 1 && !/^\s*(,|and|, and)\s*$/.test(body.slice(sorted[m - 1].end, p.start))) break;
      const r = p.ref;
      if (!r?.docPerson || r.type !== "person") break;
      if (r.code.endsWith("CVL") || r.code === "---") r.code = g.ref.code;
      if (oneOf) break;
    }
  }
}

/**
 * "Russian drones and missiles", "Chinese banks and insurers": a bare group joined to a group named
 * with a country or demonym shares that country (it would otherwise take the story's).
 */
function sharedModifier(items: Item[], body: string, refs: RefRegistry): void {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  for (let n = 0; n + 1 < sorted.length; n++) {
    const g = sorted[n];
    const p = sorted[n + 1];
    if (g.kind !== "group" || p.kind !== "group" || !g.ref || !p.ref) continue;
    if (!/^\s+(and|or)\s+$/.test(body.slice(g.end, p.start))) continue;
    if (!/^(?:the\s+)?\p{Lu}/u.test(body.slice(g.start, g.end)) || /\p{Lu}/u.test(body.slice(p.start, p.end)))
      continue;
    const root = splitCode(g.ref.code).root;
    const own = splitCode(p.ref.code);
    if (root && own.root && own.root !== root && !root.startsWith("IGO"))
      p.ref = refs.forCode(root + own.sectors.join(""));
  }
}

/**
 * Neighbouring items with only a comma between them, as (title, name) when one of them is a title
 * (title null otherwise; name is then the first).
 */
function* commaNeighbours(items: Item[], body: string): Generator<{ title: Item | null; name: Item }> {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  for (let n = 0; n + 1 < sorted.length; n++) {
    const a = sorted[n];
    let b = sorted[n + 1];
    if (!/^\s*,\s*$/.test(body.slice(a.end, b.start))) continue;
    // "the Russian ambassador to the United States, Ann Ruiz": the post's destination sits between.
    // (Not a title after a name and a comma, which describes that name: "Bo Lee, former ambassador to
    // China, Ann Ruiz and ..." is a list.)
    const post = sorted[n - 1];
    const described = sorted[n - 2];
    if (
      post?.kind === "title" &&
      !(described?.kind === "name" && /^\s*,\s*$/.test(body.slice(described.end, post.start))) &&
      (a.ref?.type === "country" || a.ref?.type === "igo") &&
      /^\s+to\s+(?:the\s+)?$/.test(body.slice(post.end, a.start))
    ) {
      yield { title: post, name: b };
      continue;
    }
    // "Li Wei, China's vice minister for trade": the title after a country's possessive.
    const c = sorted[n + 2];
    if (
      a.kind !== "title" &&
      b.ref?.type === "country" &&
      c?.kind === "title" &&
      /^\s*['’]s?\s*$/.test(body.slice(b.end, c.start))
    )
      b = c;
    const title = a.kind === "title" ? a : b.kind === "title" ? b : null;
    yield { title, name: title === a ? b : a };
  }
}

/**
 * "Samantha Power, the U.S. ambassador to the U.N.", "the rebels' spokesman, Abu X": after coreference,
 * a person known only from this text and a title beside it are one person, coded by the title.
 */
function titleNamesAgain(items: Item[], body: string): void {
  for (const { title, name } of commaNeighbours(items, body)) {
    const t = title?.ref;
    const r = name.ref;
    if (!t || !r?.docPerson || r.type !== "person") continue;
    if (!(r.code.endsWith("CVL") || r.code.startsWith("---"))) continue;
    // "Trump's national security adviser, Jo Bell, said": the title went to whoever the knowledge base
    // says held the office, but the name beside it is the one meant, in the same office. (A title
    // followed by "and" or after a comma is one item of a list: "the president, Jo Bell and ...")
    const listed =
      /^\s*,?\s*(?:and|or)\b/.test(body.slice(name.end)) || /,\s*$/.test(body.slice(0, title!.start));
    if (t.type === "person" && (name.kind !== "name" || title!.start > name.start || t.docPerson || listed))
      continue;
    // "X, a lawyer who collects evidence": an indefinite title with no country or body only describes.
    if (title!.baseless && /^an?\s/i.test(body.slice(title!.start, title!.end))) continue;
    r.code = t.code;
    title!.ref = r;
  }
}

/** Role nouns that, with "for"/"of"/"in" and a body, say whom the person beside them serves. */
const ROLE_OF_BODY =
  /\b(spokes(man|woman|person)|counterpart|minister|official|commander|chief|head|envoy|ambassador|representative|advis[eo]r|aide|officer|leader|director|secretary)s?$/i;

/**
 * "Her counterpart in Tarsk, Ivo Ran", "A spokesman for the Tarsk defence ministry, Colonel Ivo Ran":
 * a person known only from this text, named after "<role> in/for/of <body>,", belongs to that body's
 * country (and to its sector, unless the name's own title gives one: a colonel stays military). The
 * story's main country was only a guess.
 */
function roleOfNamedBody(items: Item[], body: string): void {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  for (let n = 2; n < sorted.length; n++) {
    const [role, owner, name] = [sorted[n - 2], sorted[n - 1], sorted[n]];
    const r = name.ref;
    if (name.kind !== "name" || !r?.docPerson || r.type !== "person") continue;
    if (!owner.ref || owner.ref.type === "person" || !/^\s*,\s*$/.test(body.slice(owner.end, name.start)))
      continue;
    const country = owner.ref.code.slice(0, 3);
    if (country.startsWith("-")) continue;
    if (!/^\s+(in|for|of|at|from)\s+(the\s+)?$/i.test(body.slice(role.end, owner.start))) continue;
    if (!ROLE_OF_BODY.test(body.slice(role.start, role.end))) continue;
    const own = r.code.slice(3);
    const sector = own && own !== "CVL" ? own : owner.ref.code.slice(3) || role.ref?.code.slice(3) || "GOV";
    r.code = country + sector;
  }
}

/** "the directors of Hughes Tool Co", "officials of the company": staff of the organisation after "of". */
function staffOf(items: Item[], body: string): void {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  for (let n = 0; n + 1 < sorted.length; n++) {
    const p = sorted[n];
    const o = sorted[n + 1];
    if (!p.baseless || p.ref || p.pending?.type !== "nominal") continue;
    if (!o.ref || !["company", "media", "organisation", "igo"].includes(o.ref.type)) continue;
    if (!/^\s+(of|for|at|with)\s+(the\s+)?$/.test(body.slice(p.end, o.start))) continue;
    if (!STAFF_TITLE.test(body.slice(p.start, p.end).replace(/^.*\s/, ""))) continue;
    p.ref = o.ref;
    p.pending = null;
  }
}

/** True when the text at offset starts with a capital letter (a name, not a lower-case title). */
function toks0(body: string, offset: number): boolean {
  return /^\p{Lu}/u.test(body.slice(offset, offset + 1));
}

/** A capitalised word of a committee's name, not a title that starts a name after it ("Chairman"). */
const COMMITTEE_WORD = String.raw`(?!(?:(?:Sub)?[Cc]ommittee|Chair\w*|Ranking|Vice|Member|Members|Rep|Reps|Sen|Sens|Democrats?|Republicans?)\b)\p{Lu}[\p{L}-]*`;

/** What "on" after a committee introduces when it is no subject: a date or the Hill ("on Monday"). */
const WHEN_OR_WHERE =
  "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Capitol)";

/**
 * A committee of the House or the Senate under its name: "the House Judiciary Committee", "Senate
 * Homeland Security and Governmental Affairs Committee", "the House Committee on Oversight and Reform",
 * "the Permanent Select Committee on Intelligence". Group 1 is the chamber, when named.
 */
const CHAMBER_COMMITTEE = new RegExp(
  String.raw`\b(?:[Tt]he\s+)?(?:(?:U\.S\.\s+)?(House|Senate)\s+(?:(?:Permanent\s+)?Select\s+)?|(?:Permanent\s+)?Select\s+)` +
    String.raw`(?:(?!(?:Sub)?[Cc]ommittee\b)${COMMITTEE_WORD}(?:\s+(?:and|&)\s+${COMMITTEE_WORD})?\s+){0,4}` +
    String.raw`(?:Sub)?[Cc]ommittee\b(?:\s+on\s+(?!${WHEN_OR_WHERE})(?:the\s+)?${COMMITTEE_WORD}(?:(?:,\s*|\s+(?:and|&)\s+|\s+)${COMMITTEE_WORD}){0,5})?`,
  "gu",
);

/**
 * The committee's name is one mention of the chamber (LEG): the words inside it ("Judiciary",
 * "Intelligence", "Government Reform", "Oversight") are no courts, spies, governments or people of their
 * own. A name that runs into a titled person ("... Committee Chairman Ann Ruiz") is left as it is.
 */
function committeeNames(items: Item[], body: string, sentenceOf: (offset: number) => number): Item[] {
  const made: Item[] = [];
  for (const m of body.matchAll(CHAMBER_COMMITTEE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (
      items.some((it) => it.start < end && it.end > end) ||
      items.some((it) => it.start < start && it.end > start)
    )
      continue;
    const inside = items.filter((it) => it.start >= start && it.end <= end);
    if (inside.length === 0) continue;
    for (const it of inside) items.splice(items.indexOf(it), 1);
    const chamber = (m[1] ?? "house").toLowerCase();
    // ("the U.S. Senate Armed Services Committee": a chamber already placed keeps its country)
    const placed = inside.find((it) => it.ref && splitCode(it.ref.code).sectors.includes("LEG"))?.ref ?? null;
    const at = items.findIndex((it) => it.start > start);
    const it: Item = {
      start,
      end,
      sentence: sentenceOf(start),
      kind: "nominal",
      ref: placed,
      pending: placed
        ? null
        : { type: "nominal", headKey: chamber, sector: "LEG", person: false, title: chamber, bare: false },
      headKey: chamber,
      plural: false,
    };
    items.splice(at < 0 ? items.length : at, 0, it);
    made.push(it);
  }
  return made;
}

/** Each parsed token with its sentence, by the offset where the token ends. */
function parsedByEnd(doc: Document): Map<number, { tok: Token; sentence: Sentence }> {
  const out = new Map<number, { tok: Token; sentence: Sentence }>();
  for (const sentence of doc.sentences)
    for (const tok of sentence.tokens) if (tok.deprel) out.set(tok.end, { tok, sentence });
  return out;
}

/** The relations of a clause's doer: its subject, and the agent of a passive ("hit by drones"). */
const DOER = /^(?:nsubj|obl:agent)$/;
/** The relations of what a clause acts on ("shot down a U.S. drone", "a Syrian jet was downed"). */
const PATIENT = /^(?:obj|nsubj:pass)$/;

/**
 * "Russian warplanes struck the town" names the air force, but "shot down two drones", "a shipment
 * of missiles" or "drones were intercepted" name things: a weapons group is an actor only as the doer
 * of its clause, or in a list with one ("warplanes and drones hit ..."). One whose owner the phrase
 * names is also the target of what its clause does to it ("Iran shot down a U.S. drone": USAMIL); a
 * bare one there would take the story's country, often the attacker's. Unparsed text keeps it.
 */
function weaponNotActing(
  kb: KnowledgeBase,
  body: string,
  it: Item,
  parsed: ReadonlyMap<number, { tok: Token; sentence: Sentence }>,
): boolean {
  const words = body.slice(it.start, it.end).split(/\s+/);
  const head = kb.head(words.slice(-2).join(" ")) ?? kb.head(words[words.length - 1]);
  if (!head?.weapon) return false;
  const at = parsed.get(it.end);
  if (!at) return false;
  let t: Token | undefined = at.tok;
  for (let hops = 0; t?.deprel === "conj" && t.head && hops < 5; hops++) t = at.sentence.tokens[t.head - 1];
  const rel = t?.deprel ?? "";
  // (a phrase resolved before coreference named its country or owner itself)
  return !DOER.test(rel) && !(PATIENT.test(rel) && (it.ref || it.owner));
}

/** A share of a party's supporters: "62% of Republicans", "40 percent of Democrats". */
const POLL_SHARE = /\b\d+(?:\.\d+)?\s?(?:%|percent|per cent) of (?:all |the )?$/i;

/**
 * "62% of Republicans approve": a poll's share of a US party is of its voters (USACVL), not of the
 * party in Congress the bare name stands for. (Congress members come with "House" or "Senate", which
 * then make another phrase.)
 */
function pollShares(items: Item[], body: string, refs: RefRegistry): void {
  for (const it of items) {
    if (it.ref?.code !== "USALEG" || !/^(?:Republicans|Democrats)$/.test(body.slice(it.start, it.end)))
      continue;
    if (POLL_SHARE.test(body.slice(Math.max(0, it.start - 30), it.start))) it.ref = refs.forCode("USACVL");
  }
}

/** Titles that say a person speaks or works for the organisation named with them. */
const STAFF_TITLE =
  /^(spokes(man|woman|person)|official|executive|analyst|economist|researcher|director|chairman|chairwoman|president|vice-president|chief|manager|head|editor|reporter|correspondent|strategist|trader|lawyer|representative|official|officer|employee|worker|staff)s?\b/i;

/**
 * Only spaces, or up to three lower-case words no verb, lie between an organisation and a titled name:
 * the title's modifiers ("CNN national security analyst Jo Bell"), not a verb ("AFP quoted ...").
 */
function titleModifiers(
  body: string,
  from: number,
  to: number,
  uposByStart: ReadonlyMap<number, string>,
): boolean {
  const gap = body.slice(from, to);
  if (!/^(?:\s+\p{Ll}[\p{Ll}-]*){0,3}\s+$/u.test(gap)) return false;
  for (const m of gap.matchAll(/\S+/g))
    if (/^(VERB|AUX)$/.test(uposByStart.get(from + m.index) ?? "")) return false;
  return true;
}

/**
 * "Debra Strohmaier, a ChemLawn spokeswoman", "Daniel Eyre, Amnesty Nigeria researcher", "Perrin Long of
 * Lipper Analytical", "Stephen Hess, with the Brookings Institution": a person named only here works for
 * the organisation beside the name, so takes its code instead of the private-person default.
 */
function affiliate(items: Item[], body: string, uposByStart: ReadonlyMap<number, string>): void {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const isOrg = (it: Item | undefined) =>
    !!it?.ref && ["company", "media", "organisation", "igo"].includes(it.ref.type);
  for (let n = 0; n + 1 < sorted.length; n++) {
    const p = sorted[n];
    const r = p.ref;
    // "ChemLawn officials", "Reuters reporters": staff right after an organisation's name are its own.
    const next = sorted[n + 1];
    if (
      isOrg(p) &&
      next.bareStaff &&
      /^\s+$/.test(body.slice(p.end, next.start)) &&
      STAFF_TITLE.test(body.slice(next.start, next.end).replace(/^.*\s/, ""))
    ) {
      next.ref = p.ref;
      continue;
    }
    // "Hughes vice-president Ike Kerridge", "CNN national security analyst Jo Bell": a titled person
    // right after a company's or outlet's name works there.
    if (
      isOrg(p) &&
      next.kind === "name" &&
      next.ref?.docPerson &&
      next.ref.type === "person" &&
      titleModifiers(body, p.end, next.start, uposByStart) &&
      !toks0(body, next.start)
    ) {
      next.ref.code = p.ref!.code;
      continue;
    }
    // (an analyst's own sector is only a default: "X, an analyst at the Y Group" is the group's)
    if (
      !r?.docPerson ||
      r.type !== "person" ||
      !(r.code.endsWith("CVL") || r.code === "---" || /\banalyst$/.test(r.role ?? ""))
    )
      continue;
    // ("X, general counsel for the Y Foundation": a title that found no holder lies between them)
    const o = next.kind === "title" && !next.ref && isOrg(sorted[n + 2]) ? sorted[n + 2] : next;
    if (!isOrg(o) || o.start - p.end > 60) continue;
    const gap = body.slice(p.end, o.start);
    const after = body.slice(o.end, o.end + 40).replace(/^\s*(['’]s?)?\s*/, "");
    const viaPrep = /^\s*(,\s*(an?\s+|the\s+)?([\w-]+\s+){0,3}?)?(at|of|with|for|from)\s+(the\s+)?$/i.test(
      gap,
    );
    // ("X, Breitbart's Jerusalem bureau chief": the post's city and desk words come before the title)
    const viaTitle =
      /^\s*,\s*(an?\s+|the\s+)?$/.test(gap) &&
      STAFF_TITLE.test(
        after.replace(
          /^(?:[\p{Lu}][\p{L}-]*\s+)?(?:(?:bureau|news|desk|senior|deputy|managing|political|foreign|national)\s+)*/u,
          "",
        ),
      );
    if (!viaPrep && !viaTitle) continue;
    // The organisation's own code: a company's BUS, an outlet's MED, an NGO's or IGO's code.
    r.code = o.ref!.code;
  }
}

/** What follows a photographer's name in a credit: "/AP", "/Getty Images", " / The Daily Courier". */
const CREDIT_AGENCY =
  /^ ?\/ ?(?:AP|AFP|Getty|Reuters|Bloomberg|EPA|NurPhoto|Sipa|Pool|CQ|Corbis|ZUMA|Zuma|Shutterstock|Redux|Alamy|NPR|Invision|Xinhua|Anadolu|SOPA|MediaNews|Associated Press|USA TODAY|The \p{Lu}|For \p{Lu})/u;
/**
 * What precedes one: "Photo: ", "Photograph by ", "toggle caption ". Not "PHOTOS: Jo Bell's career" (a
 * gallery's link), "FILE PHOTO: Jo Bell speaks" or "Buy Photo Jo Bell addresses the crowd" (captions
 * naming who is pictured).
 */
const CREDIT_LABEL =
  /(?:\b(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture|[Ii]llustration|[Cc]redit)(?:\s+by)?:|\b(?:[Pp]hoto|[Pp]hotograph|[Ii]llustration)\s+by|toggle caption|\bImage copyright)\s*$/;
/**
 * A photographer after an agency and a slash ("REUTERS/Jo Bell", "AP Photo/Jo Bell"), or an agency after
 * a photographer ("Jo Bell/Getty Images"); not a pair of names ("the Trump/Pence ticket").
 */
const CREDIT_AFTER_SLASH = /(?:\b\p{Lu}{2,}|\bPhoto)\s?\/\s?$/u;
const AGENCY_AFTER_SLASH = /\/\s?$/;
const AGENCY_NAME =
  /^(?:Getty|AFP|AP|Reuters|REUTERS|EPA|Bloomberg|Shutterstock|Alamy|Corbis|Sipa|ZUMA|Zuma)\b/;

/** The name is a photographer's in a picture's credit. */
function photoCredit(body: string, it: { start: number; end: number }): boolean {
  return (
    CREDIT_AGENCY.test(body.slice(it.end, it.end + 20)) ||
    CREDIT_AFTER_SLASH.test(body.slice(Math.max(0, it.start - 24), it.start)) ||
    (AGENCY_AFTER_SLASH.test(body.slice(Math.max(0, it.start - 2), it.start)) &&
      AGENCY_NAME.test(body.slice(it.start, it.end))) ||
    CREDIT_LABEL.test(body.slice(Math.max(0, it.start - 24), it.start))
  );
}

/** A credit line: "Contributing: X in Sao Paulo", "Reporting by X; Editing by Y", "By X". */
const CREDIT_LINE =
  /(?:^|\n)[ \t]*(?:contributing|contributed by|(?:additional )?reporting by|reported by|editing by|edited by|writing by|written by|compiled by)\b[^\n]*$|(?:^|\n)[ \t]*By\s+$/i;

/** The people a credit line names are journalists (MED) of the outlet's country. */
function creditReporters(items: Item[], body: string, country: string | null): void {
  if (!country) return;
  for (const it of items) {
    const r = it.ref;
    if (!r?.docPerson || r.type !== "person" || !(r.code.endsWith("CVL") || r.code === "---")) continue;
    const line = body.slice(Math.max(0, it.start - 120), it.start);
    if (CREDIT_LINE.test(line) && !/[.!?]["”]?\s/.test(line.slice(line.lastIndexOf("\n") + 1)))
      r.code = `${country}MED`;
  }
}

/** In one story of a digest, codes still waiting for a country ("---MIL") take that story's. */
function localise(it: Item, refs: RefRegistry, country: string): void {
  const r = it.ref;
  if (!r?.code.startsWith("---") || r.code.length <= 3) return;
  if (r.docPerson) r.code = country + r.code.slice(3);
  else if (r.type !== "person") it.ref = refs.forCode(country + r.code.slice(3));
}

/** Countries named in the headline: a strong hint of what the story is about. */
function titleCountries(kb: KnowledgeBase, title: string, date: string | null): string[] {
  const toks = tokenize(title.slice(0, 500));
  const out: string[] = [];
  for (const u of matchUnits(kb, toks, { date })) {
    for (const s of u.senses) {
      if (
        (s.kind === "country" || s.kind === "demonym" || s.kind === "capital") &&
        kb.countries.has(s.code)
      ) {
        out.push(s.code);
        break;
      }
      if (s.kind === "person") {
        const p = kb.people.get(s.key);
        const o = p ? officeAt(p, date) : null;
        const root = o ? splitCode(o.code).root : "";
        if (kb.countries.has(root)) out.push(root);
        break;
      }
    }
  }
  return out;
}

/** The country of the outlet that published the story ("CNN (Web News)": USA); none for world wires. */
function publisherCountry(kb: KnowledgeBase, publisher: string | null | undefined): string | null {
  if (!publisher) return null;
  const name = publisher
    .replace(/\(.*?\)/g, "")
    .replace(/\s+-\s+.*$/, "")
    .replace(/\s+Online News$/i, "")
    .trim();
  // feeds label one outlet several ways: "Fox Online News", "Fox News Opinion", "USA TODAY"
  const base = name.replace(/\s+(News\s+)?Opinion$/i, "").trim();
  const titled = base.replace(/\b(\p{Lu})(\p{Lu}+)\b/gu, (_, a: string, b: string) => a + b.toLowerCase());
  const variants = [...new Set([name, base, `${base} News`, titled, `${titled} News`])];
  for (const h of variants.flatMap((v) => kb.lookup(v))) {
    const org = [...kb.organisations.values()].find((o) => `kb:${o.key}` === h.id);
    if (org?.kind !== "media" || WIRE_SERVICES.test(org.name)) continue;
    const { root } = splitCode(h.code);
    if (kb.countries.has(root)) return root;
  }
  return null;
}

/**
 * Where the armed groups of a story fight when the text does not say: the story's most named country
 * other than the outlet's own. Groups that fight in several countries ("the Islamic State") and
 * unnamed rebels are seldom at war in the country of the paper that reports on them; an American
 * paper's story on Syria names the United States more often than Syria. Null when the outlet is
 * unknown or the story names no other country.
 */
function conflictCountry(
  items: Item[],
  kb: KnowledgeBase,
  outlet: string | null,
  inTitle: string[],
): string | null {
  if (!outlet) return null;
  const abroad = items.filter((it) => !it.ref || splitCode(it.ref.code).root !== outlet);
  return homeCountry(
    abroad,
    kb,
    inTitle.filter((c) => c !== outlet),
  );
}

/** "in Syria", "across northern Iraq", "near the eastern Congo": a country named as where things happen. */
const IN_COUNTRY =
  /\b(?:in|inside|across|throughout|near|within)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$/i;

/**
 * The country a story places its events in, when nothing else says where its armed groups fight: a
 * one-sentence input with no outlet ("Iran-backed militias shelled a base housing American soldiers in Syria") must not give
 * the militias the country of the troops they attacked.
 */
function placeCountry(items: Item[], kb: KnowledgeBase, body: string): string | null {
  const counts = new Map<string, number>();
  for (const it of items) {
    const code = it.ref?.code;
    if (!code || !kb.countries.has(code)) continue;
    if (!IN_COUNTRY.test(body.slice(Math.max(0, it.start - 40), it.start))) continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return mostCounted(counts);
}

/** World news agencies file from everywhere: their own country says nothing about a story. */
const WIRE_SERVICES = /reuters|associated press|agence france|xinhua|tass|kyodo|dpa|efe|ansa/i;

/**
 * The country a story is about: the one its actors belong to most often (ties go to the first named).
 * Used for people and institutions the text names without a country ("Defense Secretary X", "Congress").
 */
export function homeCountry(
  items: Item[],
  kb: KnowledgeBase,
  inTitle: string[] = [],
  publisher: string | null = null,
  places: string[] = [],
): string | null {
  const counts = new Map<string, number>();
  for (const c of inTitle) counts.set(c, (counts.get(c) ?? 0) + 3);
  for (const c of places) counts.set(c, (counts.get(c) ?? 0) + 1);
  // The outlet's own country decides only when the text names no country at all.
  if (publisher) counts.set(publisher, (counts.get(publisher) ?? 0) + 0.5);
  for (const it of items) {
    if (!it.ref) continue;
    const root = splitCode(it.ref.code).root;
    if (kb.countries.has(root)) counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  return mostCounted(counts);
}

/** The key with the highest positive count; ties go to the first counted. */
function mostCounted(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [key, c] of counts) {
    if (c > n) {
      best = key;
      n = c;
    }
  }
  return best;
}

/**
 * An organisation the recognizer found that no list knows ("the Orvan Foundation", "Kestrel Dynamics")
 * is an actor all the same, so that its acts are coded: of the sector its last word names, in the
 * story's country. Null when the name says no sector ("Al Vask", "MPD": a guessed code would take
 * the place of what coreference or the parse finds for it).
 */
function entityOrganisation(
  ent: { start: number; end: number },
  toks: Tok[],
  refs: RefRegistry,
  sentenceOf: (o: number) => number,
  body: string,
): Item | null {
  const keys = toks.filter((t) => t.start >= ent.start && t.end <= ent.end).map((t) => t.key);
  // ("Foundation for Defense of Democracies", "Committee to Protect Journalists": the institution's
  // word is the one before the name's first preposition)
  const prep = keys.findIndex((k, i) => i > 0 && ORG_NAME_PREPOSITIONS.has(k));
  const word =
    (prep > 0 && INSTITUTION_SECTORS[keys[prep - 1]] ? keys[prep - 1] : keys[keys.length - 1]) ?? "";
  // ("the Arakan Army": an army of no state the lists know is an armed group's)
  const sector =
    institutionSector(word, keys) ?? (CORPORATE_SUFFIXES.has(word) ? "BUS" : word === "army" ? "REB" : "");
  if (!sector) return null;
  const name = body.slice(ent.start, ent.end);
  const type = sector === "MED" ? "media" : sector === "BUS" ? "company" : "organisation";
  return {
    start: ent.start,
    end: ent.end,
    sentence: sentenceOf(ent.start),
    kind: "name",
    ref: refs.docOrg(name, `---${sector}`, type),
    pending: null,
    headKey: null,
    plural: false,
  };
}

/**
 * Person names the recognizer found that no phrase covered become surname candidates too; so do
 * organisations no list knows become actors.
 */
function addEntityNames(
  doc: Document,
  items: Item[],
  toks: Tok[],
  sentenceOf: (o: number) => number,
  refs: RefRegistry,
): void {
  if (doc.entities.length === 0) return;
  // The items by start and a binary search over them keep this linear in long texts (the recognizer's
  // names do not overlap one another, so the items each one removes or adds are its own).
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const removed = new Set<Item>();
  const added: Item[] = [];
  const over = (s: number, e: number): Item[] => {
    const out: Item[] = [];
    for (let k = Math.max(0, firstAt(sorted, s) - 3); k < sorted.length && sorted[k].start < e; k++) {
      const it = sorted[k];
      if (it.end > s && !removed.has(it)) out.push(it);
    }
    return out;
  };
  for (const ent of doc.entities) {
    if (ent.end > doc.body.length) continue;
    const here = over(ent.start, ent.end);
    // (a run of capitalised words waiting to be a person's name is no cover for an organisation)
    if (ent.label === "ORG" && !here.some((it) => !(it.pending?.type === "surname" && !it.ref))) {
      const org = entityOrganisation(ent, toks, refs, sentenceOf, doc.body);
      if (!org) continue;
      for (const it of here) removed.add(it);
      added.push(org);
      continue;
    }
    if (ent.label !== "PER") continue;
    // ("Georgia Hunter" with the recognizer's name on "Hunter" alone: the country before it is the
    // given name)
    const given = givenCountryBefore(ent, sorted, toks, doc.body);
    if (given && !removed.has(given)) {
      for (const it of here) removed.add(it);
      removed.add(given);
      const keys = tokensIn(toks, given.start, ent.end, 7).map((t) => t.key);
      added.push({
        start: given.start,
        end: ent.end,
        sentence: sentenceOf(given.start),
        kind: "name",
        ref: null,
        pending: { type: "surname", keys, kbPeople: [], entity: true },
        headKey: null,
        plural: false,
      });
      continue;
    }
    if (someoneElse(ent, sorted, toks, refs) || countryAsGivenName(ent, here, toks)) {
      for (const it of here) removed.add(it);
    } else {
      // A capitalised run already waiting for a full name: the recognizer vouches that it is a person.
      for (const it of here) if (it.pending?.type === "surname") it.pending.entity = true;
      if (here.length > 0) continue;
    }
    const keys = tokensIn(toks, ent.start, ent.end, 7).map((t) => t.key);
    if (keys.length === 0 || keys.length > 6) continue;
    added.push({
      start: ent.start,
      end: ent.end,
      sentence: sentenceOf(ent.start),
      kind: "name",
      ref: null,
      pending: { type: "surname", keys, kbPeople: [], entity: true },
      headKey: null,
      plural: false,
    });
  }
  const kept = items.filter((it) => !removed.has(it));
  items.length = 0;
  items.push(...kept, ...added);
  items.sort((a, b) => a.start - b.start);
}

/**
 * "Chad Wolf", "Georgia Hunter", "Israel Concha": a person the recognizer spans whose first word alone
 * is read as a country and whose next word is a capitalised word no list knows (or a surname waiting for
 * a full name): the country is the person's given name, and the whole span is the person's name.
 */
function countryAsGivenName(ent: { start: number; end: number }, here: Item[], toks: Tok[]): boolean {
  const inside = tokensIn(toks, ent.start, ent.end, 7);
  if (inside.length !== 2 || !inside.every((t) => t.cap)) return false;
  const first = here.find((it) => it.start === inside[0].start);
  if (!first || first.end !== inside[0].end || first.ref?.type !== "country") return false;
  // (the second word is nothing but a name: no other actor, title or group word covers it)
  return here.every((it) => it === first || (it.pending?.type === "surname" && !it.ref));
}

/** Words before a country that make it a place, not a given name ("in Syria Assad ..."). */
const BEFORE_A_PLACE =
  /^(in|of|from|to|for|with|into|at|on|by|across|and|or|than|against|toward|towards|over|between|under|about|both|the)$/i;

/**
 * "Author Georgia Hunter said" with only "Hunter" a person's name to the recognizer: a country word (one
 * word, read as the country) right before a one-word person's name, not after a preposition, is the
 * person's given name. The country's item, or null.
 */
function givenCountryBefore(
  ent: { start: number; end: number },
  sorted: Item[],
  toks: Tok[],
  body: string,
): Item | null {
  const inside = tokensIn(toks, ent.start, ent.end, 7);
  if (inside.length !== 1 || !inside[0].cap || body.slice(ent.start - 1, ent.start) !== " ") return null;
  const k = firstAt(sorted, ent.start);
  const prev = sorted.slice(Math.max(0, k - 3), k + 1).find((it) => it.end === ent.start - 1);
  if (prev?.ref?.type !== "country") return null;
  const words = tokensIn(toks, prev.start, prev.end, 3);
  if (words.length !== 1 || !words[0].cap) return null;
  const t = firstAt(toks, prev.start);
  const before = t > 0 ? toks[t - 1] : undefined;
  if (before && (BEFORE_A_PLACE.test(before.text) || before.end === prev.start)) return null;
  return prev;
}

/** Forms of one given name ("Bob Mueller" is Robert Mueller); each maps to the group's first. */
const NICKNAMES: ReadonlyMap<string, string> = new Map(
  (
    "robert bob rob bobby|william bill will billy|james jim jimmy|thomas tom|richard dick rick|" +
    "joseph joe|edward ted ed|daniel dan|david dave|anthony tony|christopher chris|nicholas nick|" +
    "matthew matt|patrick pat|andrew andy|alexander alex|benjamin ben|samuel sam|ronald ron|donald don|" +
    "john jack|elizabeth liz beth|katherine kate kathy|catherine cathy|susan sue|jennifer jen|" +
    "henry hank|albert al|lawrence larry|gerald jerry|gregory greg|kenneth ken|timothy tim|" +
    "frederick fred|charles chuck charlie|stephen steve steven|jeffrey jeff|michael mike|mitchell mitch|" +
    "vladimir vlad"
  )
    .split("|")
    .flatMap((group) => {
      const forms = group.split(" ");
      return forms.map((f) => [f, forms[0]] as [string, string]);
    }),
);
const givenForm = (w: string): string => NICKNAMES.get(w) ?? w;
/** Words before a surname that are no given name: "Mr Trump", "Gov Newsom", "Lord Frost". */
const HONORIFIC_WORDS = new Set([
  ...HONORIFICS,
  ..."mx dr sir dame lord lady gov sen rep pres prof gen col capt lt sgt rev fr miss madam".split(" "),
]);

/**
 * "Melania Trump", "Matt McCarthy": a person the recognizer spans whose last word a list knows as a
 * famous surname, but whose first word is neither that person's given name (nor its short form) nor
 * a title, is someone else; the resolver's split ("Melania" + Donald Trump) is undone so the whole
 * name becomes one person of the story.
 */
/** The index of the first of `xs` (sorted by start) that starts at or after `at`. */
function firstAt(xs: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens inside [start, end), at most `max` of them. */
function tokensIn(toks: readonly Tok[], start: number, end: number, max: number): Tok[] {
  const out: Tok[] = [];
  for (let k = firstAt(toks, start); k < toks.length && toks[k].end <= end && out.length < max; k++)
    out.push(toks[k]);
  return out;
}

function someoneElse(
  ent: { start: number; end: number },
  sorted: Item[],
  toks: Tok[],
  refs: RefRegistry,
): boolean {
  const inside = tokensIn(toks, ent.start, ent.end, 7);
  if (inside.length < 2 || inside.length > 6 || !inside.every((t) => t.cap)) return false;
  // the items over the name: one from before it that runs into it, then those starting inside it
  let i0 = firstAt(sorted, ent.start);
  if (i0 > 0 && sorted[i0 - 1].end > ent.start) i0--;
  const over: Item[] = [];
  for (let k = i0; k < sorted.length && sorted[k].start < ent.end; k++) over.push(sorted[k]);
  const last = over.find((it) => it.start === inside[inside.length - 1].start && it.end === ent.end);
  const p = last?.pending;
  if (p?.type !== "surname" || p.kbPeople.length === 0) return false;
  // a title or a listed name before the surname keeps the list's person ("Speaker McCarthy")
  if (over.some((it) => it !== last && (it.ref || it.pending?.type !== "surname"))) return false;
  if (HONORIFIC_WORDS.has(inside[0].key.replace(/\.$/, ""))) return false;
  const given = givenForm(inside[0].key);
  return !p.kbPeople.some((key) => {
    const person = refs.kb.people.get(key);
    const names = person ? [person.name, ...person.aliases] : [];
    return names.some((n) => givenForm(n.split(/\s+/)[0].toLowerCase()) === given);
  });
}

/**
 * "the European Union's foreign policy chief, Josep Borrell" and "Josep Borrell, the EU's foreign policy
 * chief": a title phrase and a name side by side with a comma between them are the same person.
 */
function linkAppositions(items: Item[], body: string, refs: RefRegistry): void {
  for (const { title, name } of commaNeighbours(items, body)) {
    if (!title || name.kind !== "name" || (name.ref?.type !== "person" && name.pending?.type !== "surname"))
      continue;
    if (name.ref?.type === "person") {
      const titleRef = title.ref;
      if (name.ref.docPerson && titleRef && titleRef.type !== "person" && name.ref.code.startsWith("---")) {
        name.ref.code = titleRef.code;
      }
      title.ref = name.ref;
      title.pending = null;
    }
  }
  void refs;
}

/** Keeps the first of any mentions that overlap (earlier, longer phrase wins). */
function dedupeOverlaps(ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start && !last.actorId && m.actorId) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

export type { Sense, Unit };
export { entitySense, splitCode };

/** The head word of a head phrase: "ministry" for "ministry of foreign affairs" (so that "the ministry"
 * finds it), else the last word ("foreign ministry"). */
export function headWord(phrase: string): string | null {
  const words = phrase.split(" ");
  const of = words.indexOf("of");
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? null;
}
