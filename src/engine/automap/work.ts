// What the whole-file rules (./resolve.ts, ./addresses.ts) share about the columns they work on.
import type { FieldKey } from '../types';
import type { Work } from './resolve';

/** A header match at least this sure is never changed by what the values look like. */
export const STRONG = 0.8;
export const round2 = (x: number) => Math.round(x * 100) / 100;
export const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The fields of one address. */
export const ADDRESS_FIELDS: ReadonlySet<string> = new Set<string>(['address1', 'city', 'state', 'postalCode', 'country']);

/** The word "address" in the seven languages. */
export const ADDRESS_NOUNS: ReadonlySet<string> = new Set(['address', 'adresse', 'direccion', 'endereco', 'indirizzo', 'adres', 'anschrift']);

/** The fields of a person's name. */
/** The fields a list role's or a property owner's column may be the contact's own in (./people.ts, ./keyword.ts). */
export const ROLE_FIELDS: ReadonlySet<string> = new Set(['name', 'firstName', 'lastName', 'email', 'phone', 'address1', 'city', 'state', 'postalCode']);
export const NAME_FIELDS: ReadonlySet<string> = new Set(['name', 'firstName', 'lastName']);

/** A field and its list: a main email and the additional ones are one family, so are the phones. */
export const family = (f: FieldKey | null) => (f === 'additionalEmails' ? 'email' : f === 'additionalPhones' ? 'phone' : f);

/** The column is not imported, and why. */
export function unmap(w: Work, reason: string): void {
  w.field = null;
  w.conf = 0;
  w.reason = reason;
  w.basis = undefined;
}
