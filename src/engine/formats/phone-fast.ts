// A fast path for the phone cells most files hold, with the very answer libphonenumber-js gives, but without its
// parse (which builds metadata objects, regexes and, for shared calling codes, tries each country in turn: about
// half of `validate`'s time on a file of contacts).
//
// It answers only when the number is VALID, with its E.164 form (and " ext. N"), for two shapes:
// - international: "+" then digits with spaces, dots, hyphens or parentheses ("+1 (415) 555-0123", "+44 20 7946
//   0958", "+14155550123");
// - NANP national, when the default country is US or CA: 10 digits, or "1" and 10 digits, whose area code starts
//   with 2-9 ("(415) 555-0123", "415.555.0123", "1-415-555-0123", 4155550123);
// each with an optional extension written "ext. 12", "ext 12" or "x12".
// Everything else, and any number it would not call valid (a warning or an error needs the library's reasons),
// returns undefined and goes through libphonenumber-js as before.
//
// How the library reads these shapes (parse.js, extractCountryCallingCode.js, extractNationalNumber.js,
// getCountryByCallingCode.js), and what is checked here to give the same number:
// - the calling code is the first 1-3 digits after "+" that the metadata knows (calling codes are prefix-free);
// - the national number is the rest, unless the plan's national prefix (or carrier code) pattern matches its start,
//   when the library may strip or transform it: then this falls back;
// - the country is the calling code's only country, else the first of its countries (main one first) whose "leading
//   digits" start the number or, for one without, of whose types the number is one; none: this falls back;
// - the number is valid when it is valid for that country (phone-plan.ts isValidNational, same as isValid()).
// A NANP national number of 10 digits "D" (first digit 2-9) has no IDD or national prefix to strip and its calling
// code is the default country's (1); "1D" is read as D (the national prefix 1 stripped, or the calling code 1 read
// without a "+": both give D). test/engine/formats/phone-fast.test.ts compares this with the library on many
// thousands of generated numbers of many shapes and countries.
import { callingCodeCountries, compiledPlan, isValidNational, PHONE_EXT_SEPARATOR } from './phone-plan';

const RE_EXT = /^(.*?) *(?:ext\.? *(\d{1,10})|x *(\d{1,9}))$/i;
const RE_MAIN = /^\+?[0-9 ().-]+$/;
/** libphonenumber-js's MIN_LENGTH_FOR_NSN and MAX_LENGTH_FOR_NSN. */
const MIN_NSN = 2;
const MAX_NSN = 17;
const NANP_DEFAULTS = new Set(['US', 'CA']);

/**
 * The country libphonenumber-js gives a national number of a calling code (getCountryByCallingCode): its only
 * country, else the first of its countries whose leading digits start the number or, for one without leading
 * digits, of whose types the number is one. Undefined for none (and for non-geographic codes): the caller falls back.
 */
function countryOf(callingCode: string, nn: string): string | undefined {
  const countries = callingCodeCountries(callingCode);
  if (countries === undefined || countries.length === 0 || countries[0] === '001') return undefined;
  if (countries.length === 1) return countries[0];
  for (const c of countries) {
    const plan = compiledPlan(c);
    if (plan.leadingDigits !== null) {
      if (nn.search(plan.leadingDigits) === 0) return c;
    } else if (plan.types !== null && isValidNational(c, nn)) return c;
  }
  return undefined;
}

/**
 * The E.164 form of a phone cell's text, when it is a valid number of a common shape, exactly as libphonenumber-js
 * reads it with `country` as the default country; undefined when the library must decide. `text` is ASCII (the
 * caller folded full-width digits) and passed the phone shape check.
 */
export function fastE164(text: string, country: string): string | undefined {
  let main = text;
  let ext = '';
  const last = text.charCodeAt(text.length - 1);
  if (last < 48 || last > 57) return undefined;
  if (text.indexOf('x') >= 0 || text.indexOf('X') >= 0) {
    const m = RE_EXT.exec(text);
    if (m === null) return undefined;
    main = m[1];
    ext = m[2] ?? m[3];
  }
  if (!RE_MAIN.test(main)) return undefined;
  let digits = '';
  for (let i = 0; i < main.length; i++) {
    const c = main.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += main[i];
  }
  let callingCode: string | undefined;
  let nn: string;
  if (main.charCodeAt(0) === 43 /* + */) {
    for (let i = 1; i <= 3 && i < digits.length; i++) {
      const cc = digits.slice(0, i);
      if (callingCodeCountries(cc) !== undefined) {
        callingCode = cc;
        break;
      }
    }
    if (callingCode === undefined || digits.charCodeAt(0) === 48) return undefined;
    nn = digits.slice(callingCode.length);
    const prefix = compiledPlan(callingCode).prefix;
    if (prefix !== null && prefix.test(nn)) return undefined;
  } else {
    if (!NANP_DEFAULTS.has(country)) return undefined;
    if (digits.length === 11 && digits.charCodeAt(0) === 49 /* 1 */) nn = digits.slice(1);
    else if (digits.length === 10) nn = digits;
    else return undefined;
    if (nn.charCodeAt(0) < 50 /* 2 */) return undefined;
    callingCode = '1';
  }
  if (nn.length < MIN_NSN || nn.length > MAX_NSN) return undefined;
  const exact = countryOf(callingCode, nn);
  if (exact === undefined || !isValidNational(exact, nn)) return undefined;
  const e164 = '+' + callingCode + nn;
  return ext === '' ? e164 : e164 + PHONE_EXT_SEPARATOR + ext;
}
