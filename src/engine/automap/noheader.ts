// Reading a file without a header row from its values (./resolve.ts, rule 2): the street line and the address block
// after it, a company column, then the person's names (first and last name in the order the emails write them).
import type { CellValue } from '../types';
import type { Work } from './resolve';
import { isCompanyText, isFullNameText, isNamePartText, isPlaceText, isPostalCodeText, isStreetText, valueShare, type SniffOptions } from './sniff';
import { withoutAccents } from './normalize';

/** Confidence of a column mapped by its values only: below any header match (0.5 and up). */
export const VALUE_CONF: Record<string, number> = { email: 0.45, phone: 0.45, website: 0.4, country: 0.4, name: 0.4, firstName: 0.4, lastName: 0.4, companyName: 0.35, address1: 0.35, city: 0.3, state: 0.3, postalCode: 0.3 };

export function readNamesAndStreets(ws: Work[], columns: readonly CellValue[][], opts: SniffOptions): void {
  const share = (col: number, test: (s: string) => boolean) => valueShare(columns[col] ?? [], test, 2);
  const open = (w: Work | undefined) => !!w && w.field === null && !w.final;
  const single = (s: string) => isNamePartText(s) && s.split(/\s+/).length === 1;
  // The street first: the town after it has a name's shape too ("Springfield").
  for (let i = 0; i < ws.length; i++) {
    if (open(ws[i]) && share(i, isStreetText) >= 0.6) {
      Object.assign(ws[i], { field: 'address1', conf: VALUE_CONF.address1, basis: 'values', reason: 'Values look like street addresses' });
      readAddressBlock(ws, i, (col, test) => open(ws[col]) && share(col, test) >= 0.8, opts);
      break;
    }
  }
  // Companies before people: "Acme GmbH" has a full name's shape too.
  for (let i = 0; i < ws.length; i++) {
    if (open(ws[i]) && share(i, isCompanyText) >= 0.5) {
      Object.assign(ws[i], { field: 'companyName', conf: VALUE_CONF.companyName, basis: 'values', reason: 'Values look like company names (legal forms: GmbH, Ltd, S.A....)' });
      break;
    }
  }
  let named = false;
  for (let i = 0; i + 1 < ws.length && !named; i++) {
    if (open(ws[i]) && open(ws[i + 1]) && share(i, single) >= 0.6 && share(i + 1, isNamePartText) >= 0.6 && share(i + 1, (s) => /^\p{Lu}/u.test(s) || /^\p{Ll}+\s/u.test(s)) >= 0.6) {
      const order = nameOrder(ws, columns, i);
      const [first, last] = order.lastFirst ? [i + 1, i] : [i, i + 1];
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
}

/** A name part as an email address writes it: letters only, without accents, lower case ("José" -> jose). */
const plainName = (s: string) => withoutAccents(s).toLowerCase().replace(/[^a-z]/g, '');

/**
 * No header: which of two adjacent name columns is the first name. The email in the same row says it, over the
 * sample rows: "john.smith@", "john_smith@", "johnsmith@" and "jsmith@" put John first; "smith.john@" and "sjohn@"
 * put Smith first; a name alone ("ada@") is the first name; "john.s@" / "smithj@" (a name and an initial) say
 * nothing, both orders write them. Without an email that tells, a column written in capitals ("SMITH | John", as French and Italian
 * lists write the family name) is the last name; else the first column is the first name.
 */
function nameOrder(ws: Work[], columns: readonly CellValue[][], i: number): { lastFirst: boolean; first: string; last: string } {
  const emails = ws.filter((w) => w.field === 'email' || w.field === 'additionalEmails').map((w) => columns[w.col] ?? []);
  const a = columns[i] ?? [];
  const b = columns[i + 1] ?? [];
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
  return { lastFirst: false, first: ', next to last names', last: ', after first names' };
}

/**
 * No header: the columns right after a street line are the rest of its address block, in one of its usual orders:
 * street, town, region, postal code ("Bayernstraße 5 | München | Bayern | 80331", "12 Main St | Springfield | IL |
 * 62704") or street, postal code, town ("Damrak 1 | 1012 AB | Amsterdam"). Postal codes are read in the default
 * country's format, and mark the block; a town or region is a place's name (letters only, a few words).
 */
function readAddressBlock(ws: Work[], street: number, holds: (col: number, test: (s: string) => boolean) => boolean, opts: SniffOptions): void {
  const postalCode = (s: string) => isPostalCodeText(s, opts.defaultCountry ?? 'US');
  const set = (col: number, field: 'city' | 'state' | 'postalCode', what: string) =>
    Object.assign(ws[col], { field, conf: VALUE_CONF[field], basis: 'values', reason: `Values look like ${what}, after the street` });
  let postal = -1;
  for (let i = street + 1; i <= street + 3 && i < ws.length; i++) {
    if (holds(i, postalCode)) {
      postal = i;
      break;
    }
  }
  // The postal code marks the block: without one, a name after a street could as well be a person's.
  if (postal < 0) return;
  const city = postal === street + 1 ? (holds(street + 2, isPlaceText) ? street + 2 : -1) : holds(street + 1, isPlaceText) ? street + 1 : -1;
  set(postal, 'postalCode', 'postal codes');
  if (city >= 0) set(city, 'city', 'towns');
  if (city >= 0 && postal === city + 2 && holds(city + 1, isPlaceText)) set(city + 1, 'state', 'regions');
}
