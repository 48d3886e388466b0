// Phone numbers, read with libphonenumber-js and normalized to E.164.
//
// METADATA SET: 'max' (import from 'libphonenumber-js/max'), deliberately.
// - The issue needs a precise validity check: a number that is *possible* (right length) but not *valid* for
//   its country (the seed's 123-456-7890) must be a warning, and a valid one must pass silently. Only 'max'
//   carries the per-type number patterns (fixed line, mobile, toll free, ...) that isValid() needs to be
//   exact. With 'min', isValid() only checks the country's general pattern and leading digits: on random
//   10-12 digit numbers for 8 common countries it disagreed with 'max' ~15% of the time, always by calling
//   an invalid number valid, i.e. it would silently accept wrong numbers. 'mobile' is exact for mobile
//   numbers only, and contacts' numbers are often landlines.
// - Cost: bundled and minified, the library with 'max' is 192,666 bytes vs 119,325 with 'min' and 134,820
//   with 'mobile' (esbuild --bundle --minify --platform=neutral): +73 KB of Code.js that Apps Script parses
//   on each call (~+21 KB gzipped). That is a few ms of load time, a price worth paying for warnings users
//   can trust. Everyone in the codebase must import from 'libphonenumber-js/max' (or from this module) so
//   only one metadata set ends up in the bundle.
// - Speed: the common shapes of valid numbers (E.164, and NANP national numbers with the US or CA default) are read
//   without the library's parse by phone-fast.ts, with the library's very answer (a property test compares them on
//   tens of thousands of generated numbers); all else goes through the library. There, each phone is parsed
//   exactly once (parsePhoneNumberWithError); validity and possibility are checked on that parsed object, and when the parse fails its ParseError already names the reason (TOO_SHORT,
//   INVALID_COUNTRY, ...), so the error path does not parse again. Only one case parses again: a number typed
//   as a bare number whose national reading is not valid (retried as +digits). Possibility is the library's
//   own length check (checkNumberLength, which both PhoneNumber.isPossible() and validatePhoneNumberLength()
//   use) made with the numbering plan's possible lengths, read once per plan, instead of isPossible(), which
//   builds a new Metadata object on every call; a test checks it agrees with isPossible() and
//   validatePhoneNumberLength() on thousands of numbers.
//   PhoneNumber.isValid() costs ~40% of a parse because it builds a new RegExp from the metadata's long
//   pattern strings on every call. isValidParsedPhone() (phone-plan.ts) makes the same decision with regexes compiled once
//   per numbering plan (a cache bounded by the ~250 plans in the metadata); a test checks it agrees with
//   isValid() on thousands of numbers of every calling code, so a library upgrade cannot silently change it.
//
// EXTENSIONS are kept as "<E.164> ext. <digits>", e.g. "+14155550123 ext. 12". Chosen over RFC 3966's
// ";ext=12" because ';' is a list separator: a list written back to a sheet ("+14155550123 ext. 12, +1...")
// must read back the same. libphonenumber-js reads " ext. 12" back, so readPhone is idempotent.
// phoneKey() gives the part used for matching duplicates: the E.164 number without the extension.
import {
  isSupportedCountry,
  ParseError,
  parsePhoneNumberFromString,
  parsePhoneNumberWithError,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import type { CellValue, Problem, ReadResult } from '../types';
import { fastE164 } from './phone-fast';
import { checkParsedLength, isValidParsedPhone, PHONE_EXT_SEPARATOR } from './phone-plan';
import { quote } from './shared';
import { cellText, INVISIBLE_CHARS } from './text';

export interface PhoneOptions {
  /** ISO 3166 alpha-2 country used for numbers written without "+" and a country code. Default "US". */
  defaultCountry: string;
}

export { checkParsedLength, isValidParsedPhone, PHONE_EXT_SEPARATOR };

// What a phone cell may look like: an optional "+", digits with the usual punctuation (spaces, dots,
// hyphens, slashes, parentheses), then an optional extension ("ext. 12", "ext 12", "extension 12", "x12",
// "#12", ";ext=12"). Anything else (letters of vanity numbers like 1-800-FLOWERS, commas between two
// numbers, "tel:") is refused rather than guessed: libphonenumber-js would otherwise read "1-800-FLOWERS"
// as +11800.
const RE_SHAPE =
  /^\+?[\d\s().\-/\u2010-\u2015]*\d[\d\s().\-/\u2010-\u2015]*(?:\s*(?:;\s*ext\s*=\s*|,?\s*(?:ext\.?|extension|x\.?|#)\s*)\d{1,10})?$/i;
const RE_ALL_DIGITS = /^\d+$/;
const RE_LETTER = /\p{L}/u;
const RE_LIST_SEPARATORS = /[,;\n\r]+/;
const RE_KEY = /^\+?\d+/;

const EXAMPLE = '+1 415 555 0123';
const PREFIX = 'Could not read the phone number ';

// Parse options per country, built once (bounded: ~250 countries).
const OPTIONS = new Map<string, { defaultCountry?: CountryCode; extract: false }>();
function parseOptions(country: string): { defaultCountry?: CountryCode; extract: false } {
  let o = OPTIONS.get(country);
  if (o === undefined) {
    o = isSupportedCountry(country) ? { defaultCountry: country, extract: false } : { extract: false };
    OPTIONS.set(country, o);
  }
  return o;
}

type PhoneRead =
  | { ok: true; value: string; invalidFor?: string }
  | { ok: false; reason: string };

/**
 * Reads a phone cell: E.164 ("+44 20 7946 0958") whatever the default country, national formats
 * ("(415) 555-0123", "415.555.0123") with `defaultCountry` (default "US"), and numbers Sheets typed as numbers
 * (4155550123, 14155550123, or 442079460958 from "+44 20 7946 0958" whose "+" Sheets dropped).
 *
 * Returns the E.164 number, with " ext. N" when there is an extension. A possible but invalid number
 * (123-456-7890 in the US) is returned with a `phone_not_valid_for_country` warning; an impossible one is an
 * `invalid_phone` error ("Could not read the phone number ...").
 */
export function readPhone(value: CellValue, opts: PhoneOptions): ReadResult<string> {
  const country = normalizeCountry(opts);
  const text = cellText(value);
  const r = readOne(value, text, country);
  if (!r.ok) return { ok: false, error: { code: 'invalid_phone', message: `${PREFIX}${quote(text)}: ${r.reason}. ${fixHint(country)}` } };
  if (r.invalidFor !== undefined) {
    return { ok: true, value: r.value, warning: notValidWarning([text], [r.invalidFor], r.value) };
  }
  return { ok: true, value: r.value };
}

/**
 * Reads a list of phones separated by commas, semicolons or line breaks (never dots: phones use dots).
 * Each item is read like readPhone. All or nothing: if any item cannot be read the whole cell fails with a
 * message naming the bad item(s). Duplicates (same phoneKey) are dropped, the first one kept.
 * An empty cell gives [].
 */
export function readPhoneList(value: CellValue, opts: PhoneOptions): ReadResult<string[]> {
  const country = normalizeCountry(opts);
  if (typeof value !== 'string') {
    if (value === null || value === undefined) return { ok: true, value: [] };
    const single = readPhone(value, opts);
    return single.ok ? { ok: true, value: [single.value], ...(single.warning ? { warning: single.warning } : {}) } : single;
  }
  const text = cellText(value);
  if (text === '') return { ok: true, value: [] };
  const items = phoneListItems(text);
  const out: string[] = [];
  const keys = new Set<string>();
  let bad: string[] | undefined;
  let warnItems: string[] | undefined;
  let warnCountries: string[] | undefined;
  let firstWarnValue = '';
  for (const item of items) {
    const r = readOne(item, item, country);
    if (!r.ok) {
      (bad ??= []).push(`${quote(item)} (${r.reason})`);
      continue;
    }
    if (r.invalidFor !== undefined) {
      (warnItems ??= []).push(item);
      (warnCountries ??= []).push(r.invalidFor);
      if (firstWarnValue === '') firstWarnValue = r.value;
    }
    const key = phoneKey(r.value);
    if (!keys.has(key)) {
      keys.add(key);
      out.push(r.value);
    }
  }
  if (bad !== undefined) {
    const what = bad.length === 1 ? bad[0] : `${bad.length} of them: ${bad.join('; ')}`;
    return {
      ok: false,
      error: {
        code: 'invalid_phone',
        message: `${PREFIX}list ${quote(text)}: ${what}. Write each number in E.164 with its country code, such as ${EXAMPLE}, separated by commas${country === '' ? '' : `, or check the default country (${country}) in Settings`}.`,
      },
    };
  }
  if (warnItems !== undefined) return { ok: true, value: out, warning: notValidWarning(warnItems, warnCountries!, firstWarnValue) };
  return { ok: true, value: out };
}

/** The items of a phone list cell's text, as readPhoneList reads them one by one (trimmed, empty ones dropped). */
export function phoneListItems(text: string): string[] {
  return text.split(RE_LIST_SEPARATORS).map((x) => x.trim()).filter((x) => x !== '');
}

/** The part of a normalized phone used to match duplicates: the E.164 number without any extension. */
export function phoneKey(e164: string): string {
  const m = RE_KEY.exec(e164);
  return m === null ? e164 : m[0];
}

// The last country setting seen and its normalized form: a sheet's cells all come with the same setting, so
// the trim/upper-case runs once per setting, not once per cell (comparing the same string is O(1)).
let lastCountryRaw: string | undefined;
let lastCountry = 'US';

function normalizeCountry(opts: PhoneOptions | undefined): string {
  const raw = opts && typeof opts.defaultCountry === 'string' ? opts.defaultCountry : '';
  if (raw === lastCountryRaw) return lastCountry;
  const c = raw.trim().toUpperCase();
  lastCountry = c === '' ? 'US' : c;
  lastCountryRaw = raw;
  return lastCountry;
}

const RE_NON_ASCII = /[\u0080-\uffff]/;
/** Longest phone cell read: 15 digits, generous punctuation and a 10-digit extension fit in far less. */
const MAX_PHONE_CHARS = 80;

/** `raw` is cellText(value). */
function readOne(value: CellValue, raw: string, country: string): PhoneRead {
  // Rare non-ASCII text: drop invisible marks anywhere (bidi marks, zero-width spaces copied with the number)
  // and fold full-width digits and "+" (＋８１ ３…, typed with a Japanese or Chinese input method) to ASCII.
  const text = RE_NON_ASCII.test(raw) ? raw.replace(INVISIBLE_CHARS, '').normalize('NFKC') : raw;
  let bare: boolean;
  if (typeof value === 'string') {
    bare = RE_ALL_DIGITS.test(text);
  } else if (typeof value === 'number') {
    // Sheets types "4155550123" as a number. Floats such as 4.15555e9 are exact integers (up to 2^53);
    // cellText prints integers exactly.
    if (!Number.isInteger(value) || value <= 0 || value > Number.MAX_SAFE_INTEGER) {
      return { ok: false, reason: 'it is not a whole number, so it cannot be a phone number' };
    }
    bare = true;
  } else if (value instanceof Date) {
    return { ok: false, reason: 'the cell holds a date, not a phone number' };
  } else if (typeof value === 'boolean') {
    return { ok: false, reason: 'the cell holds a checkbox value, not a phone number' };
  } else {
    return { ok: false, reason: 'the cell is empty' };
  }
  if (text === '') return { ok: false, reason: 'the cell is empty' };
  // A phone number with its punctuation and an extension is far shorter. The cap also keeps RE_SHAPE, whose
  // two runs of digits and punctuation backtrack quadratically on a long run that does not match, linear.
  if (text.length > MAX_PHONE_CHARS) {
    const why = shapeReason(text);
    return { ok: false, reason: why === NOT_PHONE_CHARS ? `it is too long for one phone number (${text.length} characters)` : why };
  }
  if (!RE_SHAPE.test(text)) return { ok: false, reason: shapeReason(text) };
  // The common shapes of valid numbers, without the library's parse (phone-fast.ts: the same answer).
  const fast = fastE164(text, country);
  if (fast !== undefined) return { ok: true, value: fast };
  return libraryRead(text, country, bare);
}

// The library's readings of the cells the fast path leaves to it (mostly numbers that are wrong, whose failed parse
// throws and builds an Error: the slowest cells), remembered for the same text: a file's wrong numbers repeat
// ("000-000-0000", "n/a"). The reading depends on the text and the country alone (`bare` is the text being all
// digits), and each is a new immutable object the callers only read. Bounded: cleared when full.
const READ_CACHE = new Map<string, PhoneRead>();
const READ_CACHE_MAX = 1024;

function libraryRead(text: string, country: string, bare: boolean): PhoneRead {
  const key = country + '\u0000' + text;
  let r = READ_CACHE.get(key);
  if (r === undefined) {
    if (READ_CACHE.size >= READ_CACHE_MAX) READ_CACHE.clear();
    r = parseWithLibrary(text, country, bare);
    READ_CACHE.set(key, r);
  }
  return r;
}

function parseWithLibrary(text: string, country: string, bare: boolean): PhoneRead {
  const options = parseOptions(country);
  let p: PhoneNumber | undefined;
  let parseError: string | undefined;
  try {
    p = parsePhoneNumberWithError(text, options);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    parseError = e.message;
  }
  if (p !== undefined && isValidParsedPhone(p)) return { ok: true, value: e164(p) };
  if (bare) {
    // A bare run of digits whose national reading is not valid: Sheets (and CSV exports) drop the leading
    // "+" of international numbers. Read it as +digits when that is a valid number.
    const intl = parsePhoneNumberFromString('+' + text, options);
    if (intl !== undefined && isValidParsedPhone(intl)) return { ok: true, value: e164(intl) };
  }
  if (p === undefined) return { ok: false, reason: impossibleReason(text, options, country, parseError) };
  const length = checkParsedLength(p);
  if (length !== 'IS_POSSIBLE') return { ok: false, reason: impossibleReason(text, options, country, length) };
  return { ok: true, value: e164(p), invalidFor: countryLabel(p) };
}

function e164(p: PhoneNumber): string {
  return p.ext ? p.number + PHONE_EXT_SEPARATOR + p.ext : p.number;
}

function countryLabel(p: PhoneNumber): string {
  return p.country ? `${p.country} (+${p.countryCallingCode})` : `country code +${p.countryCallingCode}`;
}

function shapeReason(text: string): string {
  if (/(?:ext\.?|extension|x\.?|#|;\s*ext\s*=)\s*\d{11,}$/i.test(text)) return 'its extension has more than 10 digits';
  if (RE_LETTER.test(text)) return 'it contains letters; a phone number has only digits, spaces and ( ) - . + and an optional extension such as "ext. 12"';
  if (/[,;]/.test(text)) return 'it looks like several numbers; keep one here and put the others in Additional phone numbers';
  if (!/\d/.test(text)) return 'it has no digits';
  if (text.indexOf('+') > 0) return 'the "+" must come first, before the country code';
  return NOT_PHONE_CHARS;
}
const NOT_PHONE_CHARS = 'it contains characters that are not part of a phone number';

/** `why` is the parse's ParseError message, or the length check of the parsed number (as validatePhoneNumberLength gives them). */
function impossibleReason(text: string, options: { defaultCountry?: CountryCode }, country: string, why: string | undefined): string {
  const where = text.charAt(0) === '+' || options.defaultCountry === undefined ? 'its country' : country;
  switch (why) {
    case 'TOO_SHORT':
      return `it has too few digits for ${where}`;
    case 'TOO_LONG':
      return `it has too many digits for ${where}`;
    case 'INVALID_COUNTRY':
      return options.defaultCountry === undefined && text.charAt(0) !== '+'
        ? `it has no country code and the default country "${country}" is not a known country code`
        : 'its country code does not exist';
    case 'NOT_A_NUMBER':
      return 'it is not a phone number';
    default:
      return `it does not have a possible length for ${where}`;
  }
}

function fixHint(country: string): string {
  return `Write it in E.164 with its country code, such as ${EXAMPLE}, or check the default country (${country}) in Settings.`;
}

function notValidWarning(items: string[], countries: string[], firstValue: string): Problem {
  if (items.length === 1) {
    return {
      code: 'phone_not_valid_for_country',
      message: `The phone number ${quote(items[0])} looks possible but is not a valid number for ${countries[0]}; it was kept as ${firstValue}. Check the digits, or write it in E.164 with its country code, such as ${EXAMPLE}.`,
    };
  }
  return {
    code: 'phone_not_valid_for_country',
    message: `The phone numbers ${items.map(quote).join(', ')} look possible but are not valid numbers for their country; they were kept as written. Check the digits, or write them in E.164 with their country code, such as ${EXAMPLE}.`,
  };
}
