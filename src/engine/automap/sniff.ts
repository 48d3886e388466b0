// Value sniffing: what kind of value a cell holds, and what a column's values vote for.
//
// Rules that keep kinds apart (issue 12):
// - A value is tested for a date, a time, a money amount and a national id BEFORE it is tested for a phone, and
//   a value of any of those kinds never counts as a phone: "2021-03-16", "20210316" (a valid German number once
//   read as digits), "02/06/2026" (a valid Italian one), "14:39:54", "118.00 €", "4.700.000", "123-45-6789".
// - A phone vote needs a number valid for the default country, or a valid international number with "+"
//   (libphonenumber's metadata, the same check the phone reader uses): "555-1234" or "12345" never vote.
// - Votes only say what the values look like; ./resolve.ts decides (they break ties and fill unmapped columns,
//   never overrule a strong header).
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { CellValue } from '../types';
import { isValidParsedPhone } from '../formats/phone';
import { cellText } from '../formats/text';
import { COMPANY_WORDS } from './words';
import { withoutAccents } from './normalize';
import { isNationalIdText } from './nationalids';
import { BOOLEANS, isBusinessWord, isCountryText, STATUSES, words } from './valuewords';

const digitsOf = (s: string) => s.replace(/\D/g, '');

export type ValueKind =
  | 'empty'
  | 'boolean'
  | 'date'
  | 'time'
  | 'money'
  | 'nationalId'
  | 'email'
  | 'url'
  | 'ip'
  | 'phone'
  | 'number'
  | 'country'
  | 'status'
  | 'text';

export interface SniffOptions {
  /** ISO country for numbers written without "+country code". Default "US". */
  defaultCountry?: string;
  /** The year the file is read in, for what "ten years back" means (a date of birth). Default: this year. */
  currentYear?: number;
}

// ------------------------------------------------------------------------------------------------- dates, times

const MONTH_WORDS = new Set(
  (
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december ' +
    'ene enero febrero marzo abr abril mayo junio julio ago agosto septiembre setiembre octubre noviembre dic diciembre ' +
    'janeiro fev fevereiro marco maio junho julho set setembro outubro novembro dez dezembro ' +
    'janv janvier fevr fevrier mars avr avril mai juin juil juillet aout septembre octobre novembre decembre ' +
    'januar februar marz maerz juni juli oktober okt dezember ' +
    'gen gennaio febbraio aprile mag maggio giu giugno lug luglio settembre ott ottobre dicembre ' +
    'januari februari maart mrt mei augustus'
  ).split(' '),
);
const WEEKDAY_WORDS = new Set('mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday lun mar mie jue vie sab dom seg ter qua qui sex'.split(' '));

const RE_YMD = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:(?:T|\s+)\S.*)?$/i;
const RE_DMY = /^\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})(?:,?\s+\S.*)?$/;
const RE_DAY_MONTH = /^(\d{1,2})[/-](\d{1,2})$/;
const RE_COMPACT_YMD = /^(1[89]|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const RE_TIME = /^(?:[01]?\d|2[0-3])(?::[0-5]\d){1,2}(?:[.,]\d+)?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2}))?$/i;
const RE_TIME_AMPM = /^(?:0?[1-9]|1[0-2])\s*[ap]\.?\s?m\.?$/i;
const RE_TIME_H = /^(?:[01]?\d|2[0-3])\s?h\s?[0-5]\d$/i;


/** A date in any usual shape: numeric (2021-03-16, 16/03/2021, 23-04-23, 20210316, 05/18), with a month name in
 *  one of seven languages (11 Jun 2021, 23-Apr-23, mars 2016, Sep 26, 2026 7:05 PM), or a date-time. */
/** A month of a year: "2026-02", "2026/02", "02/2026", "02.2026" (a pay period, a card's expiry, a membership's month); after
 *  the year, its two digits ("2025/7" is a file's number of the year). */
const RE_YEAR_MONTH = /^(?:(?:19|20)\d{2}[-/.](?:0[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])[-/.](?:19|20)\d{2})$/;

export function isDateText(s: string): boolean {
  if (RE_YMD.test(s) || RE_DMY.test(s) || RE_COMPACT_YMD.test(s) || RE_YEAR_MONTH.test(s)) return true;
  const dm = RE_DAY_MONTH.exec(s);
  if (dm) {
    const a = Number(dm[1]);
    const b = Number(dm[2]);
    return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
  }
  if (!/\d/.test(s) || s.length > 80) return false;
  const w = words(s);
  if (!w.some((x) => MONTH_WORDS.has(x))) return false;
  // A month name with numbers only around it (day, year, time, weekday, "GMT", ordinal suffixes).
  return w.every((x) => MONTH_WORDS.has(x) || WEEKDAY_WORDS.has(x) || /^\d{1,4}(st|nd|rd|th|er|e|o|a)?$/.test(x) || /^(gmt|utc|am|pm|de|of|le|del|time|standard|daylight|central|eastern|pacific|mountain|european|summer|t|z|\d{1,2}h\d{2})$/.test(x) || /^\d{1,2}:\d{2}/.test(x));
}

export function isTimeText(s: string): boolean {
  return RE_TIME.test(s) || RE_TIME_AMPM.test(s) || RE_TIME_H.test(s);
}

// ------------------------------------------------------------------------------------------------------- money

const CURRENCY = '(?:[$€£¥₹₩₽₪₺¢]|R\\$|US\\$|C\\$|A\\$|CHF|EUR|USD|GBP|BRL|MXN|ARS|COP|CLP|PEN|INR|CAD|AUD|JPY|CNY|SEK|NOK|DKK|PLN|CZK|HUF|kr|zł|Fr\\.?|lei|RON)';
const AMOUNT = "\\d[\\d.,'’\\s]*";
const RE_MONEY_PREFIX = new RegExp(`^[-+]?\\s*${CURRENCY}\\s*-?${AMOUNT}$`, 'i');
const RE_MONEY_SUFFIX = new RegExp(`^[-+]?${AMOUNT}\\s*${CURRENCY}$`, 'i');
/** Thousands groups and exactly two decimals: 1,234.56 / 1.234,56 / 1 234,56 / 117800.00 / 0.00. */
const RE_DECIMAL_AMOUNT = /^[-+]?(?:\d{1,3}(?:([.,'’ ])\d{3})(?:\1\d{3})*|\d+)[.,]\d{2}$/;
/** Thousands groups without decimals, one separator throughout: 4.700.000 / 1,234,567. */
const RE_GROUPED_INTEGER = /^[-+]?\d{1,3}([.,'’])\d{3}(?:\1\d{3})*$/;

/** A decimal measure: a coordinate, a weight, a rate ("47.9959", "-7,84213", "0.125"): one to three digits, then three or
 *  more decimals. No phone is written so ("030.1234567" has its trunk "0", "06.12.34.56.78" its groups). */
const RE_DECIMAL_MEASURE = /^[-+]?(?:0|[1-9]\d{0,2})[.,]\d{3,}$/;

export function isMoneyText(s: string): boolean {
  return RE_MONEY_PREFIX.test(s) || RE_MONEY_SUFFIX.test(s) || RE_DECIMAL_AMOUNT.test(s) || RE_GROUPED_INTEGER.test(s);
}

// ------------------------------------------------------------------------------------------------------ phones

/** Only digits and the usual phone punctuation, an optional "+", an optional extension. */
const RE_PHONE_SHAPE = /^\+?[\d\s().\-/\u2010-\u2015]*\d[\d\s().\-/\u2010-\u2015]*(?:\s*(?:;\s*ext\s*=\s*|,?\s*(?:ext\.?|extension|x\.?|#)\s*)\d{1,10})?$/i;

/**
 * A phone number valid for the default country, or a valid international number written with "+". Messenger exports
 * (WhatsApp, Telegram) write the default country's numbers in international form without the "+" ("5511987654321"
 * in Brazil): plain digits that start with its calling code and are valid for it with a "+" count too.
 */
export function isValidPhoneText(s: string, defaultCountry = 'US'): boolean {
  if (!RE_PHONE_SHAPE.test(s)) return false;
  const n = digitsOf(s.replace(/(?:;\s*ext\s*=|ext\.?|extension|x\.?|#)\s*\d+$/i, '')).length;
  if (n < 6 || n > 15) return false;
  // Six digits run together, without a trunk "0" or a "+" ("230010", "410020"): a cost centre's, an account's or a
  // record's code. Germany's number plan holds six-digit numbers with a short area code, but people write them with
  // their "0" ("0230 010") or grouped; only a few small plans (Luxembourg, Greenland) dial six digits whole.
  if (n < 7 && /^[1-9]\d+$/.test(s.trim())) return false;
  const cc = defaultCountry.toUpperCase();
  const country = /^[A-Z]{2}$/.test(cc) ? (cc as CountryCode) : undefined;
  try {
    const p = s.trim().startsWith('+') ? parsePhoneNumberFromString(s) : country ? parsePhoneNumberFromString(s, country) : undefined;
    if (p && isValidParsedPhone(p)) return true;
    const t = s.trim();
    if (!country || !/^\d{10,15}$/.test(t) || !t.startsWith(getCountryCallingCode(country))) return false;
    const q = parsePhoneNumberFromString('+' + t);
    return !!q && q.country === country && isValidParsedPhone(q);
  } catch {
    return false;
  }
}

/** Countries whose numbers are written at home with their trunk "0" (the national numbering plans of the UK, Ireland,
 *  Germany, Austria, Switzerland, France, Belgium, the Netherlands, Australia and New Zealand: "01632 960123",
 *  "0612345678"). Spain, Portugal and Italy have no trunk prefix (an Italian mobile is "3331234567"); Brazil's and
 *  Argentina's numbers are written without theirs. */
const TRUNK_ZERO = new Set(['GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'BE', 'NL', 'AU', 'NZ']);
/** Digits run together without "+", the trunk "0" or the calling code, in a country whose numbers are written with the
 *  "0", that are no mobile's ("411000124" in France, a customer account of the chart of accounts; "30123456" in
 *  Germany): the plan reads a landline into them, but nobody writes one without its area code's "0". A mobile's
 *  ("1712223334", "612345678") is a phone whose "0" a spreadsheet dropped, as it does for numbers stored as numbers. */
function isTrunklessDigits(s: string, defaultCountry: string): boolean {
  const t = s.trim();
  if (!TRUNK_ZERO.has(defaultCountry) || !/^[1-9]\d+$/.test(t)) return false;
  const country = defaultCountry as CountryCode;
  if (t.startsWith(getCountryCallingCode(country))) return false;
  const type = parsePhoneNumberFromString(t, country)?.getType();
  return type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE';
}

/** A number of a possible length for the default country's plan (not necessarily a valid one: "0170123456"). */
export function isPossiblePhoneText(s: string, defaultCountry = 'US'): boolean {
  const cc = defaultCountry.toUpperCase();
  if (!RE_PHONE_SHAPE.test(s) || !/^[A-Z]{2}$/.test(cc)) return false;
  try {
    return !!parsePhoneNumberFromString(s, cc as CountryCode)?.isPossible();
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------------------------------------- other kinds

const RE_EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]{2,}$/;
const RE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
const RE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?:\/\S*)?$/i;
const RE_IPV4 = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const RE_IPV6 = /^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i;
/** A bare domain's last label: letters, and not written as a word ("S.No", "Sr.No", "Ref.Nr", "St.Louis" are an
 *  abbreviation and a place, where "example.com", "EXAMPLE.COM" and "Example.com" are domains). */
const isDomainEnd = (tld: string) => /[a-z]/i.test(tld) && !/^\p{Lu}\p{Ll}+$/u.test(tld);
/** A file name's extension, no domain's end when written bare ("kunde-lorenz.pdf", "scan.JPG", "liste.zip"):
 *  document, sheet, image, archive and text files as exports attach them. "https://x.zip" or "www.x.zip" stays a
 *  link; of these only .zip and .mov are real top-level domains, and both name files far more often in a sheet. */
const FILE_EXT = new Set(['pdf', 'doc', 'docx', 'odt', 'rtf', 'txt', 'xls', 'xlsx', 'xlsm', 'ods', 'csv', 'tsv', 'ppt', 'pptx', 'odp',
  'jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'heic', 'webp', 'svg', 'zip', 'rar', '7z', 'gz', 'tar', 'mp3', 'mp4', 'mov', 'avi', 'wav',
  'msg', 'eml', 'vcf', 'xml', 'json', 'html', 'htm']);
const isBareDomain = (s: string) => {
  const end = s.split('/')[0].split('.').pop() ?? '';
  // (nor a number with a suffix, "0001234.REV", an archive's record: a bare domain's name has a letter)
  return RE_DOMAIN.test(s) && isDomainEnd(end) && !(!s.includes('/') && FILE_EXT.has(end.toLowerCase())) && !/^\d+\./.test(s);
};
const RE_NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;
/** A cell's text as sniffed: trimmed, without the apostrophe exports put before numbers to keep them text. */
function sniffText(v: CellValue): string {
  return cellText(v).replace(/^'+/, '').trim();
}

const RE_HYPHENED_POSTAL_CODE = /^(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3})$/;

/** What kind of value a cell holds. Dates, times, amounts and ids are tested before phones. */
export function sniffValue(v: CellValue, opts: SniffOptions = {}): ValueKind {
  if (v === null || v === undefined) return 'empty';
  if (v instanceof Date) return 'date';
  if (typeof v === 'boolean') return 'boolean';
  const s = sniffText(v);
  // A web form's empty link field keeps its "http://" (a home page left blank): nothing.
  if (s === '' || /^https?:\/\/(?:www\.?)?$/i.test(s)) return 'empty';
  if (typeof v === 'string' && BOOLEANS.has(s.toLowerCase())) return 'boolean';
  if (isDateText(s)) return 'date';
  if (isTimeText(s)) return 'time';
  if (RE_EMAIL.test(s)) return 'email';
  if (RE_URL.test(s) || isBareDomain(s)) return 'url';
  if (RE_IPV4.test(s) || (s.includes(':') && RE_IPV6.test(s) && /[0-9a-f]{2,}/i.test(s))) return 'ip';
  if (isMoneyText(s)) return 'money';
  if (isNationalIdText(s)) return 'nationalId';
  if (RE_DECIMAL_MEASURE.test(s)) return 'number';
  // (Postal codes written with their hyphen, Brazil's "40020-000", Portugal's "1000-001", Poland's "00-950": no phone is
  // written in groups of five or four and three digits, whatever the numbers read as without it.)
  if (RE_HYPHENED_POSTAL_CODE.test(s)) return 'text';
  if (isValidPhoneText(s, opts.defaultCountry ?? 'US') && !isTrunklessDigits(s, opts.defaultCountry ?? 'US')) return 'phone';
  if (RE_NUMBER.test(s)) return 'number';
  if (isCountryText(s)) return 'country';
  if (STATUSES.has(words(s).join(' '))) return 'status';
  return 'text';
}

// ------------------------------------------------------------------------------------------------ column votes

export interface ColumnSniff {
  /** Non-empty values looked at. */
  n: number;
  counts: Partial<Record<ValueKind, number>>;
}

export function sniffColumn(values: readonly CellValue[], opts: SniffOptions = {}): ColumnSniff {
  const counts: Partial<Record<ValueKind, number>> = {};
  let n = 0;
  for (const v of values) {
    const k = sniffValue(v, opts);
    if (k === 'empty') continue;
    n++;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return { n, counts };
}

export type VoteField = 'email' | 'phone' | 'website' | 'country';

/** The field a column's values vote for, with the share of values that agree; null when none is clear. */
export function columnVote(c: ColumnSniff): { field: VoteField; share: number } | null {
  if (c.n < 2) return null;
  const share = (k: ValueKind) => (c.counts[k] ?? 0) / c.n;
  const options: Array<[VoteField, number, number]> = [
    ['email', share('email'), 0.6],
    ['phone', share('phone'), 0.6],
    ['website', share('url'), 0.8],
    ['country', share('country'), 0.8],
  ];
  let best: { field: VoteField; share: number } | null = null;
  for (const [field, s, min] of options) if (s >= min && (!best || s > best.share)) best = { field, share: s };
  return best;
}

/** A column's non-empty values, trimmed, as text: what the whole-file rules read ("" and blanks left out). */
export function filledTexts(values: readonly CellValue[]): string[] {
  return values.map((v) => String(v ?? '').trim()).filter(Boolean);
}

/** Whether a column's filled values are one for each row: two at least, none repeated (a record's number, a code). */
export function oneForEachRow(texts: readonly string[]): boolean {
  return texts.length >= 2 && new Set(texts).size === texts.length;
}

/**
 * The share of a column's non-empty values (trimmed) that pass `test`: 0 when it has fewer than `min` of them. One
 * question of a column's text, where kindShare asks the kinds sniffColumn sorted its values into.
 */
export function valueShare(values: readonly CellValue[], test: (s: string) => boolean, min = 1): number {
  let n = 0;
  let pass = 0;
  for (const v of values) {
    const s = String(v ?? '').trim();
    if (!s) continue;
    n++;
    if (test(s)) pass++;
  }
  return n >= min && n > 0 ? pass / n : 0;
}

/** The share of a column's values of one kind. */
export function kindShare(c: ColumnSniff, kind: ValueKind): number {
  return c.n ? (c.counts[kind] ?? 0) / c.n : 0;
}

// ------------------------------------------------------------------------- person names and streets (no header)

const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'zu', 'y', 'e', 'bin', 'ben', 'al', 'el', 'st']);
const RE_NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u;

function nameTokens(s: string): string[] | null {
  if (!s || s.length > 40 || /[\d@/\\:;|()[\]{}#*+=_<>]/.test(s)) return null;
  const t = s.split(/\s+/).filter(Boolean);
  if (!t.length || t.length > 4) return null;
  for (const w of t) if (!RE_NAME_TOKEN.test(w) && !PARTICLES.has(w.toLowerCase())) return null;
  if (t.every((w) => PARTICLES.has(w.toLowerCase()))) return null;
  return t;
}

/** Courtesy titles written before a name, in the seven languages ("Mw. Smit", "Dhr. Peters", "Herr Weber", "Mme Roux"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sr', 'sra', 'srta', 'dna', 'mme', 'mlle', 'herr', 'frau', 'hr', 'fr', 'dhr', 'mw', 'mevr', 'sig', 'sigra', 'dott', 'dottssa']);
/** "Ada", "de Boer", "Jörg H.": one given name or family name (a particle allowed); not a title and a name ("Mw. Smit": a
 *  person addressed by title, a teacher or a mentor, not one part of the contact's name). */
export function isNamePartText(s: string): boolean {
  const t = nameTokens(s);
  if (t && t.length > 1 && TITLES.has(withoutAccents(t[0]).toLowerCase().replace(/[.'’]/g, '')) && (t[0].endsWith('.') || t[0].length > 2)) return false;
  return !!t && t.filter((w) => !PARTICLES.has(w.toLowerCase())).length <= 2;
}
/** "van der", "de", "von": name particles only (the Dutch "tussenvoegsel" column between first and last name). */
export function isParticleText(s: string): boolean {
  const t = s.split(/\s+/).filter(Boolean);
  return t.length > 0 && t.every((w) => PARTICLES.has(w.toLowerCase()) || ['van', "van't", "'t", 'het', 'in', 'op', 'uit', 'vd'].includes(w.toLowerCase()));
}
/** "Ada Lovelace", "Patrick Guido Arminio", "Ben Meyer", "Smith, John": a full person name (the first word is a given name even when
 *  it reads as a particle elsewhere: Ben, Al, Del). */
export function isFullNameText(s: string): boolean {
  // Family name first, then a comma: "Smith, John", "de Boer, Anna" (library, school and club lists write them so).
  const comma = /^([^,]+),\s*([^,]+)$/.exec(s);
  // Not a place: "Springfield, IL", "Lyon, France".
  if (comma) return isNamePartText(comma[1].trim()) && isNamePartText(comma[2].trim()) && /\p{Ll}/u.test(comma[2]) && !isCountryText(comma[2].trim());
  const t = nameTokens(s);
  return !!t && t.filter((w, i) => i === 0 || !PARTICLES.has(w.toLowerCase())).length >= 2;
}

/** "Acme GmbH", "Beta Ltd.", "Gamma S.A.", "Universität Mannheim": a name with a legal form or an organization's kind. */
export function isCompanyText(s: string): boolean {
  if (s.length < 4 || s.length > 80 || /@|^https?:/i.test(s)) return false;
  const raw = s.split(/[\s,]+/).filter(Boolean);
  // A name before the form has letters ("7711 AB" is a Dutch postal code, not a Swedish "AB").
  if (raw.length < 2 || !/\p{L}/u.test(raw.slice(0, -1).join(' '))) return false;
  const key = (x: string) => withoutAccents(x).replace(/[.'’]/g, '').toLowerCase();
  // A two-letter form counts written as one ("SA", "S.A.", "AG", "B.V."): "João Sá" and "Maria Ab" are people. Three
  // letters are a form however written ("Ltd", "Inc", "Srl", "Pty").
  const form = (x: string) => COMPANY_WORDS.has(key(x)) && (key(x).length > 2 || x === x.toUpperCase() || x.includes('.'));
  return form(raw[raw.length - 1]) || (key(raw[0]).length >= 5 && COMPANY_WORDS.has(key(raw[0]))) || isBusinessWord(raw[0]) || isBusinessWord(raw[raw.length - 1]);
}

const STREET_WORDS = new Set(
  ('st street rd road ave avenue blvd boulevard ln lane dr drive way pl place ct court cl close sq square hwy highway pkwy terrace terr ' +
    'calle avenida av avda paseo plaza camino carrera cra cll rua travessa largo praca alameda estrada rodovia rue avenue allee chemin impasse ' +
    'boulevard quai place route strasse str weg gasse platz allee ring damm via viale piazza corso vicolo largo straat laan weg plein gracht kade singel dreef ' +
    // Spanish and Portuguese types and their postal abbreviations (Correos' and CTT's address guides; Uruguay's and
    // Argentina's "Bv."/"Bvar." for bulevar, the Río de la Plata's "Rambla"): Bv. Artigas 567, Ctra. de Valencia km 3.
    'bv bvar bulevar rambla pasaje pje calzada ronda carretera ctra callejon travesia cno glorieta trav estr pca lgo beco avd ' +
    // French (La Poste's abbreviations: bd, imp, rte), Italian (Poste Italiane's: vle, p.zza, c.so are read below).
    'bd imp rte ' +
    // English street types as Royal Mail, Australia Post and Canada Post list them (a UK or Australian address book's
    // "Marchmont Crescent", "Rose Grove", "Sunset Parade"; Canada's "Cres", "Gdns").
    'crescent cres grove gardens gdns mews parade pde esplanade promenade circuit cct circle cir trail wynd brae').split(' '),
);
/** Street types written as one letter and a dot or slash at the start (Spain's "C/ Mayor 5", Portugal's and Brazil's
 *  "R. Augusta 1200", Italy's "V. Roma 3"), or as Italian dotted abbreviations (v.le, c.so, p.zza, p.za). */
const RE_STREET_ABBR = /^(?:[crv][./]\s*\p{L}|(?:v\.le|c\.so|p\.zza|p\.za)\s)/iu;
/** A street line: a house number next to words, with a street word ("26 Weald Cl", "Via Indipendenza, 4"). */
export function isStreetText(s: string): boolean {
  // (A street line has a space: "CT-2026-00418" is a contract's code, whatever "CT" abbreviates.)
  if (s.length < 6 || s.length > 120 || !/\d/.test(s) || !/\p{L}{2}/u.test(s) || !/\S\s+\S/.test(s.trim())) return false;
  // A link or an email address ("https://drive.example.com/open?id=1aB": "drive" is a street word) is none.
  if (/@|:\/\/|^www\./i.test(s)) return false;
  if (RE_STREET_ABBR.test(s.trim())) return true;
  const w = words(s);
  return w.some((x) => STREET_WORDS.has(x) || /.(straat|strasse|str|weg|laan|gasse|plein|gracht|kade|singel|dreef|platz|allee|damm|gade|vej)$/.test(x));
}

/** Postal code formats by country (Universal Postal Union addressing pages); any other country: 4 to 6 digits. */
const POSTAL_CODES: Record<string, RegExp> = {
  US: /^\d{5}(?:-\d{4})?$/, DE: /^\d{5}$/, FR: /^\d{5}$/, ES: /^\d{5}$/, IT: /^\d{5}$/, MX: /^\d{5}$/, NL: /^\d{4} ?[A-Z]{2}$/i,
  BE: /^\d{4}$/, CH: /^\d{4}$/, AT: /^\d{4}$/, AU: /^\d{4}$/, PT: /^\d{4}-\d{3}$/, BR: /^\d{5}-?\d{3}$/, PL: /^\d{2}-\d{3}$/,
  IN: /^\d{3} ?\d{3}$/, CO: /^\d{6}$/, CL: /^\d{7}$/, AR: /^(?:[A-Z]\d{4}[A-Z]{3}|\d{4})$/i, GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  IE: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/i, CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i,
};
/** "80331" in Germany, "1012 AB" in the Netherlands, "SW1A 1AA" in the UK: a postal code of the default country. */
export function isPostalCodeText(s: string, country = 'US'): boolean {
  const t = s.trim();
  // "19000101" has a Brazilian CEP's shape, but reads as a date first.
  return (POSTAL_CODES[country.toUpperCase()] ?? /^\d{4,6}$/).test(t) && !DATA_KINDS_NOT_POSTAL.has(sniffValue(t, { defaultCountry: country }));
}
const DATA_KINDS_NOT_POSTAL = new Set<ValueKind>(['date', 'time', 'phone']);
/** "Dijk 24A, 6127 AG Grevenbicht", "12 High St, Leeds LS1 4AP": a whole address on one line (a street with its house
 *  number, a comma, then a postal code of the default country with the town). */
export function isWholeAddressText(s: string, country = 'US'): boolean {
  const [street, ...rest] = s.split(',');
  if (!rest.length || !/\p{L}{2}/u.test(street) || !/\d/.test(street)) return false;
  const t = rest.join(' ').trim().split(/\s+/);
  return t.some((x, i) => isPostalCodeText(x, country) || (i + 1 < t.length && isPostalCodeText(`${x} ${t[i + 1]}`, country)));
}
/** "Mannheim", "Saint-Étienne", "B-W", "Rio de Janeiro": the name of a place (letters only, at most four words). */
export function isPlaceText(s: string): boolean {
  const t = s.trim();
  return t.length >= 2 && t.length <= 40 && /^\p{L}[\p{L}'’.\- ]*$/u.test(t) && t.split(/\s+/).length <= 4;
}
