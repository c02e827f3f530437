/**
 * Telling news outlets from other speakers, so "according to the Washington Post" becomes a link in a
 * chain of reporting rather than a speaker. Names are widely known outlet names and the words
 * outlets' names are built from; an actor the resolver typed "media" counts too.
 */

const OUTLET_NAMES = new Set(
  [
    "reuters",
    "associated press",
    "ap",
    "afp",
    "agence france-presse",
    "bloomberg",
    "bloomberg news",
    "cnn",
    "bbc",
    "nbc",
    "nbc news",
    "abc",
    "abc news",
    "cbs",
    "cbs news",
    "fox news",
    "msnbc",
    "npr",
    "pbs",
    "politico",
    "axios",
    "the hill",
    "vox",
    "slate",
    "breitbart",
    "breitbart news",
    "buzzfeed",
    "buzzfeed news",
    "the huffington post",
    "huffpost",
    "xinhua",
    "tass",
    "ria novosti",
    "interfax",
    "al jazeera",
    "el mundo",
    "el país",
    "el pais",
    "le monde",
    "le figaro",
    "der spiegel",
    "spiegel",
    "bild",
    "die zeit",
    "la repubblica",
    "corriere della sera",
    "the economist",
    "the atlantic",
    "the new yorker",
    "time",
    "newsweek",
    "yahoo news",
    "the intercept",
    "propublica",
    "c-span",
    "usa today",
    "kyodo",
    "yonhap",
    "nhk",
    "global times",
    "people's daily",
    "sputnik",
    "rt",
    "ukrinform",
    "kyiv independent",
    "haaretz",
    "the guardian",
    "the telegraph",
    "the independent",
    "the times",
  ].map((s) => s.toLowerCase()),
);

/** Words that make a capitalised name an outlet: "The Des Moines Register", "Daily Mail". */
const OUTLET_WORDS =
  /\b(Post|Times|Journal|Herald|Tribune|Gazette|Chronicle|Telegraph|Guardian|Observer|Examiner|Inquirer|Register|Courier|Daily|Mail|Express|Star|Sun|News|Press|Magazine|Radio|Television|TV|Network|Wire|Review|Dispatch|Bulletin|Globe|Monitor|Standard|Record|Ledger|Sentinel|Beacon|Mundo|País|Monde|Zeitung)\b/;

/** Common nouns that stand for an outlet already named ("according to the report"). */
const OUTLET_ANAPHORS =
  /^(the|that|this)\s+(report|newspaper|paper|outlet|agency|network|broadcaster|magazine|site|website|daily|channel|station|news agency)$/i;

function strip(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function isOutletName(text: string): boolean {
  const t = strip(text).replace(/[\u2019']s$/, "");
  const lower = t.toLowerCase();
  if (OUTLET_NAMES.has(lower) || OUTLET_NAMES.has(lower.replace(/^the /, ""))) return true;
  // Only capitalised names count, so "the news" or "a daily briefing" are not outlets.
  const name = t.replace(/^the\s+/i, "");
  if (!/^\p{Lu}/u.test(name)) return false;
  return OUTLET_WORDS.test(name) && name.split(" ").length <= 6;
}

export function isOutletAnaphor(text: string): boolean {
  return OUTLET_ANAPHORS.test(strip(text));
}
