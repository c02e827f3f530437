// Finds place names in a document and picks, for each, the gazetteer entry the article means: the
// countries the article is about pull ambiguous names home ("Paris" in a Texas story is Paris, TX).
import type { Document, Place } from "../model/index.js";
import { lineStartWithin } from "../util/line-start.js";
import { isDemonym } from "./demonyms.js";
import { type Gazetteer, type GazetteerEntry, normaliseName } from "./gazetteer.js";
import { stateAbbreviationAfter, US_STATE_ABBR } from "./us-states.js";

interface Token {
  start: number;
  end: number;
  text: string;
  /** Punctuation right after the token (",", "." ...), which ends a name. */
  trail: string;
}

/** Joining words allowed inside a multi-word name ("Rio de Janeiro", "Bosnia and Herzegovina"). */
const CONNECTORS = new Set([
  "of",
  "de",
  "del",
  "da",
  "do",
  "dos",
  "la",
  "le",
  "el",
  "al",
  "and",
  "upon",
  "on",
  "sur",
  "am",
  "the",
]);

/**
 * Capitalised words that are far more often something else in English news than the towns that bear
 * them ("Reading", "Mobile", "Nice"); they count as places only beside a region or country ("Reading, Pa.").
 */
const COMMON_WORDS = new Set(
  [
    "reading, mobile, nice, march, may, june, august, most, many, over, media, police, will, hope, best, sale",
    "split, bath, of, as, is, independence, liberty, union, victory, progress, university, college, opportunity",
    "commerce, president, senate, congress, parliament, republic, kingdom, state, states, city, centre, center",
    "court, house, white house, capitol, minister, ministry, government, army, navy, news, post, times, daily",
    "sun, star, mail, monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, april",
    "july, september, october, november, december, christmas, easter, god, jesus, lord, church, mission, eagle",
    "phoenix, orange, lincoln, jackson, franklin, madison, clinton, trump, obama, biden, bush, graham, davis",
    "street, avenue, road, north, south, east, west, central, northern, southern, eastern, western, new, old",
    "great, little, early, late, man, women, mass, surprise, paradise, normal, friendship, unity, enterprise",
    "plenty, welcome, why, what, when, how, who, this, that, there, here, federal, national, international",
    "general, atlantic, pacific, north sea, batman, energy, temple, buffalo wild wings, justice, home, office",
  ]
    .join(", ")
    .split(", "),
);

/** Capitalised words that may follow a place without making it part of a name ("Florida Senator"). */
const PLACE_QUALIFIES = new Set(
  (
    "senator sen governor gov mayor president prime minister attorney congressman congresswoman rep " +
    "representative democrat democrats republican republicans police officials state province county " +
    "delegation embassy ambassador government authorities army forces troops residents voters citizens"
  ).split(" "),
);

/** Sentence-initial or headline words that say nothing about the name after them ("In Nigeria"). */
const FUNCTION_WORDS = new Set(
  "in at on from to of for by with near outside inside across into and or but as the a an after before since during over under".split(
    " ",
  ),
);

const DIRECTIONS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeastern|Northwestern|Southeastern|Southwestern|Upper|Lower)$/;

/** Capitalised words that, placed right before a name, make it part of an organisation or title. */
const NAME_PREFIX =
  /^(?:Mr|Mrs|Ms|Dr|St|Saint|President|Governor|Gov|Sen|Senator|Rep|Mayor|General|Gen|Judge|Lord|Lady|Prince|Princess|King|Queen)\.?$/;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[^\s,;:!?()[\]{}"\u201c\u201d\u2014\u2013]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    let begin = m.index;
    // "'New York values'": a single quote opening a quotation is no part of the word.
    if (/^['\u2018]./.test(word)) {
      word = word.slice(1);
      begin++;
    }
    // A full stop ends the word unless it belongs to an abbreviation (U.S., D.C., St.).
    if (word.endsWith(".") && !/^(?:[A-Z]\.)+$|^(?:St|Ft|Mt|ST|FT|MT)\.$/.test(word)) {
      word = word.slice(0, -1);
      end--;
    }
    word = word.replace(/['\u2019]s$/, "").replace(/['\u2019]$/, "");
    if (!word) continue;
    const after = text.slice(end, end + 1);
    out.push({
      start: begin,
      end: begin + word.length,
      text: word,
      trail: /[\s\w]/.test(after) || after === "" ? "" : after,
    });
  }
  return out;
}

const isCap = (w: string) => /^[A-Z\u00C0-\u00DE]/.test(w);
/** A word of a name before a feature word: capitalised, or an Arabic article joined to one ("Shatt al-Arab"). */
const isNamePart = (w: string) =>
  (isCap(w) && !GLUED.test(w)) || /^(?:al|el|ad|as|ash|ar|an|at|az|ad-d|ibn|bin|bint)-[A-Z]/.test(w);
/** Two words run together by a scraper ("WarnerHillicon"): no part of a place's name ("McAllen" is). */
const GLUED = /[a-z]{3}[A-Z]/;

interface Match {
  start: number;
  end: number;
  text: string;
  entries: readonly GazetteerEntry[];
  /** For "Borno State"-style names the gazetteer lacks: the name without its suffix. */
  generic?: string;
  genericKind?: "region" | "other";
  /** Waters that border several countries: no single country is right. */
  international?: boolean;
  /** After a locative word ("in", "near") or opening a dateline. */
  locative?: boolean;
  /** After a preposition of place ("in", "near", not "of") or opening a dateline: what a small town needs. */
  placeCue?: boolean;
  /** The country of a possessive right before a generic name: "Iraq's Faw peninsula". */
  owner?: string;
  /** A generic name with an administrative word ("Kaduna state", "Iwate prefecture"), not a landform or a county. */
  administrative?: boolean;
  /** Places the bare name of a generic match could be, used only where the story supports their country. */
  hints?: readonly GazetteerEntry[];
}

/** Words that make the capitalised name before them a first- or second-level region. */
const REGION_SUFFIX = new Set([
  "State",
  "Province",
  "Region",
  "Oblast",
  "Governorate",
  "Prefecture",
  "County",
  "Territory",
]);

/** The words of an institution's name before "of" and a place: "University of", "Bank of". */
const INSTITUTION_OF = /\b(?:University|College|Bank|Museum|Institute|Academy)\s+of\s+(?:the\s+)?$/;

/** Geographic feature words after a name: the name is a place of its own kind ("Faw peninsula", "Red Sea"). */
const FEATURE_SUFFIX: Record<string, "region" | "other"> = {
  peninsula: "region",
  island: "other",
  islands: "other",
  sea: "other",
  gulf: "other",
  strait: "other",
  river: "other",
  lake: "other",
  bay: "other",
  mountains: "other",
  desert: "other",
  valley: "region",
  waterway: "other",
  canal: "other",
  neighborhood: "other",
  neighbourhood: "other",
};

/** Lower-case administrative words that make the capitalised name before them a region ("Zulia state"). */
const LOWER_REGION_SUFFIX = /^(?:province|state|governorate|oblast|prefecture)$/;

/** "the Jewish state", "a Palestinian state", "Gulf state": adjectives and words before "state" that are no region. */
const NOT_REGION_NAME =
  /(?:ish|ian|ean|ese|ic|i|an)$|^(?:Arab|Gulf|Member|Nation|Welfare|Police|Union|Free|Deep|Nanny|Security|Islamic|Muslim|Soviet|Baltic|Nordic|Client|Rogue|Buffer|Vassal|Puppet|Swing|Red|Blue|Home|Garden|Sunshine|Empire|Lone|Star|Golden)$/;

/** Water and landform words that open a name: "Strait of Hormuz", "Lake Chad", "Mount Sinjar". */
const FEATURE_PREFIX: Record<string, { kind: "region" | "other"; international: boolean; of: boolean }> = {
  Strait: { kind: "other", international: true, of: true },
  Straits: { kind: "other", international: true, of: true },
  Gulf: { kind: "other", international: true, of: true },
  Sea: { kind: "other", international: true, of: true },
  Bay: { kind: "other", international: true, of: true },
  Isle: { kind: "other", international: false, of: true },
  Lake: { kind: "other", international: false, of: false },
  Mount: { kind: "other", international: false, of: false },
};

/** Spans to skip: people the analysis found, and capitals the actors stage read as governments. */
function blockedSpans(doc: Document): Array<{ start: number; end: number; capital: boolean }> {
  const out: Array<{ start: number; end: number; capital: boolean }> = [];
  for (const m of doc.mentions)
    if (m.kind === "capital") out.push({ start: m.start, end: m.end, capital: true });
  for (const e of doc.entities)
    if (e.label === "PER") out.push({ start: e.start, end: e.end, capital: false });
  return out;
}

/** "in Moscow", "central Tokyo", "the capital, Wellington": a place, whatever else the name can stand for. */
const LOCATIVE_BEFORE =
  /(?:\b(?:in|at|near|outside|inside|from|to|into|across|around|downtown|central|suburban|of|capital,)\s+(?:the\s+)?|^\s*)$/i;
const LOCATIVE_WORD_BEFORE =
  /\b(?:in|at|near|outside|inside|from|to|into|across|around|throughout|central|of)\s+(?:the\s+)?$/i;
/**
 * Prepositions that put what follows on a map. "of", "from" and "to" are left out ("Lesaca of
 * Brookings", "data from Gallup", "point to Page's role"); "the town of" is not.
 */
const PLACE_CUE_BEFORE =
  /\b(?:in|at|near|outside|inside|across|around|throughout|downtown|suburban|(?:port|city|town|village|suburb|island|county|state|province|region|capital|streets) of)\s+(?:the\s+)?$/i;
const PLACE_PREPOSITION_BEFORE =
  /\b(?:in|near|outside|inside|throughout|(?:port|city|town|village|province|region|state) of)\s+(?:the\s+)?$/i;
/** A dateline: the name opens a line and a dash or "(Agency)" follows. */
const DATELINE_AFTER = /^\s*(?:,[^\n]{0,40})?\s*(?:\(|-|\u2014|\u2013)/;

/** Verbs only a person or an institution does: a city name before them is someone's name or a government. */
const AGENT_VERB =
  /^\s+(?:said|says|told|tells|announced|accused|denied|warned|argued|claimed|insisted|tweeted|wrote)\b/;

const SPEECH_VERB =
  /^\s+(?:has|have|had|is|was|says|said|wants|wanted|would|will|accused|denied|rejected|insisted|warned|announced|responded|hopes|believes|argues|argued|claims|claimed|must|should|can|could)\b/;

/** The names in `doc.body` that the gazetteer knows, before disambiguation. */
function findMatches(doc: Document, gaz: Gazetteer): Match[] {
  const text = doc.body;
  const tokens = tokenize(text);
  const blocked = blockedSpans(doc);
  // Surnames of the people the story names: "Elizabeth Warren ... Warren's plan" is the senator again.
  const surnames = new Set(
    doc.entities
      .filter((e) => e.label === "PER")
      .map((e) => text.slice(e.start, e.end).trim().split(/\s+/))
      .filter((w) => w.length >= 2)
      .map((w) => w[w.length - 1].replace(/['\u2019]s$/, "")),
  );
  const out: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!isCap(first.text)) {
      i++;
      continue;
    }
    let found: Match | null = null;
    let used = 0;
    // Longest name first; a name never runs over punctuation.
    for (let n = Math.min(gaz.maxWords, tokens.length - i); n >= 1; n--) {
      const last = tokens[i + n - 1];
      if (!isCap(last.text)) continue;
      let ok = true;
      for (let k = i; k < i + n - 1; k++) {
        if (tokens[k].trail) ok = false;
        if (k > i && !isCap(tokens[k].text) && !CONNECTORS.has(tokens[k].text)) ok = false;
      }
      if (!ok) continue;
      let start = first.start;
      const key = normaliseName(
        tokens
          .slice(i, i + n)
          .map((t) => t.text)
          .join(" "),
      );
      let entries = gaz.lookup(key);
      // "the U.S.", "the Netherlands": the article may be part of the name.
      if (entries.length === 0) continue;
      const prev = i > 0 ? tokens[i - 1] : null;
      if (prev && /^the$/i.test(prev.text) && gaz.lookup(`the ${key}`).length > 0) {
        start = prev.start;
        entries = gaz.lookup(`the ${key}`);
      }
      found = { start, end: last.end, text: text.slice(start, last.end), entries };
      used = n;
      break;
    }
    if (!found) {
      i++;
      continue;
    }
    const span = found;
    i += used;
    const lineStart = lineStartWithin(text, span.start, 24);
    const before = text.slice(lineStart, span.start);
    const locative =
      LOCATIVE_BEFORE.test(before) ||
      (lineStart === span.start && DATELINE_AFTER.test(text.slice(span.end, span.end + 50)));
    // "seamen in Santos", "the port of Santos": a sizeable city after a place preposition is the city,
    // even when the entity tagger read the name as a person's.
    const placeOverPerson =
      PLACE_PREPOSITION_BEFORE.test(before) &&
      span.entries.some((e) => e.kind !== "city" || e.population >= 100_000);
    const isBlocked = blocked.some(
      (b) =>
        b.start < span.end &&
        span.start < b.end &&
        (b.capital ? !locative && span.entries.some((e) => e.capital) : !placeOverPerson),
    );
    if (isBlocked) continue;
    // "Washington state", "New York state": the region, not the city.
    if (
      /^\s+state\b/.test(text.slice(span.end, span.end + 7)) &&
      span.entries.some((e) => e.kind === "region")
    )
      span.entries = span.entries.filter((e) => e.kind === "region");
    const prevTok = tokens[i - used - 1];
    const nextTok = tokens[i];
    const key = normaliseName(span.text);
    const cityOnly = span.entries.every((e) => e.kind === "city");
    // "the EU", "NBA": two or three capitals are an acronym, not a town ("Eu" in France).
    // A dateline's town is in capitals whatever its length ("RYE, N.H. -").
    if (
      cityOnly &&
      /^[A-Z]{2,3}$/.test(span.text) &&
      !(lineStart === span.start && DATELINE_AFTER.test(text.slice(span.end, span.end + 50))) &&
      !hasRegionAfter(text, span.end, gaz)
    )
      continue;
    // "does not include STRONG border security": a capitalised word inside lower-case prose is emphasis.
    if (
      cityOnly &&
      /^[A-Z]{4,}$/.test(span.text) &&
      prevTok &&
      nextTok &&
      /^[a-z]/.test(prevTok.text) &&
      /^[a-z]/.test(nextTok.text)
    )
      continue;
    // A bare surname of someone the story names is that person, unless a preposition of place or a
    // region after it says otherwise ("in Jackson", "Jackson, Miss."). Big cities are left alone: the
    // tagger reads names like "Hydrate Detroit" as people more often than a Detroit is someone's name.
    if (
      cityOnly &&
      span.entries.every((e) => e.population < 500_000) &&
      used === 1 &&
      surnames.has(span.text) &&
      // "in Warren's proposal": a possessive is the person's even after "in".
      (!PLACE_CUE_BEFORE.test(before) || /^['\u2019]s\b/.test(text.slice(span.end, span.end + 3))) &&
      !hasRegionAfter(text, span.end, gaz)
    )
      continue;
    // "Canadian affairs", "the Arab world", "spoke English": a people's word, not the town that bears it.
    if (cityOnly && isDemonym(span.text) && !hasRegionAfter(text, span.end, gaz)) continue;
    // "Roe v. Wade", "United States v. Windsor": the parties to a case, not places.
    if (
      /\bvs?\.\s+$/.test(text.slice(Math.max(0, span.start - 6), span.start)) ||
      /^\s+vs?\.\s/.test(text.slice(span.end, span.end + 6))
    )
      continue;
    // "University of Missouri", "Bank of England": the end of an institution's name, not a place of
    // the story (the institution is an actor, named after the place).
    if (INSTITUTION_OF.test(text.slice(Math.max(0, span.start - 16), span.start))) continue;
    // "Mrs. Butterworth", "Gov. Jackson": a title with its full stop still names a person.
    if (prevTok && /^\.\s$/.test(text.slice(prevTok.end, span.start)) && NAME_PREFIX.test(prevTok.text))
      continue;
    // "'Make America great'": a word opening a quotation is capitalised for that alone.
    const sentenceStart =
      !prevTok ||
      /[.!?]/.test(text.slice(prevTok.end, span.start)) ||
      text.slice(prevTok.end, span.start).includes("\n") ||
      /['\u2018"\u201c]/.test(text.charAt(prevTok.start - 1));
    // "Washington Post", "Beijing Olympics": a name glued (one space) to a capitalised word is part of
    // something else, unless that word is a title or office the place qualifies ("Florida Senator").
    if (
      nextTok &&
      text.slice(span.end, nextTok.start) === " " &&
      isCap(nextTok.text) &&
      !PLACE_QUALIFIES.has(nextTok.text.toLowerCase()) &&
      !gaz.lookup(normaliseName(nextTok.text)).some((e) => e.kind !== "city")
    )
      continue;
    if (
      prevTok &&
      !sentenceStart &&
      text.slice(prevTok.end, span.start) === " " &&
      isCap(prevTok.text) &&
      !FUNCTION_WORDS.has(prevTok.text.toLowerCase()) &&
      !DIRECTIONS.test(prevTok.text)
    ) {
      // "Poland Spring", "Florida Bay": a small town after a place's name is the end of another name.
      if (
        NAME_PREFIX.test(prevTok.text) ||
        !gaz.lookup(normaliseName(prevTok.text)).some((e) => e.kind !== "city") ||
        (cityOnly && span.entries.every((e) => e.population < MIN_UNSUPPORTED_POPULATION))
      )
        continue;
    }
    // A capital city that says or wants something is its government (the actors stage marks these too).
    // A city name that speaks is a person or a government ("Graham said", "Beijing has warned").
    const after20 = text.slice(span.end, span.end + 20);
    if (
      !span.entries.some((e) => e.kind !== "city") &&
      (AGENT_VERB.test(after20) || (span.entries.some((e) => e.capital) && SPEECH_VERB.test(after20)))
    )
      continue;
    if (
      COMMON_WORDS.has(key) &&
      !span.entries.some((e) => e.kind === "country") &&
      !hasRegionAfter(text, span.end, gaz)
    ) {
      if (!(key === "washington" && /^\s*,?\s*D\.?C\b/.test(text.slice(span.end, span.end + 6)))) continue;
    }
    // Only a preposition counts here: a name opening a line may be a word or a surname.
    span.locative = LOCATIVE_WORD_BEFORE.test(before);
    span.placeCue =
      PLACE_CUE_BEFORE.test(before) ||
      (lineStart === span.start && DATELINE_AFTER.test(text.slice(span.end, span.end + 50)));
    out.push(span);
  }
  // Regions the gazetteer does not list, named with their kind: "Borno State", "Kherson Oblast".
  for (let k = 1; k < tokens.length; k++) {
    const lowerAdmin = LOWER_REGION_SUFFIX.test(tokens[k].text);
    const featureKind =
      REGION_SUFFIX.has(tokens[k].text) || lowerAdmin
        ? "region"
        : FEATURE_SUFFIX[tokens[k].text.toLowerCase()];
    if (!featureKind) continue;
    // Lower-case "island" / "peninsula" follow a name ("Lavan island"), as do "waterway", "neighborhood"
    // and administrative words ("Zulia state"); other feature words must be capitalised.
    if (
      !isCap(tokens[k].text) &&
      !lowerAdmin &&
      !/^(?:island|peninsula|waterway|canal|neighbou?rhood)$/.test(tokens[k].text)
    )
      continue;
    let first = k;
    while (
      first > 0 &&
      k - first < 3 &&
      isNamePart(tokens[first - 1].text) &&
      !tokens[first - 1].trail &&
      !REGION_SUFFIX.has(tokens[first - 1].text) &&
      // "Iran's Lavan island": a possessive ends the name before it.
      (first === k || !/^['\u2019]s\b/.test(text.slice(tokens[first - 1].end, tokens[first - 1].end + 3)))
    )
      first--;
    // "Oregon State University", "the Sunshine State": a "State" name must be a region or a big city the
    // gazetteer knows ("Borno State", "Kano State"), and not the start of an institution's name.
    if (/^state$/i.test(tokens[k].text) && first < k) {
      const next = tokens[k + 1];
      if (
        next &&
        !tokens[k].trail &&
        /^(?:University|College|School|Park|Department|Police|Senate|House|Assembly)$/.test(next.text)
      )
        continue;
      const known = gaz
        .lookup(normaliseName(text.slice(tokens[first].start, tokens[k - 1].end)))
        .some((e) => e.kind === "region" || (e.kind === "city" && e.population >= 100_000));
      if (!known && tokens[k].text === "State") {
        // "the Golden State": the small town "Golden" inside it is no place either.
        for (const m of out.filter((x) => x.start >= tokens[first].start && x.end <= tokens[k].end))
          if (!m.entries.some((e) => e.kind !== "city")) out.splice(out.indexOf(m), 1);
        continue;
      }
    }
    // "Aida's neighborhood", "Berlin neighborhood": a person's, or a part of a city the gazetteer knows.
    if (/^neighbou?rhood$/.test(tokens[k].text)) {
      if (/^['\u2019]s/.test(text.slice(tokens[k - 1].end, tokens[k - 1].end + 2))) continue;
      if (
        gaz
          .lookup(normaliseName(text.slice(tokens[first].start, tokens[k - 1].end)))
          .some((e) => e.population >= 100_000)
      )
        continue;
    }
    if (lowerAdmin && first < k) {
      const before = text.slice(Math.max(0, tokens[first].start - 6), tokens[first].start);
      // "the Jewish state", "a Palestinian state": an adjective, not a region's name.
      if (
        tokens.slice(first, k).some((t) => NOT_REGION_NAME.test(t.text) || /^[A-Z]{2,5}$/.test(t.text)) ||
        (tokens[k].text === "state" && /\b(?:a|an|the)\s+$/i.test(before)) ||
        // "Neither state", "Their state", "Trump state": "state" needs a name the gazetteer knows.
        (tokens[k].text === "state" &&
          (COMMON_WORDS.has(normaliseName(tokens[first].text)) ||
            gaz.lookup(normaliseName(text.slice(tokens[first].start, tokens[k - 1].end))).length === 0))
      )
        continue;
    }
    // "In Silicon Valley": a sentence-initial preposition is not part of the name.
    while (first < k && (FUNCTION_WORDS.has(tokens[first].text.toLowerCase()) || !isCap(tokens[first].text)))
      first++;
    if (first === k) continue;
    const start = tokens[first].start;
    const end = tokens[k].end;
    // "pollster Celinda Lake": the tagger read the whole name, feature word included, as a person's.
    // An administrative word is surer than the tagger ("Lawrence County" read as a man's name).
    if (
      featureKind === "other" &&
      doc.entities.some((e) => e.label === "PER" && e.start <= start && e.end >= end)
    )
      continue;
    if (out.some((m) => m.start < end && start < m.end && !(m.start >= start && m.end <= end))) continue;
    const name = text.slice(start, tokens[k - 1].end);
    const inner = out.filter((m) => m.start >= start && m.end <= end);
    // The gazetteer already knows the whole name ("Donetsk Oblast"): keep its entry.
    if (inner.some((m) => m.start === start && m.end === end)) continue;
    // "the northeast China province of Heilongjiang": a country before "province" is no province's name.
    if (lowerAdmin && inner.some((m) => m.entries.some((e) => e.kind === "country"))) continue;
    // "Alabama state troopers", "Guangdong province": a region the gazetteer knows keeps its own entry.
    if (
      lowerAdmin &&
      inner.length === 1 &&
      inner[0].start === start &&
      inner[0].entries.some((e) => e.kind === "region" && !e.minor)
    )
      continue;
    // A known place before a water or landform word keeps its own reading ("Paris Island" is rare);
    // administrative and regional suffixes ("Borno State", "Faw peninsula") make a region of it.
    if (featureKind === "other" && inner.length > 0) continue;
    for (const m of inner) out.splice(out.indexOf(m), 1);
    const possessor =
      first > 0 && /^['\u2019]s\s/.test(text.slice(tokens[first - 1].end, tokens[first - 1].end + 3))
        ? out.find((m) => m.end === tokens[first - 1].end)
        : undefined;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      entries: inner.flatMap((m) => m.entries),
      // "Suez Canal": the name glued to its feature word was not matched on its own; look it up here.
      hints: inner.length > 0 ? undefined : gaz.lookup(normaliseName(name)),
      owner: possessor?.entries.find((e) => e.kind === "country")?.country,
      generic: name,
      genericKind: featureKind,
      // US counties are often named after a town elsewhere: only states, provinces and the like count.
      administrative: (REGION_SUFFIX.has(tokens[k].text) || lowerAdmin) && !/^county$/i.test(tokens[k].text),
      international: /^(?:sea|seas|gulf|strait)$/i.test(tokens[k].text),
    });
  }
  // Water and landforms named by a leading word: "Strait of Hormuz", "Gulf of Aden", "Lake Chad".
  for (let k = 0; k + 1 < tokens.length; k++) {
    const feature = FEATURE_PREFIX[tokens[k].text];
    if (!feature || tokens[k].trail) continue;
    let j = k + 1;
    if (feature.of) {
      if (tokens[j].text !== "of" || tokens[j].trail || j + 1 >= tokens.length) continue;
      j++;
    }
    if (!isCap(tokens[j].text) || FUNCTION_WORDS.has(tokens[j].text.toLowerCase())) continue;
    let last = j;
    while (last + 1 < tokens.length && last - j < 1 && !tokens[last].trail && isCap(tokens[last + 1].text))
      last++;
    // "Mount Alder Community High School": a longer capitalised run is an institution's name.
    const next = tokens[last + 1];
    if (next && !tokens[last].trail && isCap(next.text) && text.slice(tokens[last].end, next.start) === " ")
      continue;
    const start = tokens[k].start;
    const end = tokens[last].end;
    const inner = out.filter((m) => m.start >= start && m.end <= end);
    if (out.some((m) => m.start < end && start < m.end && !inner.includes(m))) continue;
    // The gazetteer knows the whole name ("Lake Placid" the town): keep its entry.
    if (inner.some((m) => m.start === start && m.end === end)) continue;
    if (gaz.lookup(normaliseName(text.slice(start, end))).length > 0) continue;
    for (const m of inner) out.splice(out.indexOf(m), 1);
    const generic = text.slice(tokens[j].start, end);
    // "Lake Chad", "Mount Sinjar": the places the name after the feature word stands for, if any.
    const own = gaz.lookup(normaliseName(generic));
    out.push({
      start,
      end,
      text: text.slice(start, end),
      entries:
        inner.length > 0 ? inner.flatMap((m) => m.entries) : own.filter((e) => e.kind !== "city" && !e.minor),
      hints: own,
      generic,
      genericKind: feature.kind,
      international: feature.international,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "Paris, Texas", "Reading, Pa.": the region or country named right after a comma. */
function regionAfter(text: string, end: number, gaz: Gazetteer): GazetteerEntry | null {
  const m = /^,\s*([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})/.exec(text.slice(end, end + 40));
  if (!m) return null;
  const words = m[1].split(" ");
  for (let n = words.length; n >= 1; n--) {
    const key = normaliseName(words.slice(0, n).join(" ").replace(/\.$/, ""));
    const hit = gaz.lookup(key).find((e) => e.kind !== "city");
    if (hit) return hit;
    const state = US_STATE_ABBR[key];
    if (state) return gaz.region("USA", state) ?? null;
  }
  return null;
}

/** The state an AP abbreviation right after a comma names ("Calif.", "N.J."), as a place of its own. */
function stateAbbrAfter(text: string, end: number, gaz: Gazetteer): Place | null {
  const abbr = stateAbbreviationAfter(text, end);
  // "Washington, D.C." is one name, not a city and a district.
  const e = abbr && abbr.code !== "DC" ? gaz.region("USA", abbr.code) : undefined;
  if (!abbr || !e) return null;
  return {
    start: abbr.start,
    end: abbr.start + abbr.text.length,
    text: abbr.text,
    name: e.name,
    country: e.country,
    kind: e.kind,
    lat: e.lat,
    lon: e.lon,
    gazetteerId: e.id,
  };
}

function hasRegionAfter(text: string, end: number, gaz: Gazetteer): boolean {
  return regionAfter(text, end, gaz) !== null;
}

/**
 * Where to put a region the gazetteer does not list, once its country is settled: the settled area of the
 * province a same-named city of that country lies in ("Kaduna state" around the city of Kaduna), else the
 * country's point ("Fulton County" in the US).
 */
function regionPoint(m: Match, country: string, gaz: Gazetteer): [number | null, number | null] {
  const own = [...m.entries, ...(m.hints ?? [])].find(
    (e) => e.kind === "region" && e.country === country && !e.minor && e.lat !== null,
  );
  if (own) return [own.lat, own.lon];
  {
    const city = [...m.entries, ...(m.hints ?? [])]
      .filter((e) => e.kind === "city" && e.country === country && e.admin && e.population >= 100_000)
      .sort((a, b) => b.population - a.population)[0];
    const centre = city?.admin ? gaz.areaCentre(country, city.admin) : null;
    if (centre) return centre;
  }
  const c = gaz.country(country);
  return c ? [c.lat, c.lon] : [null, null];
}

/** Places below this population need the article's context (or a region after a comma) to count. */
const MIN_UNSUPPORTED_POPULATION = 50_000;

/** Places in `doc.body`, each resolved to one gazetteer entry. */
export function resolvePlaces(doc: Document, gaz: Gazetteer): Place[] {
  const matches = findMatches(doc, gaz);
  // What the article is about: countries named directly, and the countries of named regions.
  const support = new Map<string, number>();
  // Each match's own vote is kept so that scoring a name does not count the name itself as context.
  const ownVote = new Map<Match, string>();
  for (const m of matches) {
    if (m.generic !== undefined || m.entries.length === 0) continue;
    if (m.entries.some((e) => e.former)) continue;
    const nonCity = m.entries.filter((e) => e.kind !== "city" && !e.minor);
    let country: string | null = null;
    if (nonCity.length === 1) country = nonCity[0].country;
    else if (nonCity.length === 0) {
      // A city that is clearly one place (Tbilisi, Atlanta) also tells which country the story is in.
      const byPop = [...m.entries].sort((a, b) => b.population - a.population);
      if (
        byPop[0].population >= 200_000 &&
        (byPop.length === 1 || byPop[0].population >= 5 * byPop[1].population)
      )
        country = byPop[0].country;
    }
    // "PARIS, Texas": a city name qualified by another country's region casts no vote for the best-known
    // place of the name (the region votes on its own).
    const qualifier = country && nonCity.length === 0 ? regionAfter(doc.body, m.end, gaz) : null;
    if (qualifier && qualifier.country !== country && m.entries.some((e) => e.country === qualifier.country))
      country = null;
    if (country) {
      support.set(country, (support.get(country) ?? 0) + 1);
      ownVote.set(m, country);
    }
  }
  // Subdivisions only the ISO list has support one another: "Hebei and Jiangxi, as well as Yunnan".
  const minorNamed = new Map<string, number>();
  for (const m of matches) {
    const minor =
      m.generic === undefined && m.entries.length > 0 && m.entries.every((e) => e.minor || e.kind === "city");
    const countries = new Set(m.entries.filter((e) => e.minor).map((e) => e.country));
    if (minor && countries.size === 1) {
      const c = [...countries][0];
      minorNamed.set(c, (minorNamed.get(c) ?? 0) + 1);
    }
  }
  // A name the story once puts on the map ("in Ferguson", "Ferguson, Mo.") is a place wherever it recurs,
  // and so is a name listed beside other places ("Dallas, Ferguson, Baltimore").
  const cued = new Set<string>();
  matches.forEach((m, k) => {
    const listed = [matches[k - 1], matches[k + 1]].some(
      (n) =>
        n &&
        n.generic === undefined &&
        /^(?:,\s*|,?\s+and\s+|,?\s+or\s+)$/.test(
          n.end <= m.start ? doc.body.slice(n.end, m.start) : doc.body.slice(m.end, n.start),
        ),
    );
    if (m.placeCue || listed || regionAfter(doc.body, m.end, gaz)) cued.add(normaliseName(m.text));
  });
  const regionsNamed = new Set(
    matches.flatMap((m) =>
      m.entries.filter((e) => e.kind === "region" && e.admin).map((e) => `${e.country}|${e.admin}`),
    ),
  );
  const out: Place[] = [];
  const storyCountry = [...support.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  // A name once qualified ("KINGSTON, Ontario -", "in Tripoli, Lebanon") means the same place when the
  // story repeats it bare further on.
  const qualified = new Map<string, GazetteerEntry>();
  for (const m of matches) {
    if (m.generic !== undefined) {
      // The region's country: a place of the same name if the gazetteer has one, else the story's country.
      const same = [...m.entries, ...(m.hints ?? [])]
        .filter((e) => (support.get(e.country) ?? 0) > 0)
        // (the largest of a country's same-named places: "San Diego County" lies around the city of
        // 1.4 million, not the Texas town of 4,000)
        .sort(
          (a, b) =>
            (support.get(b.country) ?? 0) - (support.get(a.country) ?? 0) || b.population - a.population,
        )[0];
      // With no support, a name the gazetteer places in one country only keeps that country ("Zulia state").
      // Small towns ("Cook" before "County") say nothing about the country.
      // "Panama Canal": a country or region the bare name stands for tells too.
      const telling = [
        ...m.entries.filter((e) => e.kind !== "city" || e.population >= 100_000),
        ...(m.hints ?? []).filter((e) => (e.kind === "country" || e.kind === "region") && !e.minor),
      ];
      const countries = new Set(telling.map((e) => e.country));
      const byPop = [...telling].sort((a, b) => b.population - a.population);
      const sole =
        countries.size === 1
          ? [...countries][0]
          : byPop[0] &&
              byPop[0].population >= 100_000 &&
              byPop[0].population >= 10 * (byPop[1]?.population ?? 0)
            ? byPop[0].country
            : null;
      const country = m.international ? null : (m.owner ?? same?.country ?? sole ?? storyCountry);
      // Only an administrative region ("Kaduna state", "Paktika province") whose country the name itself
      // settles is placed without a point of its own: a peninsula, a bay or a county at its country's
      // point would mislead.
      const settled = m.owner ?? same?.country ?? sole;
      const point =
        same && same.lat !== null
          ? [same.lat, same.lon]
          : m.administrative && settled && settled === country && !m.entries.some((e) => e.kind === "country")
            ? regionPoint(m, country, gaz)
            : [null, null];
      out.push({
        start: m.start,
        end: m.end,
        text: m.text,
        name: m.text,
        country,
        kind: m.genericKind ?? "region",
        lat: point[0] ?? null,
        lon: point[1] ?? null,
        gazetteerId: null,
      });
      continue;
    }
    // "China, America and Germany": a country after a country's name lists it, it does not locate it.
    const qualifier = regionAfter(doc.body, m.end, gaz);
    const after =
      qualifier?.kind === "country" && m.entries.some((e) => e.kind === "country") ? null : qualifier;
    let best: GazetteerEntry | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const e of m.entries) {
      let score = 0;
      const ctx = (support.get(e.country) ?? 0) - (ownVote.get(m) === e.country ? 1 : 0);
      // Countries outrank regions of the same name unless the story is clearly elsewhere ("Georgia").
      if (e.kind === "country")
        // "Georgia": a country that shares its name with a US state is the country only in a story that
        // names it otherwise too (its capital, a region of it); US news names the state far more often.
        score =
          ctx === 0 && m.entries.some((x) => x.kind === "region" && x.country === "USA" && !x.minor)
            ? 8
            : 9 + Math.min(ctx, 4);
      else if (e.kind === "region" && e.minor)
        // An ISO subdivision that is also a word or a surname: only in a story about its country, or "in X".
        score =
          ctx > 0
            ? 8 + Math.min(ctx, 4) * 0.75
            : m.locative || after || (minorNamed.get(e.country) ?? 0) >= 2
              ? 6
              : -30;
      else if (e.kind === "region") score = 8.5 + Math.min(ctx, 4) * 0.75;
      else {
        score = Math.log10(e.population + 1) + (e.capital ? 2 : 0) + (e.preferred ? 4 : 0);
        // The story's country pulls a city home, less so when its state or province goes unnamed (a capital
        // needs none): the G-20 "in Hamburg" is the German city, not the town in New York, in US news too.
        const regionNamed = !!e.admin && regionsNamed.has(`${e.country}|${e.admin}`);
        if (ctx > 0) score += regionNamed || e.capital ? 3 : 1;
        if (regionNamed) score += 2;
        if (e.population < MIN_UNSUPPORTED_POPULATION && ctx === 0 && !after) score -= 20;
        // A small town in the story's own country still needs a sign it is a place: a preposition, a
        // dateline, its state named in the story ("Page", "Still", "Gallup" are people, words and polls).
        else if (
          e.population < MIN_UNSUPPORTED_POPULATION &&
          !after &&
          !cued.has(normaliseName(m.text)) &&
          !(e.admin && regionsNamed.has(`${e.country}|${e.admin}`))
        )
          score -= 20;
      }
      if (after) {
        if (after.kind === "country" && e.country === after.country) score += 15;
        if (
          after.kind === "region" &&
          e.country === after.country &&
          (!after.admin || after.admin === e.admin)
        )
          score += 15;
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    const key = normaliseName(m.text);
    const earlier = after ? undefined : qualified.get(key);
    if (earlier && m.entries.some((e) => e.id === earlier.id)) {
      best = earlier;
      bestScore = 0;
    }
    if (!best || bestScore < 0) continue;
    if (
      after &&
      best.kind === "city" &&
      best.country === after.country &&
      m.entries.every((e) => e.kind === "city") &&
      !qualified.has(key)
    )
      qualified.set(key, best);
    // "San Bernardino, Calif.", "HARTFORD, Conn.": the AP abbreviation after a US city names its state.
    const abbr = best.kind === "city" && best.country === "USA" ? stateAbbrAfter(doc.body, m.end, gaz) : null;
    out.push({
      start: m.start,
      end: m.end,
      text: m.text,
      name: best.name,
      country: best.country,
      kind: best.kind,
      lat: best.lat,
      lon: best.lon,
      gazetteerId: best.id,
    });
    if (abbr) out.push(abbr);
  }
  return out;
}
