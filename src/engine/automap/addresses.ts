// The file's address (./resolve.ts, rules 5 and 6): one address group, the billing columns only when the file has
// none of its own, and a department that is no region.
import type { CellValue } from '../types';
import { headerTokens } from './normalize';
import { regionOf } from './regions';
import type { Work } from './resolve';
import { ADDRESS_FIELDS, family, unmap } from './work';
import { filledTexts } from './sniff';

/** The address group a column is in: none for a column read by its values alone. */
const groupKey = (w: Work): string => (w.basis === 'values' ? '' : w.group || '');

function groupRank(key: string): number {
  if (key === '' || key === 'primary') return 0;
  if (key === 'billing' || key === 'property') return 2;
  if (key.startsWith('other')) return 3;
  return 1;
}

/** A header naming the mailing address ("Mailing Address", "Mailing Zip", "Correspondence Address", "Adresse de
 *  correspondance", "Dirección de correspondencia", "Indirizzo di corrispondenza", "Postanschrift", "Correspondentieadres"). */
function isMailingHeader(header: string): boolean {
  const t = headerTokens(header);
  return t.some((x, i) => /^(?:mailing|correspondence|correspondance|correspondencia|corrispondenza|correspondentie\w*|korrespondenz\w*|postanschrift|postadres\w*)$/.test(x) || (x === 'postal' && t[i + 1] !== 'code'));
}

/**
 * An unqualified address ("Address", "City", "Zip") beside a mailing one ("Mailing Address", "Mailing City"): the file
 * names a mailing address only apart from another one that is not where the contact gets mail (a property list's
 * parcel, a voter's residence, a shop's premises), so the mailing one is the contact's, when it is filled as often.
 * The unqualified columns a mailing one stands for are not imported; Salesforce's "Mailing Street" beside "Other
 * Street" has no unqualified column and is left to the groups below.
 */
function mailingOverUnqualified(cands: Work[], columns: readonly CellValue[][] | undefined): void {
  const loose = cands.filter((w) => w.basis !== 'values' && !w.group);
  const mailing = loose.filter((w) => isMailingHeader(w.header));
  const others = loose.filter((w) => !mailing.includes(w) && mailing.some((m) => m.field === w.field));
  if (!mailing.length || !others.length) return;
  const filledRows = (g: Work[]) => (columns?.[0] ?? []).filter((_, r) => g.some((w) => String(columns?.[w.col]?.[r] ?? '').trim() !== '')).length;
  if (columns && filledRows(mailing) < filledRows(others)) return;
  for (const w of others) unmap(w, `"${mailing.find((m) => m.field === w.field)?.header}" is the contact's mailing address, apart from this one`);
}

/** An address field in words, for the reasons. */
const FIELD_WORDS: Readonly<Record<string, string>> = { address1: 'street', city: 'town', state: 'region', postalCode: 'postal code', country: 'country' };

export function chooseAddressGroup(ws: Work[], columns: readonly CellValue[][] | undefined): void {
  mailingOverUnqualified(ws.filter((w) => w.field !== null && ADDRESS_FIELDS.has(w.field)), columns);
  const cands = ws.filter((w) => w.field !== null && ADDRESS_FIELDS.has(w.field));
  if (!cands.length) return;
  // A writer that leaves a whole group empty (French Outlook from a home-address-only app): the group with values.
  const filled = (g: Work[]) => !columns || g.some((w) => (columns[w.col] ?? []).some((v) => String(v ?? '').trim() !== ''));
  const groups = new Map<string, Work[]>();
  for (const w of cands) {
    const key = groupKey(w);
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  const distinct = (g: Work[]) => new Set(g.map((w) => w.field)).size;
  const loose = groups.get('') ?? [];
  // Unqualified columns ("City") join a richer qualified group ("Home Street", "Home Zip") rather than stand alone;
  // not when that group already has each of them (Apollo's "City", "State" and "Company City", "Company State"...:
  // two addresses, and the unqualified one is the contact's own).
  const covers = (g: Work[]) => loose.length > 0 && loose.every((l) => g.some((w) => w.field === l.field));
  const wildcard = groups.size > 1 && [...groups].some(([k, g]) => k !== '' && distinct(g) > distinct(loose) && !covers(g));
  const real = [...groups].filter(([k]) => !(wildcard && k === ''));
  // (Columns read by their values alone, "Nazione Reperibilita'": Italia, name no group: they never outrank a group
  // their headers name, "Nazione di Residenza", "Comune di Residenza".)
  const byValues = (g: Work[]) => Number(g.every((w) => w.basis === 'values'));
  real.sort(([ka, a], [kb, b]) => Number(filled(b)) - Number(filled(a)) || byValues(a) - byValues(b) || groupRank(ka) - groupRank(kb) || distinct(b) - distinct(a) || a[0].col - b[0].col);
  const [chosenKey, chosen] = real[0];
  const have = new Set(chosen.map((w) => w.field));
  // A typed column alone ("Home Street", "Business Street", "Rue (bureau)"; "Country of Residence") next to an unqualified
  // block without its field (City, Postal code, Country): the file's only column of that field is the block's.
  for (const w of chosenKey === '' || chosenKey === 'primary' ? cands : []) {
    const key = groupKey(w);
    if (chosen.includes(w) || have.has(w.field) || cands.filter((o) => o.field === w.field).length !== 1) continue;
    if ((groupRank(key) !== 1 && groupRank(key) !== 2) || (groups.get(key) ?? []).length !== 1) continue;
    chosen.push(w);
    have.add(w.field);
    w.reason = `${w.reason}; the file's only ${FIELD_WORDS[w.field ?? ''] ?? 'column of its kind'}, with "${chosen[0].header}"`;
  }
  const labelOf = chosenKey === '' || chosenKey === 'primary' ? `"${chosen[0].header}"` : `the ${chosenKey} address ("${chosen[0].header}")`;
  for (const w of cands) {
    if (chosen.includes(w)) continue;
    if (wildcard && groupKey(w) === '' && !have.has(w.field)) {
      have.add(w.field);
      continue;
    }
    unmap(w, `Another address group is the main address: ${labelOf}`);
  }
}

export function billingFallbacks(ws: Work[]): void {
  for (const w of ws) {
    if (!w.fallback || w.field === null) continue;
    const own = ws.find((o) => o !== w && !o.fallback && o.field !== null && family(o.field) === family(w.field));
    if (own) unmap(w, `${w.fallbackWhy ? w.fallbackWhy[0].toUpperCase() + w.fallbackWhy.slice(1) : 'A billing column'}; "${own.header}" is the contact's own`);
  }
}

/**
 * Spanish and Portuguese "Departamento" is the region in Colombia, Uruguay, Paraguay, Bolivia, Peru and Central
 * America (the lexicon's state), and a company's department in an HR or CRM list ("Financeiro", "Ventas"); so is the
 * French "Département" (France's, and a shop's: Caisse, Réception in a Quebec staff list). In a list
 * of people (a name, email or phone) with no other address column, it is the department, which the add-on does not
 * import; beside an address, the region. Another region column ("Estado" beside it in an HR report: Activo, De
 * vacaciones) is a rival for the same field, no address beside it.
 */
const DEPARTMENT_WORDS: ReadonlySet<string> = new Set(['departamento', 'departement', 'dipartimento']);
export function loneDepartment(ws: Work[], columns: readonly CellValue[][] | undefined, country = 'US'): void {
  const dept = ws.find((w) => w.field === 'state' && w.basis !== 'values' && DEPARTMENT_WORDS.has(headerTokens(w.header)[0]));
  if (!dept || ws.some((w) => w !== dept && w.field !== null && w.field !== 'state' && ADDRESS_FIELDS.has(w.field))) return;
  if (!ws.some((w) => w.field !== null && SAYS_A_PERSON.has(w.field))) return;
  // Values that are the country's regions ("Vienne", "Aisne" in a French list of mayors) say it is the region after all.
  const values = filledTexts(columns?.[dept.col] ?? []);
  if (values.length && values.every((v) => regionOf(v, country) !== null)) return;
  unmap(dept, `"${dept.header}" names a department here: the list of people has no address beside it`);
}
const SAYS_A_PERSON: ReadonlySet<string> = new Set(['name', 'firstName', 'lastName', 'email', 'phone']);
