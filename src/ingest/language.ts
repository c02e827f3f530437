// Language identification for news text: the script decides for non-Latin writing; for Latin
// script, counts of each language's most frequent function words decide. Small, fast, and good
// enough to route documents (English stages skip the rest).

// The most frequent short function words of each language (standard frequency lists).
const STOPWORDS: Record<string, string> = {
  en: "the of and to in is that for it was on with as he by at from his an be have has are were said which this not but they who their its will would had been or after also more one",
  de: "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis",
  fr: "le de la les et des en un une du est que pour qui dans a par sur pas au plus il ne se ce sont avec elle sa son mais ou aux été ont nous vous leur cette fait comme être",
  es: "de la que el en los del se las por un para con una su al lo como más pero sus le ya o fue este ha sí porque esta son entre cuando muy sin sobre también me hasta hay donde han",
  pt: "de que o a do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso",
  it: "di che il la e a per un in non del è della le si con una da dei i gli al sono nel alla più ha anche ma come lo questo delle nella sono stato essere loro ci tra",
  nl: "de en van het een in is dat op te zijn met voor niet aan er die om ook als bij maar door over nog tot uit naar dan wel werd heeft hebben worden ze deze wordt kan geen",
  sv: "och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år säger hon under också efter eller",
  da: "og i at det er en på til af med for den ikke som der de har et var jeg om han men kan sig også efter fra blev skal vil så eller når",
  no: "og i det er som en på til av for med at ikke den har de et var om jeg han men kan seg også etter fra ble skal vil så eller når",
  pl: "w i na nie z się do że to jest o jak po co ale za od tak przez jego już tylko może dla są być był które został także przy",
  tr: "ve bir bu da de için ile olarak olan çok daha gibi en ama sonra kadar her ne değil var ise diye ancak göre şekilde",
  id: "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena tersebut bisa ada mereka oleh sudah saat atau",
  ro: "și de în a la cu pe că nu din o un care pentru este mai fost sau ca fi au ce prin sunt după",
  cs: "a v se na je že s z do to o k ve jako pro by ale jsou jeho také které byl bylo podle",
  hu: "a az és hogy nem is egy meg van de ez már csak volt mint még azt kell el ki",
  fi: "ja on ei se että oli hän ovat mutta myös kun tai joka sen ole niin kuin vuonna",
};

const PROFILES: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v.split(" "))]),
);

function scriptOf(text: string): string | null {
  const counts: Record<string, number> = {};
  let letters = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x41) continue;
    let s: string | null = null;
    if (c < 0x250) s = /\p{L}/u.test(ch) ? "latin" : null;
    else if (c >= 0x370 && c < 0x400) s = "el";
    else if (c >= 0x400 && c < 0x530) s = "cyrillic";
    else if (c >= 0x590 && c < 0x600) s = "he";
    else if ((c >= 0x600 && c < 0x700) || (c >= 0xfb50 && c < 0xfe00)) s = "arabic";
    else if (c >= 0x900 && c < 0x980) s = "hi";
    else if (c >= 0x980 && c < 0xa00) s = "bn";
    else if (c >= 0xe00 && c < 0xe80) s = "th";
    else if (c >= 0x3040 && c < 0x3100) s = "kana";
    else if (c >= 0xac00 && c < 0xd7b0) s = "ko";
    else if (c >= 0x4e00 && c < 0xa000) s = "han";
    if (s) {
      counts[s] = (counts[s] ?? 0) + 1;
      letters++;
    }
  }
  if (letters === 0) return null;
  let best: string | null = null;
  let n = 0;
  for (const [s, k] of Object.entries(counts)) if (k > n) [best, n] = [s, k];
  if (best === "han" && (counts.kana ?? 0) > letters * 0.05) return "kana";
  return best;
}

/** ISO 639-1 code of the text's language, or null when there is too little text to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  const script = scriptOf(sample);
  if (!script) return null;
  switch (script) {
    case "cyrillic":
      return /[іїєґ]/i.test(sample)
        ? "uk"
        : /[ўі]/i.test(sample) && !/[иъ]/i.test(sample)
          ? "be"
          : /[љњџ]/i.test(sample)
            ? "sr"
            : /[ъ]/.test(sample) && /ще |са |на /.test(sample) && !/[ыэ]/.test(sample)
              ? "bg"
              : "ru";
    case "arabic":
      return /[پچژگ]/.test(sample) ? (/[ٹڈڑںے]/.test(sample) ? "ur" : "fa") : "ar";
    case "kana":
      return "ja";
    case "han":
      return "zh";
    case "latin":
      break;
    default:
      return script;
  }
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 3) return null;
  let best: string | null = null;
  let bestHits = 0;
  let second = 0;
  for (const [lang, set] of Object.entries(PROFILES)) {
    let hits = 0;
    for (const t of tokens) if (set.has(t)) hits++;
    if (hits > bestHits) {
      second = bestHits;
      bestHits = hits;
      best = lang;
    } else if (hits > second) second = hits;
  }
  if (!best || bestHits < Math.max(2, tokens.length * 0.05)) return null;
  // Danish and Norwegian share most function words; their spelling tells them apart.
  if (best === "da" || best === "no") {
    const no = (sample.match(/\b(ikke|ble|seg|jeg|hva|kommer)\b/gi) ?? []).length;
    const da = (sample.match(/\b(ikke|blev|sig|hvad|kommer|af|også)\b/gi) ?? []).length;
    return /\b(blev|af|hvad)\b/i.test(sample) && da >= no
      ? "da"
      : /\b(ble|seg|hva)\b/i.test(sample)
        ? "no"
        : best;
  }
  return best;
}
