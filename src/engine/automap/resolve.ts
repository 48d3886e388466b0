// From one guess per header to a mapping for the whole file: what the values add, then the rules that need the
// other columns.
//
//  1. Values (./sniff.ts, read in ./values.ts) fill columns the header says nothing about and break ties for ambiguous headers
//     ("Contact", "Number"); a strong header match (confidence 0.8 or more) is never overruled by them. A column
//     mapped by its values alone gets a lower confidence than any mapped by its header.
//  2. A file without a header row: person names and street lines are read from the values too (first and last name
//     in the order the emails write them), and the columns after a street line as the rest of its address block.
//  3. A bare phone type ("Home", "Büro") is a phone only next to other phone columns.
//  4. A bare "Name" next to a first-name column is the last name (Nom + Prénom, Name + Vorname); next to a
//     last-name column, the first name (Nome + Cognome, Nombre + Apellidos, Name + Surname).
//  5. One address group: the unqualified/mailing/primary one, else the first typed one (home, business), else
//     the billing one; an alternate group ("Other", "Address 2") only when it is the file's only address;
//     shipping never. Unqualified columns join the chosen group where it lacks them; a lone typed street joins them.
//     A "Departamento" with no other address column is a company's department, not the region (./addresses.ts).
//  6. A billing email, phone or name only when the file has none of its own. Two people in a row (attendee and
//     purchaser, registrant and attendee): one is the contact, the other's columns are not imported (./people.ts).
//  7. Primary before alternate: the main email and phone are the primary ones, then typed, then alternate; the
//     others go to Additional emails / phones. Among typed phones only (Work, Home, Mobile), the mobile is the main
//     phone wherever it stands: the CRM texts the main phone, and only a mobile takes a text. A phone or an email its
//     header names comes before one read by its values alone, which has no type and may be someone else's. A column read
//     by its values alone that holds another phone column's numbers again (with the country code) is not imported.
//  8. Any other single-valued field keeps its best column (confidence, then column order); of two ids of the person, an
//     id opening the file is the External ID (./records.ts).
import type { CellValue, FieldKey } from '../types';
import type { FieldDef } from '../fields';
import type { HeaderGuess, Rank } from './header';
import { readNamesAndStreets, VALUE_CONF } from './noheader';
import { birthDateParts, brazilianNicknames, initialsAsFirst, loginEmails, loginIds, loginNames, ownerEmails, wholeNamesAsFirst, whoseColumns } from './people';
import { taggedColumns } from './tagged';
import { companyCopies, eventRowIds, groupContacts, leadingId, REGISTER_NUMBER, registerNumbers } from './records';
import { contactKinds } from './kinds';
import { referralSources } from './referral';
import { billingFallbacks, chooseAddressGroup, loneDepartment } from './addresses';
import { family, round2, STRONG, unmap } from './work';
import { applyValues, isHouseNumberText, looseShare } from './values';
import { compactHeader, headerTokens, withoutAccents } from './normalize';
import { FIELD_NAMES } from './lexicon';
import { knowsRegionsOf, mayBeRegion, regionOf } from './regions';
import { COUNTRIES_OF, headerLanguage } from './language';
import { BOOLEANS } from './valuewords';
import { GIVEN_NAMES } from './givennames';
import { filledTexts, isCompanyText, isFullNameText, isStreetText, isWholeAddressText, oneForEachRow, valueShare, type SniffOptions } from './sniff';

export type Basis = 'header' | 'values' | 'both';

export interface ResolvedColumn {
  field: FieldKey | null;
  confidence: number;
  reason: string;
  /** Why the column is mapped: its header, its values, or both. Absent when it is not mapped. */
  basis?: Basis;
}

export interface ResolveOptions extends SniffOptions {
  fields: ReadonlyMap<string, FieldDef>;
  /** Sample values per column (cells under the header), when known. */
  columns?: readonly CellValue[][];
  /** The file has no header row: names and streets are read from the values too. */
  noHeader?: boolean;
}

export interface Work extends HeaderGuess {
  basis?: Basis;
  col: number;
  header: string;
}

const RANK_ORDER: Record<Rank, number> = { primary: 0, typed: 1, alternate: 2 };


// ------------------------------------------------------------------------------------------------- file rules

/** Two different values at least among a column's samples. */
const varied = (vs: readonly CellValue[]) => new Set(filledTexts(vs)).size >= 2;

/**
 * A bare phone type ("Büro", "Privat", "Bureau") is a phone when its values look like phones, or when it stands in
 * a run of phone columns (Handy, Büro, Privat); elsewhere it is something else (Outlook's office location, its
 * private flag).
 */
function barePhoneTypes(ws: Work[], opts: ResolveOptions): void {
  const isPhone = (w: Work | undefined) => !!w && (w.field === 'phone' || w.field === 'additionalPhones');
  const bare = ws.filter((w) => w.barePhoneType && w.field === 'phone');
  if (!bare.length) return;
  if (!ws.some((w) => !w.barePhoneType && isPhone(w))) {
    for (const w of bare) if (w.basis !== 'both') unmap(w, `"${w.header}" names a kind of phone, but the file has no phone column`);
    return;
  }
  const values = (w: Work) => opts.columns?.[w.col] ?? [];
  const filled = (w: Work) => values(w).some((v) => String(v ?? '').trim() !== '');
  const kept = new Set(bare.filter((w) => w.basis === 'both' || (filled(w) && looseShare(values(w), opts) >= 0.5)));
  const plain = (w: Work | undefined) => !!w && ((isPhone(w) && !w.barePhoneType) || kept.has(w));
  for (let grown = true; grown; ) {
    grown = false;
    for (const w of bare) {
      if (kept.has(w) || (filled(w) && looseShare(values(w), opts) === 0)) continue;
      if (plain(ws[w.col - 1]) || plain(ws[w.col + 1])) {
        kept.add(w);
        grown = true;
      }
    }
  }
  for (const w of bare) if (!kept.has(w)) unmap(w, `"${w.header}" names a kind of phone, but neither its values nor the columns next to it are phones`);
}

/** A town column whose values are street lines ("Residenza": Via Roma 2) is the street, when the file has none. */
function streetTowns(ws: Work[], columns: readonly CellValue[][], opts: SniffOptions): void {
  if (ws.some((w) => w.field === 'address1' && w.basis !== 'values')) return;
  for (const w of ws) {
    if (w.field !== 'city') continue;
    // Under a town's own name ("Plaats", "City"), only a whole address says so: a street and its number, a comma, a
    // postal code ("Dijk 24A, 6127 AG Grevenbicht"); a town never has them.
    const holds = w.conf >= STRONG ? (v: string) => isWholeAddressText(v, opts.defaultCountry) : isStreetText;
    if (valueShare(columns[w.col] ?? [], holds, w.conf >= STRONG ? 2 : 1) >= 0.6) {
      Object.assign(w, { field: 'address1', basis: 'both', reason: `"${w.header}" holds ${w.conf >= STRONG ? 'whole addresses' : 'street lines'}` });
      return;
    }
  }
}

/** A column no header word names (a tool's own word the lexicon does not hold) whose values are street lines ("14 rue
 *  Victor Hugo", "Via Roma 3, 38068 Rovereto") is the street, when no header names one: a street line says what it is. Only beside
 *  the rest of an address (a town or postal code column), or for whole addresses, and not one street for every row:
 *  an event's "Venue" or a tour's "Meeting point" is a street line too. */
function streetValues(ws: Work[], columns: readonly CellValue[][], opts: SniffOptions): void {
  if (ws.some((w) => w.field === 'address1')) return;
  const block = ws.some((w) => (w.field === 'city' || w.field === 'postalCode') && w.basis !== 'values');
  const w = ws.find((x) => {
    const vs = columns[x.col] ?? [];
    if (x.field !== null || x.final || x.conf !== 0 || !varied(vs) || valueShare(vs, isStreetText, 2) < 0.8) return false;
    return block || valueShare(vs, (v) => isWholeAddressText(v, opts.defaultCountry), 2) >= 0.8;
  });
  if (w) Object.assign(w, { field: 'address1', conf: VALUE_CONF.address1, basis: 'values', reason: 'Values look like street addresses' });
}

/** A street line split in two ("Street Number" | "Street Name": 24 | Sunset Parade; "Hausnummer" beside it), the name's
 *  header a word the lexicon does not hold: the column of street names without numbers beside a column of house numbers is
 *  the street, beside the rest of an address and when no column is the street. */
function splitStreet(ws: Work[], columns: readonly CellValue[][]): void {
  if (ws.some((w) => w.field === 'address1') || !ws.some((w) => w.field === 'city' || w.field === 'postalCode')) return;
  const numbers = (col: number) => col >= 0 && col < ws.length && valueShare(columns[col] ?? [], isHouseNumberText, 2) === 1;
  const w = ws.find((x) => x.field === null && !x.final && valueShare(columns[x.col] ?? [], (s) => !/\d/.test(s) && isStreetText(`${s} 1`), 2) >= 0.6 && (numbers(x.col - 1) || numbers(x.col + 1)));
  if (w) Object.assign(w, { field: 'address1', conf: VALUE_CONF.address1, basis: 'values', rank: 'primary', reason: 'Values look like street names, the house numbers beside them' });
}

/** A bare "name" beside the person's own first and last name columns, over words with numbers in half its values ("Het
 *  Grote Puzzelboek 2026", an order line's product beside "customerFirstname"), names a thing, not the person. An id in
 *  brackets after a name ("Ann Lee (4521)") does not count. */
function thingNames(ws: Work[], columns: readonly CellValue[][]): void {
  if (!ws.some((w) => w.field === 'firstName' && w.basis !== 'values') || !ws.some((w) => w.field === 'lastName' && w.basis !== 'values')) return;
  const numbered = (v: string) => /\p{L}{2}/u.test(v) && /\d/.test(v.replace(/\([^)]*\)|\[[^\]]*\]/g, '')) && !v.includes('@');
  for (const w of ws) if (w.bareName && w.field === 'name' && valueShare(columns[w.col] ?? [], numbered, 2) >= 0.5) unmap(w, `"${w.header}" holds words with numbers beside the person's first and last names: a thing's name`);
}

/** A name or company column whose values are the other's, in a file with no column of the other (of two name columns,
 *  the one over businesses' names when the other holds none): a name column over
 *  the names of businesses ("naam": Slagerij Hendriks, Eetcafé De Zwaan; "Name": Acme GmbH: a delivery round's or a
 *  supplier list's customers are businesses) is the company; a company column over people's names ("ragione_sociale":
 *  BIANCHI LUCIA, VERDI ANDREA: an insurer's register names a private client so; each value a full name with a common
 *  given name, no company's form or kind, at most three words) is the name. */
function nameOrCompanyByValues(ws: Work[], columns: readonly CellValue[][]): void {
  // (A name column over businesses beside first and last names is the company's: Xero's "ContactName" beside the
  // primary person's "FirstName", "LastName".)
  const swap = (from: FieldKey, to: FieldKey, test: (v: string) => boolean, min: number, why: string) => {
    if (ws.some((w) => w.field === to || (to !== 'companyName' && (w.field === 'firstName' || w.field === 'lastName')))) return;
    const found = ws.filter((w) => w.field === from);
    // Of two, the one over the other's kind, a different one in each row, while the second holds none ("Naam": Bakkerij
    // De Molen, Jansen BV beside "Contactpersoon"; one business in every row is the file's own: "Restaurant Name").
    const share = (w: Work) => valueShare(columns[w.col] ?? [], test, 2);
    const hit = found.filter((w) => share(w) >= min);
    const other = found.find((w) => w !== hit[0]);
    if (hit.length === 1 && (!other || (found.length === 2 && share(other) === 0 && varied(columns[hit[0].col] ?? [])))) {
      Object.assign(hit[0], { field: to, basis: 'both', reason: `"${hit[0].header}" holds ${why}` });
    }
  };
  swap('name', 'companyName', isCompanyText, 0.6, 'the names of businesses');
  const given = (v: string) => v.split(/[\s,]+/).some((t) => GIVEN_NAMES.has(withoutAccents(t).toLowerCase()));
  const person = (v: string) => isFullNameText(v) && !isCompanyText(v) && given(v) && v.split(/\s+/).length <= 3;
  swap('companyName', 'name', person, 1, "people's names: the contacts are private people");
}

function pairNames(ws: Work[]): void {
  const hasFirst = ws.some((w) => w.field === 'firstName');
  const hasLast = ws.some((w) => w.field === 'lastName');
  if (hasFirst === hasLast) return;
  for (const w of ws) {
    if (!w.bareName || w.field !== 'name') continue;
    w.field = hasFirst ? 'lastName' : 'firstName';
    w.reason = hasFirst ? `"${w.header}" next to a first-name column: the last name` : `"${w.header}" next to a last-name column: the first name`;
  }
}

/** Odoo's contacts (a "company_type" or "is_company" column): "parent_id" is the related company, not a parent's id. */
function odooParent(ws: Work[]): void {
  const key = (w: Work) => w.header.toLowerCase().replace(/[^a-z]/g, '');
  if (!ws.some((w) => key(w) === 'companytype' || key(w) === 'iscompany')) return;
  for (const w of ws) {
    if (key(w) === 'parentid' && !ws.some((o) => o.field === 'companyName')) Object.assign(w, { field: 'companyName', conf: 0.75, basis: 'header', final: false, reason: 'Odoo\'s "parent_id": the related company' });
  }
}

function primaryFirst(ws: Work[], opts: ResolveOptions): void {
  const fields = opts.fields;
  for (const [single, list, label] of [['email', 'additionalEmails', 'email'], ['phone', 'additionalPhones', 'phone']] as const) {
    const cands = ws.filter((w) => w.field === single);
    // Whatever the headers, a column with values of its kind comes first (an "@", a number's digits), then one empty in
    // every sample row, then one without ("Interphone": BERNARD, the name on a French door phone).
    const kindOfColumn = (w: Work) => {
      const values = opts.columns?.[w.col];
      if (!values) return 0;
      const filled = filledTexts(values);
      if (!filled.length) return 1;
      return filled.some((v) => (single === 'email' ? v.includes('@') : /(?:\d\D?){5}/.test(v))) ? 0 : 2;
    };
    // Once a column, not in the sort's comparisons.
    const kinds = new Map(cands.map((w) => [w, kindOfColumn(w)]));
    const kindOf = (w: Work) => kinds.get(w) ?? 0;
    // Among typed phones only, the mobile: a CRM texts the main phone, and only a mobile takes a text.
    const mobileFirst = (a: Work, b: Work) => (a.rank === 'typed' && b.rank === 'typed' ? Number(!!b.mobile) - Number(!!a.mobile) : 0);
    // A phone or an email its header names ("Celular", "Handy", "Téléphone personnel") before a column read as one by its
    // values alone ("Numero directo", "Telefono cooperativa": 032 812 345): that one has no type to go by (a landline
    // takes no text), and may be someone else's.
    const named = (w: Work) => w.basis !== 'values';
    const namedOverValues = (a: Work, b: Work) => Number(a.basis === 'values' && named(b)) - Number(b.basis === 'values' && named(a));
    // Confidences of one tenth are one tier: "Email Trabajo" (0.9, read by its qualifier) and "Correo Personal" (0.95, a
    // name of the lexicon) are two typed emails, and the first is the main one, as "Work Email" before "Personal Email".
    const tier = (w: Work) => Math.floor(w.conf * 10 + 1e-6);
    // Phones read by their values alone (a file without a header row: an address book's home, work and mobile numbers)
    // have no type to go by: the one filled in more rows is the main phone, the number most contacts have; a column with
    // gaps adds to it ("01632 960123 | | 0131 496 0542" beside "07700 900321 | 07700 900654 | 07700 900987").
    const filledRows = new Map(cands.map((w) => [w, (opts.columns?.[w.col] ?? []).filter((v) => String(v ?? '').trim() !== '').length]));
    const fuller = (a: Work, b: Work) => (a.basis === 'values' && b.basis === 'values' ? (filledRows.get(b) ?? 0) - (filledRows.get(a) ?? 0) : 0);
    cands.sort((a, b) => kindOf(a) - kindOf(b) || namedOverValues(a, b) || RANK_ORDER[a.rank] - RANK_ORDER[b.rank] || mobileFirst(a, b) || fuller(a, b) || Number(a.basis === 'values') - Number(b.basis === 'values') || tier(b) - tier(a) || a.col - b.col);
    // A column read as a phone by its values alone that holds, in every row, a number of another phone column of the
    // file written otherwise ("51987654321" beside "987 654 321": the same mobile with its country code, for dialling):
    // the same numbers again, not more of them. (A column repeating them written alike is left as it was.)
    const tail = (v: CellValue) => String(v ?? '').replace(/\D/g, '').slice(-8);
    const copies = (w: Work, o: Work) => {
      const [a, b] = [opts.columns?.[w.col] ?? [], opts.columns?.[o.col] ?? []];
      const rows = a.map((v, r) => [String(v ?? '').trim(), String(b[r] ?? '').trim()]).filter(([x]) => x);
      return rows.length >= 2 && rows.every(([x, y]) => tail(x).length === 8 && tail(x) === tail(y)) && rows.some(([x, y]) => x !== y);
    };
    for (const w of single === 'phone' ? cands.slice(1) : []) {
      const o = cands.find((x) => x !== w && x.field === 'phone' && copies(w, x));
      if (w.basis === 'values' && o) unmap(w, `"${w.header}" holds the numbers of "${o.header}" again`);
    }
    for (const w of cands.slice(1)) {
      if (w.field === null) continue;
      // Two columns that both call themselves the email, one empty in every sample row (a Google Form's own "Email
      // Address" left uncollected, beside the form's "Email" question): the empty one is a leftover, not a second address.
      const plain = (x: Work) => x.rank === 'primary' && x.conf >= 1 && !/\d/.test(x.header);
      if (kindOf(w) === 1 && kindOf(cands[0]) === 0 && plain(w) && plain(cands[0]) && (opts.columns?.[w.col]?.length ?? 0) >= 2) {
        unmap(w, `"${w.header}" is empty in every sample row; "${cands[0].header}" holds the ${label}`);
        continue;
      }
      w.field = list;
      w.conf = round2(Math.min(w.conf, 0.9));
      w.reason = `"${cands[0].header}" is the main ${label}; this one adds to ${fields.get(list)?.label ?? list}`;
    }
  }
}

/**
 * A column no header names, of the file's country's regions ("Bayern", "Baden-Württemberg"; "Ticino"; Brazil's UF "AM",
 * "PA"; Italy's province codes "BG", "BS", which read as countries too), is the state, beside an address (a street,
 * town or postal code column) and when no other column is the state: ./regions.ts. A column of regions that are towns too
 * ("Berlin", "Utrecht"; Spain's provinces "Zaragoza", "Huesca") alone is as likely the towns; without a header, after
 * the file's town column with only a postal code between them ("Zaragoza | 50003 | Zaragoza"), it is the region: the
 * town is named already. (Under a header no word of the lexicon names, such a column may be an office's town: "Sede".)
 */
function regionValues(ws: Work[], columns: readonly CellValue[][], opts: ResolveOptions): void {
  if (ws.some((w) => w.field === 'state')) return;
  if (!ws.some((w) => w.field === 'address1' || w.field === 'city' || w.field === 'postalCode')) return;
  const country = opts.defaultCountry ?? 'US';
  const afterTown = (x: Work) => ws.some((t) => t.field === 'city' && t.col < x.col && ws.slice(t.col + 1, x.col).every((o) => o.field === 'postalCode'));
  const w = ws.find((x) => {
    if (x.final || !(x.field === null ? x.conf === 0 : x.field === 'country' && x.basis === 'values')) return false;
    const vs = filledTexts(columns[x.col] ?? []);
    const kinds = vs.map((v) => regionOf(v, country));
    // ("SI", "NO" are Siena's and Novara's codes, and yes and no: a column of those alone is an answer.)
    // (Nor numbers alone, though French départements are numbered: "50", "30" under no header are shares, scores, ages.)
    return vs.length >= 2 && kinds.every((k) => k !== null) && !vs.every((v) => BOOLEANS.has(v.toLowerCase()) || /^\d+$/.test(v)) && (kinds.some((k) => k !== 'town') || (!!x.empty && afterTown(x)));
  });
  if (w) Object.assign(w, { field: 'state', conf: VALUE_CONF.state, basis: 'values', rank: 'primary', reason: `Values look like regions of ${country.toUpperCase()}` });
}

/** A standard field's own plain names: the first name of its surest tier in each language of the lexicon (City,
 *  Ciudad, Cidade, Ville, Stadt, Città, Plaats), compacted. A custom field has none: its key and label are equals. */
function plainNames(field: string): Set<string> {
  const out = new Set<string>();
  const tiers = FIELD_NAMES.filter((t) => t.field === field);
  const top = Math.max(0, ...tiers.map((t) => t.conf));
  for (const t of tiers) if (t.conf === top) for (const names of Object.values(t.names)) if (names?.length) out.add(compactHeader(names[0]));
  return out;
}

function oneColumnPerField(ws: Work[], fields: ReadonlyMap<string, FieldDef>, columns: readonly CellValue[][] | undefined): void {
  // A column empty in every sample row loses to one with values (SuiteCRM's empty "Address" beside "Primary Address Street").
  const empty = (w: Work) => !!columns && !(columns[w.col] ?? []).some((v) => String(v ?? '').trim() !== '');
  const byField = new Map<string, Work[]>();
  for (const w of ws) if (w.field && !fields.get(w.field)?.multiColumn) byField.set(w.field, [...(byField.get(w.field) ?? []), w]);
  for (const [field, list] of byField) {
    if (list.length < 2) continue;
    // Of two equally sure headers, the standard field's own plain name ("Source" before "Source Name", "First Name" before "Given
    // Name", "Ciudad" before "Localidad": in Spanish-speaking files the "Localidad" beside a "Ciudad" is the neighbourhood).
    const names = plainNames(field);
    const plain = (w: Work) => Number(names.has(compactHeader(w.header)));
    // (Of two ids of the person, the first: an id opening the file before a named one further on, ./records.ts.)
    const lead = field === 'externalId' ? leadingId(ws, columns) : undefined;
    const sorted = list.slice().sort((a, b) => Number(a.basis === 'values') - Number(b.basis === 'values') || Number(empty(a)) - Number(empty(b)) || Number(b === lead) - Number(a === lead) || b.conf - a.conf || plain(b) - plain(a) || a.col - b.col);
    for (const w of sorted.slice(1)) unmap(w, `"${sorted[0].header}" already maps to ${fields.get(field)?.label ?? field}, which holds one value`);
  }
}

/**
 * A bare "Code" ("Código", "Codice", "Cod.") or number ("Nummer", "numero") as the file's first column, over whole numbers
 * or codes distinct per row
 * (42, 118; 1003, 1004; C001, CL0042): the register's number of each record, its key, as database and POS exports put
 * it first. Elsewhere a bare code is a code of something else (a donation category's "Code": 1, 2; a stand's "codigo":
 * A12). A first column without a header, in a file without a header row, over such numbers of three digits or more is
 * the same key.
 */
function firstColumnCode(ws: Work[], columns: readonly CellValue[][] | undefined, noHeader = false): void {
  const w = ws[0];
  if (!columns || !w || w.field !== null || w.final || ws.some((o) => o.field === 'externalId')) return;
  const head = headerTokens(w.header).join(' ');
  // (a bare number word too, "Nummer", "numero", "No.", over numbers that do not count the rows: 12, 47, 103, a member's
  // or a dealer's number; 1, 2, 3 number the rows)
  const numberWord = /^(?:nummer|nr|nro|numero|number|no|num|n)$/.test(head);
  if (!noHeader && !numberWord && !/^(?:code|codigo|codice|cod|kode)$/.test(head)) return;
  const values = filledTexts(columns[0] ?? []);
  if (numberWord && values.every((v, i) => Number(v) === i + 1)) return;
  // (A register's own codes too: "C001", "CL0042", "AL-0031", "EMP-014", "BEN-2026-014", a member's "ADH-0001" under
  // "Numéro", letters before distinct numbers; an event tool's "KY-0142" of a registration is read so too, the corpus's
  // one such file against four.)
  if (!oneForEachRow(values) || !values.every((v) => /^\d{1,10}$/.test(v) || REGISTER_NUMBER.test(v))) return;
  // Without a header row, in a list of contacts (an email or a phone column): a row counter (1, 2, 3) is no id; a
  // record's number has three digits or more ("1017"; a member's "S014", a teacher's "PROF-014", a customer's "C00123").
  if (noHeader && (!values.every((v) => /^(?:[A-Z]{1,4}-?(?!0+$)\d{3,}|[1-9]\d{2,})$/i.test(v)) || !ws.some((o) => family(o.field) === 'email' || family(o.field) === 'phone'))) return;
  Object.assign(w, noHeader ? { field: 'externalId', conf: 0.3, basis: 'values', reason: 'Values look like record numbers, one for each row, in the first column' }
    : { field: 'externalId', conf: 0.5, basis: 'both', reason: `"${w.header}" first, over a number for each row: the record's id` });
}

/**
 * A weak id ("busreis_id", "ClasseID", "Disbursement ID": an unknown thing's id, read as another system's id of the
 * person) whose values repeat in the sample rows (12, 12, 14) is the id of something rows share, a trip, a class or a
 * payment: the person's own id is one per person. A named id ("Customer ID", "Client Number") stays, whatever repeats:
 * the same customer may have several rows. Any id holding zeros only is no id at all.
 */
function sharedIds(ws: Work[], columns: readonly CellValue[][] | undefined): void {
  if (!columns) return;
  for (const w of ws) {
    if (w.field !== 'externalId' || w.basis === 'values') continue;
    const vs = filledTexts(columns[w.col] ?? []);
    // Zeros in every row ("visitor_user_id": 0, 0, 0): no id was set, whatever the header says.
    if (vs.length >= 2 && vs.every((v) => /^0+$/.test(v))) {
      unmap(w, `"${w.header}" holds zeros only: no id is set`);
      continue;
    }
    if (w.conf >= 0.7) continue;
    const repeated = vs.find((v, i) => vs.indexOf(v) !== i);
    if (repeated !== undefined) unmap(w, `"${w.header}" repeats "${repeated}" in several rows: the id of something they share, not of each person`);
  }
}

/** A bare "Region" ("Regio", "Regione", "Região"): the first-level region, or a sales, club or charity region of its own;
 *  a "Departamento" the region of Colombia or Uruguay, or a company's department in a Brazilian staff list; a bare
 *  "Estado", "État", "Stato" the state, or a status ("Nuevo", "Respondido"; "verde", "amarillo"). (English writes a
 *  status "Status": its "State" is a region, of countries whose regions are not held here too: "Abu Dhabi", "Oslo".) */
const STATE_WORDS = /^(?:estado|etat|stato)$/;
const BARE_REGION = /^(?:region|regions|regio|regione|regiao|departamento|departement|estado|etat|stato)$/;

/**
 * A bare "Region", "Departamento" or "Estado" whose values are mostly no country's regions, in a file whose country's
 * regions are known ("Noord", "Oost"; "Schwarzwald", "Neckar"; "Africa", "Latin America"; a status: "Nuevo",
 * "Respondido"), is a region of the file's own (a club's district, a sales area) or a status, not the contact's state.
 * Of a country whose regions are not known here, the header decides;
 * a bare "Estado" too (a Brazilian or Mexican file read with the default country: its states are the values' own).
 */
function salesRegions(ws: Work[], columns: readonly CellValue[][] | undefined, country: string): void {
  if (!columns || !knowsRegionsOf(country)) return;
  // Headers written in a language the country does not write may come from any country that writes it (a Spanish
  // file read with "US": Spain, Colombia, Chile...): if the regions of one of those are not known here ("Antioquia",
  // "Valparaíso"), the header decides. (English headers are written everywhere: they say nothing of the country.)
  const lang = headerLanguage(ws.map((w) => w.header));
  const countries = lang && lang !== 'en' ? COUNTRIES_OF[lang] : [];
  if (countries.length && !countries.includes(country.toUpperCase()) && !countries.every(knowsRegionsOf)) return;
  for (const w of ws) {
    if (w.field !== 'state' || w.basis === 'values' || !BARE_REGION.test(compactHeader(w.header))) continue;
    const vs = filledTexts(columns[w.col] ?? []);
    const known = vs.filter(mayBeRegion).length;
    if (vs.length >= 2 && known / vs.length < 0.5) unmap(w, `"${w.header}" holds "${vs.find((v) => !mayBeRegion(v))}", no region of ${country.toUpperCase()} or another country: ${STATE_WORDS.test(compactHeader(w.header)) ? 'a status or a state of something else' : 'an area of the file\'s own'}`);
  }
}

/** The mapping of a whole file, from one guess per header (./header.ts) and sample values. */
export function resolveColumns(headers: readonly string[], guesses: readonly HeaderGuess[], opts: ResolveOptions): ResolvedColumn[] {
  const ws: Work[] = guesses.map((g, col) => ({ ...g, col, header: String(headers[col] ?? '').trim() || `column ${col + 1}` }));
  for (const w of ws) {
    // A header match too vague to stand on its own is no match.
    if (w.field !== null && w.conf < 0.5) unmap(w, 'No matching field');
    if (w.field !== null) w.basis = 'header';
  }
  if (opts.columns) {
    ws.forEach((w, i) => applyValues(w, opts.columns![i] ?? [], opts));
    if (opts.noHeader) readNamesAndStreets(ws, opts.columns, opts);
    splitStreet(ws, opts.columns);
    streetTowns(ws, opts.columns, opts);
    streetValues(ws, opts.columns, opts);
    regionValues(ws, opts.columns, opts);
    thingNames(ws, opts.columns);
    nameOrCompanyByValues(ws, opts.columns);
  }
  barePhoneTypes(ws, opts);
  loginEmails(ws, opts.columns);
  loginNames(ws, opts.columns);
  odooParent(ws);
  brazilianNicknames(ws, opts.defaultCountry);
  pairNames(ws);
  wholeNamesAsFirst(ws, opts.columns);
  initialsAsFirst(ws);
  birthDateParts(ws);
  // Before the address group is chosen: a department with no other address column is no address, and so chooses none.
  loneDepartment(ws, opts.columns, opts.defaultCountry);
  chooseAddressGroup(ws, opts.columns);
  billingFallbacks(ws);
  taggedColumns(ws);
  whoseColumns(ws);
  // (again: a column whose person the file names no one else beside is the contact's now, "Tenant Name" over pharmacies)
  if (opts.columns) nameOrCompanyByValues(ws, opts.columns);
  ownerEmails(ws, opts.columns);
  firstColumnCode(ws, opts.columns, opts.noHeader);
  eventRowIds(ws);
  referralSources(ws, opts.columns);
  registerNumbers(ws, opts.columns);
  contactKinds(ws, opts.columns);
  companyCopies(ws);
  groupContacts(ws);
  sharedIds(ws, opts.columns);
  loginIds(ws, opts.columns);
  salesRegions(ws, opts.columns, opts.defaultCountry ?? 'US');
  primaryFirst(ws, opts);
  oneColumnPerField(ws, opts.fields, opts.columns);
  return ws.map((w) => {
    const out: ResolvedColumn = { field: w.field, confidence: round2(Math.max(0, Math.min(1, w.field ? w.conf : w.conf))), reason: w.reason };
    if (w.field) out.basis = w.basis ?? 'header';
    return out;
  });
}
