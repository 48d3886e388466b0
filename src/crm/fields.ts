// Helpers shared by the CRM field mappings.
import { STANDARD_FIELD_KEYS } from '../engine/types';
import type { Contact, ContactValue, MatchKey, UserRef } from '../engine/types';

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

export function email(c: Contact): string | undefined {
  const e = str(c.email);
  return e ? e.trim().toLowerCase() : undefined;
}

export function phone(c: Contact): string | undefined {
  const p = str(c.phone);
  return p ? p.trim() : undefined;
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
