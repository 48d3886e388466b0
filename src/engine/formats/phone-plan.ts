// Numbering plans compiled once: the validity and length checks libphonenumber-js makes on a parsed number, with the
// metadata's pattern strings turned into regexes once per plan instead of on every call (see formats/phone.ts).
//
// Validity is the same decision as PhoneNumber.isValid() (libphonenumber-js's isValid.js + getNumberType.js): the
// national number must match the plan's national pattern and, when the plan lists number types, the pattern (and
// possible lengths) of at least one type.
import { Metadata } from 'libphonenumber-js/core';
import type { PhoneNumber } from 'libphonenumber-js/max';
// The very module 'libphonenumber-js/max' itself loads, so the bundle holds the metadata once.
import maxMetadata from 'libphonenumber-js/metadata.max.json';

/** The extension separator in normalized values: "+14155550123 ext. 12" (see formats/phone.ts). */
export const PHONE_EXT_SEPARATOR = ' ext. ';

/** The slice of libphonenumber-js's NumberingPlan used here (its metadata accessors). */
interface PlanLike {
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  hasTypes(): boolean;
  type(t: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  leadingDigits(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
}
export interface CompiledPlan {
  national: RegExp;
  /** null when the plan has no type patterns (then the national pattern decides). */
  types: Array<{ re: RegExp; lengths: number[] | undefined }> | null;
  /** The plan's possible lengths of a national number (sorted), as checkNumberLength reads them. */
  lengths: number[] | undefined;
  /** The plan's "leading digits" (only some plans sharing a calling code have them), as the library searches them. */
  leadingDigits: RegExp | null;
  /** What a national prefix (or carrier code) at the start of a national number looks like, when the plan has one. */
  prefix: RegExp | null;
}
// Order as in getNumberType: FIXED_LINE first, then the others; any match means valid.
const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
const METADATA = new Metadata(maxMetadata);
/** Keyed by country ("US") or calling code ("1") as PhoneNumber.isValid() selects the plan. Bounded by the metadata. */
const PLANS = new Map<string, CompiledPlan>();

export function compiledPlan(key: string): CompiledPlan {
  let plan = PLANS.get(key);
  if (plan === undefined) {
    (METADATA as unknown as { selectNumberingPlan(k: string): void }).selectNumberingPlan(key);
    const np = (METADATA as unknown as { numberingPlan: PlanLike }).numberingPlan;
    let types: CompiledPlan['types'] = null;
    if (np.hasTypes()) {
      types = [];
      for (const t of NUMBER_TYPES) {
        const def = np.type(t);
        if (def === undefined || !def.pattern()) continue;
        types.push({ re: new RegExp('^(?:' + def.pattern() + ')$'), lengths: def.possibleLengths() });
      }
    }
    const prefix = np.nationalPrefixForParsing();
    const leading = np.leadingDigits();
    plan = {
      national: new RegExp('^(?:' + np.nationalNumberPattern() + ')$'),
      types,
      lengths: np.possibleLengths(),
      leadingDigits: leading ? new RegExp(leading) : null,
      prefix: prefix ? new RegExp('^(?:' + prefix + ')') : null,
    };
    PLANS.set(key, plan);
  }
  return plan;
}

/** The countries sharing a calling code, main country first (as the metadata lists them), or undefined for none. */
export function callingCodeCountries(callingCode: string): readonly string[] | undefined {
  return (maxMetadata as unknown as { country_calling_codes: Record<string, string[]> }).country_calling_codes[callingCode];
}

/** Same result as isValid() for the national number `nn` of the plan `key` (a country, or a calling code). */
export function isValidNational(key: string, nn: string): boolean {
  const plan = compiledPlan(key);
  if (!plan.national.test(nn)) return false;
  if (plan.types === null) return true;
  for (const t of plan.types) {
    if (t.lengths !== undefined && t.lengths.indexOf(nn.length) < 0) continue;
    if (t.re.test(nn)) return true;
  }
  return false;
}

/** Same result as p.isValid(), without rebuilding the metadata regexes on every call. */
export function isValidParsedPhone(p: PhoneNumber): boolean {
  return isValidNational(p.country || p.countryCallingCode, p.nationalNumber);
}

/**
 * libphonenumber-js's checkNumberLength(nationalNumber, undefined, plan) for the plan PhoneNumber.isPossible()
 * and validatePhoneNumberLength() select (country, else calling code): 'IS_POSSIBLE', 'TOO_SHORT', 'TOO_LONG'
 * or 'INVALID_LENGTH'. p.isPossible() is exactly (result === 'IS_POSSIBLE').
 */
export function checkParsedLength(p: PhoneNumber): 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH' {
  const lengths = compiledPlan(p.country || p.countryCallingCode).lengths;
  if (!lengths) return 'IS_POSSIBLE';
  const n = p.nationalNumber.length;
  if (lengths[0] === n) return 'IS_POSSIBLE';
  if (lengths[0] > n) return 'TOO_SHORT';
  if (lengths[lengths.length - 1] < n) return 'TOO_LONG';
  return lengths.indexOf(n, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}
