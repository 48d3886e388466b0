// Phone fixes: a phone cell written as the import reads it, E.164 ("+14155550132"), or in international format
// ("+1 415 555 0132") when settings.phoneFormat says so. The value comes from the engine's own reader
// (formats/phone.ts), so `to` reads back to exactly the number the import sends.
//
// - A number valid for its country: `safe` (phone-format).
// - A number that is only possible (right length, not valid for its country, the seed's 123-456-7890): `review`
//   (phone-not-valid), since its digits may be wrong.
// - Never: a cell the reader refuses; a number "without a country": digits with no "+" whose reading with the
//   default country failed, which the reader then guessed had lost its "+" (442079460958 read as +44 20 7946 0958
//   under US). Only a guess, so Fix leaves it to the user. Digits that carry the default country's calling code
//   (14155550132 under US) are not a guess.
// - Lists (Additional phone numbers): every number formatted, joined with ", " (as the import reads them,
//   repeats dropped); `review` when any number is only possible.
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { phoneListItems, readPhone, readPhoneList } from '../formats/phone';
import { cellText } from '../formats/text';
import type { CellValue, ContactValue, PhoneFormat, ReadResult } from '../types';
import { cellFix, type CellFixer } from './types';

export interface PhoneFixOptions {
  defaultCountry: string;
  phoneFormat: PhoneFormat;
}

const RE_NOT_DIGIT = /\D/g;

/** The fixer of a phone column (`list` for Additional phone numbers). */
export function phoneFixer(opts: PhoneFixOptions, list: boolean): CellFixer {
  const readOpts = { defaultCountry: opts.defaultCountry };
  const country = opts.defaultCountry.trim().toUpperCase();
  const callingCode = isSupportedCountry(country) ? getCountryCallingCode(country) : '';
  const read = (v: CellValue): ReadResult<ContactValue> => (list ? readPhoneList(v, readOpts) : readPhone(v, readOpts));
  const format = (e164: string): string => (opts.phoneFormat === 'international' ? international(e164) : e164);
  const guessed = (item: string): boolean => {
    if (item.indexOf('+') !== -1) return false;
    const r = readPhone(item, readOpts);
    return r.ok && isGuess(item, r.value, callingCode);
  };

  return (value, given) => {
    if (typeof value !== 'string' && typeof value !== 'number') return null;
    const r = given ?? read(value);
    if (!r.ok) return null;
    const numbers = (list ? r.value : [r.value]) as string[];
    if (numbers.length === 0) return null;
    const from = typeof value === 'string' ? value : cellText(value);
    if (list ? phoneListItems(cellText(value)).some(guessed) : typeof r.value === 'string' && from.indexOf('+') === -1 && isGuess(cellText(value), r.value, callingCode)) {
      return null;
    }
    const to = numbers.map(format).join(', ');
    if (typeof value === 'string' && value === to) return null;
    // What Fix writes must read back as the very same numbers (a single E.164 number does: the reader is idempotent).
    if (list || opts.phoneFormat !== 'e164') {
      const back = read(to);
      if (!back.ok || String(back.value) !== String(r.value)) return null;
    }
    if (r.warning) {
      const what = numbers.length > 1 ? 'One of these numbers looks possible but is not valid' : 'This number looks possible but is not valid';
      return cellFix('phone-not-valid', 'phone', from, to, `${what} for its country: check the digits before writing ${to}.`);
    }
    const how = opts.phoneFormat === 'international' ? 'in international format' : 'as E.164';
    return cellFix('phone-format', 'phone', from, to, `Write the phone number${numbers.length > 1 ? 's' : ''} ${how}: ${to}.`, { group: how });
  };
}

/**
 * True when the reader had to guess the country: `text` has no "+", its digits are the number's own digits, and its
 * calling code is not the default country's (the national reading failed and the reader tried "+" + digits).
 */
function isGuess(text: string, e164: string, callingCode: string): boolean {
  if (callingCode !== '' && e164.startsWith('+' + callingCode)) return false;
  const number = e164.split(' ')[0].slice(1);
  return text.replace(RE_NOT_DIGIT, '') === number;
}

/** "+14155550132 ext. 12" -> "+1 415 555 0132 ext. 12" (libphonenumber-js's international format). */
function international(e164: string): string {
  const p = parsePhoneNumberFromString(e164);
  return p === undefined ? e164 : p.formatInternational();
}
