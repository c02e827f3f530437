// The actors of one document as they are found: knowledge-base actors keep their "kb:" ids, people and
// groups named only in the text get "doc:<code>:<name>" ids. One registry per document run.
import type { Actor, ActorType } from "../model/index.js";
import { composeCode, isStateSector, SECTOR_NAMES, splitCode } from "./codes.js";
import { codeAt } from "./dictionaries/dates.js";
import { type KnowledgeBase, latestOffice, type Office, officeAt, type Person } from "./kb.js";
import { normalise, phraseKeys, slug } from "./text.js";

export interface Ref {
  /** Set when the actor is final; doc-person ids are derived from name and code at the end. */
  id: string;
  name: string;
  code: string;
  type: ActorType;
  role: string | null;
  gender: "m" | "f" | null;
  orgKind: string | null;
  /** Normalised name words of a person (all names and aliases), for surname coreference. */
  nameKeys: string[][];
  docPerson: boolean;
}

/** Role words that name the same office ("top diplomat" is the foreign minister). */
const ROLE_SYNONYMS: string[][] = [
  [
    "foreign minister",
    "foreign secretary",
    "secretary of state",
    "external affairs minister",
    "international relations minister",
    "minister of foreign affairs",
    "foreign affairs minister",
    "top diplomat",
    "chief diplomat",
    "foreign policy chief",
    "high representative for foreign affairs",
  ],
  ["president", "head of state"],
  ["prime minister", "premier", "head of government"],
  ["defence minister", "defense minister", "secretary of defense", "defense secretary", "defence secretary"],
  ["secretary-general", "secretary general", "un chief"],
];

/** Sectors of titles of state offices ("Director", "Ambassador", "Gen."). */
const STATE_TITLE_SECTORS = /^(GOV|LEG|JUD|MIL|COP|SPY)$/;

function roleMatches(role: string, title: string): boolean {
  const r = normalise(role);
  const t = normalise(title);
  if (r === t || r.split(" and ").includes(t)) return true;
  for (const set of ROLE_SYNONYMS) {
    if (set.includes(t) && set.some((s) => r === s || r.split(" and ").includes(s))) return true;
  }
  return false;
}

/** Words before a title that make it another office ("vice president", "former president"). */
const OTHER_OFFICE = new Set([
  "vice",
  "deputy",
  "assistant",
  "associate",
  "lieutenant",
  "former",
  "ex",
  "under",
]);

/**
 * Whether someone whose role is `role` is "the <title>": the title heads the role ("president",
 * "president of Cuba", "Cuban president"), not a "vice president", a "presidential candidate" or a
 * "senior adviser to the president".
 */
export function holdsTitle(role: string, title: string): boolean {
  if (roleMatches(role, title)) return true;
  // (roles read off a text may end in the form of address that followed: "army chief gen.")
  const r = normalise(role).replace(/(?:\s+(?:\p{L}+\.|senator|sen|rep|gen|dr))+$/u, "");
  const t = normalise(title);
  // the title may itself hold "of" ("chief of staff"); else it must head the role's first phrase
  const head = t.includes(" of ") ? r : r.split(/,|\s(?:of|to|for|at|in|and)\s/)[0].trim();
  if (head === t) return true;
  if (!head.endsWith(` ${t}`)) return false;
  const before =
    head
      .slice(0, -t.length - 1)
      .split(" ")
      .pop() ?? "";
  return !OTHER_OFFICE.has(before.replace(/-$/, ""));
}

const SOVIET_END = "1991-12-26";

export class RefRegistry {
  private readonly refs = new Map<string, Ref>();
  /** First-mention order, for a stable actors list. */
  readonly order: Ref[] = [];

  constructor(
    readonly kb: KnowledgeBase,
    readonly date: string | null,
  ) {}

  private intern(r: Ref): Ref {
    const have = this.refs.get(r.id);
    if (have) return have;
    this.refs.set(r.id, r);
    this.order.push(r);
    return r;
  }

  all(): Ref[] {
    return this.order;
  }

  /** Moscow and the Kremlin stood for the Soviet Union until it dissolved (CAMEO: SUN). */
  historic(code: string): string {
    if (this.date && this.date < SOVIET_END && code.startsWith("RUS")) return `SUN${code.slice(3)}`;
    return code;
  }

  /** A code on its own: a country (kb:CHN), a country sector (kb:CHNGOV), an IGO (kb:eu) or a region. */
  forCode(raw: string): Ref {
    const code = this.historic(raw);
    const org = this.kb.orgByCode.get(code);
    if (org) return this.org(org.key);
    const { root, sectors } = splitCode(code);
    const place = this.kb.countries.get(root) ?? this.kb.regions.get(root);
    const igo = root.startsWith("IGO") || root.startsWith("NGO");
    let baseName = place?.name ?? root;
    if (igo) {
      // (a generic code is no organisation's name: "NGO" is not the first NGO the lists hold)
      const parent = this.kb.ownCodeOrganisations
        .filter((o) => code.startsWith(o.code))
        .sort((a, b) => b.code.length - a.code.length)[0];
      baseName = parent?.name ?? (this.kb.isGenericCode(code) ? this.genericName(code) : code);
    }
    const sectorName = sectors.map((s) => SECTOR_NAMES[s] ?? s).join(" ");
    let type: ActorType = "group";
    if (sectors.length === 0) type = this.kb.countries.has(root) ? "country" : igo ? "igo" : "other";
    else if (isStateSector(sectors[0])) type = "government";
    else if (sectors[0] === "MED") type = "media";
    return this.intern({
      id: `kb:${code}`,
      name: sectorName ? `${baseName} ${sectorName}` : baseName,
      code,
      type,
      role: null,
      gender: null,
      orgKind: null,
      nameKeys: [],
      docPerson: false,
    });
  }

  /** "NGOHRI": "human rights non-governmental organisations". */
  private genericName(code: string): string {
    const words: string[] = [];
    for (let i = 0; i + 3 <= code.length; i += 3) {
      const part = code.slice(i, i + 3);
      words.unshift(SECTOR_NAMES[part] ?? this.kb.regions.get(part)?.name ?? part);
    }
    return words.join(" ");
  }

  org(key: string): Ref {
    const o = this.kb.organisations.get(key);
    if (!o) throw new Error(`unknown organisation ${key}`);
    const type: ActorType =
      o.kind === "igo"
        ? "igo"
        : o.kind === "ngo" || o.kind === "armed"
          ? "organisation"
          : o.kind === "media"
            ? "media"
            : "company";
    return this.intern({
      id: `kb:${o.key}`,
      name: o.name,
      code: o.code,
      type,
      role: null,
      gender: null,
      orgKind: o.kind,
      nameKeys: [],
      docPerson: false,
    });
  }

  /**
   * A known person, coded by the office held at the document's date. Outside every office: after the last
   * one the person is an elite of that country (CAMEO ELI); before the first, the phrase's own title decides.
   */
  person(key: string, context: { base: string | null; sector: string | null; role: string | null }): Ref {
    const p = this.kb.people.get(key);
    if (!p) throw new Error(`unknown person ${key}`);
    let office = officeAt(p, this.date);
    // No date: the office the phrase's own title points to ("Sen. X" is the senator), else the latest.
    // ("former Vice President X" is no longer in that office, whichever the latest is; other titles
    // without a date are too often generic ones, "Leader", "chairman", to overrule the list)
    let titled: string | null = null;
    if (!this.date && context.sector) {
      const match = p.offices.find((o) => splitCode(o.code).sectors.includes(context.sector!));
      const root = office ? splitCode(office.code).root : "";
      if (!match && context.sector === "ELI" && root && !root.startsWith("IGO")) titled = `${root}ELI`;
      office = match ?? office;
    }
    let code: string;
    let role = office?.role ?? null;
    if (titled) code = titled;
    else if (office) code = office.code;
    else code = this.outOfOffice(p, context);
    if (context.role && office) role = context.role;
    const existing = this.refs.get(`kb:${p.key}`);
    if (existing) return existing;
    return this.intern({
      id: `kb:${p.key}`,
      name: p.name,
      code,
      type: "person",
      role: role ?? context.role,
      gender: p.gender,
      orgKind: null,
      nameKeys: [p.name, ...p.aliases].map((n) => phraseKeys(n)),
      docPerson: false,
    });
  }

  private outOfOffice(p: Person, context: { base: string | null; sector: string | null }): string {
    const last = latestOffice(p);
    const root = last ? splitCode(last.code).root : "";
    // After an office and before the next one the person is a former office holder too (Biden between
    // the vice-presidency and the presidency): an elite, not the later office's holder yet.
    const d = this.date?.slice(0, 10);
    let left: Office | null = null;
    for (const o of p.offices) if (d && o.end && d >= o.end && (!left || o.end > (left.end ?? ""))) left = o;
    // ("Gov. X" after X left the governorship still names the office X left; so does a generic
    // office title, "Director X", for someone who left an office of the state, not an armed group's)
    const leftSectors = left ? splitCode(left.code).sectors : [];
    const leftTitled =
      !!context.sector &&
      (leftSectors.includes(context.sector) ||
        (STATE_TITLE_SECTORS.test(context.sector) && leftSectors.some((x) => STATE_TITLE_SECTORS.test(x))));
    if (context.sector && (context.base || root) && !leftTitled)
      return composeCode(context.base ?? root, context.sector);
    if (!last) return "---";
    if (left) {
      const r = splitCode(left.code).root;
      return r.startsWith("IGO") ? r : r + "ELI";
    }
    const first = p.offices.reduce<Office>(
      (a, b) => ((a.start ?? "") <= (b.start ?? "") ? a : b),
      p.offices[0],
    );
    return first.code;
  }

  /** The one person holding `title` for `code` at the date ("the Russian president" -> Putin), if known. */
  officeHolder(code: string, title: string): Ref | null {
    if (!this.date) return null;
    const hits: Person[] = [];
    for (const p of this.kb.peopleByOfficeCode.get(code) ?? []) {
      const o = officeAt(p, this.date);
      if (o && o.code === code && roleMatches(o.role, title)) hits.push(p);
    }
    return hits.length === 1 ? this.person(hits[0].key, { base: null, sector: null, role: null }) : null;
  }

  /** A user-dictionary actor, or null when its code at the date is empty ("---"). */
  dict(id: string): Ref | null {
    const e = this.kb.dictActors.get(id);
    if (!e) return null;
    const code = codeAt(e.codes, this.date);
    if (!code || /^-+$/.test(code) || !/^[A-Z0-9]+$/.test(code)) return null;
    return this.intern({
      id: e.id,
      name: e.name,
      code,
      type: splitCode(code).sectors.length ? "group" : "other",
      role: null,
      gender: null,
      orgKind: null,
      nameKeys: [phraseKeys(e.name)],
      docPerson: false,
    });
  }

  /** A person known only from this text; the same name gives the same actor within the document. */
  docPerson(name: string, code: string, role: string | null): Ref {
    const key = `doc-person:${slug(name)}`;
    const have = this.refs.get(key);
    if (have) {
      if (have.code.startsWith("---") && !code.startsWith("---")) have.code = code;
      if (!have.role && role) have.role = role;
      return have;
    }
    const keys = phraseKeys(name);
    const ref: Ref = {
      id: key,
      name,
      code,
      type: "person",
      role,
      gender: givenNameGender(this.kb, keys),
      orgKind: null,
      nameKeys: [keys],
      docPerson: true,
    };
    this.refs.set(key, ref);
    this.order.push(ref);
    return ref;
  }

  /** A company known only from this text ("Toshiba Machine Co"); `keys`: the name words coreference may match. */
  docOrg(name: string, code: string, type: ActorType = "company", keys: string[] = phraseKeys(name)): Ref {
    const key = `doc-org:${slug(name)}`;
    const have = this.refs.get(key);
    if (have) return have;
    const ref: Ref = {
      id: key,
      name,
      code,
      type,
      role: null,
      gender: null,
      orgKind: type === "company" ? "company" : null,
      nameKeys: [keys],
      docPerson: true,
    };
    this.refs.set(key, ref);
    this.order.push(ref);
    return ref;
  }

  /** The code base a modifier contributes: CHN for "Chinese", RUSGOV for "Kremlin", USA for "Biden". */
  baseOf(sense: import("./kb.js").Sense): string | null {
    switch (sense.kind) {
      case "country":
      case "demonym":
      case "capital":
      case "seat":
      case "region":
        return this.historic(sense.code);
      case "org":
        return this.kb.organisations.get(sense.key)?.code ?? null;
      case "person": {
        const p = this.kb.people.get(sense.key);
        const o = p ? (officeAt(p, this.date) ?? latestOffice(p)) : null;
        if (!o) return null;
        const { root } = splitCode(o.code);
        return root || null;
      }
      case "dict-actor": {
        const e = this.kb.dictActors.get(sense.id);
        const c = e ? codeAt(e.codes, this.date) : null;
        return c && /^[A-Z0-9]+$/.test(c) ? c : null;
      }
      default:
        return null;
    }
  }

  /**
   * Codes that wait for the story's country ("---REB" for the Islamic State, "---GOV" for "Defense
   * Secretary X" in a text that names no country for him) take it here; armed groups take `rebelHome`.
   */
  placeHomeless(
    home: string | null,
    rebelHome: string | null = home,
    mostNamed: (countries: string[]) => string | null = () => null,
  ): void {
    for (const r of this.order) {
      const theatres = r.id.startsWith("kb:")
        ? (this.kb.organisations.get(r.id.slice(3))?.theatres ?? this.kb.personTheatres.get(r.id.slice(3)))
        : undefined;
      // "the Taliban" in a story about fighting in Pakistan: a group that fights in several countries
      // named by one of them is of the story's when it fights there too
      if (!r.code.startsWith("---") && r.code.endsWith("REB") && rebelHome && theatres?.includes(rebelHome))
        r.code = `${rebelHome}REB`;
      if (!r.code.startsWith("---") || r.code.length <= 3) continue;
      // armed groups take the country where the story's fighting is (see conflictCountry)
      let country = r.code.slice(3) === "REB" ? rebelHome : home;
      // a group that fights in some countries only: one of those, the story's if it is one
      if (theatres?.length && !(country && theatres.includes(country)))
        country = mostNamed(theatres) ?? theatres[0];
      if (!country) continue;
      r.code = country + r.code.slice(3);
      if (r.id.startsWith("kb:---")) r.id = `kb:${r.code}`;
    }
  }

  /** Final actor records, with doc-person ids made from their final code. */
  actors(): Map<Ref, Actor> {
    const out = new Map<Ref, Actor>();
    const byId = new Map<string, Actor>();
    const used = new Set<string>();
    for (const r of this.order) {
      let id = r.id;
      if (r.docPerson) {
        id = `doc:${r.code}:${slug(r.name)}`;
        let n = 2;
        while (used.has(id)) id = `doc:${r.code}:${slug(r.name)}-${n++}`;
      }
      const twin = byId.get(id);
      if (twin) {
        out.set(r, twin);
        continue;
      }
      used.add(id);
      const { root, sectors } = splitCode(r.code);
      const country = this.kb.countries.has(root) ? root : null;
      const actor: Actor = { id, name: r.name, code: r.code, type: r.type, country, sectors, role: r.role };
      out.set(r, actor);
      byId.set(id, actor);
    }
    return out;
  }
}

/**
 * "Monica Lewinsky" is "she": the gender of the first word before the surname that is a given name news
 * gives almost only to men or to women, else unknown.
 */
function givenNameGender(kb: KnowledgeBase, keys: string[]): "m" | "f" | null {
  for (let n = 0; n < keys.length - 1; n++) {
    const g = kb.givenNames.get(keys[n]);
    if (g) return g;
  }
  return null;
}
