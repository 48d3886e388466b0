// How a header is read before it is looked up: words in lower case without accents, whatever the spelling
// ("Teléfono", "TELEFONO", "telefono_movil", "telefonoMovil", "Straße" = "Strasse"), and a near-miss distance for
// typos.

/** Letters that Unicode does not decompose into a base letter and an accent. */
const FOLD: Record<string, string> = { ß: 'ss', ẞ: 'ss', œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i' };
const RE_FOLD = /[ßẞœŒæÆøØłŁđĐı]/g;

/** The text without its accents and other combining marks ("Février" -> Fevrier): decomposed, marks dropped. */
export function withoutAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A header's words: accents and case dropped, camelCase and snake_case split, letters and digits apart
 * ("Phone1" -> phone 1), "e-mail" read as "email", "#"/"№" read as "no" ("Order #" -> order no), and
 * Salesforce's custom-field suffix dropped ("mobileNumber__c" -> mobile number).
 */
export function headerTokens(header: string): string[] {
  const key = String(header ?? '');
  const known = TOKENS.get(key);
  if (known) return known.slice();
  const tokens = readTokens(key);
  // The rules read the same headers again and again: kept, up to a bound (a sheet's headers, the lexicon's names).
  if (TOKENS.size >= 20000) TOKENS.clear();
  TOKENS.set(key, tokens);
  return tokens.slice();
}
const TOKENS = new Map<string, string[]>();

/** Tools' names written in camelCase, one word each: "ActiveCampaign ID" is no campaign's id, "MailChimp ID" no chimp's. */
const RE_BRANDS = /ActiveCampaign|MailChimp|SendinBlue|(?:Go)?HighLevel|QuickBooks|SugarCRM|FreshSales|FreshWorks|SalesLoft|HubSpot|LinkedIn|PayPal|WhatsApp|WooCommerce|SuiteCRM|EspoCRM|PowerSchool/g;

function readTokens(header: string): string[] {
  const s = withoutAccents(
    withoutMojibake(String(header ?? ''))
      .replace(/__(c|pc|r)$/i, '')
      .replace(RE_FOLD, (ch) => FOLD[ch] ?? ch),
  )
    .replace(RE_BRANDS, (b) => b.toLowerCase())
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .replace(/[#№]/g, ' no ')
    .toLowerCase()
    .replace(/\be[\s_.-]*mail/g, 'email')
    // German "zu Hause" (at home) is one word, as "Zuhause" is written too
    .replace(/(^|[^\p{L}])zu[\s_.-]+hause(?!\p{L})/gu, '$1zuhause');
  return s.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(withoutUmlautSpelling);
}

/**
 * German written without its umlauts ("Buero", "Groesse", "Zusaetzliche"): a word the lexicon does not know is read
 * with "ae", "oe", "ue" as the accent-free "a", "o", "u" when that spelling is a word it knows ("buro", "grosse").
 * Words of four letters or fewer are kept ("Due", "Doe", "Rue"), and so is every word the lexicon knows as written
 * ("Quelle", "Fuente", "Moeder").
 */
export function withoutUmlautSpelling(word: string): string {
  if (!isKnownWord || word.length < 5 || !RE_UMLAUT_SPELLING.test(word) || isKnownWord(word)) return word;
  const folded = word.replace(RE_UMLAUT_SPELLING_ALL, '$1');
  return isKnownWord(folded) ? folded : word;
}
const RE_UMLAUT_SPELLING = /[aou]e/;
const RE_UMLAUT_SPELLING_ALL = /([aou])e/g;
let isKnownWord: ((word: string) => boolean) | null = null;
/** Sets the lexicon's words (./tables.ts) that headerTokens reads an umlaut's spelling against; headers read before are read again. */
export function readUmlautSpellingAgainst(known: (word: string) => boolean): void {
  isKnownWord = known;
  TOKENS.clear();
}

/** The characters Windows-1252 shows for the bytes 0x80 to 0x9F (the others are Latin-1's own). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
/** Two or more characters that UTF-8's two-byte letters become when read as Windows-1252 or Latin-1 ("Ã©", "ÃŸ", "Âº"). */
const RE_MOJIBAKE = /[ÂÃ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

/** German letters written in Latin-1 and read as Mac Roman ("straﬂe", "Gesch‰ftlich", "Grˆﬂe", "M¸ller"): no header holds
 *  these characters otherwise. */
const MAC_ROMAN: Record<string, string> = { 'ﬂ': 'ß', '‰': 'ä', 'ˆ': 'ö', '¸': 'ü', '÷': 'Ö', '‹': 'Ü' };
const RE_MAC_ROMAN = /\p{L}[ﬂ‰ˆ¸]|[ﬂ‰ˆ¸]\p{L}/u;
const RE_MAC_ROMAN_ALL = /[ﬂ‰ˆ¸÷‹]/gu;

/**
 * A header written in UTF-8 and read as Windows-1252 ("TelÃ©fono", "StraÃŸe", "CÃ³digo Postal", "NÂº socio"), as a CSV
 * file saved by one program and opened by another shows it: read back as the UTF-8 it was ("Teléfono"). Text that does
 * not decode as UTF-8 is left as it is.
 */
export function withoutMojibake(text: string): string {
  if (!RE_MOJIBAKE.test(text)) return RE_MAC_ROMAN.test(text) ? text.replace(RE_MAC_ROMAN_ALL, (ch) => MAC_ROMAN[ch] ?? ch) : text;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const high = CP1252.indexOf(ch);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (high >= 0) bytes.push(0x80 + high);
    else return text;
  }
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) out += String.fromCharCode(b);
    else if (b >= 0xc2 && b <= 0xdf && (bytes[i + 1] & 0xc0) === 0x80) out += String.fromCharCode(((b & 0x1f) << 6) | (bytes[++i] & 0x3f));
    else return text;
  }
  return out;
}

/** Letters and digits only, lower case: "E-mail Address" -> "emailaddress". */
export function compactHeader(header: string): string {
  return headerTokens(header).join('');
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped at max+1. */
export function osaDistance(a: string, b: string, max = 3): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
}

/** How many edits a name of this length may be off by and still count as a typo of it. */
function allowedDistance(len: number): number {
  if (len < 4) return 0;
  if (len <= 6) return 1;
  if (len <= 11) return 2;
  return 3;
}

/** Letters of a word in order: "emial" and "email" have the same. */
const lettersOf = (s: string) => [...s].sort().join('');
/** Length of the start two words share. */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
/**
 * Between two names a typo is equally close to: the one with the typo's very letters (a swap of two letters:
 * "Staet" is "State", not "Stadt"; "Fotne" is "Fonte", not "Fone"), then the one whose stem the header starts with
 * (the longer shared start). Negative when `a` is the better.
 */
export function typoTieBreak(c: string, a: string, b: string): number {
  const letters = lettersOf(c);
  const la = lettersOf(a) === letters;
  const lb = lettersOf(b) === letters;
  if (la !== lb) return la ? -1 : 1;
  return sharedStart(c, b) - sharedStart(c, a);
}

/** A table's entries whose name starts with a letter, in the table's order (an array's grouping is kept for its next lookups). */
const GROUPED = new WeakMap<object, Map<string, unknown[]>>();
function byFirstLetter<E extends [string, unknown, number]>(table: Iterable<E>, letter: string): Iterable<E> {
  if (!Array.isArray(table)) return [...table].filter((e) => e[0][0] === letter);
  let groups = GROUPED.get(table) as Map<string, E[]> | undefined;
  if (!groups) {
    groups = new Map();
    for (const e of table as E[]) {
      const g = groups.get(e[0][0]);
      if (g) g.push(e);
      else groups.set(e[0][0], [e]);
    }
    GROUPED.set(table, groups);
  }
  return groups.get(letter) ?? [];
}

/**
 * The closest entry of `table` to the compact header `c`, within the typo distance for its length and with the
 * same first letter; its confidence is scaled down by the distance; a tie goes by typoTieBreak. Null when nothing is close, or when the
 * closest entry is a known non-field (null).
 */
export function fuzzyLookup<F>(c: string, table: Iterable<[string, F | null, number]>): { field: F; conf: number; match: string } | null {
  if (c.length < 4) return null;
  let best: { field: F | null; conf: number; match: string; d: number } | null = null;
  for (const [key, field, conf] of byFirstLetter(table, c[0])) {
    // (A header of eight letters or fewer is one edit off at most: "regimen" is no "regione", "REGIONAL" no "region".)
    const allowed = Math.min(allowedDistance(Math.min(key.length, c.length)), c.length <= 8 ? 1 : 3);
    if (allowed === 0) continue;
    const d = osaDistance(c, key, allowed);
    if (d === 0 || d > allowed) continue;
    const L = Math.max(key.length, c.length);
    const score = conf * 0.85 * (1 - d / L);
    if (!best || d < best.d || (d === best.d && (score > best.conf || (score === best.conf && typoTieBreak(c, key, best.match) < 0)))) best = { field, conf: score, match: key, d };
  }
  return best && best.field !== null ? { field: best.field, conf: Math.round(best.conf * 100) / 100, match: best.match } : null;
}

/** How much of a header or a sample value the mapper reads: no header, email, phone, name or street line is longer, and
 *  a cell of 50,000 spaces, letters or brackets would make the readers' patterns take seconds. */
export const MAX_READ = 300;
/** A cell as the mapper reads it: text cut to its first MAX_READ characters, any other value as it is. */
export const readPrefix = <T>(v: T): T => (typeof v === 'string' && v.length > MAX_READ ? (v.slice(0, MAX_READ) as T) : v);
