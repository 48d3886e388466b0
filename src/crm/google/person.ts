// A row as a Google contact (People API v1 Person), and an update as the fields it changes. Pure.
//
// Mapping: Name / First name / Last name -> names (a full name alone is split: "Ada King Lovelace" is given name "Ada
// King", family name "Lovelace"); Email and Additional emails -> emailAddresses; Phone and Additional phones ->
// phoneNumbers; Company name -> organizations; Address, City, State, Postal code, Country -> addresses (a two-letter
// country is also its countryCode); Date of birth -> birthdays as a date (year, month, day read from yyyy-mm-dd,
// never through a time zone); Website -> urls; Tags -> contact-group memberships (labels); External ID, Source and the
// custom fields -> userDefined key/value pairs (a custom field under its label). Contact owner and followers have no
// place in a Google contact: they are reported as not sent, as the other CRMs do.
//
// An update touches only the fields the row changes (the batch's updateMask), and adds, never removes: emails, phones,
// websites and labels are added to the contact's own; a name, a company, an address or a birthday replaces the one the
// contact had, with the parts the row leaves empty kept ("Don't update empty values" always holds).
import type { Contact, ContactValue, CustomField } from '../../engine/types';
import { FIELD_LABELS, customValues, email as emailOf, list, noteUnsent, splitName, str } from '../fields';

export interface Name {
  givenName?: string;
  familyName?: string;
  middleName?: string;
  honorificPrefix?: string;
  honorificSuffix?: string;
  unstructuredName?: string;
}
export interface Valued {
  value?: string;
  type?: string;
}
export interface Organization {
  name?: string;
  title?: string;
  department?: string;
  type?: string;
}
export interface Address {
  streetAddress?: string;
  extendedAddress?: string;
  poBox?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  countryCode?: string;
  type?: string;
}
export interface GDate {
  year?: number;
  month?: number;
  day?: number;
}
export interface Membership {
  contactGroupMembership?: { contactGroupResourceName?: string };
}
export interface KeyValue {
  key?: string;
  value?: string;
}

/** The Person fields the add-on writes (the People API's names). */
export interface PersonFields {
  names?: Name[];
  emailAddresses?: Valued[];
  phoneNumbers?: Valued[];
  organizations?: Organization[];
  addresses?: Address[];
  birthdays?: Array<{ date?: GDate; text?: string }>;
  urls?: Valued[];
  memberships?: Membership[];
  userDefined?: KeyValue[];
}
export type FieldName = keyof PersonFields;

/** A Person as sent and read: the fields, and what identifies it. */
export interface Person extends PersonFields {
  resourceName?: string;
  etag?: string;
  clientData?: KeyValue[];
}

/** The fields an update may change, in the order a mask lists them. */
export const FIELD_NAMES: FieldName[] = ['names', 'emailAddresses', 'phoneNumbers', 'organizations', 'addresses', 'birthdays', 'urls', 'memberships', 'userDefined'];

/** How a field is named to people (a revert's "changed since" reason). */
export const FIELD_WORDS: Record<FieldName, string> = {
  names: 'Name',
  emailAddresses: 'Email',
  phoneNumbers: 'Phone',
  organizations: 'Company name',
  addresses: 'Address',
  birthdays: 'Date of birth',
  urls: 'Website',
  memberships: 'Labels',
  userDefined: 'Custom fields',
};

/** The writable properties of each field's items, in order (what is compared, sent and kept for a revert). */
const WRITABLE: Record<FieldName, string[]> = {
  names: ['givenName', 'familyName', 'middleName', 'honorificPrefix', 'honorificSuffix', 'unstructuredName'],
  emailAddresses: ['value', 'type'],
  phoneNumbers: ['value', 'type'],
  organizations: ['name', 'title', 'department', 'type'],
  addresses: ['streetAddress', 'extendedAddress', 'poBox', 'city', 'region', 'postalCode', 'country', 'countryCode', 'type'],
  birthdays: ['date', 'text'],
  urls: ['value', 'type'],
  memberships: ['contactGroupMembership'],
  userDefined: ['key', 'value'],
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field of a Person as the add-on keeps it: its items' writable properties only (no metadata, nothing read-only). */
export function writable<F extends FieldName>(field: F, items: unknown): NonNullable<PersonFields[F]> {
  const out: Array<Record<string, unknown>> = [];
  for (const it of Array.isArray(items) ? items : []) {
    if (!isObj(it)) continue;
    const o: Record<string, unknown> = {};
    for (const k of WRITABLE[field]) {
      const v = it[k];
      if (v === undefined || v === null || v === '') continue;
      if (k === 'contactGroupMembership') {
        const rn = isObj(v) ? v.contactGroupResourceName ?? (typeof v.contactGroupId === 'string' ? `contactGroups/${v.contactGroupId}` : undefined) : undefined;
        if (typeof rn === 'string' && rn) o[k] = { contactGroupResourceName: rn };
      } else if (k === 'date') {
        if (isObj(v)) o[k] = { ...(v.year ? { year: Number(v.year) } : {}), ...(v.month ? { month: Number(v.month) } : {}), ...(v.day ? { day: Number(v.day) } : {}) };
      } else o[k] = typeof v === 'string' ? v : String(v);
    }
    if (Object.keys(o).length) out.push(o);
  }
  return out;
}

/** A field as compared and journaled: its writable items as JSON. */
export function fieldJson(field: FieldName, items: unknown): string {
  return JSON.stringify(writable(field, items));
}

/** The userDefined key of External ID, where the add-on keeps it (and matches on it). */
export const EXTERNAL_ID_KEY = 'External ID';
const SOURCE_KEY = 'Source';

/** Fields Google contacts do not take, and why. */
const UNSENT = [
  ['owner', 'Google Contacts has no contact owner'],
  ['followers', 'Google Contacts has no followers'],
  ['contactId', 'Google Contacts assigns its own ids'],
] as const;

/** "yyyy-mm-dd" as a Google Date, read from its digits (a date is never shifted through a time zone). */
export function googleDate(v: string): GDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** A custom field's value as text (a list joined with ", ", a checkbox "true" / "false"). */
function asText(v: ContactValue): string {
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

/** What a row says about a contact, before it meets the contact: each field as the row gives it. */
export interface RowFields {
  name?: Name;
  emails: string[];
  phones: string[];
  company?: string;
  address?: Address;
  birthday?: GDate;
  urls: string[];
  /** Label names: the row's tags, and the destination's label. */
  labels: string[];
  userDefined: KeyValue[];
  unsent: string[];
}

/** Reads a row for Google Contacts. `label`: the settings' label for every contact the run writes. */
export function rowFields(c: Contact, defs: ReadonlyArray<CustomField> = [], label = ''): RowFields {
  const unsent: string[] = [];
  const first = str(c.firstName);
  const last = str(c.lastName);
  const full = str(c.name);
  let name: Name | undefined;
  if (first || last) name = { ...(first ? { givenName: first } : {}), ...(last ? { familyName: last } : {}) };
  else if (full) {
    const s = splitName(full);
    name = { givenName: s.first, ...(s.last ? { familyName: s.last } : {}) };
  }
  const e = emailOf(c);
  const emails = [...(e ? [e] : []), ...list(c.additionalEmails).map((x) => x.trim().toLowerCase())];
  const phones = [...list(c.phone), ...list(c.additionalPhones)].map((x) => x.trim());
  const addr: Address = {};
  const put = (k: keyof Address, v: string | undefined) => {
    if (v) addr[k] = v;
  };
  put('streetAddress', str(c.address1));
  put('city', str(c.city));
  put('region', str(c.state));
  put('postalCode', str(c.postalCode));
  const country = str(c.country);
  put('country', country);
  if (country && /^[A-Za-z]{2}$/.test(country)) addr.countryCode = country.toUpperCase();
  const dob = str(c.dateOfBirth);
  const birthday = dob ? googleDate(dob) : undefined;
  if (dob && !birthday) unsent.push(`${FIELD_LABELS.dateOfBirth} (not a full date: "${dob}")`);
  const userDefined: KeyValue[] = [];
  const ext = str(c.externalId);
  if (ext) userDefined.push({ key: EXTERNAL_ID_KEY, value: ext });
  const src = str(c.source);
  if (src) userDefined.push({ key: SOURCE_KEY, value: src });
  for (const [k, v] of customValues(c)) {
    if (v === '' || (Array.isArray(v) && !v.length)) continue;
    userDefined.push({ key: defs.find((d) => d.key === k)?.label ?? k, value: asText(v) });
  }
  noteUnsent(c, unsent, UNSENT);
  const company = str(c.companyName);
  const labels = [...list(c.tags), ...(label.trim() ? [label.trim()] : [])];
  return {
    ...(name ? { name } : {}),
    emails: [...new Set(emails)],
    phones: [...new Set(phones)],
    ...(company ? { company } : {}),
    ...(Object.keys(addr).length ? { address: addr } : {}),
    ...(birthday ? { birthday } : {}),
    urls: list(c.website),
    labels: [...new Map(labels.map((l) => [l.toLowerCase(), l])).values()],
    userDefined,
    unsent,
  };
}

/** The contact group every contact is in. */
export const MY_CONTACTS = 'contactGroups/myContacts';

/**
 * The fields a row gives a contact, merged into what the contact holds (`existing`: {} for a new contact): each field
 * whose value changes, with its new value. `groups` are the labels' resource names; `phoneKey` compares phones.
 */
export function mergeFields(existing: PersonFields, row: RowFields, groups: string[], phoneKey: (v: string) => string): PersonFields {
  const out: PersonFields = {};
  const set = <F extends FieldName>(f: F, v: NonNullable<PersonFields[F]>) => {
    if (fieldJson(f, v) !== fieldJson(f, existing[f])) out[f] = writable(f, v);
  };
  if (row.name) {
    const [n0, ...rest] = writable('names', existing.names);
    const merged: Name = { ...(n0 ?? {}), ...row.name };
    delete merged.unstructuredName; // the structured parts say it now
    set('names', [merged, ...rest]);
  }
  const addValues = (f: 'emailAddresses' | 'phoneNumbers' | 'urls', values: string[], key: (v: string) => string) => {
    const had = writable(f, existing[f]);
    const seen = new Set(had.map((x) => key(x.value ?? '')));
    const add = values.filter((v) => {
      const k = key(v);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (add.length) set(f, [...had, ...add.map((value) => ({ value }))]);
  };
  addValues('emailAddresses', row.emails, (v) => v.trim().toLowerCase());
  addValues('phoneNumbers', row.phones, phoneKey);
  addValues('urls', row.urls, (v) => v.trim().replace(/\/+$/, '').toLowerCase());
  if (row.company) {
    const [o0, ...rest] = writable('organizations', existing.organizations);
    set('organizations', [{ ...(o0 ?? {}), name: row.company }, ...rest]);
  }
  if (row.address) {
    const [a0, ...rest] = writable('addresses', existing.addresses);
    set('addresses', [{ ...(a0 ?? {}), ...row.address }, ...rest]);
  }
  if (row.birthday) set('birthdays', [{ date: row.birthday }]);
  const memberships = writable('memberships', existing.memberships);
  const inGroups = new Set(memberships.map((m) => m.contactGroupMembership?.contactGroupResourceName));
  const joins = [...(memberships.length ? [] : [MY_CONTACTS]), ...groups].filter((g) => !inGroups.has(g));
  if (joins.length) set('memberships', [...memberships, ...[...new Set(joins)].map((g) => ({ contactGroupMembership: { contactGroupResourceName: g } }))]);
  if (row.userDefined.length) {
    const ud = writable('userDefined', existing.userDefined);
    for (const kv of row.userDefined) {
      const at = ud.find((x) => x.key === kv.key);
      if (at) at.value = kv.value;
      else ud.push({ ...kv });
    }
    set('userDefined', ud);
  }
  return out;
}

/** The mask of an update: the fields it changes, in the API's order. */
export function maskOf(fields: PersonFields): string {
  return FIELD_NAMES.filter((f) => fields[f] !== undefined).join(',');
}

/**
 * The keys a contact is matched on, from a Person as the API gives it: every email, every phone (as typed and its
 * E.164 canonicalForm, for the index's normalizer), its External ID.
 */
export function personKeys(p: Person): Contact {
  const emails = writable('emailAddresses', p.emailAddresses).map((e) => (e.value ?? '').toLowerCase()).filter(Boolean);
  const raw = Array.isArray(p.phoneNumbers) ? (p.phoneNumbers as unknown[]) : [];
  const canonical = raw.map((x) => (isObj(x) && typeof x.canonicalForm === 'string' ? x.canonicalForm : '')).filter(Boolean);
  const phones = [...canonical, ...writable('phoneNumbers', raw).map((x) => x.value ?? '')].filter(Boolean);
  const ext = writable('userDefined', p.userDefined).find((u) => u.key === EXTERNAL_ID_KEY)?.value;
  const out: Contact = {};
  if (emails.length) out.email = emails;
  if (phones.length) out.phone = phones;
  if (ext) out.externalId = ext;
  return out;
}
