// National identity and tax numbers (./sniff.ts): a column of these is never a phone, whatever its digits look like. And
// the names of registry numbers (a doctor's ADELI, RPPS, NPI, LANR; a clinic's FINESS, BSNR): a column under one is
// never a phone by its digits either (./values.ts).

/** Header words naming a professional's or an establishment's number in a national register, as health, company and
 *  tax registers write them (the header's whole word, any case): nine to eleven digits that read as a phone number. */
const REGISTRY_ID_WORDS: ReadonlySet<string> = new Set([
  // France: a health professional's ADELI and RPPS numbers, an establishment's FINESS; Belgium's INAMI / RIZIV.
  'adeli', 'rpps', 'finess', 'inami', 'riziv',
  // United States: National Provider Identifier, its predecessor UPIN, an employer's EIN, a taxpayer's TIN and ITIN.
  'npi', 'upin', 'ein', 'tin', 'itin',
  // Germany: a doctor's Lebenslange Arztnummer, a practice's Betriebsstättennummer, an institution's IK.
  'lanr', 'bsnr', 'iknr',
  // The Netherlands: the BIG register of care professionals, the AGB code of care providers, the UZI card.
  'big', 'agb', 'uzi',
  // United Kingdom: the NHS number, the medical and nursing registers (GMC, NMC); Switzerland: the GLN and ZSR numbers.
  'nhs', 'gmc', 'nmc', 'gln', 'zsr',
  // Australia's business and company numbers and its Medicare card's number; Spain's collegiate number of a doctor or
  // lawyer ("Nº colegiado").
  'abn', 'acn', 'medicare', 'colegiado', 'colegiada',
]);

/** Whether a header's words name a number in a national register ("adeli", "N° RPPS", "NPI Number", "BIG-nummer"). */
export const isRegistryIdHeader = (tokens: readonly string[]): boolean => tokens.some((t) => REGISTRY_ID_WORDS.has(t));

function cpfValid(d: string): boolean {
  if (d.length !== 11 || /^(\d)\1{10}$/.test(d)) return false;
  const check = (len: number) => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(d[i]) * (len + 1 - i);
    const r = (sum * 10) % 11;
    return (r === 10 ? 0 : r) === Number(d[len]);
  };
  return check(9) && check(10);
}
function cnpjValid(d: string): boolean {
  if (d.length !== 14 || /^(\d)\1{13}$/.test(d)) return false;
  const check = (len: number) => {
    const weights = len === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(d[i]) * weights[i];
    const r = sum % 11;
    return (r < 2 ? 0 : 11 - r) === Number(d[len]);
  };
  return check(12) && check(13);
}
/** Dutch BSN: nine digits passing the "elfproef". */
function bsnValid(d: string): boolean {
  if (d.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0 && sum !== 0;
}
/** Portuguese NIF: nine digits, mod-11 check digit, a known first digit. */
function nifPtValid(d: string): boolean {
  if (d.length !== 9 || !/^[1235689]/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  const r = 11 - (sum % 11);
  return (r >= 10 ? 0 : r) === Number(d[8]);
}
/** German tax id (Steuer-IdNr): eleven digits, ISO 7064 MOD 11,10 check digit, first digit not 0. */
function steuerIdValid(d: string): boolean {
  if (d.length !== 11 || d[0] === '0') return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(d[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return (check === 10 ? 0 : check) === Number(d[10]);
}
/** French NIR (numéro de sécurité sociale): 13 digits and a 2-digit key, 97 - (number mod 97). */
function nirValid(s: string): boolean {
  const c = s.replace(/\s/g, '').toUpperCase();
  const m = /^([12]\d{4}(?:\d{2}|2A|2B)\d{6})(\d{2})$/.exec(c);
  if (!m) return false;
  const body = m[1].replace('2A', '19').replace('2B', '18');
  let mod = 0;
  for (const ch of body) mod = (mod * 10 + Number(ch)) % 97;
  return 97 - mod === Number(m[2]);
}
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
function dniValid(s: string): boolean {
  const c = s.replace(/[\s-]/g, '').toUpperCase();
  let m = /^(\d{8})([A-Z])$/.exec(c);
  if (m) return DNI_LETTERS[Number(m[1]) % 23] === m[2];
  m = /^([XYZ])(\d{7})([A-Z])$/.exec(c);
  if (m) return DNI_LETTERS[Number('XYZ'.indexOf(m[1]) + m[2]) % 23] === m[3];
  return false;
}

const RE_SSN = /^\d{3}-\d{2}-\d{4}$/;
const RE_CPF_FORMATTED = /^\d{3}\.\d{3}\.\d{3}-\d{2}$/;
const RE_CNPJ_FORMATTED = /^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/;
const RE_CODICE_FISCALE = /^[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/i;
const RE_NINO = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]$/i;
const RE_CUIT = /^(20|23|24|27|30|33|34)-\d{8}-\d$/;
const RE_AR_DNI = /^\d{1,2}\.\d{3}\.\d{3}$/;
/** Brazil's PIS/PASEP/NIT ("120.45678.90-1"), Chile's RUT ("12.345.678-5"), Colombia's NIT ("900.123.456-7"), as written. */
const RE_PIS = /^\d{3}\.\d{5}\.\d{2}-\d$/;
const RE_RUT = /^\d{1,2}\.\d{3}\.\d{3}-[\dkK]$/;
const RE_NIT = /^\d{3}\.\d{3}\.\d{3}-\d$/;
const RE_CURP = /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$/i;
const RE_RFC = /^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$/i;

/**
 * A national identity or tax number: US SSN, Brazilian CPF and CNPJ, Spanish DNI and NIE, Italian codice fiscale,
 * French NIR, Dutch BSN, Portuguese NIF, German Steuer-ID, UK NINO, Argentine CUIT and DNI, Mexican CURP and RFC,
 * Brazilian PIS, Chilean RUT, Colombian NIT.
 * Bare digit strings count only when their check digits are right.
 */
export function isNationalIdText(s: string): boolean {
  if (RE_SSN.test(s) || RE_CPF_FORMATTED.test(s) || RE_CNPJ_FORMATTED.test(s) || RE_CODICE_FISCALE.test(s) || RE_NINO.test(s)) return true;
  if (RE_CUIT.test(s) || RE_AR_DNI.test(s) || RE_CURP.test(s) || RE_RFC.test(s) || dniValid(s) || nirValid(s)) return true;
  if (RE_PIS.test(s) || RE_RUT.test(s) || RE_NIT.test(s)) return true;
  if (/^\d+$/.test(s)) {
    const d = s;
    return cpfValid(d) || cnpjValid(d) || bsnValid(d) || nifPtValid(d) || steuerIdValid(d);
  }
  return false;
}
