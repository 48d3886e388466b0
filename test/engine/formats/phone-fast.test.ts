// The phone fast path (src/engine/formats/phone-fast.ts) gives exactly libphonenumber-js's answer wherever it answers:
// on generated numbers of many shapes and countries, each time it returns a number the library must parse the same
// text (with the same default country) to a VALID number with that very E.164 form and extension.
import fc from 'fast-check';
import { getCountries, getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { readPhone } from '../../../src/engine/formats';
import { fastE164 } from '../../../src/engine/formats/phone-fast';

const COUNTRIES = getCountries();
/** The fast path must answer at least this many of each property's inputs, so the comparisons are not vacuous. */
const ANSWERED = { nanp: 2000, international: 200, exampled: 2000 };
/** Default countries tried: the NANP ones the national shapes serve, common others, and any. */
const defaults = fc.oneof(fc.constantFrom('US', 'CA'), fc.constantFrom('GB', 'DE', 'FR', 'AU', 'IN', 'BR', 'JP', 'MX', 'PR', 'AG', 'BS', 'JM'), fc.constantFrom(...COUNTRIES));

/** The library's answer as formats/phone.ts reads it: a valid number's E.164 form (with " ext. N"), else null. */
function library(text: string, country: string): string | null {
  const p = parsePhoneNumberFromString(text, { defaultCountry: country as CountryCode, extract: false });
  if (p === undefined || !p.isValid()) return null;
  return p.ext ? `${p.number} ext. ${p.ext}` : p.number;
}

/** Checks every input of `inputs`; returns how many the fast path answered (so a test can show it is not vacuous). */
function compare(inputs: fc.Arbitrary<string>, numRuns: number, seed: number): number {
  let answered = 0;
  fc.assert(
    fc.property(inputs, defaults, (text, country) => {
      const fast = fastE164(text, country);
      if (fast === undefined) return;
      answered++;
      const lib = library(text, country);
      if (fast !== lib) throw new Error(`${JSON.stringify(text)} (default ${country}): fast path ${fast}, libphonenumber-js ${lib}`);
    }),
    { numRuns, seed },
  );
  return answered;
}

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digitsOf = (min: number, max: number) => fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));
/** NANP parts: area codes and exchanges of any first digit, biased to real-looking ones. */
const nxx = fc.oneof(fc.constantFrom('415', '212', '646', '305', '800', '888', '900', '555', '911', '411', '604', '416', '514', '787', '268', '242', '876', '684', '671', '340'), digitsOf(3, 3));
const line = fc.oneof(digitsOf(4, 4), fc.constantFrom('0100', '0123', '0199', '1212'));
const ext = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(' ext. ', ' ext ', 'ext.', ' EXT. ', ' x', 'x', ' x ', ' X', ' ext.  ', ' extension ', ' #', ';ext='), digitsOf(1, 11)).map(([s, d]) => s + d) },
);
const sep = fc.constantFrom(' ', '-', '.', '', '  ', ' - ', '/');

const nanp = fc
  .tuple(fc.constantFrom('', '1', '+1', '1-', '1 ', '+1 ', '+1-', '+ 1 ', '01', '+'), nxx, nxx, line, fc.boolean(), sep, ext)
  .map(([lead, a, e, l, paren, s, x]) => `${lead}${paren ? `(${a})` : a}${paren && s === '' ? ' ' : s}${e}${s}${l}${x}`);

/** "+", a real calling code, and digits: grouped with spaces, hyphens or dots, or run together. */
const international = fc
  .tuple(fc.constantFrom(...COUNTRIES), digitsOf(1, 15), fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 5 }), sep, ext)
  .map(([c, d, cuts, s, x]) => {
    let body = '';
    let at = 0;
    for (const n of cuts) {
      if (at >= d.length) break;
      body += (body ? s : '') + d.slice(at, at + n);
      at += n;
    }
    if (at < d.length) body += (body ? s : '') + d.slice(at);
    return `+${getCountryCallingCode(c)} ${body}${x}`;
  });

/** Valid numbers of every country (the metadata's examples) with their last digits varied, international or national. */
const exampled = fc
  .tuple(fc.constantFrom(...COUNTRIES.filter((c) => getExampleNumber(c, examples) !== undefined)), digitsOf(1, 3), fc.boolean(), ext)
  .map(([c, d, intl, x]) => {
    const ex = getExampleNumber(c, examples)!;
    const n = ex.nationalNumber.slice(0, -d.length) + d;
    return intl ? `+${ex.countryCallingCode} ${n}${x}` : n + x;
  });

/** Anything a phone cell might hold made of the same characters. */
const noise = fc.string({ unit: fc.constantFrom(...'0123456789 +-.()x/#ext'.split('')), maxLength: 24 });

describe('phone fast path: the same answer as libphonenumber-js wherever it answers', () => {
  test('NANP numbers written in the usual shapes, with any default country', () => {
    expect(compare(nanp, 20000, 14)).toBeGreaterThan(ANSWERED.nanp);
  });

  test('international numbers of every calling code, grouped in many ways', () => {
    expect(compare(international, 20000, 15)).toBeGreaterThan(ANSWERED.international);
  });

  test("valid numbers of every country (the metadata's examples, last digits varied)", () => {
    expect(compare(exampled, 10000, 16)).toBeGreaterThan(ANSWERED.exampled);
  });

  test('strings of phone characters (it may answer none: then it must leave them all to the library)', () => {
    compare(noise, 10000, 17);
  });
});

describe('phone fast path: the common shapes it answers', () => {
  test.each([
    ['(415) 555-0123', 'US', '+14155550123'],
    ['415-555-0123', 'US', '+14155550123'],
    ['415.555.0123', 'CA', '+14155550123'],
    ['4155550123', 'US', '+14155550123'],
    ['1-415-555-0123', 'US', '+14155550123'],
    ['+1 415 555 0123', 'GB', '+14155550123'],
    ['+1 (415) 555-0123 ext. 12', 'US', '+14155550123 ext. 12'],
    ['+1 604 555 0123', 'US', '+16045550123'], // Canada's, read with the US default
    ['+1 787 555 0123', 'US', '+17875550123'], // Puerto Rico's
    ['+7 700 123 4567', 'US', '+77001234567'], // Kazakhstan's, by its leading digits
    ['+7 495 123 4567', 'US', '+74951234567'], // Russia's
    ['+44 20 7946 0958', 'US', '+442079460958'],
    ['+33 1 42 68 53 00', 'US', '+33142685300'],
  ])('%s (default %s) is %s, as readPhone gives it', (text, country, e164) => {
    expect(fastE164(text, country)).toBe(e164);
    expect(library(text, country)).toBe(e164);
    expect(readPhone(text, { defaultCountry: country })).toEqual({ ok: true, value: e164 });
  });

  test.each([
    ['123-456-7890', 'US'], // area code starting with 1: the library's warning
    ['(415) 055-0123', 'US'], // exchange starting with 0
    ['415 555 0123', 'GB'], // a national number of another default country
    ['+44 020 7946 0958', 'US'], // a national prefix after the calling code
    ['+800 1234 5678', 'US'], // a non-geographic calling code
    ['(415) 555-0123 x1234567890', 'US'], // a 10-digit "x" extension
  ])('%s (default %s) goes to the library', (text, country) => {
    expect(fastE164(text, country)).toBeUndefined();
  });
});
