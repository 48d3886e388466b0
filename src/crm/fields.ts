// Helpers shared by the CRM field mappings.
import { STANDARD_FIELD_KEYS } from '../engine/types';
import type { Contact, ContactValue, FieldKey, MatchKey, UserRef } from '../engine/types';

const STANDARD = new Set<string>(STANDARD_FIELD_KEYS);

export const FIELD_LABELS: Record<string, string> = {
  contactId: 'Contact ID',
  externalId: 'External ID',
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  additionalEmails: 'Additional emails',
  phone: 'Phone',
  additionalPhones: 'Additional phones',
  companyName: 'Company name',
  address1: 'Address',
  city: 'City',
  state: 'State',
  postalCode: 'Postal code',
  country: 'Country',
  website: 'Website',
  dateOfBirth: 'Date of birth',
  source: 'Source',
  tags: 'Tags',
  owner: 'Contact owner',
  followers: 'Contact followers',
};

export function isCustomKey(key: string): boolean {
  return !STANDARD.has(key);
}

export function str(v: ContactValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.length ? v.join(';') : undefined;
  const s = String(v);
  return s === '' ? undefined : s;
}

export function list(v: ContactValue | undefined): string[] {
  if (v === undefined || v === null || v === '') return [];
  return Array.isArray(v) ? v.filter((x) => x !== '') : [String(v)];
}

/**
 * A full name split for systems without a full-name field: the last word is the last name, the rest the first
 * name ("Ada King Lovelace" -> "Ada King" + "Lovelace"); a single word is a first name.
 */
export function splitName(name: string): { first: string; last?: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { first: parts[0] };
  const last = parts.pop() as string;
  return { first: parts.join(' '), last };
}

export function email(c: Contact): string | undefined {
  const e = str(c.email);
  return e ? e.trim().toLowerCase() : undefined;
}

export function phone(c: Contact): string | undefined {
  const p = str(c.phone);
  return p ? p.trim() : undefined;
}

/** Copies each [CRM property, contact field] pair's text to `to`, in the table's order; empty values stay out. */
export function copyFields(c: Contact, to: Record<string, unknown>, props: ReadonlyArray<readonly [string, FieldKey]>): void {
  for (const [prop, key] of props) {
    const v = str(c[key]);
    if (v !== undefined) to[prop] = v;
  }
}

/** For each [field, why] pair whose field the row has, adds "Label (why)" to `unsent`, in the table's order. */
export function noteUnsent(c: Contact, unsent: string[], why: ReadonlyArray<readonly [FieldKey, string]>): void {
  for (const [key, reason] of why) if (list(c[key]).length) unsent.push(`${FIELD_LABELS[key]} (${reason})`);
}

/**
 * The CRM id of the row's Contact owner (`idOf` looks it up), or undefined. A named owner without an id is
 * added to `unsent` as "Contact owner (no <missing> for "…" in Users)".
 */
export function ownerId(c: Contact, unsent: string[], idOf: (owner: string) => string | undefined, missing: string): string | undefined {
  const owner = str(c.owner);
  if (!owner) return undefined;
  const id = idOf(owner);
  if (!id) unsent.push(`${FIELD_LABELS.owner} (no ${missing} for "${owner}" in Users)`);
  return id;
}

/** The row's custom fields (the keys that are not standard fields), in the contact's order. */
export function customValues(c: Contact): Array<[string, ContactValue]> {
  return Object.keys(c).filter(isCustomKey).map((k) => [k, c[k]]);
}

/** A user's id by name or email (case-insensitive), for Contact owner. */
export function userId(users: ReadonlyArray<UserRef> | undefined, who: string): string | undefined {
  const w = who.trim().toLowerCase();
  for (const u of users ?? []) {
    if (typeof u === 'string') continue;
    if (u.name.trim().toLowerCase() === w || (u.email && u.email.trim().toLowerCase() === w)) return u.id;
  }
  return undefined;
}

/** "Line N: … not sent to X: A, B" — a warning on a written row that lists the fields the CRM could not take. */
export function unsentWarning(crm: string, unsent: string[]): string | undefined {
  if (!unsent.length) return undefined;
  return `Not sent to ${crm}: ${unsent.join('; ')}`;
}

export const SKIPPED_MATCH = (key: MatchKey) =>
  `is being skipped, a record was found for Contact (matched on ${key === 'email' ? 'Email' : key === 'phone' ? 'Phone' : key === 'contactId' ? 'Contact ID' : 'External ID'})`;
