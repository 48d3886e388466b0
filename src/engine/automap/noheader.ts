// Reading a file without a header row from its values (./resolve.ts, rule 2): the street line and the address block
// after it, a company column, then the person's names (first and last name in the order the emails write them, or as
// common given names tell), and a column of dates of birth.
import type { CellValue } from '../types';
import type { Work } from './resolve';
import { isCompanyText, isFullNameText, isNamePartText, isParticleText, isPlaceText, isPossiblePhoneText, isPostalCodeText, isStreetText, isValidPhoneText, sniffValue, valueShare, type SniffOptions } from './sniff';
import { withoutAccents } from './normalize';
import { regionOf } from './regions';
import { GIVEN_NAMES } from './givennames';
import { isAccountRoleText, isSalutationText } from './valuewords';
import { isLeadChannelText, leadChannelKey } from './valuewords';

/** Confidence of a column mapped by its values only: below any header match (0.5 and up). */
export const VALUE_CONF: Record<string, number> = { email: 0.45, phone: 0.45, website: 0.4, country: 0.4, name: 0.4, firstName: 0.4, lastName: 0.4, companyName: 0.35, address1: 0.35, city: 0.3, state: 0.3, postalCode: 0.3, dateOfBirth: 0.3 };

export function readNamesAndStreets(ws: Work[], columns: readonly CellValue[][], opts: SniffOptions): void {
  const share = (col: number, test: (s: string) => boolean) => valueShare(columns[col] ?? [], test, 2);
  const open = (w: Work | undefined) => !!w && w.field === null && !w.final;
  // A name is plain text: no status ("NUEVO", "EN PROCESO", a lead's stage in capitals), country or yes/no word.
  const text = (s: string) => sniffValue(s, opts) === 'text';
  // Nor a user account's role ("EMPLOYEE", "Student"), written in every row of a system's export.
  // Nor a salutation ("Herr", "Frau" in a column of their own).
  const namePart = (s: string) => isNamePartText(s) && text(s) && !isAccountRoleText(s) && !isSalutationText(s);
  const single = (s: string) => namePart(s) && s.split(/\s+/).length === 1;
  // The street first: the town after it has a name's shape too ("Springfield").
  // A column of a name and a house number each ("Oude Delft 41", "Wiehre 5": streets without a street word), some with
  // a street word, right before the rest of an address block (a postal code within the next columns) is one too.
  const holds = (col: number, test: (s: string) => boolean) => open(ws[col]) && share(col, test) >= 0.8;
  const numbered = (s: string) => isStreetText(s) || /^\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3} \d{1,4} ?[a-z]?$/u.test(s);
  const streetAt = (i: number) => share(i, isStreetText) >= 0.6 || (share(i, isStreetText) >= 0.5 && share(i, numbered) === 1 && blockPostal(ws, i, holds, opts) >= 0);
  for (let i = 0; i < ws.length; i++) {
    if (open(ws[i]) && streetAt(i)) {
      Object.assign(ws[i], { field: 'address1', conf: VALUE_CONF.address1, basis: 'values', reason: 'Values look like street addresses' });
      readAddressBlock(ws, i, (col, test) => open(ws[col]) && share(col, test) >= 0.8, opts);
      break;
    }
  }
  // A street name without its number, the house numbers in the next column ("Wilhelmshöher Allee | 12", as
  // generated address books and some CRMs split them): the street line; the numbers stay behind.
  for (let i = 0; i + 1 < ws.length && !ws.some((w) => w.field === 'address1'); i++) {
    if (open(ws[i]) && open(ws[i + 1]) && share(i, (s) => !/\d/.test(s) && isStreetText(`${s} 1`)) >= 0.6 && share(i + 1, (s) => /^\d{1,4} ?[a-z]?$/i.test(s)) >= 0.8) {
      Object.assign(ws[i], { field: 'address1', conf: VALUE_CONF.address1, basis: 'values', reason: 'Values look like street names, the house numbers beside them' });
      readAddressBlock(ws, i + 1, (col, test) => open(ws[col]) && share(col, test) >= 0.8, opts, i);
    }
  }
  // A column of street names without numbers ("Mill Lane", "Wilmslow Road", "Marchmont Crescent"; "Lindenweg"), the
  // house's number or name kept apart (before it, as UK address books write "Rose Cottage | Mill Lane"), followed by the
  // rest of its address block (a town, a region, a country, then the postal code that marks the block): the street line.
  for (let i = 0; i < ws.length && !ws.some((w) => w.field === 'address1'); i++) {
    if (open(ws[i]) && share(i, (s) => !/\d/.test(s) && isStreetText(`${s} 1`)) >= 0.6 && blockPostal(ws, i, (col, test) => open(ws[col]) && share(col, test) >= 0.8, opts) >= 0) {
      Object.assign(ws[i], { field: 'address1', conf: VALUE_CONF.address1, basis: 'values', reason: 'Values look like street names, the rest of the address after them' });
      readAddressBlock(ws, i, (col, test) => open(ws[col]) && share(col, test) >= 0.8, opts);
    }
  }
  // Phone numbers as people write them at home, with the trunk prefix ("01515550187", "0176 555019"), some too short
  // or long for the number plan: a column of these with at least one valid number is the phone (primary first
  // then sorts the main one from the others).
  const dialled = (s: string) => /^(?:\+|0[1-9])[\d\s()./-]+$/.test(s) && s.replace(/\D/g, '').length >= 8 && s.replace(/\D/g, '').length <= 15;
  // Beside a phone column, a column of such numbers of a possible length, none of them short ("0170123456", a mobile
  // written a digit short), is one more phone.
  const country = opts.defaultCountry ?? 'US';
  const possible = (s: string) => s.replace(/\D/g, '').length >= 10 && isPossiblePhoneText(s, country);
  for (let i = 0; i < ws.length; i++) {
    const phones = ws.some((w) => w.field === 'phone' || w.field === 'additionalPhones');
    if (open(ws[i]) && share(i, dialled) === 1 && (share(i, (s) => isValidPhoneText(s, country)) > 0 || (phones && share(i, possible) === 1))) {
      Object.assign(ws[i], { field: 'phone', conf: VALUE_CONF.phone, basis: 'values', reason: 'Values look like phone numbers, as dialled at home' });
    }
  }
  // Companies before people: "Acme GmbH" has a full name's shape too.
  for (let i = 0; i < ws.length; i++) {
    if (open(ws[i]) && share(i, isCompanyText) >= 0.5) {
      Object.assign(ws[i], { field: 'companyName', conf: VALUE_CONF.companyName, basis: 'values', reason: 'Values look like company names (legal forms: GmbH, Ltd, S.A....)' });
      break;
    }
  }
  // Two columns of names, one with a legal form or an organization's word in some of its values ("Schreinerei Holzwurm
  // GmbH", "Praxis Dr. Lenz", "Bäckerei Sommer"; "Smith & Co Ltd"), the other in none ("Tobias Reuter", "Dr. Carola
  // Lenz": a title belongs to a person): the first is the company.
  if (!ws.some((w) => w.field === 'companyName')) {
    const names = (col: number) => share(col, (s) => isFullNameText(s) || isCompanyText(s)) >= 0.6;
    const cols = ws.filter((w) => open(w) && names(w.col)).map((w) => w.col);
    const firms = cols.filter((c) => share(c, isCompanyText) > 0).sort((a, b) => share(b, isCompanyText) - share(a, isCompanyText));
    if (firms.length && cols.some((c) => share(c, isCompanyText) === 0 && share(c, isFullNameText) >= 0.6)) {
      Object.assign(ws[firms[0]], { field: 'companyName', conf: VALUE_CONF.companyName, basis: 'values', reason: 'Values look like company names (some with a legal form: GmbH, Ltd, S.A....), beside a column of people' });
    }
  }
  ownersBusiness(ws, columns, open, (col) => share(col, isFullNameText) >= 0.6);
  let named = false;
  // The two name columns are side by side, or around a column of name particles (Dutch lists: "Noor | van der | Linden").
  const infix = (col: number) => open(ws[col]) && (columns[col] ?? []).every((v) => { const t = String(v ?? '').trim(); return !t || isParticleText(t); });
  // (Beside a column of whole names, two columns of single words none of which is a given name are no names: a
  // disability's kind and a zone, "Visual | Norte", a trade and its sector.)
  const wholeNames = ws.some((w) => open(w) && share(w.col, isFullNameText) >= 0.6);
  // A given name (lower case, without accents) of row r: a common one, or the one the row's email address spells
  // ("Kerem": kerem.y@...).
  const emails = ws.filter((w) => w.field === 'email').map((w) => columns[w.col] ?? []);
  const givenOf = (low: string, r: number) => GIVEN_NAMES.has(low) || (low.length >= 3 && emails.some((e) => withoutAccents(String(e[r] ?? '')).toLowerCase().split('@')[0].includes(low)));
  const givenIn = (col: number) => (columns[col] ?? []).some((v, r) => givenOf(plainName(String(v ?? '').trim().split(/[\s-]+/)[0] ?? ''), r));
  for (let i = 0; i + 1 < ws.length && !named; i++) {
    const j = i + 2 < ws.length && infix(i + 1) && (columns[i + 1] ?? []).some((v) => String(v ?? '').trim()) ? i + 2 : i + 1;
    if (wholeNames && !givenIn(i) && !givenIn(j)) continue;
    if (open(ws[i]) && open(ws[j]) && share(i, single) >= 0.6 && share(j, namePart) >= 0.6 && share(j, (s) => /^\p{Lu}/u.test(s) || /^\p{Ll}+\s/u.test(s)) >= 0.6) {
      const order = nameOrder(ws, columns, i, j);
      const [first, last] = order.lastFirst ? [j, i] : [i, j];
      Object.assign(ws[first], { field: 'firstName', conf: VALUE_CONF.firstName, basis: 'values', reason: `Values look like first names${order.first}` });
      Object.assign(ws[last], { field: 'lastName', conf: VALUE_CONF.lastName, basis: 'values', reason: `Values look like last names${order.last}` });
      named = true;
    }
  }
  for (let i = 0; i < ws.length && !named; i++) {
    if (open(ws[i]) && share(i, isFullNameText) >= 0.6) {
      Object.assign(ws[i], { field: 'name', conf: VALUE_CONF.name, basis: 'values', reason: 'Values look like full names' });
      named = true;
    }
  }
  // One column of single given names ("Kerem", "Svenja") beside an email or a phone, and no other name column: the
  // name the list calls its people by.
  const person = ws.some((w) => w.field === 'email' || w.field === 'phone');
  const givenAt = (col: number, r: number) => {
    const t = String(columns[col]?.[r] ?? '').trim();
    return single(t) && /^\p{Lu}/u.test(t) && givenOf(withoutAccents(t).toLowerCase(), r);
  };
  const givenShare = (col: number) => {
    const rows = (columns[col] ?? []).map((v, r) => [String(v ?? '').trim(), r] as const).filter(([t]) => t);
    return rows.length >= 2 ? rows.filter(([, r]) => givenAt(col, r)).length / rows.length : 0;
  };
  const singles = ws.filter((w) => open(w) && share(w.col, single) >= 0.8);
  if (!named && person && singles.length === 1 && givenShare(singles[0].col) >= 0.5) {
    Object.assign(singles[0], { field: 'name', conf: VALUE_CONF.name, basis: 'values', reason: 'Values look like given names, the only name in a list of people' });
    named = true;
  }
  // A list of people with a column of where each came from ("salon", "recommandation", "LinkedIn"): the source.
  if (named || ws.some((w) => w.field === 'email')) {
    const src = ws.find((w) => open(w) && share(w.col, isLeadChannelText) >= 0.8 && new Set((columns[w.col] ?? []).map((v) => leadChannelKey(String(v ?? ''))).filter(Boolean)).size >= 2);
    if (src) Object.assign(src, { field: 'source', conf: 0.3, basis: 'values', reason: 'Values look like where each contact came from (referral, trade fair, LinkedIn...)' });
  }
  // A list of people with one column of dates, each at least ten years back (12.03.1995, 1988-11-30): their dates of
  // birth. Two such columns (born, joined) leave both alone.
  if (named) {
    const births = ws.filter((w) => open(w) && birthDateShare(columns[w.col] ?? [], opts) >= 0.8);
    if (births.length === 1) Object.assign(births[0], { field: 'dateOfBirth', conf: VALUE_CONF.dateOfBirth, basis: 'values', reason: 'Values look like dates of birth, in a list of people' });
  }
  // A list of people with a column of the country's region codes ("SP", "MG": Brazil's UF; "NSW") right after a column of
  // place names ("São Bernardo do Campo", "Belo Horizonte"), and no address: the town and its region, as pasted lists
  // write them. (Not yes and no: "SI", "NO" are Italian provinces too.)
  if (named && !ws.some((w) => w.field === 'city' || w.field === 'state' || w.field === 'address1')) {
    const region = (s: string) => regionOf(s, country) === 'code' && sniffValue(s, opts) !== 'boolean';
    const i = ws.findIndex((w, c) => c + 1 < ws.length && open(w) && open(ws[c + 1]) && share(c, isPlaceText) >= 0.8 && share(c + 1, region) === 1);
    if (i >= 0) {
      Object.assign(ws[i], { field: 'city', conf: VALUE_CONF.city, basis: 'values', reason: 'Values look like towns, each before its region' });
      Object.assign(ws[i + 1], { field: 'state', conf: VALUE_CONF.state, basis: 'values', reason: `Values look like regions of ${country.toUpperCase()}, each after its town` });
    }
  }
}

/** The most full-name columns among which a business named after its owner is looked for. */
const MAX_NAME_COLUMNS = 12;

/**
 * A business named after its owner, beside the owner's name ("Boulangerie Lemaire" | "Anne Lemaire", "Garage Müller" |
 * "Jonas Müller", "Studio Kaplan" | "David Kaplan"): both have a full name's shape, but in most rows the business's
 * last word is the person's family name and its first word is no given name, where the person's often is. The
 * business is the company name.
 */
function ownersBusiness(ws: Work[], columns: readonly CellValue[][], open: (w: Work) => boolean, fullNames: (col: number) => boolean): void {
  if (ws.some((w) => w.field === 'companyName')) return;
  const cols = ws.filter((w) => open(w) && fullNames(w.col)).map((w) => w.col);
  // A person and a business named after them are two columns among a few; a file of dozens of name columns is no such
  // list (and pairing them all would cost columns² × rows).
  if (cols.length > MAX_NAME_COLUMNS) return;
  const split = new Map(cols.map((col) => [col, (columns[col] ?? []).map((v) => String(v ?? '').trim().split(/\s+/).filter(Boolean).map(plainName))]));
  const parts = (col: number, r: number) => split.get(col)?.[r] ?? [];
  for (const c of cols) {
    for (const p of cols) {
      if (c === p) continue;
      const rows = (columns[c] ?? []).map((_, r) => [parts(c, r), parts(p, r)] as const).filter(([a, b]) => a.length >= 2 && b.length >= 2);
      const owned = rows.filter(([a, b]) => a[a.length - 1] === b[b.length - 1] && a[0] !== b[0] && !GIVEN_NAMES.has(a[0])).length;
      const given = rows.filter(([, b]) => GIVEN_NAMES.has(b[0])).length;
      const ownGiven = rows.filter(([a]) => GIVEN_NAMES.has(a[0])).length;
      if (rows.length >= 2 && owned * 2 >= rows.length && given * 2 >= rows.length && ownGiven === 0) {
        Object.assign(ws[c], { field: 'companyName', conf: VALUE_CONF.companyName, basis: 'values', reason: 'Values look like businesses named after the person beside them' });
        return;
      }
    }
  }
}


/** The share of a column's values that are dates of a year from 1900 to ten years ago (0 with fewer than two). */
function birthDateShare(values: readonly CellValue[], opts: SniffOptions): number {
  const last = (opts.currentYear ?? new Date().getFullYear()) - 10;
  const year = (v: CellValue): number => {
    if (v instanceof Date) return v.getFullYear();
    const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(String(v));
    return m ? Number(m[1]) : NaN;
  };
  const filled = values.filter((v) => String(v ?? '').trim() !== '');
  if (filled.length < 2) return 0;
  return filled.filter((v) => sniffValue(v, opts) === 'date' && year(v) >= 1900 && year(v) <= last).length / filled.length;
}

/** A name part as an email address writes it: letters only, without accents, lower case ("José" -> jose). */
const plainName = (s: string) => withoutAccents(s).toLowerCase().replace(/[^a-z]/g, '');

/**
 * No header: which of two adjacent name columns is the first name. The email in the same row says it, over the
 * sample rows: "john.smith@", "john_smith@", "johnsmith@" and "jsmith@" put John first; "smith.john@" and "sjohn@"
 * put Smith first; a name alone ("ada@") is the first name; "john.s@" / "smithj@" (a name and an initial) say
 * nothing, both orders write them. Without an email that tells, a column written in capitals ("SMITH | John", as French and Italian
 * lists write the family name) is the last name; else the column with more common given names ("Wagner | Aaron"); else the
 * first column is the first name.
 */
function nameOrder(ws: Work[], columns: readonly CellValue[][], i: number, j: number): { lastFirst: boolean; first: string; last: string } {
  const emails = ws.filter((w) => w.field === 'email' || w.field === 'additionalEmails').map((w) => columns[w.col] ?? []);
  const a = columns[i] ?? [];
  const b = columns[j] ?? [];
  let firstFirst = 0;
  let lastFirst = 0;
  for (let r = 0; r < a.length; r++) {
    const x = plainName(String(a[r] ?? ''));
    const y = plainName(String(b[r] ?? ''));
    if (x.length < 2 || y.length < 2 || x === y) continue;
    for (const col of emails) {
      const local = String(col[r] ?? '').split('@')[0];
      if (!local || local === String(col[r] ?? '')) continue;
      const l = plainName(local);
      const px = l.indexOf(x);
      const py = l.indexOf(y);
      if (px >= 0 && py >= 0 && px !== py) {
        if (px < py) firstFirst++;
        else lastFirst++;
      } else if (l === x) firstFirst++;
      else if (l === y) lastFirst++;
      else if (l === x[0] + y || l.startsWith(x[0] + y)) firstFirst++;
      else if (l === y[0] + x || l.startsWith(y[0] + x)) lastFirst++;
      else continue;
      break;
    }
  }
  const byEmail = ', as the email addresses in the same rows write them';
  if (firstFirst !== lastFirst) return { lastFirst: lastFirst > firstFirst, first: byEmail, last: byEmail };
  const caps = (col: readonly CellValue[]) => {
    const vs = col.map((v) => String(v ?? '').trim()).filter((v) => /\p{L}{2}/u.test(v));
    return vs.length >= 2 && vs.every((v) => v === v.toUpperCase() && v !== v.toLowerCase());
  };
  if (caps(a) && !caps(b)) return { lastFirst: true, first: ', after last names in capitals', last: ' (in capitals), before first names' };
  // Common given names (./givennames.ts): "Wagner | Aaron" puts the family name first.
  const given = (col: readonly CellValue[]) => col.filter((v) => GIVEN_NAMES.has(plainName(String(v ?? '').trim().split(/[\s-]+/)[0] ?? ''))).length;
  const [ga, gb] = [given(a), given(b)];
  if (ga !== gb) {
    const byName = ', as common given names tell';
    return { lastFirst: gb > ga, first: byName, last: byName };
  }
  return { lastFirst: false, first: ', next to last names', last: ', after first names' };
}

/**
 * No header: the columns right after a street line are the rest of its address block, in one of its usual orders:
 * street, town, region, postal code ("Bayernstraße 5 | München | Bayern | 80331", "12 Main St | Springfield | IL |
 * 62704") or street, postal code, town ("Damrak 1 | 1012 AB | Amsterdam"). Postal codes are read in the default
 * country's format, and mark the block; a town or region is a place's name (letters only, a few words).
 */
function readAddressBlock(ws: Work[], street: number, holds: (col: number, test: (s: string) => boolean) => boolean, opts: SniffOptions, before = street): void {
  const postalCode = (s: string) => isBlockPostalText(s, opts.defaultCountry);
  const set = (col: number, field: 'city' | 'state' | 'postalCode', what: string) =>
    Object.assign(ws[col], { field, conf: VALUE_CONF[field], basis: 'values', reason: `Values look like ${what}, after the street` });
  const postal = blockPostal(ws, street, holds, opts);
  // A split street line ("34117 | Wilhelmshöher Allee | 12"): the postal code may stand right before the street.
  if (postal < 0 && before !== street && before > 0 && holds(before - 1, postalCode)) {
    set(before - 1, 'postalCode', 'postal codes');
    return;
  }
  // Postal code and town before the street ("72762 | Reutlingen | Lederstraße 41", as some address files order them).
  if (postal < 0 && before === street && street >= 2 && holds(street - 2, postalCode) && holds(street - 1, isPlaceText)) {
    set(street - 2, 'postalCode', 'postal codes');
    Object.assign(ws[street - 1], { field: 'city', conf: VALUE_CONF.city, basis: 'values', reason: 'Values look like towns, after the postal code' });
    return;
  }
  // The postal code marks the block: without one, a name after a street could as well be a person's.
  if (postal < 0) return;
  set(postal, 'postalCode', 'postal codes');
  const first = street + 1 + Number(holds(street + 1, isAdditionText));
  // Street, postal code, town (most of Europe): the town after the code.
  if (postal === first) {
    if (holds(postal + 1, isPlaceText)) set(postal + 1, 'city', 'towns');
    return;
  }
  // Street, town, region, postal code (US, Canada, Australia, the UK's town and county), a country column read by its
  // values anywhere between them ("Manchester | Greater Manchester | England | M14 5TQ"): the town, then the region.
  const places = ws.slice(first, postal).filter((w) => w.field !== 'country').map((w) => w.col);
  if (places.length > 2 || !places.every((col) => holds(col, isPlaceText))) return;
  if (places[0] !== undefined) set(places[0], 'city', 'towns');
  if (places[1] !== undefined) set(places[1], 'state', 'regions');
}

/** Postal codes whose shape no other country's has (letters or a hyphen in their place: "2611 AB", "CB22 5EX", "H2X 3K4",
 *  "1000-205", "01310-100", "00-950"): beside a street line, one of them is a postal code whatever the default country,
 *  as an address book without a header row from the Netherlands or the UK, read with the settings' "US", writes them. */
const SHAPED_POSTAL_CODES = [/^\d{4} ?[A-Z]{2}$/, /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, /^\d{4}-\d{3}$/, /^\d{5}-\d{3}$/, /^\d{2}-\d{3}$/];
const isBlockPostalText = (s: string, country = 'US') => isPostalCodeText(s, country) || SHAPED_POSTAL_CODES.some((re) => re.test(s.trim()));

/** A house number's addition, in a column of its own after the number: "a", "bis", "II", "3" (Dutch and Belgian address
 *  books: "huisnummer toevoeging"). A row without one is empty, and empty cells are not counted. */
const isAdditionText = (s: string) => /^(?:[a-z]{1,3}|[IVX]{1,3}|\d{1,2}|[A-Z])$/.test(s.trim());

/** The postal code column of the address block after a street line: within the next four columns, where only places
 *  (a town, a region) and a country column stand before it; -1 when there is none. */
function blockPostal(ws: Work[], street: number, holds: (col: number, test: (s: string) => boolean) => boolean, opts: SniffOptions): number {
  const postalCode = (s: string) => isBlockPostalText(s, opts.defaultCountry);
  // (after a house number's addition in a column of its own: "Dorpsstraat | 12 | a | 2611 AB | Delft")
  const first = street + 1 + Number(holds(street + 1, isAdditionText));
  for (let i = first; i <= street + 4 && i < ws.length; i++) {
    if (holds(i, postalCode)) return i;
    if (ws[i].field !== 'country' && !holds(i, isPlaceText)) return -1;
  }
  return -1;
}
