// The country a file is written from, when its content says so and the settings' default country does not fit: a
// German member list read with the default "US" holds "0170 1234567", "07121 345678", which are no US numbers. The
// mapper reads phones, postal codes and regions in the file's country (./sniff.ts, ./regions.ts); the settings'
// default stays what the check and the import use. Evidence, in order:
//  - numbers written with "+", read with the settings' own default "US": the country most of them belong to;
//  - the phone numbers as people write them at home: if most are valid for the default country, it stays;
//  - else the language of the headers (the lexicon's names: "Telefoon", "Postcode", "Woonplaats" are Dutch) narrows
//    the countries to those that write it, and the one most of the numbers are valid for wins. Without a language
//    (a file without a header row) read with the default "US", the first country whose plan most numbers fit.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CellValue } from '../types';
import { FIELD_NAMES, NOT_FIELDS, type Lang } from './lexicon';
import { compactHeader } from './normalize';
import { isTrunklessDigits, isValidPhoneText } from './sniff';
import { isNationalIdText } from './nationalids';

/** The countries each language of the lexicon is written in, the most common first (a tie goes to it). */
const COUNTRIES_OF: Record<Lang, readonly string[]> = {
  en: ['US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'IN', 'ZA', 'NG'],
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'EC', 'UY', 'VE'],
  pt: ['BR', 'PT'],
  fr: ['FR', 'BE', 'CH', 'CA', 'LU'],
  de: ['DE', 'AT', 'CH'],
  it: ['IT', 'CH'],
  nl: ['NL', 'BE'],
};

let LANGS: Map<string, Set<Lang>> | null = null;
/** The languages each lexicon name is written in, compacted ("telefoon": nl; "telefon": de). */
function languagesOf(): Map<string, Set<Lang>> {
  if (LANGS) return LANGS;
  const m = new Map<string, Set<Lang>>();
  const put = (lang: Lang, name: string) => {
    const c = compactHeader(name);
    if (c) m.set(c, (m.get(c) ?? new Set<Lang>()).add(lang));
  };
  for (const tier of FIELD_NAMES) for (const [lang, list] of Object.entries(tier.names)) for (const n of list ?? []) put(lang as Lang, n);
  for (const [lang, list] of Object.entries(NOT_FIELDS)) for (const n of list ?? []) put(lang as Lang, n);
  LANGS = m;
  return m;
}

/** The language most headers are written in, when one leads: a name shared by languages counts a share for each
 *  ("Nome": Portuguese and Italian, "Telefono": Spanish and Italian, together Italian); one of all of them, none. */
export function headerLanguage(headers: readonly CellValue[]): Lang | undefined {
  const count = new Map<Lang, number>();
  for (const h of headers) {
    const langs = languagesOf().get(compactHeader(String(h ?? '')));
    if (langs && langs.size < 4) for (const l of langs) count.set(l, (count.get(l) ?? 0) + 1 / langs.size);
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0][1])) return undefined;
  return ranked[0][0];
}

/** A Chilean RUT as it is written ("12.345.678-5"): an id, whatever the default country. */
const RE_RUT = /^\d{1,2}\.\d{3}\.\d{3}-[\dkK]$/;

/** A cell that may be a phone number written at home: digits, spaces and ( ) . / - only, 7 to 15 digits, no date. */
function phoneLike(v: CellValue): string | undefined {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (!/^\+?[\d\s()./-]{7,22}$/.test(s) || /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(s) || isNationalIdText(s) || RE_RUT.test(s)) return undefined;
  const n = s.replace(/\D/g, '').length;
  return n >= 7 && n <= 15 ? s : undefined;
}

/**
 * The country to read the file's values in: the default, unless the file's phone numbers are mostly not valid for it
 * and another country fits them (see the top of this file). `headers` may be empty (a file without a header row);
 * `phoneColumns`, the columns whose headers name a phone (all columns when not given: a file without a header row).
 */
export function fileCountry(headers: readonly CellValue[], rows: readonly (readonly CellValue[] | undefined)[], defaultCountry = 'US', phoneColumns?: readonly number[]): string {
  const def = defaultCountry.toUpperCase();
  const phones: string[] = [];
  const plus: string[] = [];
  for (const r of rows.slice(0, 25)) (phoneColumns ?? (r ?? []).map((_, i) => i)).forEach((i) => {
    const p = phoneLike(r?.[i]);
    if (p && (p.startsWith('+') ? plus : phones).length < 12) (p.startsWith('+') ? plus : phones).push(p);
  });
  // Read with the settings' own default "US": numbers written with "+" name their country ("+31 6 12345678").
  const named = def === 'US' ? countryOfMost(plus) : undefined;
  if (named) return named;
  if (phones.length < 2) return def;
  // (as the sniffer reads a phone: valid for the country, and not ten digits run together where numbers keep their "0")
  const fits = (c: string) => phones.filter((p) => isValidPhoneText(p, c) && !isTrunklessDigits(p, c)).length;
  const base = fits(def);
  if (base * 2 >= phones.length) return def;
  const lang = headerLanguage(headers);
  if (lang) {
    let best = def;
    let most = base;
    for (const c of COUNTRIES_OF[lang]) {
      const n = c === def ? base : fits(c);
      if (n > most) [best, most] = [c, n];
    }
    return most * 2 >= phones.length ? best : def;
  }
  // No language (a file without a header row), read with the settings' own default "US" (which a user may never have
  // chosen): the first country, in the order of BY_USE, whose plan the most numbers fit, when they are 60% of them.
  // Which country matters little here: the numbers are read as phones. A country the user chose is kept.
  if (def !== 'US') return def;
  let best = def;
  let most = base;
  for (const c of BY_USE) {
    if (c === def) continue;
    const n = fits(c);
    if (n > most) [best, most] = [c, n];
  }
  return most * 5 >= phones.length * 3 ? best : def;
}

/** The countries of the lexicon's languages, the add-on's users' most common first. */
const BY_USE: readonly string[] = ['GB', 'FR', 'DE', 'IT', 'ES', 'NL', 'BR', 'PT', 'MX', 'AR', 'CO', 'CL', 'PE', 'BE', 'CH', 'AT', 'CA', 'AU', 'IE', 'IN', 'ZA', 'NZ', 'NG', 'EC', 'UY', 'VE', 'LU'];

/** The country most numbers written with "+" belong to, when it is 60% of them and at least two; else undefined. */
function countryOfMost(plus: readonly string[]): string | undefined {
  if (plus.length < 2) return undefined;
  const count = new Map<string, number>();
  for (const p of plus) {
    const c = parsePhoneNumberFromString(p)?.country;
    if (c) count.set(c, (count.get(c) ?? 0) + 1);
  }
  const [top] = [...count].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 2 && top[1] * 5 >= plus.length * 3 ? top[0] : undefined;
}
